import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NormalizedRecord } from '../domain/record.ts';
import { describeOnEachEngine } from '../../test/support/stores.ts';
import { writeRecords } from './record.repository.ts';

function penalty(overrides: Partial<NormalizedRecord> = {}): NormalizedRecord {
  return {
    sourceRow: 2,
    subjectUscc: '91420703MA4F1B2C3D',
    subjectName: '鄂州华容测试科技有限公司',
    kind: 'administrative_penalty',
    naturalKey: '华市监罚〔2024〕12号|11420703MB1234567X',
    departmentCode: 'scjg',
    status: 'active',
    occurredOn: '2024-05-20',
    endsOn: null,
    level: '一般',
    subtype: '罚款',
    grade: null,
    amount: 1.5,
    quantity: null,
    fields: { fine_amount: 1.5 },
    ...overrides,
  };
}

describeOnEachEngine('writing records', (store) => {
  test('a new natural key creates version 1 and registers the unknown enterprise', async () => {
    const counts = await store()
      .db.transaction()
      .execute((trx) => writeRecords(trx, null, 'tester', [penalty()]));
    assert.deepEqual(counts, { created: 1, updated: 0, unchanged: 0 });
    const enterprise = await store().db.selectFrom('enterprises').selectAll().executeTakeFirstOrThrow();
    assert.equal(enterprise.source, 'import');
    assert.equal(enterprise.name, '鄂州华容测试科技有限公司');
  });

  test('the same row again changes nothing', async () => {
    const counts = await store()
      .db.transaction()
      .execute((trx) => writeRecords(trx, null, 'tester', [penalty()]));
    assert.deepEqual(counts, { created: 0, updated: 0, unchanged: 1 });
    const versions = await store().db.selectFrom('record_versions').selectAll().execute();
    assert.equal(versions.length, 1);
  });

  test('a corrected row becomes version 2 and version 1 stays in the history', async () => {
    const counts = await store()
      .db.transaction()
      .execute((trx) => writeRecords(trx, null, 'tester', [penalty({ amount: 2, fields: { fine_amount: 2 } })]));
    assert.deepEqual(counts, { created: 0, updated: 1, unchanged: 0 });
    const record = await store().db.selectFrom('records').selectAll().executeTakeFirstOrThrow();
    assert.equal(record.version, 2);
    assert.equal(record.amount, 2);
    const versions = await store()
      .db.selectFrom('record_versions')
      .select(['version', 'amount', 'change'])
      .orderBy('version')
      .execute();
    assert.deepEqual(versions, [
      { version: 1, amount: 1.5, change: 'created' },
      { version: 2, amount: 2, change: 'corrected' },
    ]);
  });

  test('history rows cannot be updated or deleted', async () => {
    await assert.rejects(
      store().db.updateTable('record_versions').set({ amount: 9 }).execute(),
      /append-only|permission denied/,
    );
    await assert.rejects(store().db.deleteFrom('record_versions').execute(), /append-only|permission denied/);
  });
});
