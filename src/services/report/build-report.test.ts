import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseSecretKey } from '../import/protect-personal.ts';
import { buildReport, type BuildReportInput } from './build-report.ts';
import type { ReportRecordRow, ReportSubject } from './load-report-subject.ts';
import { reportVerifyCommand } from '../../cli/commands/report-verify.ts';
import { renderReportHtml } from './render-report-html.ts';
import { renderReportPdf } from './render-report-pdf.ts';
import { encodePdfSignature } from './verify-report-signature.ts';
import type { ReportAudience } from './report.ts';
import { engineRecord } from '../../engine/test-fixtures/engine-record.ts';
import { reportDigest, signReport } from './sign-report.ts';
import { setFlatSubsets } from './flat-font-subsets.ts';
import { loadReportFonts } from './report-fonts.ts';
import { compiledV1, createTestSigningKey, evaluateSubject, rasterizePdf } from './test-helpers.ts';

const AS_OF = '2026-11-01';
const ISSUED_AT = new Date('2026-11-02T02:00:00Z');
const key = { secret: parseSecretKey('cd'.repeat(32)), signing: createTestSigningKey() };

let nextId = 1;
/** An engine record (the engine's own test fixture) with the report's source fields beside it. */
function record(
  kind: string,
  values: Partial<ReportRecordRow> & { fields?: Record<string, unknown> },
): ReportRecordRow {
  const { fields = {}, ...columns } = values;
  return { ...engineRecord(nextId++, { occurredOn: '2026-03-01', ...columns, kind }), fields };
}

const penalty = (number: string, values: Partial<ReportRecordRow>) =>
  record('administrative_penalty', {
    level: '一般',
    subtype: '罚款',
    amount: 2,
    ...values,
    fields: {
      decision_number: number,
      violation_type: '未按规定申报',
      penalty_content: '罚款2万元',
      legal_representative_id_number: { masked: '4207**********1234', cipher: 'v1:secret' },
    },
  });

/** A typical firm: tax rating B, national evaluation 良, an invention patent, and the records each test adds. */
function subjectWith(records: ReportRecordRow[]): ReportSubject {
  return {
    enterprise: {
      id: 1,
      uscc: '91420703MA4CTE7Y4J',
      name: '鄂州测试光电科技有限公司',
      legal_representative: '张三明',
      industry_code: 'C39',
      region_code: '420703',
      registered_on: '2018-05-01',
      status: '存续',
      tiers: ['tech_sme'],
      incubator_code: null,
      uscc_warning: null,
      address: null,
      source: 'registry',
      created_at: new Date(),
      updated_at: new Date(),
    },
    records: [
      record('tax_credit_rating', { occurredOn: '2026-04-20', grade: 'B', fields: { year: 2025, rating: 'B' } }),
      record('national_credit_evaluation', {
        occurredOn: '2026-01-15',
        grade: '良',
        departmentCode: 'nacredit',
        fields: { rating: '良' },
      }),
      record('patent', {
        occurredOn: '2022-03-01',
        endsOn: '2042-03-01',
        subtype: '发明',
        departmentCode: 'scjg',
        fields: {
          patent_number: 'ZL202210000001.1',
          patent_name: '一种光电传感器',
          patent_type: '发明',
          legal_status: '有效',
        },
      }),
      ...records,
    ],
  };
}

function build(
  subject: ReportSubject,
  audience: ReportAudience = 'full',
  recordsUnderObjection: ReadonlySet<number> = new Set(),
) {
  const input: BuildReportInput = {
    subject,
    evaluation: evaluateSubject(subject, AS_OF),
    model: compiledV1.model,
    audience,
    number: 'XP-420703-20261102-000001',
    issuedAt: ISSUED_AT,
    recordsUnderObjection,
  };
  return signReport(buildReport(input), key, '/verify');
}

const allRecords = (report: ReturnType<typeof build>) => [
  ...report.categories.flatMap((category) => category.records),
  ...report.inactiveRecords,
];

