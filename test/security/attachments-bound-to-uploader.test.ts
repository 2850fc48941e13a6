import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, after, test } from 'node:test';
import { DEMO_PASSWORD } from '../../src/services/accounts/create-demo-accounts.ts';
import { createUser } from '../../src/services/accounts/create-user.ts';
import { SESSION_COOKIE } from '../../src/server/authenticate.ts';
import { createServerFixture, type ServerFixture } from '../../src/server/server-test-fixture.ts';
import { describeOnEachEngine } from '../support/stores.ts';

const PROOF = Buffer.from('%PDF-1.7 营业执照 法定代表人身份证 420703198001011234');

// Naming another enterprise's file hash in one's own objection or task report allowed downloading it.
describeOnEachEngine('attachments are bound to their uploader', (current) => {
  let fixture: ServerFixture;
  let sessionA: string;
  let sessionB: string;
  let hashOfA: string;
  before(async () => {
    fixture = await createServerFixture(current());
    sessionA = await fixture.logIn('enterprise');
    await createUser(
      current().db,
      'test',
      {
        username: 'enterprise-b',
        displayName: '乙公司经办人',
        role: 'enterprise',
        password: DEMO_PASSWORD,
        uscc: fixture.enterpriseB,
      },
      { isDemo: true },
    );
    const login = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'enterprise-b', password: DEMO_PASSWORD },
    });
    sessionB = login.cookies.find((cookie) => cookie.name === SESSION_COOKIE)!.value;
    const uploaded = await fixture.injectAs(
      'enterprise',
      {
        method: 'POST',
        url: '/api/attachments',
        payload: { fileName: '甲公司证明.pdf', contentBase64: PROOF.toString('base64') },
      },
      sessionA,
    );
    assert.equal(uploaded.statusCode, 201, uploaded.body);
    hashOfA = uploaded.json().sha256;
  });
  after(async () => fixture?.close());

  const asB = (method: 'GET' | 'POST', url: string, payload?: object) =>
    fixture.injectAs('enterprise', { method, url, payload }, sessionB);

  test('enterprise B cannot cite A’s file in its own objection: refused exactly like a hash that does not exist', async () => {
    const unknown = 'a'.repeat(64);
    const cited = await asB('POST', '/api/objections', {
      recordId: fixture.records.b,
      reason: '处罚有误',
      attachments: [hashOfA],
    });
    const invented = await asB('POST', '/api/objections', {
      recordId: fixture.records.b,
      reason: '处罚有误',
      attachments: [unknown],
    });
    assert.equal(cited.statusCode, 400);
    assert.equal(cited.json().error.message, `附件 ${hashOfA} 不存在，请先上传附件`);
    assert.equal(invented.json().error.message, `附件 ${unknown} 不存在，请先上传附件`);
    const objections = await current().db.selectFrom('objections').select('attachments').execute();
    assert.deepEqual(
      objections.filter((row) => row.attachments.includes(hashOfA)),
      [],
      'no objection names A’s file',
    );
  });

  test('B cannot download A’s file, whether or not a case of B names it, and the answer equals the one for a missing file', async () => {
    const enterpriseB = await current()
      .db.selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', fixture.enterpriseB)
      .executeTakeFirstOrThrow();
    // A case filed before the fix that already names A's file.
    await current()
      .db.insertInto('objections')
      .values({
        enterprise_id: enterpriseB.id,
        record_id: fixture.records.b,
        evaluation_id: null,
        reason: '旧数据',
        attachments: [hashOfA],
        submitted_by: 'enterprise-b',
      })
      .execute();
    const foreign = await asB('GET', `/api/attachments/${hashOfA}`);
    const missing = await asB('GET', `/api/attachments/${'b'.repeat(64)}`);
    assert.equal(foreign.statusCode, 404);
    assert.equal(missing.statusCode, 404);
    assert.equal(foreign.body, missing.body);
    assert.ok(!foreign.rawPayload.includes(PROOF));
    const own = await fixture.injectAs('enterprise', { method: 'GET', url: `/api/attachments/${hashOfA}` }, sessionA);
    assert.deepEqual(own.rawPayload, PROOF, 'the uploader still downloads its file');
    assert.equal(
      (await fixture.injectAs('reviewer', { method: 'GET', url: `/api/attachments/${hashOfA}` })).statusCode,
      404,
      'B’s case citing it shows it to no reviewer either',
    );
  });

  test('a department cannot cite an enterprise’s file in a reform task report, nor serve one a report names', async () => {
    const report = await fixture.injectAs('department_operator', {
      method: 'POST',
      url: '/api/reform-tasks/000-05/reports',
      payload: { status: 'in_progress', percent: 10, text: '推进中', attachments: [hashOfA] },
    });
    assert.equal(report.statusCode, 400);
    assert.match(report.json().error.message, /不存在，请先上传附件/);
    await current()
      .db.insertInto('reform_task_reports')
      .values({
        task_code: '000-05',
        unit_code: 'scjg',
        status: 'in_progress',
        percent: 10,
        text: '旧数据',
        attachments: [hashOfA],
        reported_on: '2026-11-01',
        reported_by: 'dept',
      })
      .execute();
    const download = await fixture.injectAs('department_operator', {
      method: 'GET',
      url: `/api/reform-tasks/000-05/evidence/${hashOfA}`,
    });
    assert.equal(download.statusCode, 404);
    const evidence = await fixture.injectAs('department_operator', {
      method: 'POST',
      url: '/api/reform-tasks/evidence',
      payload: { fileName: '佐证.pdf', contentBase64: Buffer.from('%PDF-1.7 佐证').toString('base64') },
    });
    const own = await fixture.injectAs('department_operator', {
      method: 'POST',
      url: '/api/reform-tasks/000-05/reports',
      payload: { status: 'in_progress', percent: 20, text: '推进中', attachments: [evidence.json().sha256] },
    });
    assert.equal(own.statusCode, 201, own.body);
    assert.equal(
      (
        await fixture.injectAs('reviewer', {
          method: 'GET',
          url: `/api/reform-tasks/000-05/evidence/${evidence.json().sha256}`,
        })
      ).statusCode,
      200,
      'the reporting unit’s own evidence is served',
    );
  });

  test('attachment files are encrypted at rest and readable by the platform’s account only', () => {
    const dir = path.join(fixture.dataDir, 'attachments');
    const file = path.join(dir, hashOfA);
    const stored = fs.readFileSync(file);
    assert.ok(!stored.includes(Buffer.from('420703198001011234')));
    assert.ok(!stored.includes(Buffer.from('%PDF')));
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.equal(fs.statSync(dir).mode & 0o777, 0o700);
  });
});
