import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { canonicalJson } from '../domain/canonical-json.ts';
import type { NormalizedRecord } from '../domain/record.ts';
import { describeOnEachEngine } from '../../test/support/stores.ts';
import { sql } from 'kysely';
import { hashRecordContent, readRecordVersionLines, writeRecords } from './record.repository.ts';

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

/** The fields of the record whose content hash was stored before its computation changed (pinned below). */
const STORED_FIELDS = {
  decision_number: '华市监罚〔2024〕12号',
  fine_amount: 1.5,
  legal_representative_id_number: { masked: '4207**********1234', cipher: 'v2:sm4:1:AAAA' },
  facts: '当事人于2024年5月实施了“虚假宣传”行为\t（第二次）\n',
};

/** The penalty whose content hash was stored before its computation changed, with `overrides`. */
function stored(overrides: Partial<NormalizedRecord> = {}): NormalizedRecord {
  return penalty({ fields: STORED_FIELDS, ...overrides });
}

/** The content hash as it was defined when the stored hashes were written. */
function referenceHash(record: NormalizedRecord): string {
  const content = {
    kind: record.kind,
    naturalKey: record.naturalKey,
    subjectUscc: record.subjectUscc,
    departmentCode: record.departmentCode,
    status: record.status,
    occurredOn: record.occurredOn,
    endsOn: record.endsOn,
    level: record.level,
    subtype: record.subtype,
    grade: record.grade,
    amount: record.amount,
    quantity: record.quantity,
    fields: record.fields,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

describe('the content hash of a record', () => {
  test('is the hash stored for the same record before', () => {
    assert.equal(hashRecordContent(stored()), 'dfbd6edbbdd261032a36aceaf858590af7a7c6e1b9543929569baac9d4845d59');
  });

  test('is the SHA-256 of the canonical JSON of what the record says, whatever its values', () => {
    const records = [
      stored(),
      stored({ amount: null, level: null, subtype: null, occurredOn: null, fields: {} }),
      stored({ endsOn: '2099-12-31', fields: { long_term: true, note: '长期' } }),
      stored({ amount: 0, quantity: 12, grade: 'A', status: 'revoked' }),
      stored({ amount: undefined as unknown as null, quantity: -0.25 }),
      stored({ naturalKey: 'quote " and back\\slash|😀', subjectUscc: 'lone \ud800 half' }),
      stored({ fields: { b: [1, { z: null, a: '嵌套' }], a: { y: 2, x: [] }, é: 'e', A: 'upper' } }),
    ];
    for (const record of records) assert.equal(hashRecordContent(record), referenceHash(record));
  });

  test('leaves out the subject name and the source row, as a re-sent row names them differently', () => {
    assert.equal(hashRecordContent(stored({ subjectName: '另一个名称', sourceRow: 99 })), hashRecordContent(stored()));
  });
});

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

  test('a version reads as the same line the digests of earlier audit events were taken over', async () => {
    await store()
      .db.transaction()
      .execute((trx) =>
        writeRecords(trx, null, 'tester', [
          penalty({
            naturalKey: '华市监罚〔2024〕13号|"引号"\\反斜杠',
            occurredOn: null,
            level: null,
            subtype: '警告\n换行\t制表',
            grade: 'A',
            amount: 1234567.8912,
            quantity: 0,
            fields: { note: '“全角”\u0001', nested: { list: [1, null, 'x'] }, fine_amount: 0.1 },
          }),
        ]),
      );
    const versions = await store()
      .db.selectFrom('record_versions')
      .select(['record_id', 'version'])
      .orderBy('record_id')
      .orderBy('version')
      .execute();
    const expected = await sql<{ line: string }>`
      select jsonb_build_array(record_id, version, enterprise_id, status, occurred_on, ends_on, level, subtype, grade,
               amount, quantity, fields, content_hash)::text as line
      from record_versions order by record_id, version`.execute(store().db);
    assert.equal(versions.length, 3);
    assert.deepEqual(
      await readRecordVersionLines(
        store().db,
        versions.map((row) => [row.record_id, row.version]),
      ),
      expected.rows.map((row) => row.line),
    );
  });

  test('history rows cannot be updated or deleted', async () => {
    await assert.rejects(
      store().db.updateTable('record_versions').set({ amount: 9 }).execute(),
      /append-only|permission denied/,
    );
    await assert.rejects(store().db.deleteFrom('record_versions').execute(), /append-only|permission denied/);
  });
});
