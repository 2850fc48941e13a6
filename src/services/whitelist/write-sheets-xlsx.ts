import ExcelJS from 'exceljs';
import { neutralizeCell } from '../import/write-rejections.ts';

/**
 * A workbook of several lists, each on its own sheet — the several-sheet form of grade-use/write-list-xlsx.ts
 * (Chinese headers, formula-like text neutralised), for exports that belong together (statistics by list and by month).
 */
export async function writeSheetsXlsx(sheets: ReadonlyArray<{ name: string; headers: readonly string[]; rows: readonly (readonly unknown[])[] }>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, headers, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(headers.map(neutralizeCell));
    for (const row of rows) sheet.addRow(row.map((cell) => neutralizeCell(cell ?? null)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
