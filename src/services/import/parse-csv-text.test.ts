import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { createCsvParser, CsvParseError } from './parse-csv-text.ts';

/** The records of `text` fed in pieces of `size` characters, or the error's code and the records read before it. */
function parseInPieces(text: string, size: number): string[][] | { code: string; records: number } {
  const parser = createCsvParser(',');
  const records: string[][] = [];
  try {
    for (let start = 0; start < text.length; start += size)
      records.push(...parser.push(text.slice(start, start + size)));
    records.push(...parser.end());
    return records;
  } catch (error) {
    if (!(error instanceof CsvParseError)) throw error;
    return { code: error.code.replace(/^CSV_/, ''), records: error.records };
  }
}

/** What csv-parse, which the importer used before, reads from the same text. */
function parseWithCsvParse(text: string): string[][] | { code: string; records: number } {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const { code, records } = error as { code: string; records: number };
    return { code: code.replace(/^CSV_/, ''), records };
  }
}

describe('the CSV parser', () => {
  test('reads quoted cells with commas, doubled quotes and line breaks as one record, whatever the pieces', () => {
    const text = '\uFEFF名称,违法事实\r\n甲公司,"第一行\r\n第二行,含逗号和""引号"""\r\n乙公司,\r\n';
    const expected = [
      ['名称', '违法事实'],
      ['甲公司', '第一行\r\n第二行,含逗号和"引号"'],
      ['乙公司', ''],
    ];
    for (const size of [1, 2, 5, 1000]) assert.deepEqual(parseInPieces(text, size), expected);
  });

  test('names the malformed quoting and how many records came before it', () => {
    assert.deepEqual(parseInPieces('a,b\nc,d\n"未闭合,罚款\n', 3), { code: 'QUOTE_NOT_CLOSED', records: 2 });
    assert.deepEqual(parseInPieces('a,b\na,"x"y\n', 3), { code: 'INVALID_CLOSING_QUOTE', records: 1 });
    assert.deepEqual(parseInPieces('a,b\na,x"y\n', 3), { code: 'INVALID_OPENING_QUOTE', records: 1 });
  });

  test('reads 20,000 generated texts exactly as csv-parse does, in one piece and in small ones', () => {
    const alphabet = ['a', '中', ',', '"', '""', '\n', '\r', '\r\n', ' ', '\t'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let compared = 0;
    for (let n = 0; n < 20_000; n += 1) {
      let text = random() < 0.1 ? '\uFEFF' : '';
      const length = Math.floor(random() * 14);
      for (let index = 0; index < length; index += 1) text += alphabet[Math.floor(random() * alphabet.length)];
      const expected = parseWithCsvParse(text);
      for (const size of [1, 4, 100]) assert.deepEqual(parseInPieces(text, size), expected, JSON.stringify(text));
      compared += 1;
    }
    assert.equal(compared, 20_000);
  });
});
