import type { EngineEnterprise } from '../../engine/engine-input.ts';
import { INPUT_ENTRY_BYTES, NO_STRING, type RecordBatch } from '../../engine/record-batch.ts';
import { CopyRowSplitter } from '../../store/bulk-copy.ts';
import {
  type CopyTextInterner,
  readCopyDayNumber,
  readCopyDecimal,
  readCopyText,
  readCopyUnsigned,
} from '../../store/copy-text.ts';

/**
 * Parses the COPY text output of `evaluationRecordsSql(…, { dayNumbers: true })` (src/store/evaluation.repository.ts:
 * enterprise_id, id, version, content_hash, kind, status, occurred_on and ends_on as day numbers, level, subtype, grade,
 * amount, quantity, department_code, reported_status) straight into the engine's columnar RecordBatch: numbers and dates from their digits, texts
 * interned from their bytes, the content hash decoded from hex into the fingerprint's input entries. No string or
 * object per record; this loop and the engine's are the whole JS cost of a full re-evaluation.
 */

const TAB = 9;
const NEWLINE = 10;
const HEX_VALUES = new Int8Array(256).fill(-1);
for (let digit = 0; digit < 16; digit += 1) {
  HEX_VALUES['0123456789abcdef'.charCodeAt(digit)] = digit;
  HEX_VALUES['0123456789ABCDEF'.charCodeAt(digit)] = digit;
}

const RECORD_COLUMNS =
  'enterprise_id, id, version, content_hash, kind, status, occurred_on, ends_on, level, subtype, grade, amount, quantity, department_code, reported_status';

/**
 * 64 hex digits followed by a tab → the record's 44-byte fingerprint entry: id (u64 BE), version (u32 BE), then the
 * 32 bytes of the hash.
 */
function readContentHash(
  bytes: Uint8Array,
  position: number,
  entries: Buffer,
  row: number,
  id: number,
  version: number,
): number {
  const entry = row * INPUT_ENTRY_BYTES;
  const high = Math.floor(id / 4294967296);
  const low = id - high * 4294967296;
  entries[entry] = high >>> 24;
  entries[entry + 1] = (high >>> 16) & 255;
  entries[entry + 2] = (high >>> 8) & 255;
  entries[entry + 3] = high & 255;
  entries[entry + 4] = low >>> 24;
  entries[entry + 5] = (low >>> 16) & 255;
  entries[entry + 6] = (low >>> 8) & 255;
  entries[entry + 7] = low & 255;
  entries[entry + 8] = version >>> 24;
  entries[entry + 9] = (version >>> 16) & 255;
  entries[entry + 10] = (version >>> 8) & 255;
  entries[entry + 11] = version & 255;
  let bad = 0;
  for (let i = 0, at = position, to = entry + 12; i < 32; i += 1, at += 2, to += 1) {
    const high4 = HEX_VALUES[bytes[at]];
    const low4 = HEX_VALUES[bytes[at + 1]];
    bad |= high4 | low4;
    entries[to] = (high4 << 4) | low4;
  }
  return bad < 0 || bytes[position + 64] !== TAB ? -1 : position + 65;
}

function grow<T extends Int32Array | Float64Array>(array: T, size: number): T {
  const next = new (array.constructor as new (length: number) => T)(size);
  next.set(array);
  return next;
}

/** Enterprises of a shard in ascending id order (from enterprise-copy-reader.ts). */
export interface ShardEnterprises {
  ids: Float64Array;
  enterprises: EngineEnterprise[];
  registeredDay: Int32Array;
}

export class RecordCopyReader extends CopyRowSplitter {
  private capacity: number;
  private rows = 0;
  private enterpriseId: Float64Array;
  private id: Float64Array;
  private version: Int32Array;
  private entries: Buffer;
  private kind: Int32Array;
  private status: Int32Array;
  private occurredDay: Int32Array;
  private endsDay: Int32Array;
  private level: Int32Array;
  private subtype: Int32Array;
  private grade: Int32Array;
  private amount: Float64Array;
  private quantity: Float64Array;
  private department: Int32Array;
  private reportedStatus: Int32Array;
  /** Bytes parsed so far (progress and benchmark figures). */
  bytes = 0;

