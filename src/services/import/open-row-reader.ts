import { readCsvRows } from './read-csv-rows.ts';
import { readJsonArrayRows, readNdjsonRows } from './read-json-rows.ts';
import { readXlsxRows } from './read-xlsx-rows.ts';
import type { FileScan } from './scan-file.ts';
import type { RowReader } from './source-row.ts';

/** The reader for a scanned file's format. */
export function openRowReader(file: string, scan: FileScan): RowReader {
  switch (scan.format) {
    case 'xlsx':
      return readXlsxRows(file);
    case 'csv':
      return readCsvRows(file, scan.encoding, scan.delimiter);
    case 'json':
      return readJsonArrayRows(file);
    case 'ndjson':
      return readNdjsonRows(file);
  }
}
