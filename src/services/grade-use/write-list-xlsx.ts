import ExcelJS from 'exceljs';
import { neutralizeCell } from '../import/write-rejections.ts';

/** Every list of issue #7 exports to .xlsx the same way: one sheet, Chinese headers, formula-like text neutralised. */
export async function writeListXlsx(sheetName: string, headers: readonly string[], rows: readonly (readonly unknown[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers.map(neutralizeCell));
  for (const row of rows) sheet.addRow(row.map((cell) => neutralizeCell(cell ?? null)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
