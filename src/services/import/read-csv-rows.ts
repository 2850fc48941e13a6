import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import iconv from 'iconv-lite';
import { AppError } from '../../domain/app-error.ts';
import { createCsvParser, CsvParseError } from './parse-csv-text.ts';
import type { TextEncoding } from './scan-file.ts';
import type { RowReader, SourceRow } from './source-row.ts';

/**
 * Streams a CSV file as Chinese Excel exports it: UTF-8 with or without BOM, or GBK. Row numbers count records
 * (a quoted cell spanning lines is one row, as Excel shows it), the header being row 1.
 */
export function readCsvRows(file: string, encoding: TextEncoding, delimiter: string): RowReader {
  let bytes = 0;
  const input = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  // Both decoders keep a character cut by the end of a chunk for the next one.
  const decoder = encoding === 'utf8' ? new StringDecoder('utf8') : iconv.getDecoder(encoding);
  const parser = createCsvParser(delimiter);

  async function* rows(): AsyncGenerator<SourceRow> {
    let row = 0;
    try {
      for await (const chunk of input as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        for (const cells of parser.push(decoder.write(chunk))) {
          row += 1;
          yield { row, cells };
        }
      }
      for (const cells of parser.push(decoder.end() ?? '').concat(parser.end())) {
        row += 1;
        yield { row, cells };
      }
    } catch (error) {
      if (error instanceof CsvParseError) {
        // The parser counts the records it finished (the header included): the broken one is the next.
        throw new AppError(
          'INVALID_INPUT',
          `CSV 格式错误（第${error.records + 1}行附近）：${describeCsvError(error)}`,
          {
            cause: error,
          },
        );
      }
      throw error;
    }
  }
  return { rows: rows(), bytesRead: () => bytes, close: () => input.destroy() };
}

function describeCsvError(error: CsvParseError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return '引号没有闭合';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return '引号后面紧跟了其他字符（单元格内的引号应写成两个引号 ""）';
    case 'CSV_INVALID_OPENING_QUOTE':
      return '单元格中间出现了引号（含引号的单元格应整格用引号括起，格内的引号写成两个引号 ""）';
  }
}