describe('building a credit report', () => {
  test('the report carries every section: cover facts, the grade, each dimension and every indicator of the model with its points and weight', () => {
    const report = build(subjectWith([]));
    assert.equal(report.number, 'XP-420703-20261102-000001');
    assert.equal(report.issuedOn, '2026-11-02');
    assert.equal(report.evaluation.asOf, AS_OF);
    assert.equal(report.evaluation.modelVersion, 'huarong-sci-tech/v1');
    assert.equal(report.issuer.name, '华容区发展和改革经济信息化局');
    assert.equal(report.enterprise.legalRepresentative, '张*明');
    assert.deepEqual(
      report.indicators.map((indicator) => indicator.label),
      compiledV1.model.indicators.map((indicator) => indicator.label),
    );
    assert.equal(report.dimensions.length, compiledV1.model.dimensions.length);
    const tax = report.indicators.find((indicator) => indicator.id === 'tax_credit_rating')!;
    assert.deepEqual([tax.value, tax.points, tax.weight], ['B', 15, 0.15]);
    assert.equal(report.indicators.find((indicator) => indicator.id === 'invention_patents')!.value, '1 件');
    assert.match(report.description.summary, /信用等级为 B 级（良好）/);
  });

  test('a penalty in publicity is negative information, named with its decision number in what lowered the score, with the date it can be repaired', () => {
    const report = build(subjectWith([penalty('华税罚〔2026〕3号', { occurredOn: '2026-09-01' })]));
    const listed = allRecords(report).find((item) => item.number === '华税罚〔2026〕3号')!;
    assert.equal(listed.isNegative, true);
    assert.equal(listed.effect, '扣分：一般失信行政处罚');
    assert.equal(listed.department, '区税务局');
    assert.deepEqual(listed.publicity, {
      level: '一般',
      status: '公示中',
      repairableFrom: '2026-12-02',
      publicUntil: '2027-09-01',
    });
    assert.match(
      report.description.lowered[0]!,
      /^“一般失信行政处罚”（1 条）：扣 10 分，使总分降低 2\.5 分（涉及 华税罚〔2026〕3号）。$/,
    );
    assert.ok(report.description.advice.includes('行政处罚“华税罚〔2026〕3号”自 2026-12-02 起可申请信用修复。'));
  });

  test('a repaired penalty is listed as 已修复 among the information that no longer counts, never as negative information', () => {
    const report = build(subjectWith([penalty('华税罚〔2026〕1号', { status: 'repaired', occurredOn: '2026-02-01' })]));
    assert.equal(
      report.categories.flatMap((category) => category.records).some((item) => item.number === '华税罚〔2026〕1号'),
      false,
    );
    const repaired = report.inactiveRecords.find((item) => item.number === '华税罚〔2026〕1号')!;
    assert.equal(repaired.isNegative, false);
    assert.equal(repaired.effect, null);
    assert.ok(repaired.marks.includes('已修复'));
    assert.equal(report.indicators.find((indicator) => indicator.id === 'penalties_general')!.points, 0);
    assert.deepEqual(report.description.lowered, []);
    assert.ok(!JSON.stringify(report.description).includes('华税罚〔2026〕1号'));
  });

  test('a record under objection is marked 异议中', () => {
    const disputed = penalty('华税罚〔2026〕5号', { occurredOn: '2026-10-01' });
    const report = build(subjectWith([disputed]), 'full', new Set([disputed.id]));
    assert.ok(
      allRecords(report)
        .find((item) => item.id === disputed.id)!
        .marks.includes('异议中'),
    );
  });

  test('a negative record whose publicity ends within 90 days is announced in the description', () => {
    // A minor penalty is published for 3 months: decided 2026-09-15, published until 2026-12-15.
    const report = build(subjectWith([penalty('华税罚〔2026〕9号', { level: '轻微', occurredOn: '2026-09-15' })]));
    assert.deepEqual(report.description.leavingPublicity, [
      '行政处罚“华税罚〔2026〕9号”（区税务局）将于 2026-12-15 公示期满，期满后不再公示，也不再计入评价。',
    ]);
  });

  test('a veto is explained with the grade the score alone would give', () => {
    const report = build(
      subjectWith([
        record('serious_dishonesty_list', {
          departmentCode: 'scjg',
          occurredOn: '2026-06-01',
          subtype: '提交虚假材料',
          fields: { listing_reason: '提交虚假材料', decision_number: '鄂华市监失信〔2026〕2号' },
        }),
      ]),
    );
    assert.equal(report.evaluation.grade, 'D');
    assert.match(
      report.description.vetoes[0]!,
      /^因“列入严重违法失信名单”，信用等级不高于 D 级（按得分本可评为 [ABC] 级）；依据：/,
    );
  });

  test('raised and lowered items come largest contribution first', () => {
    const report = build(
      subjectWith([
        penalty('华税罚〔2026〕7号', { occurredOn: '2026-08-01', level: '严重' }),
        penalty('华税罚〔2026〕8号', { occurredOn: '2026-08-02', level: '轻微' }),
      ]),
    );
    const lowered = report.indicators
      .filter((indicator) => indicator.points < 0)
      .sort((a, b) => a.contribution - b.contribution);
    assert.ok(report.description.lowered[0]!.startsWith(`“${lowered[0]!.label}”`));
    assert.ok(report.description.lowered[1]!.startsWith(`“${lowered[1]!.label}”`));
    const raised = report.indicators
      .filter((indicator) => indicator.points > 0)
      .sort((a, b) => b.contribution - a.contribution);
    assert.ok(report.description.raised[0]!.startsWith(`“${raised[0]!.label}”`));
  });

  test('the public version leaves out the legal representative, non-public kinds, records no longer published and the values of indicators fed by non-public data', () => {
    const subject = subjectWith([
      penalty('华税罚〔2026〕3号', { occurredOn: '2026-09-01' }),
      penalty('华税罚〔2026〕1号', { status: 'repaired', occurredOn: '2026-02-01' }),
    ]);
    const report = build(subject, 'public');
    assert.equal(report.audienceLabel, '公示版');
    assert.equal(report.enterprise.legalRepresentative, null);
    assert.equal(report.evaluation.fingerprint, null);
    assert.deepEqual(report.inactiveRecords, []);
    const kinds = new Set(allRecords(report).map((item) => item.kind));
    assert.deepEqual([...kinds].sort(), ['administrative_penalty', 'patent']);
    const tax = report.indicators.find((indicator) => indicator.id === 'tax_credit_rating')!;
    assert.deepEqual([tax.value, tax.recordCount, tax.points], ['—', null, 15]);
    assert.equal(report.indicators.find((indicator) => indicator.id === 'invention_patents')!.value, '1 件');
    const text = JSON.stringify(report);
    for (const hidden of ['张*明', '华税罚〔2026〕1号', '4207**********1234', 'secret'])
      assert.ok(!text.includes(hidden), `${hidden} is not in the public version`);
    // The full version of the same subject has them.
    const full = build(subject, 'full');
    assert.ok(JSON.stringify(full).includes('华税罚〔2026〕1号'));
    assert.ok(!JSON.stringify(full).includes('4207**********1234'), 'personal fields are never part of a report');
  });

  test('the digest covers the report data, and the HTML page is self-contained with the same tables', () => {
    const report = build(subjectWith([penalty('华税罚〔2026〕3号', { occurredOn: '2026-09-01' })]));
    assert.equal(report.verification.digest, reportDigest(report));
    assert.notEqual(
      reportDigest({ ...report, evaluation: { ...report.evaluation, grade: 'A' } }),
      report.verification.digest,
    );
    const html = renderReportHtml(report);
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<svg[^>]*viewBox/);
    assert.ok(!/<script|<link|\ssrc=|\shref=/i.test(html), 'no script and no external asset');
    for (const indicator of report.indicators) assert.ok(html.includes(indicator.label), indicator.label);
    for (const text of [
      '华税罚〔2026〕3号',
      report.number,
      report.verification.code,
      '负面信息',
      '鄂州市华容区（420703）',
    ])
      assert.ok(html.includes(text), text);
    assert.ok(html.includes(`${report.evaluation.modelTitle}（v1 版）`), 'the model by its title and version');
    assert.ok(!html.includes('huarong-sci-tech/v1'), 'not by its code');
  });
});

