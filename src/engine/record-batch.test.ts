import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EngineEnterprise, EngineRecord } from './engine-input.ts';
import { createRecordBatch, NO_STRING, RecordBatchBuilder, stringAt } from './record-batch.ts';
import { engineRecord } from './test-fixtures/engine-record.ts';

const record = (id: number, fields: Partial<EngineRecord> = {}) => engineRecord(id, { kind: 'tax_arrears', ...fields });

const enterprise = (uscc: string): EngineEnterprise => ({
  uscc,
  registeredOn: '2018-05-01',
  industryCode: 'C39',
  status: '存续',
  tiers: [],
});

describe('record batches', () => {
  test('createRecordBatch puts each enterprise’s records in id order and keeps enterprises apart', () => {
    const batch = createRecordBatch([
      { enterprise: enterprise('A'), records: [record(9), record(3), record(5)] },
      { enterprise: enterprise('B'), records: [record(2), record(1)] },
    ]);
    assert.equal(batch.recordCount, 5);
    assert.deepEqual(Array.from(batch.id), [3, 5, 9, 1, 2]);
    assert.deepEqual(Array.from(batch.enterpriseStart), [0, 3, 5]);
  });

  test('a missing amount, quantity or text is stored as none, not as zero or an empty text', () => {
    const batch = createRecordBatch([
      {
        enterprise: enterprise('A'),
        records: [
          record(1, { amount: 0, quantity: 0, subtype: '' }),
          record(2, { amount: undefined as unknown as null, quantity: undefined as unknown as null }),
          record(3),
        ],
      },
    ]);
    assert.deepEqual([batch.amount[0], batch.quantity[0]], [0, 0]);
    assert.ok(Number.isNaN(batch.amount[1]) && Number.isNaN(batch.quantity[1]));
    assert.ok(Number.isNaN(batch.amount[2]) && Number.isNaN(batch.quantity[2]));
    assert.equal(stringAt(batch, batch.subtype[0]), '');
    assert.equal(batch.subtype[2], NO_STRING);
    assert.equal(stringAt(batch, batch.subtype[2]), null);
    assert.equal(stringAt(batch, batch.kind[2]), 'tax_arrears');
  });

  test('a builder told to expect one enterprise takes any number, each with its registration day', () => {
    const builder = new RecordBatchBuilder(1, 1);
    for (let e = 0; e < 5; e += 1) {
      builder.startEnterprise({ ...enterprise(`E${e}`), registeredOn: `201${e}-01-01` });
      builder.addRecord(record(e + 1));
    }
    const batch = builder.finish();
    assert.equal(batch.enterpriseCount, 5);
    assert.deepEqual(Array.from(batch.enterpriseStart), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual(
      batch.enterprises.map((entry) => entry.uscc),
      ['E0', 'E1', 'E2', 'E3', 'E4'],
    );
    assert.ok(batch.registeredDay[4] > batch.registeredDay[0]);
  });

  test('a record before any enterprise, or with a content hash that is not a sha256 hex digest, is refused', () => {
    assert.throws(() => new RecordBatchBuilder(1, 1).addRecord(record(1)), /startEnterprise must be called/);
    const builder = new RecordBatchBuilder(1, 1);
    builder.startEnterprise(enterprise('A'));
    for (const contentHash of ['abc', `${'a'.repeat(64)}0`, `0${'a'.repeat(64)}`, 'A'.repeat(64)])
      assert.throws(() => builder.addRecord(record(1, { contentHash })), /contentHash must be a sha256 hex digest/);
  });
});
