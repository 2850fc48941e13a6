import { NO_DAY } from '../domain/month-arithmetic.ts';

/**
 * COPY text fields (PostgreSQL text format): escaping for COPY FROM, decoding of COPY TO output, the byte hash every
 * reader files a field under, text[] literals, and the interner below, which turns text values of COPY output into
 * small integer ids straight from the bytes: a value seen before costs a hash and a byte comparison, never a string. Record kinds, statuses, levels, grades and departments repeat millions of
 * times with a few hundred distinct values, so the strings are made once each.
 */

const TAB = 9;
const NEWLINE = 10;
const BACKSLASH = 92;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const UPPER_N = 78;
const POWERS_OF_TEN = Float64Array.from({ length: 19 }, (_, index) => 10 ** index);
const NEEDS_ESCAPE = /[\\\n\r\t]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A string as a COPY text field: backslash, newline, carriage return and tab escaped, so any text round-trips. */
export function escapeCopyText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\n\r\t]/g, (char) => ESCAPES[char]) : text;
}

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

/** Decodes a COPY text field (backslash escapes) to a string. */
export function decodeCopyText(bytes: Uint8Array, start: number, end: number): string {
  let hasEscape = false;
  for (let position = start; position < end; position += 1) {
    if (bytes[position] === BACKSLASH) {
      hasEscape = true;
      break;
    }
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!hasEscape) return buffer.toString('utf8', start, end);
  const out: number[] = [];
  for (let position = start; position < end; position += 1) {
    const byte = bytes[position];
    if (byte !== BACKSLASH) {
      out.push(byte);
      continue;
    }
    const next = bytes[++position];
    if (next >= 48 && next <= 55) {
      // \ooo: an octal byte value
      let value = next - 48;
      for (let digits = 1; digits < 3 && bytes[position + 1] >= 48 && bytes[position + 1] <= 55; digits += 1)
        value = value * 8 + (bytes[++position] - 48);
      out.push(value);
    } else if (next === 120 /* x */) {
      let value = 0;
      for (let digits = 0; digits < 2 && isHexDigit(bytes[position + 1]); digits += 1)
        value = value * 16 + hexValue(bytes[++position]);
      out.push(value);
    } else {
      out.push(ESCAPED[next] ?? next);
    }
  }
  return Buffer.from(out).toString('utf8');
}

const ESCAPED: Record<number, number> = { 98: 8, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11 };

function isHexDigit(byte: number): boolean {
  return (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 70) || (byte >= 97 && byte <= 102);
}

function hexValue(byte: number): number {
  return byte <= 57 ? byte - 48 : (byte | 32) - 87;
}

export class CopyTextInterner {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly keys: Uint8Array[] = [];
  private slots = new Int32Array(1024).fill(-1);
  private mask = 1023;

  constructor(initial: Iterable<string> = []) {
    for (const value of initial) this.internString(value);
  }

  /** The id of a string, adding it if new. */
  internString(value: string): number {
    const known = this.ids.get(value);
    if (known !== undefined) return known;
    const bytes = Buffer.from(escapeCopyText(value), 'utf8');
    return this.add(value, bytes, hashBytes(bytes, 0, bytes.length));
  }

  idOf(value: string): number | undefined {
    return this.ids.get(value);
  }

  /** The id of the COPY field bytes[start, end) whose hash (hashBytes) is `hash`, adding it if new. */
  intern(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const length = end - start;
    let slot = hash & this.mask;
    for (;;) {
      const id = this.slots[slot];
      if (id === -1) break;
      const key = this.keys[id];
      if (key.length === length) {
        let position = 0;
        while (position < length && key[position] === bytes[start + position]) position += 1;
        if (position === length) return id;
      }
      slot = (slot + 1) & this.mask;
    }
    const value = decodeCopyText(bytes, start, end);
    const existing = this.ids.get(value);
    // The same text escaped differently (never from PostgreSQL's own output) would get its own slot; keep one id.
    if (existing !== undefined) return existing;
    return this.add(value, Uint8Array.prototype.slice.call(bytes, start, end), hash);
  }

  private add(value: string, bytes: Uint8Array, hash: number): number {
    const id = this.strings.length;
    this.strings.push(value);
    this.ids.set(value, id);
    this.keys.push(bytes);
    if (this.strings.length * 2 > this.slots.length) this.rehash();
    else this.place(hash, id);
    return id;
  }

  private place(hash: number, id: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
    this.slots[slot] = id;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.mask = this.slots.length - 1;
    this.keys.forEach((key, id) => this.place(hashBytes(key, 0, key.length), id));
  }
}

