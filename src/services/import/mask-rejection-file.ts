import { loadCatalog } from '../../catalog/catalog.ts';
import { mapHeaders, REJECTION_REASON_HEADER } from './map-headers.ts';
import { openRowReader } from './open-row-reader.ts';
import { maskPersonalValue } from './protect-personal.ts';
import { scanFile } from './scan-file.ts';
import { createRejectionWriter } from './write-rejections.ts';

/**
 * Writes the copy of a rejection file that anyone but the owning department downloads: the same rows and reasons,
 * with the cells of personal fields (法定代表人证件号码 …, the kind's `personal` fields) masked as on the record pages
 * (rejection files follow the masking rule of records). The file's first row is its header, as
 * write-rejections.ts writes it, with the reason column last.
 */
export async function writeMaskedRejectionFile(source: string, target: string, kindCode: string): Promise<void> {
  const kind = loadCatalog().kind(kindCode);
  const scan = await scanFile(source);
  const reader = openRowReader(source, scan);
  try {
    const rows = reader.rows[Symbol.asyncIterator]();
    const first = await rows.next();
    if (first.done) return;
    const headers = first.value.cells.map((cell) => (cell === null || cell === undefined ? '' : String(cell)));
    const reasonAt = headers.lastIndexOf(REJECTION_REASON_HEADER);
    const dataHeaders = headers.filter((_, index) => index !== reasonAt);
    // An unknown kind (renamed in the catalog) leaves no column known to be safe: every cell is masked.
    const isPersonal = kind
      ? mapHeaders(kind, dataHeaders).columns.map((field) => field?.personal ?? false)
      : dataHeaders.map(() => true);
    const writer = createRejectionWriter(target, scan.format, dataHeaders);
    try {
      for (let next = await rows.next(); !next.done; next = await rows.next()) {
        const cells = next.value.cells;
        const data = cells
          .filter((_, index) => index !== reasonAt)
          .map((cell, index) =>
            isPersonal[index] && cell !== null && cell !== undefined && cell !== ''
              ? maskPersonalValue(String(cell))
              : cell,
          );
        await writer.write(data, reasonAt >= 0 ? String(cells[reasonAt] ?? '') : '');
      }
    } finally {
      await writer.close();
    }
  } finally {
    reader.close();
  }
}
