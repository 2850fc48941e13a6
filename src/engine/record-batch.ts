import { parseIsoDay } from '../domain/month-arithmetic.ts';
import type { EngineEnterprise, EngineRecord, EvaluationSubject } from './engine-input.ts';

/**
 * Records of many enterprises in columns (typed arrays), grouped by enterprise: the records of enterprise e are
 * positions enterpriseStart[e] … enterpriseStart[e + 1] − 1. Dates are day numbers (NO_DAY for none) and text
 * values are ids into one string table (−1 for none), so the evaluation loop compares integers and allocates nothing.
 */
export interface RecordBatch {
  enterpriseCount: number;
  recordCount: number;
  enterprises: EngineEnterprise[];
  enterpriseStart: Int32Array;
  /** Each enterprise's registration date as a day number (NO_DAY: unknown). */
  registeredDay: Int32Array;
  id: Float64Array;
  version: Int32Array;
  /**
   * Each record's identity as the fingerprint hashes it, 44 bytes per record (bytes 44r … 44r + 43): the id
   * (unsigned 64-bit big-endian), the version (unsigned 32-bit big-endian) and the 32 bytes of its sha256 content
   * hash. Written once when the record is added, so fingerprinting an enterprise hashes one contiguous slice.
   */
  inputEntries: Buffer;
  kind: Int32Array;
  status: Int32Array;
  occurredDay: Int32Array;
  endsDay: Int32Array;
  level: Int32Array;
  subtype: Int32Array;
  grade: Int32Array;
  reportedStatus: Int32Array;
  department: Int32Array;
  /** NaN for none. */
  amount: Float64Array;
  quantity: Float64Array;
  strings: string[];
  stringId(value: string): number | undefined;
}

export const NO_STRING = -1;
export const INPUT_ENTRY_BYTES = 8 + 4 + 32;
const HEX_DIGEST = /^[0-9a-f]{64}$/;

function grow<T extends Int32Array | Float64Array>(array: T, size: number): T {
  const next = new (array.constructor as new (length: number) => T)(size);
  next.set(array);
  return next;
}

function growBuffer(buffer: Buffer, size: number): Buffer {
  const next = Buffer.alloc(size);
  buffer.copy(next);
  return next;
}

/** Builds a RecordBatch one enterprise and one record at a time (the store layer streams rows into it). */
export class RecordBatchBuilder {
  private capacity: number;
  private enterpriseCapacity: number;
  private recordCount = 0;
  private readonly enterprises: EngineEnterprise[] = [];
  private enterpriseStart: Int32Array;
  private registeredDay: Int32Array;
  private readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();
  private id: Float64Array;
  private version: Int32Array;
  private inputEntries: Buffer;
  private kind: Int32Array;
  private status: Int32Array;
  private occurredDay: Int32Array;
  private endsDay: Int32Array;
  private level: Int32Array;
  private subtype: Int32Array;
  private grade: Int32Array;
  private reportedStatus: Int32Array;
  private department: Int32Array;
  private amount: Float64Array;
  private quantity: Float64Array;

  constructor(recordCapacity = 1024, enterpriseCapacity = 64) {
    this.capacity = Math.max(1, recordCapacity);
    this.enterpriseCapacity = Math.max(1, enterpriseCapacity);
    this.enterpriseStart = new Int32Array(this.enterpriseCapacity + 1);
    this.registeredDay = new Int32Array(this.enterpriseCapacity);
    this.inputEntries = Buffer.alloc(this.capacity * INPUT_ENTRY_BYTES);
    this.id = new Float64Array(this.capacity);
    this.version = new Int32Array(this.capacity);
    this.kind = new Int32Array(this.capacity);
    this.status = new Int32Array(this.capacity);
    this.occurredDay = new Int32Array(this.capacity);
    this.endsDay = new Int32Array(this.capacity);
    this.level = new Int32Array(this.capacity);
    this.subtype = new Int32Array(this.capacity);
    this.grade = new Int32Array(this.capacity);
    this.reportedStatus = new Int32Array(this.capacity);
    this.department = new Int32Array(this.capacity);
    this.amount = new Float64Array(this.capacity);
    this.quantity = new Float64Array(this.capacity);
  }