  constructor(
    private readonly interner: CopyTextInterner,
    capacity = 1 << 16,
  ) {
    super();
    this.capacity = Math.max(1024, capacity);
    const size = this.capacity;
    this.enterpriseId = new Float64Array(size);
    this.id = new Float64Array(size);
    this.version = new Int32Array(size);
    this.entries = Buffer.allocUnsafe(size * INPUT_ENTRY_BYTES);
    this.kind = new Int32Array(size);
    this.status = new Int32Array(size);
    this.occurredDay = new Int32Array(size);
    this.endsDay = new Int32Array(size);
    this.level = new Int32Array(size);
    this.subtype = new Int32Array(size);
    this.grade = new Int32Array(size);
    this.amount = new Float64Array(size);
    this.quantity = new Float64Array(size);
    this.department = new Int32Array(size);
    this.reportedStatus = new Int32Array(size);
  }

  get rowCount(): number {
    return this.rows;
  }

  /** Starts over for the next shard, keeping the arrays (the batch of the previous shard must be done with). */
  reset(): void {
    this.rows = 0;
    this.leftover = undefined;
    this.bytes = 0;
  }

  /** Parses every complete row of `chunk`; a row cut at the end waits for the next chunk. */
  override push(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    super.push(chunk);
  }

  private grow(): void {
    const size = this.capacity * 2;
    this.enterpriseId = grow(this.enterpriseId, size);
    this.id = grow(this.id, size);
    this.version = grow(this.version, size);
    const entries = Buffer.allocUnsafe(size * INPUT_ENTRY_BYTES);
    this.entries.copy(entries, 0, 0, this.rows * INPUT_ENTRY_BYTES);
    this.entries = entries;
    this.kind = grow(this.kind, size);
    this.status = grow(this.status, size);
    this.occurredDay = grow(this.occurredDay, size);
    this.endsDay = grow(this.endsDay, size);
    this.level = grow(this.level, size);
    this.subtype = grow(this.subtype, size);
    this.grade = grow(this.grade, size);
    this.amount = grow(this.amount, size);
    this.quantity = grow(this.quantity, size);
    this.department = grow(this.department, size);
    this.reportedStatus = grow(this.reportedStatus, size);
    this.capacity = size;
  }

  protected parseRows(bytes: Uint8Array, start: number, end: number): void {
    const interner = this.interner;
    let position = start;
    while (position < end) {
      if (this.rows === this.capacity) this.grow();
      const row = this.rows;
      const rowStart = position;
      // Each step parses one field and returns the position after its delimiter, or −1 when the field is malformed.
      position = readCopyUnsigned(bytes, position, this.enterpriseId, row);
      if (position > 0) position = readCopyUnsigned(bytes, position, this.id, row);
      if (position > 0) position = readCopyUnsigned(bytes, position, this.version, row);
      if (position > 0) position = readContentHash(bytes, position, this.entries, row, this.id[row], this.version[row]);
      if (position > 0) position = readCopyText(bytes, position, TAB, interner, this.kind, row, NO_STRING);
      if (position > 0) position = readCopyText(bytes, position, TAB, interner, this.status, row, NO_STRING);
      if (position > 0) position = readCopyDayNumber(bytes, position, this.occurredDay, row);
      if (position > 0) position = readCopyDayNumber(bytes, position, this.endsDay, row);
      if (position > 0) position = readCopyText(bytes, position, TAB, interner, this.level, row, NO_STRING);
      if (position > 0) position = readCopyText(bytes, position, TAB, interner, this.subtype, row, NO_STRING);
      if (position > 0) position = readCopyText(bytes, position, TAB, interner, this.grade, row, NO_STRING);
      if (position > 0) position = readCopyDecimal(bytes, position, this.amount, row);
      if (position > 0) position = readCopyDecimal(bytes, position, this.quantity, row);
      if (position > 0) position = readCopyText(bytes, position, TAB, interner, this.department, row, NO_STRING);
      if (position > 0)
        position = readCopyText(bytes, position, NEWLINE, interner, this.reportedStatus, row, NO_STRING);
      if (position < 0) throw this.rowError(bytes, rowStart);
      this.rows = row + 1;
    }
  }

  private rowError(bytes: Uint8Array, rowStart: number): Error {
    let rowEnd = rowStart;
    while (rowEnd < bytes.length && bytes[rowEnd] !== NEWLINE) rowEnd += 1;
    const line = Buffer.from(bytes.buffer, bytes.byteOffset + rowStart, Math.min(rowEnd - rowStart, 300)).toString(
      'utf8',
    );
    return new Error(`评价输入第 ${this.rows + 1} 行格式不符（列依次为 ${RECORD_COLUMNS}）： ${JSON.stringify(line)}`);
  }

