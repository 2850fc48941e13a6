import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { canonicalJson } from '../domain/canonical-json.ts';
import type { NormalizedRecord } from '../domain/record.ts';
import { hashRecordContent } from './record.repository.ts';

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
    fields: {
      decision_number: '华市监罚〔2024〕12号',
      fine_amount: 1.5,
      legal_representative_id_number: { masked: '4207**********1234', cipher: 'v2:sm4:1:AAAA' },
      facts: '当事人于2024年5月实施了“虚假宣传”行为\t（第二次）\n',
    },
    ...overrides,
  };
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
  it('is the hash stored for the same record before', () => {
    assert.equal(hashRecordContent(penalty()), 'dfbd6edbbdd261032a36aceaf858590af7a7c6e1b9543929569baac9d4845d59');
  });

  it('is the SHA-256 of the canonical JSON of what the record says, whatever its values', () => {
    const records = [
      penalty(),
      penalty({ amount: null, level: null, subtype: null, occurredOn: null, fields: {} }),
      penalty({ endsOn: '2099-12-31', fields: { long_term: true, note: '长期' } }),
      penalty({ amount: 0, quantity: 12, grade: 'A', status: 'revoked' }),
      penalty({ amount: undefined as unknown as null, quantity: -0.25 }),
      penalty({ naturalKey: 'quote " and back\\slash|😀', subjectUscc: 'lone \ud800 half' }),
      penalty({ fields: { b: [1, { z: null, a: '嵌套' }], a: { y: 2, x: [] }, é: 'e', A: 'upper' } }),
    ];
    for (const record of records) assert.equal(hashRecordContent(record), referenceHash(record));
  });

  it('leaves out the subject name and the source row, as a re-sent row names them differently', () => {
    assert.equal(
      hashRecordContent(penalty({ subjectName: '另一个名称', sourceRow: 99 })),
      hashRecordContent(penalty()),
    );
  });
});