/** The hash the interner files a field under; the parsers compute it while scanning the field. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0;
  for (let position = start; position < end; position += 1) hash = (Math.imul(hash, 31) + bytes[position]) | 0;
  return hash >>> 0;
}

/*
 * Field readers of the COPY parsers (record-copy-reader.ts, enterprise-copy-reader.ts): each reads one field at
 * `position` into out[row] and returns the position after its delimiter, or −1 when the field is malformed. Numbers and
 * dates come from their digits, so no string is made per field.
 */

/** An integer's decimal digits (bigint output), NaN when the field is anything else. */
export function readCopyInteger(bytes: Uint8Array, start: number, end: number): number {
  const isNegative = bytes[start] === MINUS;
  let value = 0;
  for (let position = isNegative ? start + 1 : start; position < end; position += 1) {
    const digit = bytes[position] - ZERO;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return end > (isNegative ? start + 1 : start) ? (isNegative ? -value : value) : NaN;
}

/** A non-negative integer followed by a tab. */
export function readCopyUnsigned(
  bytes: Uint8Array,
  position: number,
  out: Float64Array | Int32Array,
  row: number,
): number {
  let value = 0;
  let byte = bytes[position];
  const first = position;
  while (byte !== TAB) {
    const digit = byte - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
    byte = bytes[++position];
  }
  if (position === first) return -1;
  out[row] = value;
  return position + 1;
}

/** A day number (days since 1970-01-01, possibly negative) or \N (NO_DAY), followed by a tab. */
export function readCopyDayNumber(bytes: Uint8Array, position: number, out: Int32Array, row: number): number {
  if (bytes[position] === BACKSLASH && bytes[position + 1] === UPPER_N) {
    out[row] = NO_DAY;
    return bytes[position + 2] === TAB ? position + 3 : -1;
  }
  const isNegative = bytes[position] === MINUS;
  if (isNegative) position += 1;
  const first = position;
  let value = 0;
  let byte = bytes[position];
  while (byte !== TAB) {
    const digit = byte - ZERO;
    if (digit < 0 || digit > 9 || position - first > 8) return -1;
    value = value * 10 + digit;
    byte = bytes[++position];
  }
  if (position === first) return -1;
  out[row] = isNegative ? -value : value;
  return position + 1;
}

/** A decimal or \N (NaN), followed by a tab: plain decimals from their digits (exactly rounded), others through Number. */
export function readCopyDecimal(bytes: Uint8Array, position: number, out: Float64Array, row: number): number {
  if (bytes[position] === BACKSLASH && bytes[position + 1] === UPPER_N) {
    out[row] = NaN;
    return bytes[position + 2] === TAB ? position + 3 : -1;
  }
  const fieldStart = position;
  let byte = bytes[position];
  const isNegative = byte === MINUS;
  if (isNegative) byte = bytes[++position];
  let mantissa = 0;
  let digits = 0;
  let fractionDigits = -1;
  let isPlain = true;
  while (byte !== TAB) {
    if (byte === NEWLINE || byte === undefined) return -1;
    const digit = byte - ZERO;
    if (digit >= 0 && digit <= 9) {
      mantissa = mantissa * 10 + digit;
      digits += 1;
      if (fractionDigits >= 0) fractionDigits += 1;
    } else if (byte === DOT && fractionDigits < 0) fractionDigits = 0;
    else isPlain = false;
    byte = bytes[++position];
  }
  let value: number;
  if (isPlain && digits > 0 && digits <= 15) {
    value = fractionDigits > 0 ? mantissa / POWERS_OF_TEN[fractionDigits] : mantissa;
    if (isNegative) value = -value;
  } else {
    value = Number(Buffer.from(bytes.buffer, bytes.byteOffset + fieldStart, position - fieldStart).toString('latin1'));
    if (Number.isNaN(value)) return -1;
  }
  out[row] = value;
  return position + 1;
}

/** A text (its interned id) or \N (`nullId`), followed by `delimiter`. */
export function readCopyText(
  bytes: Uint8Array,
  position: number,
  delimiter: number,
  interner: CopyTextInterner,
  out: Int32Array,
  row: number,
  nullId: number,
): number {
  if (bytes[position] === BACKSLASH && bytes[position + 1] === UPPER_N) {
    out[row] = nullId;
    return bytes[position + 2] === delimiter ? position + 3 : -1;
  }
  const fieldStart = position;
  let hash = 0;
  let byte = bytes[position];
  while (byte !== TAB && byte !== NEWLINE) {
    if (byte === undefined) return -1;
    hash = (Math.imul(hash, 31) + byte) | 0;
    byte = bytes[++position];
  }
  if (byte !== delimiter) return -1;
  out[row] = interner.intern(bytes, fieldStart, position, hash >>> 0);
  return position + 1;
}
