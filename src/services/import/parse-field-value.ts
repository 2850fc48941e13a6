import type { FieldDefinition } from '../../catalog/catalog.ts';
import { parseDate } from './parse-date.ts';
import { calendarDateOf } from '../../domain/district-date.ts';

/**
 * One cell read as its catalog field type. `value` is what goes into the record's fields (dates as YYYY-MM-DD,
 * amounts in 万元 as numbers); `longTerm` marks a date cell meaning 长期. Empty cells are `{ value: null }`.
 */
export type ParsedValue = { value: string | number | null; longTerm?: boolean } | { error: string };

// Digits and punctuation typed with a Chinese input method come in full width (１２．５,２０２４／５／２０).
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;
const AMOUNT = /^\d+(?:\.\d+)?$/;
const INTEGER = /^\d+$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const AMOUNT_UNIT = /\s*万元$/;
const YEAR = /^(\d{4})\s*年?(?:度)?$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** What every empty cell parses to (shared: callers only read it). */
const EMPTY: ParsedValue = Object.freeze({ value: null });

function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (character) =>
    character === '\u3000' ? ' ' : String.fromCharCode(character.charCodeAt(0) - 0xfee0),
  );
}

/** The cell as trimmed text; numbers too big to be exact were typed as text in Excel and got mangled. */
export function cellText(value: unknown): string | { error: string } {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) && Number.isInteger(value)) {
      return {
        error: `数值 ${value} 过长，已被 Excel 改成科学计数法，原值无法还原（请把该列设为“文本”格式后重新导出）`,
      };
    }
    return String(value);
  }
  if (value instanceof Date) return calendarDateOf(value);
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

function parseAmount(value: unknown): ParsedValue {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { error: `“${value}”不是金额` };
    if (value < 0) return { error: `金额不能为负数（${value}）` };
    return { value };
  }
  const text = toHalfWidth(String(value).trim()).replace(AMOUNT_UNIT, '').replaceAll(',', '');
  if (text.startsWith('-') && AMOUNT.test(text.slice(1))) return { error: `金额不能为负数（${String(value).trim()}）` };
  if (/元$/.test(text)) return { error: `“${String(value).trim()}”的单位不是万元（金额一律以万元填写）` };
  if (!AMOUNT.test(text)) return { error: `“${String(value).trim()}”不是金额（应为以万元计的数字，如 1.5）` };
  return { value: Number(text) };
}

function parseNumber(value: unknown, integer: boolean): ParsedValue {
  const text = typeof value === 'number' ? String(value) : toHalfWidth(String(value).trim()).replaceAll(',', '');
  if (integer) {
    if (!INTEGER.test(text)) return { error: `“${String(value).trim()}”不是非负整数` };
    return { value: Number(text) };
  }
  if (!NUMBER.test(text)) return { error: `“${String(value).trim()}”不是数字` };
  return { value: Number(text) };
}

function parseYear(value: unknown): ParsedValue {
  const text = typeof value === 'number' ? String(value) : toHalfWidth(String(value).trim());
  const match = YEAR.exec(text);
  const year = match ? Number(match[1]) : NaN;
  if (!(year >= MIN_YEAR && year <= MAX_YEAR))
    return { error: `“${String(value).trim()}”不是年度（应为四位年份，如 2024）` };
  return { value: year };
}

function parseEnum(text: string, field: FieldDefinition): ParsedValue {
  const values = field.values ?? [];
  if (values.includes(text)) return { value: text };
  // Full- or half-width, spaced or not, either case: `通过登记的住所(经营场所)无法联系` is the catalog's
  // `通过登记的住所（经营场所）无法联系`.
  const comparable = (value: string) => toHalfWidth(value).replace(/\s+/g, '').toUpperCase();
  const normalized = comparable(text);
  const match = values.find((candidate) => comparable(candidate) === normalized);
  if (match) return { value: match };
  return { error: `“${text}”不是允许的取值（可选：${values.join('、')}）` };
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Parses one cell for its field. USCC cells come back as trimmed text: the caller validates them. */
export function parseFieldValue(field: FieldDefinition, value: unknown): ParsedValue {
  if (isEmpty(value)) return EMPTY;
  switch (field.type) {
    case 'date': {
      const parsed = parseDate(typeof value === 'string' ? toHalfWidth(value) : value);
      return 'error' in parsed ? parsed : { value: parsed.date, longTerm: parsed.longTerm };
    }
    case 'amount':
      return parseAmount(value);
    case 'number':
      return parseNumber(value, false);
    case 'integer':
      return parseNumber(value, true);
    case 'year':
      return parseYear(value);
    case 'enum': {
      const text = cellText(value);
      return typeof text === 'string' ? parseEnum(text, field) : text;
    }
    case 'text':
    case 'uscc': {
      const text = cellText(value);
      return typeof text === 'string' ? { value: text } : text;
    }
  }
}
