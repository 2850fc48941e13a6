import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NO_DAY } from '../domain/month-arithmetic.ts';
import {
  CopyTextInterner,
  readCopyDayNumber,
  readCopyDecimal,
  readCopyInteger,
  readCopyText,
  readCopyUnsigned,
} from './copy-text.ts';

const bytesOf = (text: string) => Buffer.from(text, 'utf8');

describe('COPY text field readers', () => {
  test('an integer field is read from its digits, a sign included, and anything else is not a number', () => {
    const line = bytesOf('-42\t17\t4a');
    assert.equal(readCopyInteger(line, 0, 3), -42);
    assert.equal(readCopyInteger(line, 4, 6), 17);
    assert.ok(Number.isNaN(readCopyInteger(line, 7, 9)));
    assert.ok(Number.isNaN(readCopyInteger(line, 0, 1)));
  });

  test('an unsigned field lands in its row and the reader moves past the tab; a sign or an empty field is refused', () => {
    const out = new Float64Array(2);
    assert.equal(readCopyUnsigned(bytesOf('9007199254740991\t'), 0, out, 1), 17);
    assert.equal(out[1], 9007199254740991);
    assert.equal(readCopyUnsigned(bytesOf('-1\t'), 0, out, 0), -1);
    assert.equal(readCopyUnsigned(bytesOf('\t'), 0, out, 0), -1);
  });

  test('a day number may be negative, and a null day is NO_DAY', () => {
    const out = new Int32Array(2);
    assert.equal(readCopyDayNumber(bytesOf('-365\t'), 0, out, 0), 5);
    assert.equal(out[0], -365);
    assert.equal(readCopyDayNumber(bytesOf('\\N\t'), 0, out, 1), 3);
    assert.equal(out[1], NO_DAY);
  });

  test('a decimal keeps its exact value, a null decimal is NaN and a word is refused', () => {
    const out = new Float64Array(3);
    assert.equal(readCopyDecimal(bytesOf('1234.56\t'), 0, out, 0), 8);
    assert.equal(out[0], 1234.56);
    assert.equal(readCopyDecimal(bytesOf('-0.1\t'), 0, out, 1), 5);
    assert.equal(out[1], -0.1);
    assert.equal(readCopyDecimal(bytesOf('\\N\t'), 0, out, 2), 3);
    assert.ok(Number.isNaN(out[2]));
    assert.equal(readCopyDecimal(bytesOf('abc\t'), 0, out, 0), -1);
  });

  test('a text field is interned once, so the same text in two rows has one id, and a null text gets the null id', () => {
    const interner = new CopyTextInterner();
    const out = new Int32Array(3);
    const line = bytesOf('在业\t在业\n\\N\n');
    const second = readCopyText(line, 0, 9, interner, out, 0, -1);
    const third = readCopyText(line, second, 10, interner, out, 1, -1);
    assert.equal(readCopyText(line, third, 10, interner, out, 2, -1), line.length);
    assert.deepEqual([...out], [0, 0, -1]);
    assert.deepEqual(interner.strings, ['在业']);
  });
});
