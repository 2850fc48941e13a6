import { encodeCopyValue } from '../../store/bulk-copy.ts';
import type { CapturedResult } from './capture-result.ts';

/**
 * Evaluations as COPY text in the column order of EVALUATION_COPY_COLUMNS (src/store/evaluation.repository.ts),
 * written byte by byte into one reusable buffer: a full run writes a million rows, and a string per row would cost
 * more in garbage collection than the formatting itself.
 */

const HEX = new TextEncoder().encode('0123456789abcdef');
const TAB = 9;
const NEWLINE = 10;

export class EvaluationCopyWriter {
  private bytes: Buffer;
  private length = 0;
  private rows = 0;
  private readonly prefix: Buffer;

  /** `modelVersionId`, `runId`, `reason` and `asOf` are the same on every row of a run: encoded once. */
  constructor(modelVersionId: number, runId: number | null, reason: string, asOf: string, capacity = 1 << 20) {
    this.prefix = Buffer.from(`${modelVersionId}\t${runId ?? '\\N'}\t${encodeCopyValue(reason)}\t${asOf}\t`, 'utf8');
    this.bytes = Buffer.allocUnsafe(capacity);
  }

  get rowCount(): number {
    return this.rows;
  }

  /** Empties the buffer for the next shard (its previous contents must have been written). */
  reset(): void {
    this.length = 0;
    this.rows = 0;
  }

  /** The rows added since the last reset. */
  take(): Buffer {
    return this.bytes.subarray(0, this.length);
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + extra));
    this.bytes.copy(larger, 0, 0, this.length);
    this.bytes = larger;
  }

  private integer(value: number): void {
    this.length += this.bytes.write(String(value), this.length, 'latin1');
  }

  private hex(values: Float32Array): void {
    const view = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
    const bytes = this.bytes;
    let at = this.length;
    bytes[at++] = 92; // \\x: bytea hex, its backslash escaped for COPY text
    bytes[at++] = 92;
    bytes[at++] = 120;
    for (let i = 0; i < view.length; i += 1) {
      bytes[at++] = HEX[view[i] >> 4];
      bytes[at++] = HEX[view[i] & 15];
    }
    bytes[at++] = TAB;
    this.length = at;
  }

  add(enterpriseId: number, result: CapturedResult, fingerprint: string): void {
    this.ensure(
      256 + 2 * 4 * (result.dimensionScores.length + result.indicatorPoints.length) + (result.vetoes ? 256 : 0),
    );
    const bytes = this.bytes;
    this.integer(enterpriseId);
    bytes[this.length++] = TAB;
    this.length += this.prefix.copy(bytes, this.length);
    // numeric(7, 2): the score has two decimals at most (the model's score.decimals).
    let cents = Math.round(result.score * 100);
    if (cents < 0) {
      bytes[this.length++] = 45;
      cents = -cents;
    }
    this.integer(Math.trunc(cents / 100));
    const fraction = cents % 100;
    bytes[this.length++] = 46;
    bytes[this.length++] = 48 + Math.trunc(fraction / 10);
    bytes[this.length++] = 48 + (fraction % 10);
    bytes[this.length++] = TAB;
    this.length += bytes.write(
      `${encodeCopyValue(result.grade)}\t${result.vetoes === null ? '\\N' : encodeCopyValue(result.vetoes)}\t`,
      this.length,
      'utf8',
    );
    this.hex(result.dimensionScores);
    this.hex(result.indicatorPoints);
    this.length += bytes.write(fingerprint, this.length, 'latin1');
    bytes[this.length++] = TAB;
    this.integer(result.resultHash);
    bytes[this.length++] = TAB;
    this.length += bytes.write(result.changesOn, this.length, 'latin1');
    bytes[this.length++] = NEWLINE;
    this.rows += 1;
  }
}
