import fs from 'node:fs';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { AppError } from '../../domain/app-error.ts';
import type { TextEncoding } from './scan-file.ts';
import type { RowReader, SourceRow } from './source-row.ts';

/**
 * Streams a CSV file as Chinese Excel exports it: UTF-8 with or without BOM, or GBK. Row numbers count records
 * (a quoted cell spanning lines is one row, as Excel shows it), the header being row 1.
 */
export function readCsvRows(file: string, encoding: TextEncoding, delimiter: string): RowReader {
  let bytes = 0;
  const input = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  input.on('data', (chunk) => {
    bytes += chunk.length;
  });
  const decoded = encoding === 'utf8' ? input : input.pipe(iconv.decodeStream(encoding));
  const parser = decoded.pipe(parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }));
  input.on('error', (error) => parser.destroy(error));

  async function* rows(): AsyncGenerator<SourceRow> {
    let row = 0;
    try {
      for await (const cells of parser as AsyncIterable<string[]>) {
        row += 1;
        yield { row, cells };
      }
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('CSV_')) {
        // The parser counts the records it finished (the header included): the broken one is the next. It reads ahead
        // of the rows handed out, so its count is the one that names the right row.
        const parsed = (error as { records?: number }).records ?? row;
        throw new AppError(
          'INVALID_INPUT',
          `CSV 格式错误（第${parsed + 1}行附近）：${describeCsvError(error as { code: string })}`,
          { cause: error },
        );
      }
      throw error;
    }
  }
  return { rows: rows(), bytesRead: () => bytes, close: () => input.destroy() };
}

function describeCsvError(error: { code: string }): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return '引号没有闭合';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return '引号后面紧跟了其他字符（单元格内的引号应写成两个引号 ""）';
    default:
      return `无法解析（${error.code}）`;
  }
}