  /**
   * The records read, grouped by the shard's enterprises (ascending id) into a RecordBatch. Rows usually arrive grouped
   * already (the table's physical order); otherwise a stable counting sort groups them, keeping each enterprise's
   * records in the order they came. Records of an enterprise not in the list are dropped.
   */
  finish(shard: ShardEnterprises): RecordBatch {
    if (this.leftover && this.leftover.length > 0)
      throw new Error(`评价输入在一行中间结束（最后一个换行符后还有 ${this.leftover.length} 字节）`);
    const enterpriseCount = shard.ids.length;
    // Enterprise id → position in the shard, as a dense table over the shard's id range.
    const firstId = enterpriseCount > 0 ? shard.ids[0] : 0;
    const span = enterpriseCount > 0 ? shard.ids[enterpriseCount - 1] - firstId + 1 : 0;
    const positionOf = new Int32Array(span).fill(-1);
    for (let e = 0; e < enterpriseCount; e += 1) positionOf[shard.ids[e] - firstId] = e;
    const rows = this.rows;
    const owner = new Int32Array(rows);
    const counts = new Int32Array(enterpriseCount + 1);
    let isGrouped = true;
    let previous = -1;
    for (let r = 0; r < rows; r += 1) {
      const offset = this.enterpriseId[r] - firstId;
      const e = offset >= 0 && offset < span ? positionOf[offset] : -1;
      owner[r] = e;
      if (e < 0 || e < previous) isGrouped = false;
      else previous = e;
      counts[e + 1] += 1;
    }
    const enterpriseStart = new Int32Array(enterpriseCount + 1);
    let kept = 0;
    for (let e = 0; e < enterpriseCount; e += 1) {
      enterpriseStart[e] = kept;
      kept += counts[e + 1];
    }
    enterpriseStart[enterpriseCount] = kept;

    const columns = {
      id: this.id,
      version: this.version,
      kind: this.kind,
      status: this.status,
      occurredDay: this.occurredDay,
      endsDay: this.endsDay,
      level: this.level,
      subtype: this.subtype,
      grade: this.grade,
      reportedStatus: this.reportedStatus,
      department: this.department,
      amount: this.amount,
      quantity: this.quantity,
    };
    let inputEntries = this.entries.subarray(0, rows * INPUT_ENTRY_BYTES);
    let arranged: typeof columns;
    if (isGrouped) {
      arranged = Object.fromEntries(
        Object.entries(columns).map(([name, column]) => [name, column.subarray(0, rows)]),
      ) as typeof columns;
    } else {
      // The source row of each position of the batch, then the columns copied in runs of consecutive source rows:
      // rows come mostly grouped (a few records written later sit elsewhere in the table), so there are few runs.
      const source = new Int32Array(kept);
      const next = enterpriseStart.slice(0, enterpriseCount);
      for (let r = 0; r < rows; r += 1) if (owner[r] >= 0) source[next[owner[r]]++] = r;
      const runs: number[] = [];
      for (let position = 0; position < kept; ) {
        let end = position + 1;
        while (end < kept && source[end] === source[end - 1] + 1) end += 1;
        runs.push(position, source[position], end - position);
        position = end;
      }
      arranged = Object.fromEntries(
        Object.entries(columns).map(([name, column]) => {
          const out = new (column.constructor as new (length: number) => Int32Array | Float64Array)(kept);
          for (let run = 0; run < runs.length; run += 3)
            out.set(column.subarray(runs[run + 1], runs[run + 1] + runs[run + 2]), runs[run]);
          return [name, out];
        }),
      ) as typeof columns;
      const entries = Buffer.allocUnsafe(kept * INPUT_ENTRY_BYTES);
      for (let run = 0; run < runs.length; run += 3) {
        const from = runs[run + 1] * INPUT_ENTRY_BYTES;
        inputEntries.copy(entries, runs[run] * INPUT_ENTRY_BYTES, from, from + runs[run + 2] * INPUT_ENTRY_BYTES);
      }
      inputEntries = entries;
    }
    // A snapshot of the strings: ids interned later (the next shard) must not change what this batch's ids mean.
    const strings = this.interner.strings.slice();
    const interner = this.interner;
    return {
      enterpriseCount,
      recordCount: kept,
      enterprises: shard.enterprises,
      enterpriseStart,
      registeredDay: shard.registeredDay,
      inputEntries,
      ...arranged,
      strings,
      stringId: (value) => {
        const id = interner.idOf(value);
        return id !== undefined && id < strings.length ? id : undefined;
      },
    };
  }
}
