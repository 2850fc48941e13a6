import fs from 'node:fs';
import { loadExcelJs } from './load-exceljs.ts';
import { AppError } from '../../domain/app-error.ts';
import type { RowReader, SourceRow } from './source-row.ts';

/** A cell as a plain value: rich text joined, a formula's cached result (never the formula), hyperlinks' text. */
export function plainCellValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  const cell = value as Record<string, any>;
  if (Array.isArray(cell.richText)) return cell.richText.map((part: { text: string }) => part.text).join('');
  if ('formula' in cell || 'sharedFormula' in cell) return plainCellValue(cell.result);
  if ('text' in cell) return plainCellValue(cell.text);
  if ('error' in cell) return String(cell.error);
  return String(value);
}

/**
 * Streams the first worksheet of an .xlsx with exceljs' WorkbookReader, so a large workbook never sits in memory.
 * Styles are read so date-formatted cells come back as Dates; row numbers are Excel's own.
 */
export function readXlsxRows(file: string): RowReader {
  let bytes = 0;
  const input = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  input.on('data', (chunk) => {
    bytes += chunk.length;
  });
  const { WorkbookReader } = loadExcelJs().stream.xlsx;
  const workbook = new WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  // exceljs reads a worksheet as soon as shared strings and rels have been seen, and then looks up its name in
  // workbook.xml; when the zip stores workbook.xml after the sheets (Excel doesn't, other writers do) that lookup
  // would dereference a model not yet read. An empty model lets the sheet be read unnamed, which is all we need.
  (workbook as unknown as { model?: { sheets: unknown[] } }).model ??= { sheets: [] };

  async function* rows(): AsyncGenerator<SourceRow> {
    let sheets = 0;
    try {
      for await (const worksheet of workbook) {
        sheets += 1;
        for await (const row of worksheet) {
          const values = row.values as unknown[];
          const cells: unknown[] = [];
          for (let index = 1; index < values.length; index += 1) cells.push(plainCellValue(values[index]));
          yield { row: row.number, cells };
        }
        break; // departments send one sheet; any others (notes, code lists) are not data
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('INVALID_INPUT', 'Excel 文件已损坏或不是有效的 .xlsx 文件，无法读取', { cause: error });
    } finally {
      input.destroy();
    }
    if (sheets === 0) throw new AppError('INVALID_INPUT', 'Excel 文件中没有工作表');
  }
  return { rows: rows(), bytesRead: () => bytes, close: () => input.destroy() };
}
