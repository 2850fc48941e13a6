import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { isAppError } from '../../domain/app-error.ts';
import { addDays } from '../../domain/month-arithmetic.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import { verifyAuditChain } from '../audit/verify-audit-chain.ts';
import { generateDemo } from '../demo/generate-demo.ts';
import { ensurePublishedModel } from '../evaluation/ensure-published-model.ts';
import { parseSecretKey } from '../import/protect-personal.ts';
import { commitBatch } from '../records/commit-batch.ts';
import { buildReport } from './build-report.ts';
import { issueReport } from './issue-report.ts';
import { loadReportSubject } from './load-report-subject.ts';
import { renderReportPdf } from './render-report-pdf.ts';
import type { CreditReport } from './report.ts';
import { reportDigest } from './sign-report.ts';
import { compiledV1, createTestSigningKey, evaluateSubject } from './test-helpers.ts';
import { verifyReport } from './verify-report.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

const secretKey = parseSecretKey('ab'.repeat(32));
const keys = { secret: secretKey, signing: createTestSigningKey() };
// The demo district is generated as of today, so its records are as fresh on any day the tests run. Every report is
// issued at this one moment: a run that crosses midnight in the district still issues them all on the same day.
const NOW = new Date();
const TODAY = todayInDistrict(NOW);
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-report-test-'));
after(() => fs.rmSync(workDir, { recursive: true, force: true }));

/** Whitespace removed: text extracted from a table cell may be split over lines. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

let fileCounter = 0;
function writePdf(pdf: Buffer): string {
  const file = path.join(workDir, `report-${(fileCounter += 1)}.pdf`);
  fs.writeFileSync(file, pdf);
  return file;
}

/** The text poppler extracts, in content order (-raw keeps each table cell together). */
function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
}

function pdfPageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}

/** Renders every page to PNG with pdftoppm and returns the files. */
function renderPngs(file: string): string[] {
  const prefix = file.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', '40', file, prefix]);
  const base = path.basename(prefix);
  return fs
    .readdirSync(workDir)
    .filter((name) => name.startsWith(`${base}-`) && name.endsWith('.png'))
    .sort()
    .map((name) => path.join(workDir, name));
}

const recordsOf = (report: Pick<CreditReport, 'categories' | 'inactiveRecords'>) => [
  ...report.categories.flatMap((category) => category.records),
  ...report.inactiveRecords,
];

/** Checks what a reader of the PDF checks: name, grade, every indicator label, every decision number, page numbers. */
function assertPdfShows(file: string, report: CreditReport): string {
  const text = squeeze(pdfText(file));
  const pages = pdfPageCount(file);
  assert.ok(text.includes(squeeze(report.enterprise.name)), 'the enterprise name');
  assert.ok(
    text.includes(squeeze(`信用等级 ${report.evaluation.grade} 级（${report.evaluation.gradeLabel}）`)),
    'the grade',
  );
  for (const indicator of compiledV1.model.indicators)
    assert.ok(text.includes(squeeze(indicator.label)), `indicator ${indicator.label}`);
  const numbers = recordsOf(report).flatMap((record) => (record.number ? [record.number] : []));
  assert.ok(numbers.length > 0);
  for (const number of numbers) assert.ok(text.includes(squeeze(number)), `decision number ${number}`);
  for (const fact of [
    report.number,
    report.verification.code,
    `第 1 页 共 ${pages} 页`,
    `第 ${pages} 页 共 ${pages} 页`,
  ])
    assert.ok(text.includes(squeeze(fact)), fact);
  const pngs = renderPngs(file);
  assert.equal(pngs.length, pages, 'one PNG per page');
  for (const png of pngs) assert.deepEqual([...fs.readFileSync(png).subarray(1, 4)], [...Buffer.from('PNG')]);
  return text;
}

