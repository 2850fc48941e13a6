import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import type { RowError } from './normalize-row.ts';
import { openImportPipeline } from './open-import-pipeline.ts';
import type { SecretKey } from './protect-personal.ts';
import type { FileFormat } from './scan-file.ts';
import { calendarDateOf } from '../../domain/district-date.ts';

export interface PreviewOptions {
  file: string;
  /** The name the department gave the file (the stored copy may be named otherwise). */
  fileName?: string;
  department: string;
  kind?: string;
  secretKey: SecretKey;
  today?: string;
  /** How many errors the preview lists (all are counted). */
  maxListedErrors?: number;
  /** How many data rows the preview shows as they will be read. */
  sampleRows?: number;
  /** Aborted when the uploader is gone (the HTTP client disconnected): reading stops at the next row. */
  signal?: AbortSignal;
}

export interface ColumnMapping {
  /** The header as written in the file. */
  column: string;
  /** The field it fills, or null when the column is not a field of the kind (its data would be lost). */
  field: { key: string; label: string; required: boolean; personal: boolean } | null;
}

export interface ImportPreview {
  fileName: string;
  format: FileFormat;
  fileHash: string;
  sizeBytes: number;
  department: { code: string; name: string };
  kind: { code: string; label: string };
  /** The row the header was found on (a title row above it is skipped). */
  headerRow: number;
  columns: ColumnMapping[];
  /** Required fields with no column: nothing can be imported until the file has them. */
  missingColumns: string[];
  totalRows: number;
  validRows: number;
  rejectedRows: number;
  errorCount: number;
  /** The first problems in file order: row (as Excel numbers it), column header, reason in Chinese. */
  errors: RowError[];
  /** Every warning on a row that would be stored (e.g. 公示截止期 differing from the computed end). */
  warningCount: number;
  /** The first warnings in file order, like `errors`. */
  warnings: RowError[];
  /** Other departments named as the deciding authority in rows of a department that relays nothing: likely the wrong file. */
  otherDepartments: Array<{ name: string; rows: number }>;
  /** The first data rows as read (personal values hidden), with their problems and warnings. */
  sample: Array<{ row: number; cells: Array<string | null>; errors: RowError[]; warnings: RowError[] }>;
}

const DEFAULT_LISTED_ERRORS = 200;
const DEFAULT_SAMPLE_ROWS = 10;
const HIDDEN_PERSONAL = '（个人信息，预览不显示）';

function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function displayCell(cell: unknown): string | null {
  if (isBlank(cell)) return null;
  if (cell instanceof Date) return calendarDateOf(cell);
  return String(cell);
}

/**
 * Reads a department file through the same pipeline as `importFile` (open-import-pipeline.ts: format detection, header
 * mapping, row validation, duplicate-key check), so it reports exactly what the commit would, and writes nothing
 * (数据归集: a preview and the row errors before committing).
 * The department sees how its columns map onto the kind's fields, every row error (row, column, reason) and the first
 * rows, then commits all-or-nothing or only the valid rows.
 */
export async function previewImport(db: Kysely<Database>, options: PreviewOptions): Promise<ImportPreview> {
  const pipeline = await openImportPipeline(db, options);
  const { scan, department, kind, headers, mapping } = pipeline;
  const listLimit = options.maxListedErrors ?? DEFAULT_LISTED_ERRORS;
  const sampleLimit = options.sampleRows ?? DEFAULT_SAMPLE_ROWS;
  const errors: RowError[] = pipeline.headerErrors.slice(0, listLimit);
  let errorCount = pipeline.headerErrors.length;
  const warnings: RowError[] = [];
  let warningCount = 0;
  try {
    const columns: ColumnMapping[] = headers.map((column, index) => {
      const field = mapping.columns[index];
      return {
        column: column.trim(),
        field: field
          ? { key: field.key, label: field.header, required: field.required, personal: field.personal }
          : null,
      };
    });
    const base = {
      fileName: pipeline.fileName,
      format: scan.format,
      fileHash: scan.hash,
      sizeBytes: scan.size,
      department: { code: department.code, name: department.name },
      kind: { code: kind.code, label: kind.label },
      headerRow: pipeline.header.row,
      columns,
      missingColumns: mapping.missing.map((issue) => issue.column),
    };
    // As importFile: without a required column no row can be valid, and the pipeline reads no row.
    const sample: ImportPreview['sample'] = [];
    let totalRows = 0;
    let rejectedRows = 0;
    const otherDepartments = new Map<string, number>();
    for await (const row of pipeline.rows()) {
      totalRows += 1;
      if (row.errors.length === 0 && row.otherDepartment)
        otherDepartments.set(row.otherDepartment, (otherDepartments.get(row.otherDepartment) ?? 0) + 1);
      if (row.errors.length > 0) {
        rejectedRows += 1;
        errorCount += row.errors.length;
        for (const error of row.errors) if (errors.length < listLimit) errors.push(error);
      }
      warningCount += row.warnings.length;
      for (const warning of row.warnings) if (warnings.length < listLimit) warnings.push(warning);
      if (sample.length < sampleLimit) {
        const cells = row.source.cells.map((cell, index) =>
          mapping.columns[index]?.personal && !isBlank(cell) ? HIDDEN_PERSONAL : displayCell(cell),
        );
        sample.push({ row: row.source.row, cells, errors: row.errors, warnings: row.warnings });
      }
    }
    return {
      ...base,
      totalRows,
      validRows: totalRows - rejectedRows,
      rejectedRows,
      errorCount,
      errors,
      warningCount,
      warnings,
      otherDepartments: [...otherDepartments].map(([name, rows]) => ({ name, rows })),
      sample,
    };
  } finally {
    pipeline.close();
  }
}
