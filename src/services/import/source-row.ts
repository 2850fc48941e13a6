/**
 * One row as a reader found it, before any field is interpreted. Cells are strings (CSV, xlsx text), numbers,
 * booleans, Dates (xlsx date cells) or null.
 */
export interface SourceRow {
  /** Row number as Excel shows it (header = row 1); for JSON, the element's position (first = 1). */
  row: number;
  cells: unknown[];
  /** JSON only: keys of this object that the first object (which set the columns) did not have. */
  extraKeys?: string[];
}

/** A file being read row by row; `bytesRead` drives the progress bar's percentage. */
export interface RowReader {
  rows: AsyncIterable<SourceRow>;
  bytesRead(): number;
  /** Stops reading early (on error or once the import has given up), releasing the file. */
  close(): void;
}
