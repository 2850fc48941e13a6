import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { describeOnEachEngine } from '../../test/support/stores.ts';
import { sampleLicenseRow, samplePenaltyRow } from '../services/import/sample-files.ts';
import { SESSION_COOKIE } from './authenticate.ts';
import { createServerFixture, OTHER_DEPARTMENT, type ServerFixture } from './server-test-fixture.ts';

const run = promisify(execFile);
const CLIENT_SCRIPT = path.resolve(import.meta.dirname, '../../docs/push-client.mjs');

describeOnEachEngine('records pushed from departments’ systems with scoped tokens and receipts', (current) => {
  let fixture: ServerFixture;
  let adminSession: string;
  let departmentSession: string;
  /** A token the administrator made for 区市场监管局's penalty system: penalties only. */
  let penaltyToken: string;
  /** The department operator's own token: every kind the department sends. */
  let departmentToken: string;

  const createToken = (session: string, payload: object) =>
    fixture.app.inject({
      method: 'POST',
      url: '/api/tokens',
      cookies: { [SESSION_COOKIE]: session },
      payload: { scopes: ['read', 'write'], ...payload },
    });
  const asToken = (token: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    fixture.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  const push = (token: string, rows: object[], department = 'scjg') =>
    asToken(token, 'POST', `/api/v1/departments/${department}/records`, { rows });
  const versionsOf = (recordId: number) =>
    current().db.selectFrom('record_versions').select('version').where('record_id', '=', recordId).execute();

  before(async () => {
    fixture = await createServerFixture(current());
    adminSession = await fixture.logIn('admin');
    departmentSession = await fixture.logIn('department_operator');
    const created = await createToken(adminSession, {
      name: '市场监管局处罚系统',
      departmentCode: 'scjg',
      recordKinds: ['行政处罚'],
    });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().departmentCode, 'scjg');
    assert.deepEqual(created.json().recordKinds, ['administrative_penalty']);
    penaltyToken = created.json().token;
    departmentToken = (await createToken(departmentSession, { name: '市场监管局报送系统' })).json().token;
  });
  after(async () => {
    await fixture?.close();
  });

  test('a token the administrator made for a department pushes penalties; the receipt lists each record and version', async () => {
    const response = await push(penaltyToken, [
      { idempotencyKey: 'cf-301', kind: 'administrative_penalty', record: samplePenaltyRow(301) },
      { idempotencyKey: 'cf-302', kind: '行政处罚', record: samplePenaltyRow(302) },
    ]);
    assert.equal(response.statusCode, 200, response.body);
    const receipt = response.json();
    assert.deepEqual([receipt.totalRows, receipt.accepted, receipt.duplicates, receipt.refused], [2, 2, 0, 0]);
    assert.deepEqual(
      receipt.rows.map((row: any) => [row.row, row.idempotencyKey, row.status, row.outcome, row.recordVersion]),
      [
        [1, 'cf-301', 'accepted', 'created', 1],
        [2, 'cf-302', 'accepted', 'created', 1],
      ],
    );
    const stored = await current()
      .db.selectFrom('records')
      .select(['id', 'department_code', 'kind'])
      .where(
        'id',
        'in',
        receipt.rows.map((row: any) => row.recordId),
      )
      .execute();
    assert.equal(stored.length, 2);
    assert.ok(stored.every((record) => record.department_code === 'scjg' && record.kind === 'administrative_penalty'));
    assert.match(receipt.operator, /令牌/, 'the receipt names the token that pushed');
    assert.match(
      receipt.operatorName,
      /^系统管理员（演示）（令牌 \d+）$/,
      'and the person who made the token, by name',
    );
  });

  test('the department token acts as the department only: it cannot do what its administrator owner can', async () => {
    const users = await asToken(penaltyToken, 'GET', '/api/users');
    assert.equal(users.statusCode, 403);
    const me = (await asToken(penaltyToken, 'GET', '/api/auth/me')).json();
    assert.deepEqual([me.role, me.departmentCode], ['department_operator', 'scjg']);
  });

  test('a row of another department’s kind, or of a kind outside the token’s scope, is refused naming its row and field while the others are stored', async () => {
    const mixed = (
      await push(departmentToken, [
        { idempotencyKey: 'xk-311', kind: 'administrative_license', record: sampleLicenseRow(311) },
        { idempotencyKey: 'ns-1', kind: 'tax_credit_rating', record: { 企业名称: '某公司' } },
        {
          idempotencyKey: 'cf-312',
          kind: 'administrative_penalty',
          record: samplePenaltyRow(312, { 处罚决定日期: '2024-02-30' }),
        },
      ])
    ).json();
    assert.deepEqual([mixed.accepted, mixed.refused], [1, 2]);
    const [license, tax, badDate] = mixed.rows;
    assert.equal(license.status, 'accepted');
    assert.equal(license.kindLabel, '行政许可');
    assert.equal(tax.status, 'refused');
    assert.equal(tax.field, 'kind');
    assert.match(tax.reason, /^第2行字段 kind：.*不是“纳税信用等级”的报送单位/);
    assert.equal(badDate.status, 'refused');
    assert.equal(badDate.field, '处罚决定日期');
    assert.match(badDate.reason, /^第3行字段“处罚决定日期”：/);

    const outOfScope = (
      await push(penaltyToken, [
        { idempotencyKey: 'xk-313', kind: 'administrative_license', record: sampleLicenseRow(313) },
      ])
    ).json();
    assert.equal(outOfScope.rows[0].status, 'refused');
    assert.equal(outOfScope.rows[0].field, 'kind');
    assert.equal(outOfScope.rows[0].reason, '第1行字段 kind：此令牌只能报送“行政处罚”，不能报送“行政许可”');
    const unversioned = await asToken(penaltyToken, 'POST', '/api/departments/scjg/records', {
      kind: 'administrative_license',
      records: [sampleLicenseRow(313)],
    });
    assert.equal(unversioned.statusCode, 403, 'the unversioned push keeps to the token’s kinds too');

    const otherDepartment = await push(
      departmentToken,
      [{ idempotencyKey: 'cf-314', kind: 'administrative_penalty', record: samplePenaltyRow(314) }],
      OTHER_DEPARTMENT,
    );
    assert.equal(otherDepartment.statusCode, 403);
  });

  test('the same idempotency key pushed twice is stored once, the kind named by code or label alike; other content under a used key is refused', async () => {
    const row = { idempotencyKey: 'cf-321', kind: 'administrative_penalty', record: samplePenaltyRow(321) };
    const first = (await push(penaltyToken, [row])).json();
    assert.equal(first.rows[0].status, 'accepted');
    const recordId = first.rows[0].recordId;
    const again = (await push(penaltyToken, [{ ...row, kind: '行政处罚' }])).json();
    assert.deepEqual([again.accepted, again.duplicates], [0, 1]);
    assert.equal(again.rows[0].status, 'duplicate');
    assert.equal(again.rows[0].recordId, recordId);
    assert.match(again.rows[0].reason, new RegExp(`回执 ${first.receiptId} 第1行`));
    assert.deepEqual(await versionsOf(recordId), [{ version: 1 }]);

    const changed = (
      await push(penaltyToken, [{ ...row, record: samplePenaltyRow(321, { '罚款金额(万元)': 8.8 }) }])
    ).json();
    assert.equal(changed.rows[0].status, 'refused');
    assert.equal(changed.rows[0].field, 'idempotencyKey');
    assert.deepEqual(await versionsOf(recordId), [{ version: 1 }], 'nothing new is stored under a used key');

    const correction = (
      await push(penaltyToken, [
        { ...row, idempotencyKey: 'cf-321-v2', record: samplePenaltyRow(321, { '罚款金额(万元)': 8.8 }) },
      ])
    ).json();
    assert.deepEqual(
      [
        correction.rows[0].status,
        correction.rows[0].outcome,
        correction.rows[0].recordId,
        correction.rows[0].recordVersion,
      ],
      ['accepted', 'updated', recordId, 2],
      'a correction under a new key becomes version 2 of the same record',
    );
  });

  test('the department fetches a receipt later by its id and lists its receipts newest first; other departments’ are not its own', async () => {
    const pushed = (
      await push(penaltyToken, [
        { idempotencyKey: 'cf-331', kind: 'administrative_penalty', record: samplePenaltyRow(331) },
      ])
    ).json();
    const later = await asToken(departmentToken, 'GET', `/api/v1/departments/scjg/receipts/${pushed.receiptId}`);
    assert.equal(later.statusCode, 200);
    assert.deepEqual(later.json(), pushed);

    const list = (await asToken(departmentToken, 'GET', '/api/v1/departments/scjg/receipts?limit=2')).json();
    assert.ok(list.total >= 5);
    assert.equal(list.items.length, 2);
    assert.equal(list.items[0].receiptId, pushed.receiptId);
    assert.equal(list.items[0].accepted, 1);

    const forOther = await asToken(departmentToken, 'GET', `/api/v1/departments/${OTHER_DEPARTMENT}/receipts`);
    assert.equal(forOther.statusCode, 403);
    const byAdmin = await fixture.app.inject({
      method: 'GET',
      url: `/api/v1/departments/${OTHER_DEPARTMENT}/receipts/${pushed.receiptId}`,
      cookies: { [SESSION_COOKIE]: adminSession },
    });
    assert.equal(byAdmin.statusCode, 404, 'a receipt is found only under its own department');
  });

  test('tokens are scoped only to kinds their department sends, and a department makes tokens for itself only', async () => {
    const notSent = await createToken(adminSession, {
      name: '错误',
      departmentCode: 'scjg',
      recordKinds: ['tax_credit_rating'],
    });
    assert.equal(notSent.statusCode, 400);
    assert.match(notSent.json().error.message, /不是“纳税信用等级”的报送单位/);
    const forOther = await createToken(departmentSession, { name: '越权', departmentCode: OTHER_DEPARTMENT });
    assert.equal(forOther.statusCode, 403);
    const listed = (
      await fixture.app.inject({ method: 'GET', url: '/api/tokens', cookies: { [SESSION_COOKIE]: adminSession } })
    ).json();
    assert.ok(listed.items.some((token: any) => token.departmentCode === 'scjg' && token.recordKinds?.length === 1));
  });

  test('the sample client in docs/ signs in with the token, pushes a JSON batch and prints the receipt', async () => {
    await fixture.app.listen({ host: '127.0.0.1', port: 0 });
    const address = fixture.app.server.address() as { port: number };
    const rowsFile = path.join(fixture.dataDir, 'rows.json');
    fs.writeFileSync(
      rowsFile,
      JSON.stringify([
        { idempotencyKey: 'client-341', kind: 'administrative_penalty', record: samplePenaltyRow(341) },
        { idempotencyKey: 'client-342', kind: 'administrative_penalty', record: samplePenaltyRow(342) },
      ]),
    );
    const env = { ...process.env, XINPING_URL: `http://127.0.0.1:${address.port}`, XINPING_TOKEN: penaltyToken };
    const { stdout } = await run(process.execPath, [CLIENT_SCRIPT, rowsFile], { env });
    assert.match(stdout, /接收 2 条/);
    const receipt = JSON.parse(stdout.trim().split('\n').at(-1)!);
    assert.deepEqual(
      receipt.rows.map((row: any) => row.status),
      ['accepted', 'accepted'],
    );
    const fetched = await run(process.execPath, [CLIENT_SCRIPT, '--receipt', String(receipt.receiptId)], { env });
    assert.match(fetched.stdout, new RegExp(`回执 ${receipt.receiptId}`));

    const refused = await run(process.execPath, [CLIENT_SCRIPT, rowsFile], {
      env: { ...env, XINPING_TOKEN: 'xpt_not-a-token' },
    }).catch((error: { code: number; stderr: string }) => error);
    assert.equal((refused as { code: number }).code, 1);
    assert.match((refused as { stderr: string }).stderr, /HTTP 401/);
  });
});
