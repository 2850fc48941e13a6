import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import type { Role } from '../../domain/roles.ts';
import { createServerFixture, type ServerFixture } from '../../server/server-test-fixture.ts';
import { findCurrentEvaluation, insertEvaluations } from '../../store/evaluation.repository.ts';
import { parseCheckpoint } from '../audit/audit-checkpoint.ts';
import { makeAuditCheckpoint } from '../audit/make-audit-checkpoint.ts';
import { verifyAuditChain } from '../audit/verify-audit-chain.ts';
import { loadSigningKey } from '../crypto/signing-key.ts';
import { ensurePublishedModel } from '../evaluation/ensure-published-model.ts';
import { reevaluateEnterprises } from '../evaluation/reevaluate-enterprises.ts';
import { runEvaluation } from '../evaluation/run-evaluation.ts';
import { commitBatch } from '../records/commit-batch.ts';
import { exportSharedResults } from './export-shared-results.ts';

describeOnEachEngine('sharing: pull feed, bank access, export, producers', (current) => {
  let fixture: ServerFixture;
  const sessions = new Map<Role, string>();
  const usernameOf = (role: Role) => fixture.accounts.find((account) => account.role === role)!.username;
  const get = async (role: Role, url: string) => fixture.injectAs(role, { method: 'GET', url }, sessions.get(role));
  const enterpriseId = async (uscc: string) =>
    (await current().db.selectFrom('enterprises').select('id').where('uscc', '=', uscc).executeTakeFirstOrThrow()).id;
  let penaltyCount = 0;

  /** A new penalty against an enterprise, committed as a department batch would be. */
  async function commitPenalty(uscc: string, decisionNumber: string) {
    penaltyCount += 1;
    const record: NormalizedRecord = {
      sourceRow: 2,
      subjectUscc: uscc,
      subjectName: '企业',
      kind: 'administrative_penalty',
      naturalKey: `${decisionNumber}|scjg`,
      departmentCode: 'scjg',
      status: 'active',
      occurredOn: '2026-03-01',
      endsOn: null,
      level: '一般',
      subtype: '罚款',
      grade: null,
      amount: 2,
      quantity: null,
      fields: {
        subject_uscc: uscc,
        decision_number: decisionNumber,
        penalty_category: '罚款',
        fine_amount: 2,
        decision_date: '2026-03-01',
      },
    };
    const input = {
      departmentCode: 'scjg',
      kind: 'administrative_penalty',
      fileName: `p${penaltyCount}.json`,
      fileHash: `p${penaltyCount}`,
      format: 'json',
      mode: 'all-or-nothing' as const,
      operator: '测试',
    };
    return commitBatch(current().db, input, [[record]], () => ({ commit: true, totalRows: 1, rejectedRows: 0 }));
  }

  before(async () => {
    fixture = await createServerFixture(current());
    for (const role of ['admin', 'bank', 'association', 'enterprise', 'department_operator'] as const)
      sessions.set(role, await fixture.logIn(role));
    await ensurePublishedModel(current());
  });
  after(async () => {
    await fixture?.close();
  });

  test('new negative records of a committed batch are in the feed, and a batch that is re-sent adds none', async () => {
    const before = (await get('admin', '/api/feed?types=negative_record&limit=1000')).json();
    assert.deepEqual(
      before.events.map((event: { uscc: string }) => event.uscc).sort(),
      [fixture.enterpriseA, fixture.enterpriseA, fixture.enterpriseB].sort(),
      'the fixture’s three penalties',
    );
    const event = before.events.find(
      (item: { data: { decisionNumber: string } }) => item.data.decisionNumber === '华税罚〔2025〕7号',
    );
    assert.equal(event.typeLabel, '新增失信（负面）记录');
    assert.equal(event.data.departmentCode, 'tax');
    await commitPenalty(fixture.enterpriseB, '华市监罚〔2026〕9号');
    await commitPenalty(fixture.enterpriseB, '华市监罚〔2026〕9号'); // the same decision again: not new
    const after = (await get('admin', `/api/feed?types=negative_record&cursor=${before.nextCursor}`)).json();
    assert.deepEqual(
      after.events.map((item: { data: { decisionNumber: string } }) => item.data.decisionNumber),
      ['华市监罚〔2026〕9号'],
    );
  });

  test('the pull feed resumed from a cursor returns exactly the later events, none twice and none skipped', async () => {
    const all = (await get('admin', '/api/feed?limit=1000')).json();
    const ids: number[] = [];
    let cursor = 0;
    for (let page = 0; page < 100; page += 1) {
      const body = (await get('admin', `/api/feed?cursor=${cursor}&limit=2`)).json();
      ids.push(...body.events.map((event: { id: number }) => event.id));
      assert.ok(body.events.length <= 2);
      cursor = body.nextCursor;
      if (!body.hasMore) break;
    }
    assert.deepEqual(
      ids,
      all.events.map((event: { id: number }) => event.id),
      'paging by cursor reads the same events as one page',
    );
    assert.equal(new Set(ids).size, ids.length);
    await commitPenalty(fixture.enterpriseA, '华市监罚〔2026〕10号');
    const resumed = (await get('admin', `/api/feed?cursor=${cursor}`)).json();
    assert.deepEqual(
      resumed.events
        .map((event: { type: string; data: { decisionNumber?: string } }) => event.data.decisionNumber ?? event.type)
        .filter((item: string) => item !== 'grade_changed'),
      ['华市监罚〔2026〕10号'],
    );
    assert.ok(resumed.events.length > 0 && resumed.events.every((event: { id: number }) => event.id > cursor));
    const again = (await get('admin', `/api/feed?cursor=${resumed.nextCursor}`)).json();
    assert.deepEqual(again.events, [], 'nothing after the last cursor');
    assert.equal(again.nextCursor, resumed.nextCursor);
  });

  test('a bank sees only enterprises on a list pushed to it or that authorised it, and loses them when the authorisation is revoked', async () => {
    const a = fixture.enterpriseA;
    const b = fixture.enterpriseB;
    assert.equal((await get('bank', `/api/enterprises/${a}/grade`)).statusCode, 403, 'nothing shared yet');
    assert.equal((await get('bank', `/api/enterprises/${a}/report`)).statusCode, 403);
    assert.deepEqual(
      (await get('bank', '/api/feed?limit=1000')).json().events,
      [],
      'no event of an enterprise not shared',
    );

    const granted = await fixture.injectAs(
      'enterprise',
      {
        method: 'POST',
        url: '/api/authorizations',
        payload: { grantee: usernameOf('bank'), validUntil: '2099-12-31', purpose: '贷款审批' },
      },
      sessions.get('enterprise'),
    );
    assert.equal(granted.statusCode, 201, granted.body);
    const grade = await get('bank', `/api/enterprises/${a}/grade`);
    assert.equal(grade.statusCode, 200);
    assert.equal(grade.json().uscc, a);
    assert.ok(grade.json().grade, 'evaluated by the published model');
    const trace = await get('bank', `/api/enterprises/${a}/evaluation`);
    assert.equal(trace.statusCode, 200);
    const parameters: Array<{ valueText: string; referenceText: string }> = trace
      .json()
      .indicators.flatMap((indicator: { parameters: unknown[] }) => indicator.parameters);
    assert.ok(parameters.length > 0, 'the trace names the parameters its indicators read');
    assert.deepEqual(
      parameters.filter(
        (parameter) =>
          parameter.valueText === '' ||
          /\[object|DOMAIN\.md|\.yaml/.test(parameter.valueText + parameter.referenceText),
      ),
      [],
      'each parameter comes with its value in words and a reference a person reads, never a repository path',
    );
    const report = await get('bank', `/api/enterprises/${a}/report`);
    assert.equal(report.statusCode, 200);
    assert.equal(report.json().audience, 'full', 'an authorising enterprise gives the bank its full report');
    assert.equal((await get('bank', `/api/enterprises/${b}/grade`)).statusCode, 403, 'B authorised nobody');
    const feed = (await get('bank', '/api/feed?limit=1000')).json();
    assert.ok(
      feed.events.length > 0 && feed.events.every((event: { uscc: string }) => event.uscc === a),
      'the bank’s feed holds A’s events only',
    );
    assert.deepEqual(
      (await get('association', `/api/enterprises/${a}/grade`)).statusCode,
      403,
      'the authorisation was for the bank only',
    );
    const listed = (await get('bank', '/api/authorizations')).json();
    assert.deepEqual(
      listed.items.map((item: { uscc: string; isActive: boolean }) => [item.uscc, item.isActive]),
      [[a, true]],
    );
    const mine = (await get('enterprise', '/api/authorizations')).json();
    assert.deepEqual(
      mine.items.map((item: { grantedBy: string; grantedByName: string; granteeName: string }) => [
        item.grantedBy,
        item.grantedByName,
        item.granteeName,
      ]),
      [['enterprise', '企业用户（演示）', '合作银行（演示）']],
      'the authorisations list names the person who granted it, next to the account',
    );

    const revoked = await fixture.injectAs(
      'enterprise',
      { method: 'DELETE', url: `/api/authorizations/${granted.json().id}` },
      sessions.get('enterprise'),
    );
    assert.equal(revoked.statusCode, 204);
    assert.equal((await get('bank', `/api/enterprises/${a}/grade`)).statusCode, 403, 'revoked at once');
    assert.deepEqual((await get('bank', '/api/feed?limit=1000')).json().events, []);

    // A list pushed to the bank: B becomes visible (public report only), with a list_updated event addressed to the bank alone.
    const pushed = await fixture.injectAs(
      'admin',
      {
        method: 'POST',
        url: '/api/shared-lists/ip-pledge-whitelist',
        payload: { label: '知识产权质押融资白名单', recipient: usernameOf('bank'), usccs: [b] },
      },
      sessions.get('admin'),
    );
    assert.deepEqual(pushed.json(), { added: 1, alreadyListed: 0 });
    assert.equal((await get('bank', `/api/enterprises/${b}`)).statusCode, 200);
    assert.equal(
      (await get('bank', `/api/enterprises/${b}/report`)).json().audience,
      'public',
      'a listed enterprise did not authorise the full report',
    );
    assert.equal((await get('bank', `/api/enterprises/${b}/report?audience=full`)).statusCode, 403);
    const bankFeed = (await get('bank', '/api/feed?limit=1000')).json();
    assert.ok(
      bankFeed.events.some(
        (event: { type: string; uscc: string; data: { listLabel: string } }) =>
          event.type === 'list_updated' && event.uscc === b && event.data.listLabel === '知识产权质押融资白名单',
      ),
    );
    assert.ok(bankFeed.events.length > 0 && bankFeed.events.every((event: { uscc: string }) => event.uscc === b));
    const associationFeed = (await get('association', '/api/feed?limit=1000')).json();
    assert.ok(
      !associationFeed.events.some((event: { type: string }) => event.type === 'list_updated'),
      'a list pushed to the bank is not the association’s',
    );
  });

  test('a stored evaluation that changes an enterprise’s grade publishes grade_changed, on the single path and the batch run alike', async () => {
    const db = current().db;
    const idA = await enterpriseId(fixture.enterpriseA);
    const plantGrade = async (grade: string) => {
      const now = (await findCurrentEvaluation(db, idA))!;
      await insertEvaluations(db, [
        {
          enterpriseId: idA,
          modelVersionId: now.model_version_id,
          runId: null,
          reason: 'test',
          asOf: now.as_of,
          score: now.score,
          grade,
          vetoes: null,
          dimensionScores: now.dimension_scores,
          indicatorPoints: now.indicator_points,
          fingerprint: now.fingerprint,
          resultHash: 0,
          changesOn: 'infinity',
        },
      ]);
      return now.grade;
    };
    const gradeEvents = async () =>
      (await get('admin', '/api/feed?types=grade_changed&limit=1000'))
        .json()
        .events.filter((event: { uscc: string }) => event.uscc === fixture.enterpriseA);
    const before = (await gradeEvents()).length;

    const real = await plantGrade('Z');
    await reevaluateEnterprises(db, [idA], { reason: 'repair' });
    let events = await gradeEvents();
    assert.equal(events.length, before + 1);
    assert.deepEqual(
      [events.at(-1).data.previousGrade, events.at(-1).data.grade, events.at(-1).data.reason],
      ['Z', real, 'repair'],
    );

    await reevaluateEnterprises(db, [idA], { reason: 'repair' });
    assert.equal((await gradeEvents()).length, before + 1, 'the same grade again is no change');

    await plantGrade('Z');
    await runEvaluation(current(), { kind: 'all', operator: '测试' });
    events = await gradeEvents();
    assert.equal(events.length, before + 2, 'the batch run publishes the change, set-based');
    assert.deepEqual(
      [events.at(-1).data.previousGrade, events.at(-1).data.grade, events.at(-1).data.reason],
      ['Z', real, 'all'],
    );
  });

  test('the xlsx export opens with exceljs with every grade and the new negative records, formula-like text neutralised, and the next export starts after it', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-export-'));
    try {
      await commitPenalty(fixture.enterpriseA, '=HYPERLINK（"http://evil.example","点击"）');
      const first = await exportSharedResults(current().db, {
        outDir: out,
        departmentCode: 'tax',
        everyDays: 7,
        actor: '测试',
      });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(first.file);
      const results = workbook.getWorksheet('信用评价结果')!;
      assert.deepEqual((results.getRow(1).values as unknown[]).slice(1), [
        '统一社会信用代码',
        '企业名称',
        '信用等级',
        '综合得分',
        '评价模型版本',
        '评价基准日',
      ]);
      const rows = Array.from(
        { length: results.rowCount - 1 },
        (_, index) => results.getRow(index + 2).values as unknown[],
      );
      assert.deepEqual(rows.map((row) => row[1]).sort(), [fixture.enterpriseA, fixture.enterpriseB].sort());
      const gradeA = (await get('admin', `/api/enterprises/${fixture.enterpriseA}/grade`)).json();
      const rowA = rows.find((row) => row[1] === fixture.enterpriseA)!;
      assert.deepEqual(rowA.slice(3), [gradeA.grade, gradeA.score, gradeA.modelVersion, gradeA.asOf]);

      const negative = workbook.getWorksheet('新增失信记录')!;
      const numbers = Array.from(
        { length: negative.rowCount - 1 },
        (_, index) => negative.getRow(index + 2).getCell(5).value,
      );
      assert.ok(numbers.includes('华税罚〔2025〕7号'));
      assert.ok(numbers.includes(`'=HYPERLINK（"http://evil.example","点击"）`), 'the formula is text, not a formula');
      assert.equal(first.negativeRecords, numbers.length);

      const second = await exportSharedResults(current().db, {
        outDir: out,
        departmentCode: 'tax',
        actor: '测试',
        now: new Date(Date.now() + 1000),
      });
      assert.equal(second.negativeRecords, 0, 'already sent in the previous file');
      assert.equal(second.enterprises, 2, 'the grades are always complete');
      const schedule = await current()
        .db.selectFrom('share_exports')
        .selectAll()
        .where('recipient', '=', 'tax')
        .executeTakeFirstOrThrow();
      assert.deepEqual([schedule.every_days, Number(schedule.last_event_id)], [7, second.lastEventId]);
      const audited = await current()
        .db.selectFrom('audit_events')
        .select('action')
        .where('action', '=', 'share.exported')
        .execute();
      assert.equal(audited.length, 2);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  test('the feed carries the latest audit checkpoint, signed with the key the platform publishes, and the chain holds to it', async () => {
    const key = loadSigningKey(fixture.dataDir, {});
    const made = await makeAuditCheckpoint(current().db, key);
    const feed = (await get('bank', '/api/feed?limit=1')).json();
    assert.equal(feed.checkpoint.seq, made.checkpoint.seq);
    assert.equal(feed.checkpoint.headHash, made.checkpoint.headHash);

    // What the receiving department does: check the signature against the published key, then verify the chain.
    const published = (await fixture.injectAs('anonymous', { method: 'GET', url: '/api/public/signing-key' })).json();
    const checkpoint = parseCheckpoint(JSON.stringify(feed.checkpoint), published.fingerprint);
    assert.equal(checkpoint.publicKeyFingerprint, key.fingerprint);
    const verified = await verifyAuditChain(current().db, {
      expectHeads: [{ seq: checkpoint.seq, hash: checkpoint.headHash }],
    });
    assert.equal(verified.ok, true, JSON.stringify(verified.problem));

    const altered = JSON.stringify({ ...feed.checkpoint, seq: feed.checkpoint.seq - 1 });
    assert.throws(() => parseCheckpoint(altered, published.fingerprint), /签名无效/);
  });
});
