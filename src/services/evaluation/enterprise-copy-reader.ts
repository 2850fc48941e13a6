import { NO_DAY, parseIsoDay } from '../../domain/month-arithmetic.ts';
import type { EngineEnterprise } from '../../engine/engine-input.ts';
import { CopyRowSplitter } from '../../store/bulk-copy.ts';
import { CopyTextInterner, decodeCopyText, parseTextArray, readCopyInteger } from '../../store/copy-text.ts';
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

export class EnterpriseCopyReader extends CopyRowSplitter {
  private readonly ids: number[] = [];
  private readonly enterprises: EngineEnterprise[] = [];
  private readonly days: number[] = [];
  private readonly texts = new CopyTextInterner();
  private readonly tierLists = new Map<number, string[]>();
  private readonly dayOfText = new Map<number, number>();

  /** Parses the complete rows in bytes[from, end); bytes[end − 1] is a newline. */
  protected parseRows(bytes: Uint8Array, from: number, end: number): void {
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
          if (column === 0) id = readCopyInteger(bytes, start, position);
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