describeOnEachEngine('issuing credit reports for the demo district', (current) => {
  const chosen = { negative: '', repaired: '', gradeA: '' };

  before(async () => {
    const db = current().db;
    await generateDemo(db, { enterprises: 200, seed: 'report', secretKey, asOf: TODAY });
    await ensurePublishedModel(current());
    // Look at every enterprise as the report would, and pick one of each kind the issue asks for.
    const enterprises = await db
      .selectFrom('enterprises')
      .select('uscc')
      .where('source', '=', 'registry')
      .orderBy('uscc')
      .execute();
    for (const { uscc } of enterprises) {
      const subject = await loadReportSubject(db, uscc);
      const evaluation = evaluateSubject(subject, TODAY);
      const report = buildReport({
        subject,
        evaluation,
        model: compiledV1.model,
        audience: 'full',
        number: 'preview',
        issuedAt: new Date(),
        recordsUnderObjection: new Set(),
      });
      const records = recordsOf(report);
      if (!chosen.negative && records.some((record) => record.isNegative && record.kind === 'administrative_penalty'))
        chosen.negative = uscc;
      if (!chosen.repaired && report.inactiveRecords.some((record) => record.marks.includes('已修复') && record.number))
        chosen.repaired = uscc;
      if (!chosen.gradeA && evaluation.grade === 'A') chosen.gradeA = uscc;
    }
    assert.ok(
      chosen.negative && chosen.repaired && chosen.gradeA,
      `the demo has each kind of enterprise: ${JSON.stringify(chosen)}`,
    );
  });

  const issue = (uscc: string, audience: 'full' | 'public' = 'full', now?: Date) =>
    issueReport(current().db, keys, { uscc, audience, asOf: TODAY, issuedBy: '测试签发人', now: now ?? NOW });

  test('the PDF of an enterprise with a negative record shows its name, grade, every indicator, its decision numbers, and marks the penalty as negative information', async () => {
    const report = await issue(chosen.negative);
    const file = writePdf(await renderReportPdf(report));
    const text = assertPdfShows(file, report);
    const penalty = recordsOf(report).find((record) => record.isNegative && record.kind === 'administrative_penalty')!;
    assert.ok(text.includes(squeeze(`负面信息\n${penalty.status}`)), 'the penalty row is marked 负面信息');
    assert.ok(report.enterprise.regionName, 'the demo enterprise registered in a region the catalog names');
    assert.ok(
      text.includes(squeeze(`行政区划 ${report.enterprise.regionName}（${report.enterprise.regionCode}）`)),
      'the region by its name, its code beside it',
    );
    assert.ok(
      text.includes(squeeze(`评价模型 ${report.evaluation.modelTitle}（v1 版）`)),
      'the model by its title and version, not its code',
    );
    assert.ok(
      report.description.lowered.some((line) => line.includes(penalty.number!)),
      'the description names the penalty among what lowered the score',
    );
  });

  test('the PDF of an enterprise with a repaired record lists it as 已修复 under the information that no longer counts, not as negative information', async () => {
    const report = await issue(chosen.repaired);
    const file = writePdf(await renderReportPdf(report));
    const text = assertPdfShows(file, report);
    const repaired = report.inactiveRecords.find((record) => record.marks.includes('已修复') && record.number)!;
    assert.equal(repaired.isNegative, false);
    const section = text.slice(text.indexOf(squeeze('已修复、已撤销、已移出或公示期满的信息')));
    assert.ok(section.includes(squeeze(repaired.number!)), 'listed in the inactive section');
    assert.ok(section.includes(squeeze('不作为负面信息')));
    const before = text.slice(0, text.indexOf(squeeze('已修复、已撤销、已移出或公示期满的信息')));
    assert.ok(!before.includes(squeeze(repaired.number!)), 'not among the current information');
  });

  test('the PDF of an enterprise graded A shows the grade A on its cover', async () => {
    const report = await issue(chosen.gradeA);
    assert.equal(report.evaluation.grade, 'A');
    const file = writePdf(await renderReportPdf(report));
    assertPdfShows(file, report);
    assert.ok(squeeze(pdfText(file, 1)).includes(squeeze('信用等级 A 级（优秀）')));
  });

  test('a report of an enterprise with 200 records breaks its tables across pages and repeats the header on every page', async () => {
    const db = current().db;
    const uscc = chosen.gradeA;
    const existing = (await loadReportSubject(db, uscc)).records.length;
    const name = (await db.selectFrom('enterprises').select('name').where('uscc', '=', uscc).executeTakeFirstOrThrow())
      .name;
    const licenses: NormalizedRecord[] = Array.from({ length: 200 - existing }, (_, index) => {
      const number = `鄂华市监许〔2025〕${1000 + index}号`;
      return {
        sourceRow: index + 2,
        subjectUscc: uscc,
        subjectName: name,
        kind: 'administrative_license',
        naturalKey: `${number}|11420703MB1565070G`,
        departmentCode: 'scjg',
        status: 'active',
        occurredOn: '2025-06-01',
        endsOn: '2030-05-31',
        level: null,
        subtype: '普通',
        grade: null,
        amount: null,
        quantity: null,
        fields: {
          decision_number: number,
          document_name: '准予行政许可决定书',
          content: `第 ${index + 1} 项：食品经营许可（预包装食品销售、散装食品销售、热食类食品制售），经营场所位于华容区葛店开发区`,
          decision_date: '2025-06-01',
          valid_to: '2030-05-31',
          current_status: '有效',
          authority_uscc: '11420703MB1565070G',
        },
      };
    });
    const committed = await commitBatch(
      db,
      {
        departmentCode: 'scjg',
        kind: 'administrative_license',
        fileName: 'licenses.json',
        fileHash: 'licenses',
        format: 'json',
        mode: 'all-or-nothing',
        operator: '测试',
      },
      [licenses],
      () => ({ commit: true, totalRows: licenses.length, rejectedRows: 0 }),
    );
    assert.equal(committed.status, 'committed');
    assert.equal((await loadReportSubject(db, uscc)).records.length, 200);

    const report = await issue(uscc);
    const file = writePdf(await renderReportPdf(report));
    const pages = pdfPageCount(file);
    assert.ok(pages >= 10, `${pages} pages`);
    let pagesWithLicenses = 0;
    for (let page = 2; page <= pages; page += 1) {
      const text = squeeze(pdfText(file, page));
      assert.ok(text.includes(squeeze(`第 ${page} 页 共 ${pages} 页`)), `page ${page} is numbered`);
      assert.ok(text.includes(squeeze(report.number)), `page ${page} has the report number in its footer`);
      if (!text.includes('鄂华市监许〔2025〕10')) continue;
      pagesWithLicenses += 1;
      assert.ok(
        text.includes(squeeze('信息类别 文号 / 编号 内容 来源部门 日期 状态与标注')),
        `page ${page} repeats the table header`,
      );
    }
    assert.ok(pagesWithLicenses >= 5, `${pagesWithLicenses} pages of licenses`);
    for (const record of licenses.slice(0, 3))
      assert.ok(squeeze(pdfText(file)).includes(squeeze(String(record.fields.decision_number))));
  });

  test('each report issued gets the next number of its day, a stored issue record and a report.issued audit event; the audit chain still verifies', async () => {
    const db = current().db;
    // Days no other test issues on: ten days from now, at 11:00 and at 01:00 the next day, Beijing time.
    const day = addDays(TODAY, 10);
    const first = await issue(chosen.negative, 'full', new Date(`${day}T03:00:00Z`));
    const second = await issue(chosen.negative, 'public', new Date(`${day}T03:00:00Z`));
    const nextDay = await issue(chosen.negative, 'full', new Date(`${day}T17:00:00Z`));
    assert.equal(first.number, `XP-420703-${day.replaceAll('-', '')}-000001`);
    assert.equal(second.number, `XP-420703-${day.replaceAll('-', '')}-000002`);
    assert.equal(
      nextDay.number,
      `XP-420703-${addDays(day, 1).replaceAll('-', '')}-000001`,
      '01:00 in Beijing is already the next day',
    );
    const row = await db
      .selectFrom('issued_reports')
      .selectAll()
      .where('number', '=', second.number)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [row.uscc, row.audience, row.as_of, row.grade, row.score, row.content_digest, row.issued_by],
      [
        chosen.negative,
        'public',
        TODAY,
        second.evaluation.grade,
        second.evaluation.score,
        second.verification.digest,
        '测试签发人',
      ],
    );
    const event = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'report.issued')
      .where('subject_id', '=', second.number)
      .executeTakeFirstOrThrow();
    assert.equal(event.actor, '测试签发人');
    assert.equal((event.payload as { digest: string }).digest, second.verification.digest);
    assert.equal((await verifyAuditChain(db)).ok, true);
  });

  test('the same report asked for again the same day keeps its number and signature, and nothing new is recorded', async () => {
    const db = current().db;
    const day = addDays(TODAY, 20);
    const first = await issue(chosen.gradeA, 'full', new Date(`${day}T02:00:00Z`));
    const issuedBefore = await db
      .selectFrom('issued_reports')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    const again = await issue(chosen.gradeA, 'full', new Date(`${day}T09:00:00Z`));
    assert.equal(again.number, first.number);
    assert.equal(again.verification.signature.value, first.verification.signature.value);
    assert.equal(again.verification.code, first.verification.code);
    const issuedAfter = await db
      .selectFrom('issued_reports')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(issuedAfter.count), Number(issuedBefore.count));
    const otherAudience = await issue(chosen.gradeA, 'public', new Date(`${day}T09:00:00Z`));
    assert.notEqual(otherAudience.number, first.number, 'another audience is another report');
    const nextDay = await issue(chosen.gradeA, 'full', new Date(`${addDays(day, 1)}T02:00:00Z`));
    assert.notEqual(nextDay.number, first.number, 'the next day is another report');
  });

  test('verification confirms the issued report by number and code, refuses a wrong code, an unknown number and a forged grade alike', async () => {
    const db = current().db;
    const report = await issue(chosen.repaired);
    const answer = await verifyReport(db, secretKey, {
      number: report.number.toLowerCase(),
      code: report.verification.code.replaceAll('-', ''),
    });
    assert.deepEqual(
      { ...answer, message: '' },
      {
        number: report.number,
        enterpriseName: report.enterprise.name,
        uscc: report.enterprise.uscc,
        issuedOn: report.issuedOn,
        grade: report.evaluation.grade,
        gradeLabel: report.evaluation.gradeLabel,
        message: '',
      },
    );
    assert.match(answer.message, /^核验通过/);
    assert.deepEqual(
      await verifyReport(db, secretKey, {
        number: report.number,
        code: report.verification.code,
        grade: report.evaluation.grade,
      }),
      answer,
    );

    const refused = async (request: Parameters<typeof verifyReport>[2]) => {
      try {
        await verifyReport(db, secretKey, request);
      } catch (error) {
        assert.ok(isAppError(error) && error.code === 'NOT_FOUND');
        return error.userMessage;
      }
      assert.fail('verification should have been refused');
    };
    const forgedGrade = report.evaluation.grade === 'A' ? 'B' : 'A';
    assert.match(
      await refused({ number: report.number, code: report.verification.code, grade: forgedGrade }),
      new RegExp(`签发时的信用等级为 ${report.evaluation.grade} 级.*所持报告已被改动`),
    );
    const wrongCode = await refused({ number: report.number, code: 'AAAA-BBBB-CCCC-DDDD' });
    const unknown = await refused({ number: 'XP-420703-20991231-000001', code: report.verification.code });
    assert.equal(
      wrongCode.replace(report.number, '#'),
      unknown.replace('XP-420703-20991231-000001', '#'),
      'an unknown number and a wrong code get the same answer',
    );
    assert.match(wrongCode, /^核验未通过/);
    // A code made without the platform's key does not verify.
    assert.ok(
      await refused({
        number: report.number,
        code: (
          await issueReport(
            db,
            { secret: parseSecretKey('ef'.repeat(32)), signing: keys.signing },
            { uscc: chosen.repaired, audience: 'full', issuedBy: 'x' },
          )
        ).verification.code,
      }),
    );

    // Editing the data of the report in hand changes its digest; the stored issue record cannot be edited either.
    const edited = { ...report, evaluation: { ...report.evaluation, grade: forgedGrade } };
    assert.notEqual(reportDigest(edited), report.verification.digest);
    // PGlite: the append-only trigger refuses; PostgreSQL: the platform's role has no UPDATE on the table at all.
    await assert.rejects(
      sql`update issued_reports set grade = ${forgedGrade} where number = ${report.number}`.execute(db),
      /append-only|permission denied for table issued_reports/,
    );
  });

  test('a report as of a past date shows the records as the platform held them that day: records received later are neither listed nor scored', async () => {
    // The demo district was received today: as of yesterday, the platform held none of its records.
    const yesterday = addDays(TODAY, -1);
    const report = await issueReport(current().db, keys, {
      uscc: chosen.negative,
      audience: 'full',
      asOf: yesterday,
      issuedBy: '测试签发人',
      now: NOW,
    });
    assert.equal(report.evaluation.asOf, yesterday);
    assert.deepEqual(report.categories, []);
    assert.deepEqual(report.inactiveRecords, []);
    assert.ok(report.indicators.length > 0 && report.indicators.every((indicator) => indicator.recordCount === 0));
  });

  test('asking for an as-of date after the issue date, or an enterprise that is not registered, is refused in Chinese', async () => {
    const tomorrow = addDays(TODAY, 1);
    await assert.rejects(
      issueReport(current().db, keys, {
        uscc: chosen.gradeA,
        audience: 'full',
        asOf: tomorrow,
        issuedBy: 'x',
        now: NOW,
      }),
      new RegExp(`评价基准日 ${tomorrow} 晚于今天`),
    );
    await assert.rejects(
      issueReport(current().db, keys, {
        uscc: chosen.gradeA,
        audience: 'full',
        asOf: '2018-12-31',
        issuedBy: 'x',
        now: NOW,
      }),
      /评价基准日 2018-12-31 早于评价模型可评价的最早日期 2019-01-01/,
    );
    await assert.rejects(
      issueReport(current().db, keys, { uscc: '91420703MA4CTE7Y4J', audience: 'full', issuedBy: 'x' }),
      /未找到统一社会信用代码为 91420703MA4CTE7Y4J 的企业/,
    );
  });
});
