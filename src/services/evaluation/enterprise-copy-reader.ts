import { NO_DAY, parseIsoDay } from '../../domain/month-arithmetic.ts';
import type { EngineEnterprise } from '../../engine/engine-input.ts';
import { CopyTextInterner, decodeCopyText } from './copy-text-interner.ts';
import type { ShardEnterprises } from './record-copy-reader.ts';

/**
 * Parses the COPY text output of `select id, uscc, registered_on, status, industry_code, tiers from enterprises …
 * order by id` into the engine's enterprise objects. Repeated texts (statuses, industries, dates, tier lists) become
 * one shared string or array each.
 */

const TAB = 9;
const NEWLINE = 10;
const BACKSLASH = 92;
const UPPER_N = 78;

export const ENTERPRISE_COPY_COLUMNS = 'id, uscc, registered_on, status, industry_code, tiers';

/** Splits a text[] literal ({a,b,"c d"}) into its elements. */
export function parseTextArray(literal: string): string[] {
  if (literal.length <= 2) return [];
  const items: string[] = [];
  let current = '';
  let isQuoted = false;
  let wasQuoted = false;
  for (let index = 1; index < literal.length - 1; index += 1) {
    const char = literal[index];
    if (isQuoted) {
      if (char === '\\') current += literal[++index];
      else if (char === '"') isQuoted = false;
      else current += char;
    } else if (char === '"') {
      isQuoted = true;
      wasQuoted = true;
    } else if (char === ',') {
      items.push(current);
      current = '';
      wasQuoted = false;
    } else current += char;
  }
  if (current !== '' || wasQuoted || literal[literal.length - 2] === ',') items.push(current);
  return items;
}

/** An integer's decimal digits (bigint output), NaN when the field is anything else. */
function readInteger(bytes: Uint8Array, start: number, end: number): number {
  const isNegative = bytes[start] === 45; /* - */
  let value = 0;
  for (let position = isNegative ? start + 1 : start; position < end; position += 1) {
    const digit = bytes[position] - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return end > (isNegative ? start + 1 : start) ? (isNegative ? -value : value) : NaN;
}

export class EnterpriseCopyReader {
  private readonly ids: number[] = [];
  private readonly enterprises: EngineEnterprise[] = [];
  private readonly days: number[] = [];
  private readonly texts = new CopyTextInterner();
  private readonly tierLists = new Map<number, string[]>();
  private readonly dayOfText = new Map<number, number>();
  private leftover: Buffer | undefined;

  push(chunk: Uint8Array): void {
    let start = 0;
    if (this.leftover) {
      const newline = chunk.indexOf(NEWLINE);
      if (newline < 0) {
        this.leftover = Buffer.concat([this.leftover, chunk]);
        return;
      }
      const joined = Buffer.concat([this.leftover, chunk.subarray(0, newline + 1)]);
      this.leftover = undefined;
      this.parse(joined, 0, joined.length);
      start = newline + 1;
    }
    const last = chunk.lastIndexOf(NEWLINE);
    if (last >= start) this.parse(chunk, start, last + 1);
    const rest = Math.max(start, last + 1);
    if (rest < chunk.length) this.leftover = Buffer.from(chunk.subarray(rest));
  }

  private parse(bytes: Uint8Array, from: number, end: number): void {
    let position = from;
    // Per row: the id, the USCC, and the interned ids (−1: null) of registered_on, status, industry_code, tiers.
    const texts = new Int32Array(6);
    while (position < end) {
      let id = 0;
      let uscc = '';
      for (let column = 0; column < 6; column += 1) {
        const start = position;
        if (bytes[position] === BACKSLASH && bytes[position + 1] === UPPER_N) {
          texts[column] = -1;
          position += 2;
        } else {
          let hash = 0;
          let byte = bytes[position];
          while (byte !== TAB && byte !== NEWLINE) {
            hash = (Math.imul(hash, 31) + byte) | 0;
            byte = bytes[++position];
          }
          // The id and the USCC differ on every row: decoded, not interned.
          if (column === 0) id = readInteger(bytes, start, position);
          else if (column === 1) uscc = decodeCopyText(bytes, start, position);
          else texts[column] = this.texts.intern(bytes, start, position, hash >>> 0);
        }
        if (bytes[position] !== (column === 5 ? NEWLINE : TAB) || (column === 0 && !Number.isSafeInteger(id))) {
          throw new Error(`企业评价输入第 ${this.ids.length + 1} 行第 ${column + 1} 列格式不符`);
        }
        position += 1;
      }
      const strings = this.texts.strings;
      const registeredOn = texts[2] < 0 ? null : strings[texts[2]];
      let day = NO_DAY;
      if (texts[2] >= 0) {
        day = this.dayOfText.get(texts[2]) ?? parseIsoDay(registeredOn);
        this.dayOfText.set(texts[2], day);
      }
      let tiers: string[] = [];
      if (texts[5] >= 0) {
        let list = this.tierLists.get(texts[5]);
        if (!list) this.tierLists.set(texts[5], (list = parseTextArray(strings[texts[5]])));
        tiers = list;
      }
      this.ids.push(id);
      this.days.push(day);
      this.enterprises.push({
        uscc,
        registeredOn,
        status: texts[3] < 0 ? '' : strings[texts[3]],
        industryCode: texts[4] < 0 ? null : strings[texts[4]],
        tiers,
      });
    }
  }

  finish(): ShardEnterprises {
    if (this.leftover && this.leftover.length > 0) throw new Error('企业评价输入在一行中间结束');
    return {
      ids: Float64Array.from(this.ids),
      enterprises: this.enterprises,
      registeredDay: Int32Array.from(this.days),
    };
  }
}
