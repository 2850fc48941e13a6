import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { canonicalJson } from '../domain/canonical-json.ts';
import { PublicityResolver } from '../domain/publicity.ts';
import { compileModel } from './compile-model.ts';
import type { EngineEnterprise, EngineRecord } from './engine-input.ts';
import {
  catalogInputsDigest,
  FINGERPRINT_FORMATS,
  fingerprintEnterprise,
  fingerprintFormatOf,
  publicityRulesDigest,
} from './fingerprint.ts';
import { loadModelVersion } from './load-model.ts';
import { createRecordBatch, RecordBatchBuilder } from './record-batch.ts';
import { engineRecord } from './test-fixtures/engine-record.ts';

const compiled = compileModel(loadModelVersion('huarong-sci-tech', 'v1'));
const AS_OF = '2026-06-30';
/** A record of a kind model v1 reads; its content hash follows its values, so a new version has a new hash. */
const record = (id: number, version = 1): EngineRecord => engineRecord(id, { kind: 'honor', version });
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const enterprise: EngineEnterprise = {
  uscc: '91420703MA4CTE7Y4J',
  registeredOn: '2018-05-01',
  industryCode: 'C39',
  status: '存续',
  tiers: ['tech_sme', 'high_tech'],
};

/** The fingerprint as fingerprint.ts documents it, written out independently: what an auditor would recompute. */
function documentedFingerprint(subject: EngineEnterprise, records: EngineRecord[]): string {
  const model = compiled.model;
  const rules = sha256(canonicalJson(compiled.publicity.rules));
  const catalog = sha256(canonicalJson({ reported_status_keys: Object.fromEntries(compiled.reportedStatusKeys) }));
  const tiers = [...subject.tiers].sort().join(',');
  const text =
    `xinping-evaluation/4\nmodel=${model.id}/${model.version}#${model.digest}\nrules=${rules}\ncatalog=${catalog}\n` +
    `as_of=${AS_OF}\nenterprise=${subject.uscc}|${subject.registeredOn ?? ''}|${subject.status ?? ''}|` +
    `${subject.industryCode ?? ''}|${tiers}\nrecords=${records.length}\n`;
  const hash = createHash('sha256').update(text);
  for (const input of [...records].sort((a, b) => a.id - b.id)) {
    const entry = Buffer.alloc(44);
    entry.writeBigUInt64BE(BigInt(input.id), 0);
    entry.writeUInt32BE(input.version, 8);
    Buffer.from(input.contentHash, 'hex').copy(entry, 12);
    hash.update(entry);
  }
  return hash.digest('hex');
}

test('the fingerprint is the sha256 of the documented text and record entries, so an auditor can recompute it', () => {
  const records = [record(3), record(7, 2), record(11)];
  const batch = createRecordBatch([{ enterprise, records }]);
  assert.equal(fingerprintEnterprise(compiled, AS_OF, batch, 0), documentedFingerprint(enterprise, records));
});

test('an enterprise with unknown registration date and industry and no tiers is fingerprinted with empty fields', () => {
  const bare: EngineEnterprise = {
    uscc: enterprise.uscc,
    registeredOn: null,
    industryCode: null,
    status: '注销',
    tiers: [],
  };
  const batch = createRecordBatch([{ enterprise: bare, records: [record(5)] }]);
  assert.equal(fingerprintEnterprise(compiled, AS_OF, batch, 0), documentedFingerprint(bare, [record(5)]));
});

/** A batch with the records in the order given (createRecordBatch sorts them; a store reader might not). */
function unsortedBatch(subjects: Array<{ enterprise: EngineEnterprise; records: EngineRecord[] }>) {
  const builder = new RecordBatchBuilder(1, 1);
  for (const subject of subjects) {
    builder.startEnterprise(subject.enterprise);
    for (const input of subject.records) builder.addRecord(input);
  }
  return builder.finish();
}

test('records sent out of id order, more than the scratch buffer holds, are fingerprinted in id order', () => {
  const ids = Array.from({ length: 150 }, (_, index) => ((index * 37) % 150) + 1);
  const records = ids.map((id) => record(id));
  const shuffled = unsortedBatch([
    { enterprise, records: [record(900)] },
    { enterprise, records },
  ]);
  assert.deepEqual(Array.from(shuffled.id.subarray(1, 4)), ids.slice(0, 3), 'the batch keeps the order given');
  const expected = documentedFingerprint(enterprise, records);
  assert.equal(fingerprintEnterprise(compiled, AS_OF, shuffled, 1), expected);
  assert.equal(fingerprintEnterprise(compiled, AS_OF, shuffled, 0), documentedFingerprint(enterprise, [record(900)]));
  const sorted = createRecordBatch([{ enterprise, records: [...records].sort((a, b) => a.id - b.id) }]);
  assert.equal(fingerprintEnterprise(compiled, AS_OF, sorted, 0), expected);
  for (const order of [
    [record(2), record(1)],
    [record(1), record(3), record(2)],
    [record(1), record(2), record(4), record(3)],
  ]) {
    const swapped = unsortedBatch([{ enterprise, records: order }]);
    assert.equal(
      fingerprintEnterprise(compiled, AS_OF, swapped, 0),
      documentedFingerprint(enterprise, order),
      order.map((input) => input.id).join(','),
    );
  }
});

