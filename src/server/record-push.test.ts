import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../test/support/stores.ts';
import { samplePenaltyRow } from '../services/import/sample-files.ts';
import { PUSHED_FILE_NAME } from '../services/records/push-records.ts';
import { SESSION_COOKIE } from './authenticate.ts';
import { createServerFixture, type ServerFixture } from './server-test-fixture.ts';

describeOnEachEngine('records pushed over the API', (current) => {
  let fixture: ServerFixture;
  let session: string;
  before(async () => {
    fixture = await createServerFixture(current());
    session = await fixture.logIn('department_operator');
  });
  after(async () => {
    await fixture?.close();
  });

  const push = (body: object, code = 'scjg', auth: { cookie?: string; token?: string } = { cookie: session }) =>
    fixture.app.inject({
      method: 'POST',
      url: `/api/departments/${code}/records`,
      payload: body,
      ...(auth.token
        ? { headers: { authorization: `Bearer ${auth.token}` } }
        : { cookies: { [SESSION_COOKIE]: auth.cookie! } }),
    });

  test('a department pushes penalties as JSON with the national headers; they are stored with the API as their provenance', async () => {
    const response = await push({
      kind: 'administrative_penalty',
      records: [samplePenaltyRow(1), samplePenaltyRow(2)],
    });
    assert.equal(response.statusCode, 200, response.body);
    const result = response.json();
    assert.equal(result.status, 'committed');
    assert.deepEqual([result.created, result.updated, result.unchanged, result.rejected], [2, 0, 0, 0]);
    const batch = await current()
      .db.selectFrom('import_batches')
      .selectAll()
      .where('id', '=', result.batchId)
      .executeTakeFirstOrThrow();
    assert.equal(batch.file_name, PUSHED_FILE_NAME);
    assert.equal(batch.operator, 'dept');
    assert.equal(batch.department_code, 'scjg');
    const stored = await current()
      .db.selectFrom('records')
      .select('fields')
      .where('batch_id', '=', result.batchId)
      .execute();
    const idNumber = (stored[0]!.fields as Record<string, { masked: string; cipher: string }>)
      .legal_representative_id_number;
    assert.ok(
      idNumber.cipher && idNumber.masked.includes('*'),
      'personal data is stored protected, as in a file import',
    );
  });

  test('pushing the same batch again changes nothing, and a re-sent decision with a new amount becomes version 2', async () => {
    const again = (
      await push({ kind: 'administrative_penalty', records: [samplePenaltyRow(1), samplePenaltyRow(2)] })
    ).json();
    assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, 2]);
    const corrected = (
      await push({ kind: '行政处罚', records: [samplePenaltyRow(1, { '罚款金额(万元)': 9.9 })] })
    ).json();
    assert.deepEqual([corrected.created, corrected.updated, corrected.unchanged], [0, 1, 0]);
    const versions = await current()
      .db.selectFrom('record_versions')
      .select(['version', 'amount'])
      .where('batch_id', 'in', [corrected.batchId])
      .execute();
    assert.deepEqual(versions, [{ version: 2, amount: 9.9 }]);
  });

  test('a batch with a bad record is refused as a whole, naming the record, the column and the reason in Chinese', async () => {
    const response = await push({
      kind: 'administrative_penalty',
      records: [samplePenaltyRow(3), samplePenaltyRow(4, { 处罚决定日期: '2024-02-30' })],
    });
    assert.equal(response.statusCode, 200);
    const result = response.json();
    assert.equal(result.status, 'rejected');
    assert.equal(result.created, 0);
    assert.equal(result.errors.length, 1);
    assert.equal(result.errors[0].row, 2);
    assert.equal(result.errors[0].column, '处罚决定日期');
    assert.match(result.errors[0].reason, /[\u4e00-\u9fff]/);
    const stored = await current()
      .db.selectFrom('records')
      .select('id')
      .where('natural_key', 'like', '鄂华市监处罚〔2023〕4号%')
      .execute();
    assert.equal(stored.length, 0, 'the good record of a refused batch is not stored either');

    const acceptValid = (
      await push({
        kind: 'administrative_penalty',
        mode: 'accept-valid',
        records: [samplePenaltyRow(3), samplePenaltyRow(4, { 处罚决定日期: '2024-02-30' })],
      })
    ).json();
    assert.equal(acceptValid.status, 'committed');
    assert.deepEqual([acceptValid.created, acceptValid.rejected], [1, 1]);
  });

  test('a department cannot push for another department, nor a kind it does not send', async () => {
    const other = await push({ kind: 'administrative_penalty', records: [samplePenaltyRow(5)] }, 'tax');
    assert.equal(other.statusCode, 403);
    assert.equal(other.json().error.message, '只能查看或报送本部门的数据');
    const notItsKind = await push({ kind: 'tax_credit_rating', records: [{ 企业名称: '某公司' }] });
    assert.equal(notItsKind.statusCode, 403);
    assert.match(notItsKind.json().error.message, /不是“纳税信用等级”的报送单位|不是“.*”的报送单位/);
  });

  test("a department's system pushes with a write token; a read-only token is refused", async () => {
    const readOnly = (
      await fixture.app.inject({
        method: 'POST',
        url: '/api/tokens',
        cookies: { [SESSION_COOKIE]: session },
        payload: { name: '只读' },
      })
    ).json();
    const writer = (
      await fixture.app.inject({
        method: 'POST',
        url: '/api/tokens',
        cookies: { [SESSION_COOKIE]: session },
        payload: { name: '报送系统', scopes: ['read', 'write'] },
      })
    ).json();
    assert.equal(
      (
        await push({ kind: 'administrative_penalty', records: [samplePenaltyRow(6)] }, 'scjg', {
          token: readOnly.token,
        })
      ).statusCode,
      403,
    );
    const pushed = await push({ kind: 'administrative_penalty', records: [samplePenaltyRow(6)] }, 'scjg', {
      token: writer.token,
    });
    assert.equal(pushed.statusCode, 200);
    const batch = await current()
      .db.selectFrom('import_batches')
      .select('operator')
      .where('id', '=', pushed.json().batchId)
      .executeTakeFirstOrThrow();
    assert.equal(batch.operator, `dept（令牌 ${writer.id}）`, 'the audit trail shows which token pushed');
  });
});
