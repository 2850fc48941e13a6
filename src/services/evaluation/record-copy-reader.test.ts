import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INPUT_ENTRY_BYTES } from '../../engine/record-batch.ts';
import { CopyTextInterner } from '../../store/copy-text.ts';
import { RecordCopyReader } from './record-copy-reader.ts';

/** One COPY text row of evaluationRecordsSql with day numbers; the content hash repeats the record id's last digit. */
function row(enterpriseId: number, id: number, level: string | null): string {
  const hash = String(id % 10).repeat(64);
  return [enterpriseId, id, 1, hash, 'administrative_penalty', 'active', 20000, '\\N', level ?? '\\N', '\\N', '\\N']
    .concat(['12.5', '\\N', 'scjg', '\\N'])
    .join('\t');
}

test('records that arrive out of enterprise order are grouped by enterprise, keeping each one’s values and hash', () => {
  const reader = new RecordCopyReader(new CopyTextInterner());
  // Enterprise 11's records sit in two places, as a record written later does in the table; enterprise 99 is not in
  // the shard.
  const text = [row(10, 1, '严重'), row(10, 2, null), row(11, 3, '一般'), row(12, 4, null), row(11, 5, null)]
    .concat([row(99, 6, null), row(12, 7, '严重'), row(12, 8, null)])
    .join('\n');
  reader.push(Buffer.from(`${text}\n`));
  const batch = reader.finish({
    ids: Float64Array.from([10, 11, 12]),
    enterprises: [10, 11, 12].map((id) => ({
      uscc: `U${id}`,
      registeredOn: null,
      status: '',
      industryCode: null,
      tiers: [],
    })),
    registeredDay: Int32Array.from([0, 0, 0]),
  });

  assert.equal(batch.recordCount, 7);
  assert.deepEqual([...batch.enterpriseStart], [0, 2, 4, 7]);
  assert.deepEqual([...batch.id], [1, 2, 3, 5, 4, 7, 8]);
  const levels = [...batch.level].map((level) => (level < 0 ? null : batch.strings[level]));
  assert.deepEqual(levels, ['严重', null, '一般', null, null, '严重', null]);
  assert.deepEqual([...batch.amount], [12.5, 12.5, 12.5, 12.5, 12.5, 12.5, 12.5]);
  // Each record's fingerprint entry (id, version, content hash) moved with it.
  const entryIds = Array.from({ length: 7 }, (_, r) => batch.inputEntries.readUInt32BE(r * INPUT_ENTRY_BYTES + 4));
  assert.deepEqual(entryIds, [1, 2, 3, 5, 4, 7, 8]);
  const firstHashBytes = Array.from({ length: 7 }, (_, r) => batch.inputEntries[r * INPUT_ENTRY_BYTES + 12]);
  assert.deepEqual(firstHashBytes, [0x11, 0x22, 0x33, 0x55, 0x44, 0x77, 0x88]);
});