test('tiers listed in any order give the same fingerprint', () => {
  const reversed = { ...enterprise, tiers: [...enterprise.tiers].reverse() };
  const one = { ...enterprise, tiers: ['high_tech'] };
  assert.equal(
    fingerprintEnterprise(compiled, AS_OF, createRecordBatch([{ enterprise: reversed, records: [record(1)] }]), 0),
    fingerprintEnterprise(compiled, AS_OF, createRecordBatch([{ enterprise, records: [record(1)] }]), 0),
  );
  assert.equal(
    fingerprintEnterprise(compiled, AS_OF, createRecordBatch([{ enterprise: one, records: [record(1)] }]), 0),
    documentedFingerprint(one, [record(1)]),
  );
});

test('each enterprise of a batch is fingerprinted from its own records only', () => {
  const first = [record(1), record(2)];
  const second = [record(3)];
  const batch = createRecordBatch([
    { enterprise, records: first },
    { enterprise, records: second },
  ]);
  assert.equal(fingerprintEnterprise(compiled, AS_OF, batch, 0), documentedFingerprint(enterprise, first));
  assert.equal(fingerprintEnterprise(compiled, AS_OF, batch, 1), documentedFingerprint(enterprise, second));
});

test('older formats drop the catalog line (format 3) and the rules line too (format 2)', () => {
  const records = [record(1)];
  const batch = createRecordBatch([{ enterprise, records }]);
  const current = documentedFingerprint(enterprise, records);
  const rulesLine = `rules=${publicityRulesDigest(compiled.publicity)}\n`;
  const withoutCatalog = (format: string, dropRules: boolean) => {
    const text = `${format}\nmodel=${compiled.model.id}/${compiled.model.version}#${compiled.model.digest}\n${
      dropRules ? '' : rulesLine
    }as_of=${AS_OF}\nenterprise=${enterprise.uscc}|2018-05-01|存续|C39|high_tech,tech_sme\nrecords=1\n`;
    const entry = Buffer.alloc(44);
    entry.writeBigUInt64BE(1n, 0);
    entry.writeUInt32BE(1, 8);
    Buffer.from(records[0].contentHash, 'hex').copy(entry, 12);
    return createHash('sha256').update(text).update(entry).digest('hex');
  };
  assert.deepEqual(FINGERPRINT_FORMATS, ['xinping-evaluation/4', 'xinping-evaluation/3', 'xinping-evaluation/2']);
  assert.equal(fingerprintEnterprise(compiled, AS_OF, batch, 0), current);
  const third = fingerprintEnterprise(compiled, AS_OF, batch, 0, 'xinping-evaluation/3');
  const second = fingerprintEnterprise(compiled, AS_OF, batch, 0, 'xinping-evaluation/2');
  assert.equal(third, withoutCatalog('xinping-evaluation/3', false));
  assert.equal(second, withoutCatalog('xinping-evaluation/2', true));
  assert.equal(fingerprintFormatOf(second, compiled, AS_OF, batch, 0), 'xinping-evaluation/2');
  assert.equal(fingerprintFormatOf(sha256('something else'), compiled, AS_OF, batch, 0), null);
});

test('the rules digest follows the rules, not the order their keys are listed in, and is the same when read again', () => {
  const rules = compiled.publicity.rules;
  const digest = publicityRulesDigest(compiled.publicity);
  assert.equal(digest, sha256(canonicalJson(rules)));
  assert.equal(publicityRulesDigest(compiled.publicity), digest);
  const reordered = Object.fromEntries(Object.entries(rules).reverse()) as typeof rules;
  assert.equal(publicityRulesDigest(new PublicityResolver(reordered)), digest);
  const changed = { ...rules, kinds: rules.kinds.slice(1) };
  assert.notEqual(publicityRulesDigest(new PublicityResolver(changed)), digest);
});

test('the catalog digest covers which field holds the reported status of each kind', () => {
  const keys = compiled.reportedStatusKeys;
  const digest = catalogInputsDigest(compiled);
  assert.equal(digest, sha256(canonicalJson({ reported_status_keys: Object.fromEntries(keys) })));
  assert.equal(catalogInputsDigest({ reportedStatusKeys: keys }), digest);
  const moved = new Map(keys);
  moved.set('patent', 'status_text');
  assert.notEqual(catalogInputsDigest({ reportedStatusKeys: moved }), digest);
});
