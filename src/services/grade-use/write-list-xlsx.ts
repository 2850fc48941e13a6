import ExcelJS from 'exceljs';
import { neutralizeCell } from '../import/write-rejections.ts';

export interface ListSheet {
  name: string;
  headers: readonly string[];
  rows: readonly (readonly unknown[])[];
}

/** Every grade-use list exports to .xlsx the same way: Chinese headers, formula-like text neutralised, a sheet per list. */
export async function writeSheetsXlsx(sheets: readonly ListSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, headers, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(headers.map(neutralizeCell));
    for (const row of rows) sheet.addRow(row.map((cell) => neutralizeCell(cell ?? null)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A single list on one sheet. */
export function writeListXlsx(
  sheetName: string,
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<Buffer> {
  return writeSheetsXlsx([{ name: sheetName, headers, rows }]);
}