  intern(value: string | null): number {
    if (value === null || value === undefined) return NO_STRING;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  /** Starts the next enterprise; the records added after belong to it. */
  startEnterprise(enterprise: EngineEnterprise): void {
    const index = this.enterprises.length;
    if (index >= this.enterpriseCapacity) {
      this.enterpriseCapacity *= 2;
      this.enterpriseStart = grow(this.enterpriseStart, this.enterpriseCapacity + 1);
      this.registeredDay = grow(this.registeredDay, this.enterpriseCapacity);
    }
    this.enterprises.push(enterprise);
    this.registeredDay[index] = parseIsoDay(enterprise.registeredOn);
    this.enterpriseStart[index] = this.recordCount;
    this.enterpriseStart[index + 1] = this.recordCount;
  }

  private ensureCapacity(): void {
    if (this.recordCount < this.capacity) return;
    this.capacity *= 2;
    const size = this.capacity;
    this.id = grow(this.id, size);
    this.version = grow(this.version, size);
    this.inputEntries = growBuffer(this.inputEntries, size * INPUT_ENTRY_BYTES);
    this.kind = grow(this.kind, size);
    this.status = grow(this.status, size);
    this.occurredDay = grow(this.occurredDay, size);
    this.endsDay = grow(this.endsDay, size);
    this.level = grow(this.level, size);
    this.subtype = grow(this.subtype, size);
    this.grade = grow(this.grade, size);
    this.reportedStatus = grow(this.reportedStatus, size);
    this.department = grow(this.department, size);
    this.amount = grow(this.amount, size);
    this.quantity = grow(this.quantity, size);
  }

  /**
   * Adds a record of the current enterprise. Records should come in ascending id order (the fingerprint sorts them
   * otherwise). The content hash must be a sha256 hex digest (records.content_hash).
   */
  addRecord(record: EngineRecord): void {
    if (this.enterprises.length === 0) throw new Error('startEnterprise must be called before addRecord');
    if (!HEX_DIGEST.test(record.contentHash))
      throw new Error(`record ${record.id}: contentHash must be a sha256 hex digest`);
    this.ensureCapacity();
    const i = this.recordCount;
    this.id[i] = record.id;
    this.version[i] = record.version;
    const entry = i * INPUT_ENTRY_BYTES;
    this.inputEntries.writeUInt32BE(Math.floor(record.id / 4294967296), entry);
    this.inputEntries.writeUInt32BE(record.id % 4294967296, entry + 4);
    this.inputEntries.writeUInt32BE(record.version, entry + 8);
    this.inputEntries.write(record.contentHash, entry + 12, 32, 'hex');
    this.kind[i] = this.intern(record.kind);
    this.status[i] = this.intern(record.status);
    this.occurredDay[i] = parseIsoDay(record.occurredOn);
    this.endsDay[i] = parseIsoDay(record.endsOn);
    this.level[i] = this.intern(record.level);
    this.subtype[i] = this.intern(record.subtype);
    this.grade[i] = this.intern(record.grade);
    this.reportedStatus[i] = this.intern(record.reportedStatus);
    this.department[i] = this.intern(record.departmentCode);
    this.amount[i] = record.amount === null || record.amount === undefined ? Number.NaN : record.amount;
    this.quantity[i] = record.quantity === null || record.quantity === undefined ? Number.NaN : record.quantity;
    this.recordCount = i + 1;
    this.enterpriseStart[this.enterprises.length] = this.recordCount;
  }

  finish(): RecordBatch {
    const n = this.recordCount;
    const ids = this.ids;
    return {
      enterpriseCount: this.enterprises.length,
      recordCount: n,
      enterprises: this.enterprises,
      enterpriseStart: this.enterpriseStart.subarray(0, this.enterprises.length + 1),
      registeredDay: this.registeredDay.subarray(0, this.enterprises.length),
      id: this.id.subarray(0, n),
      version: this.version.subarray(0, n),
      inputEntries: this.inputEntries.subarray(0, n * INPUT_ENTRY_BYTES),
      kind: this.kind.subarray(0, n),
      status: this.status.subarray(0, n),
      occurredDay: this.occurredDay.subarray(0, n),
      endsDay: this.endsDay.subarray(0, n),
      level: this.level.subarray(0, n),
      subtype: this.subtype.subarray(0, n),
      grade: this.grade.subarray(0, n),
      reportedStatus: this.reportedStatus.subarray(0, n),
      department: this.department.subarray(0, n),
      amount: this.amount.subarray(0, n),
      quantity: this.quantity.subarray(0, n),
      strings: this.strings,
      stringId: (value) => ids.get(value),
    };
  }
}

/** A batch of the given subjects, each enterprise's records sorted by id. */
export function createRecordBatch(subjects: EvaluationSubject[]): RecordBatch {
  const total = subjects.reduce((sum, subject) => sum + subject.records.length, 0);
  const builder = new RecordBatchBuilder(total, subjects.length);
  for (const subject of subjects) {
    builder.startEnterprise(subject.enterprise);
    const records = [...subject.records].sort((a, b) => a.id - b.id);
    for (const record of records) builder.addRecord(record);
  }
  return builder.finish();
}

/** Text of a string id, or null. */
export function stringAt(batch: RecordBatch, id: number): string | null {
  return id === NO_STRING ? null : batch.strings[id];
}