describe('the fonts embedded in a report PDF', () => {
  test('subsets written without subroutines draw every page pixel for pixel as the subsets fontkit writes itself, in a smaller file', async () => {
    const report = build(
      subjectWith([
        penalty('华税罚〔2026〕3号', { occurredOn: '2026-09-01' }),
        penalty('华税罚〔2026〕1号', { status: 'repaired', occurredOn: '2026-02-01' }),
        penalty('华税罚〔2026〕9号', { level: '轻微', occurredOn: '2026-09-15' }),
      ]),
    );
    const fonts = Object.values(loadReportFonts());
    const flat = await renderReportPdf(report);
    for (const font of fonts) setFlatSubsets(font, false);
    let fontkitOwn: Buffer;
    try {
      fontkitOwn = await renderReportPdf(report);
    } finally {
      for (const font of fonts) assert.ok(setFlatSubsets(font, true));
    }
    const flatPages = rasterizePdf(flat);
    const fontkitPages = rasterizePdf(fontkitOwn);
    assert.ok(flatPages.length >= 2, `${flatPages.length} pages`);
    assert.equal(flatPages.length, fontkitPages.length);
    flatPages.forEach((page, index) => assert.ok(page.equals(fontkitPages[index]!), `page ${index + 1}`));
    assert.ok(flat.length < fontkitOwn.length * 0.9, `${flat.length} bytes against ${fontkitOwn.length}`);
  });
});

