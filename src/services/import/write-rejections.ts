import { once } from 'node:events';
import fs from 'node:fs';
import { loadExcelJs } from './load-exceljs.ts';
import { REJECTION_REASON_HEADER } from './map-headers.ts';
import type { FileFormat } from './scan-file.ts';
import { calendarDateOf } from '../../domain/district-date.ts';

/** Writes the rows a batch did not store, in the input's own format, each with its 错误原因 (reason) column. */
export interface RejectionWriter {
  readonly path: string;
  write(cells: readonly unknown[], reason: string): Promise<void>;
  close(): Promise<void>;
}

// A spreadsheet treats a cell starting with one of these as a formula (CSV/formula injection); tab and CR too.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a formula-like text with a quote, so opening the file never executes it. Non-text values are kept. */
export function neutralizeCell(value: unknown): unknown {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Closing twice (normal end, then cleanup) must not wait for a second 'finish' that never comes. */
function closeOnce(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(neutralizeCell(value instanceof Date ? calendarDateOf(value) : String(value)));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rejection files repeat rows with personal data: readable by the platform's account only. */
const OWNER_ONLY = 0o600;

function createCsvWriter(path: string, headers: readonly string[]): RejectionWriter {
  const output = fs.createWriteStream(path, { mode: OWNER_ONLY });
  const width = headers.length;
  // UTF-8 with a BOM: that is what makes Excel on a Chinese Windows open it without garbling.
  output.write(`\uFEFF${[...headers, REJECTION_REASON_HEADER].map(csvField).join(',')}\r\n`);
  return {
    path,
    async write(cells, reason) {
      const padded = Array.from({ length: Math.max(width, cells.length) }, (_, index) => cells[index]);
      if (!output.write(`${[...padded.slice(0, width), reason, ...padded.slice(width)].map(csvField).join(',')}\r\n`))
        await once(output, 'drain');
    },
    close: closeOnce(async () => {
      output.end();
      await once(output, 'finish');
    }),
  };
}

function createXlsxWriter(path: string, headers: readonly string[]): RejectionWriter {
  const { WorkbookWriter } = loadExcelJs().stream.xlsx;
  const workbook = new WorkbookWriter({
    stream: fs.createWriteStream(path, { mode: OWNER_ONLY }),
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('未入库数据');
  const width = headers.length;
  sheet.addRow([...headers, REJECTION_REASON_HEADER].map(neutralizeCell)).commit();
  return {
    path,
    async write(cells, reason) {
      const values = Array.from({ length: width }, (_, index) => neutralizeCell(cells[index] ?? null));
      const row = sheet.addRow([...values, neutralizeCell(reason), ...cells.slice(width).map(neutralizeCell)]);
      values.forEach((value, index) => {
        if (value instanceof Date) row.getCell(index + 1).numFmt = 'yyyy-mm-dd';
      });
      row.commit();
    },
    close: closeOnce(async () => {
      sheet.commit();
      await workbook.commit();
    }),
  };
}

// JSON is data, never opened as a spreadsheet: values are written back exactly as they came.
function createJsonWriter(path: string, headers: readonly string[], lines: boolean): RejectionWriter {
  const output = fs.createWriteStream(path, { mode: OWNER_ONLY });
  let count = 0;
  if (!lines) output.write('[\n');
  return {
    path,
    async write(cells, reason) {
      const object: Record<string, unknown> = {};
      headers.forEach((header, index) => {
        object[header] = cells[index] ?? null;
      });
      object[REJECTION_REASON_HEADER] = reason;
      const text = lines ? `${JSON.stringify(object)}\n` : `${count > 0 ? ',\n' : ''}${JSON.stringify(object)}`;
      count += 1;
      if (!output.write(text)) await once(output, 'drain');
    },
    close: closeOnce(async () => {
      output.end(lines ? '' : '\n]\n');
      await once(output, 'finish');
    }),
  };
}

export function createRejectionWriter(path: string, format: FileFormat, headers: readonly string[]): RejectionWriter {
  switch (format) {
    case 'csv':
      return createCsvWriter(path, headers);
    case 'xlsx':
      return createXlsxWriter(path, headers);
    case 'json':
      return createJsonWriter(path, headers, false);
    case 'ndjson':
      return createJsonWriter(path, headers, true);
  }
}