describe('the signature of a credit report, checked offline', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-report-signature-'));
  async function verifyFile(
    name: string,
    content: Buffer | string,
    args: string[] = [],
  ): Promise<{ exit: number; stdout: string }> {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    let stdout = '';
    const sink = { write: (chunk: string) => ((stdout += chunk), true) } as unknown as NodeJS.WritableStream;
    const exit = await reportVerifyCommand.run({
      args: [file, ...args],
      usage: '',
      config: { dataDir: dir },
      store: () => Promise.reject(new Error('report verify must not open the database')),
      stdout: sink,
      stderr: sink,
    });
    return { exit, stdout };
  }

  test('a JSON report verifies with its SM2 signature and fails once one byte of its data changes', async () => {
    const report = build(subjectWith([]));
    assert.equal(report.verification.signature.algorithm, 'sm2-sm3');
    assert.equal(report.verification.signature.facts.digestAlgorithm, 'sm3');
    const json = JSON.stringify(report, null, 2);
    const publicKey = path.join(dir, 'platform.pem');
    fs.writeFileSync(publicKey, key.signing.publicKeyPem);
    const intact = await verifyFile('report.json', json, ['--public-key', publicKey]);
    assert.equal(intact.exit, 0, intact.stdout);
    assert.match(
      intact.stdout,
      new RegExp(
        `^报告签名有效（SM2/SM3）：报告 ${report.number}，鄂州测试光电科技有限公司（91420703MA4CTE7Y4J），信用等级 ${report.evaluation.grade} 级`,
      ),
    );
    assert.match(intact.stdout, /签名公钥与所给平台公钥一致/);
    // One byte of the data outside the facts printed on the cover: a digit of the issue time.
    const at = json.indexOf(`"issuedAt": "${report.issuedAt}"`) + '"issuedAt": "2026-11-0'.length;
    const changed = Buffer.from(json);
    changed[at] = changed[at] === 0x32 ? 0x33 : 0x32;
    const tampered = await verifyFile('tampered.json', changed);
    assert.equal(tampered.exit, 1);
    assert.equal(tampered.stdout, '报告签名核验未通过：报告内容与签名所记摘要不符：报告被改动过\n');
  });

  test('a PDF report carries the signature, which verifies offline and fails once one byte of the signed facts changes', async () => {
    const report = build(subjectWith([]));
    const pdf = await renderReportPdf(report);
    const intact = await verifyFile('report.pdf', pdf);
    assert.equal(intact.exit, 0, intact.stdout);
    assert.match(intact.stdout, new RegExp(`签名公钥指纹 ${key.signing.fingerprint}：请与平台公示的公钥指纹核对`));
    const value = encodePdfSignature(report.verification.signature);
    const forged = encodePdfSignature({
      ...report.verification.signature,
      facts: { ...report.verification.signature.facts, grade: report.evaluation.grade === 'A' ? 'B' : 'A' },
    });
    const tampered = Buffer.from(pdf.toString('latin1').replace(value, forged), 'latin1');
    assert.notDeepEqual(tampered, pdf);
    const result = await verifyFile('tampered.pdf', tampered);
    assert.equal(result.exit, 1);
    assert.match(result.stdout, /签名无效/);
  });

  test('a report signed by another key is refused when the platform key is given', async () => {
    const report = build(subjectWith([]));
    const otherKey = path.join(dir, 'other.pem');
    fs.writeFileSync(otherKey, createTestSigningKey().publicKeyPem);
    const result = await verifyFile('other.json', JSON.stringify(report), ['--public-key', otherKey]);
    assert.equal(result.exit, 1);
    assert.match(result.stdout, /签名所用公钥（指纹 [0-9a-f]{64}）不是所给的平台公钥/);
  });
});
