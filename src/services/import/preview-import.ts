import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { loadCatalog, type RecordKind } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { resolveDepartment } from './import-file.ts';
import { detectKind, mapHeaders, resolveKind } from './map-headers.ts';
import { createRowNormalizer, type RowError } from './normalize-row.ts';
import { openRowReader } from './open-row-reader.ts';
import type { SecretKey } from './protect-personal.ts';
import { createRowAuthorityResolver } from './resolve-row-authority.ts';
import { scanFile, type FileFormat } from './scan-file.ts';
import type { SourceRow } from './source-row.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

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
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/**
 * Reads a department file exactly as `importFile` would — same format detection, header mapping, row validation and
 * duplicate-key check — and writes nothing (数据归集: "a preview and the row errors before committing").
 * The department sees how its columns map onto the kind's fields, every row error (row, column, reason) and the first
 * rows, then commits all-or-nothing or only the valid rows.
 */
export async function previewImport(db: Kysely<Database>, options: PreviewOptions): Promise<ImportPreview> {
  const catalog = loadCatalog();
  const department = resolveDepartment(options.department);
  const fileName = options.fileName ?? path.basename(options.file);
  const scan = await scanFile(options.file, options.signal);
  const reader = openRowReader(options.file, scan);
  const rows = reader.rows[Symbol.asyncIterator]();
  const listLimit = options.maxListedErrors ?? DEFAULT_LISTED_ERRORS;
  const sampleLimit = options.sampleRows ?? DEFAULT_SAMPLE_ROWS;
  const errors: RowError[] = [];
  let errorCount = 0;
  const warnings: RowError[] = [];
  let warningCount = 0;
  const note = (rowErrors: RowError[]) => {
    errorCount += rowErrors.length;
    for (const error of rowErrors) if (errors.length < listLimit) errors.push(error);
  };
  try {
    let header: SourceRow | undefined;
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      if (scan.format === 'json' || scan.format === 'ndjson' || next.value.cells.filter((cell) => !isBlank(cell)).length >= 2) {
        header = next.value;
        break;
      }
    }
    if (!header) throw new AppError('INVALID_INPUT', `文件“${fileName}”没有表头行（也没有数据）`);
    const headers = header.cells.map((cell) => (cell === null || cell === undefined ? '' : String(cell)));
    const kind: RecordKind = options.kind ? resolveKind(catalog, options.kind) : detectKind(catalog, headers, department.code);
    if (!kind.departments.includes(department.code)) {
      throw new AppError('FORBIDDEN', `${department.name}（${department.shortName}）不是“${kind.label}”的报送单位，不能导入此类记录`);
    }
    const mapping = mapHeaders(kind, headers);
    note([...mapping.missing, ...mapping.unknown].map((issue) => ({ row: header.row, column: issue.column, reason: issue.reason })));
    const columns: ColumnMapping[] = headers.map((column, index) => {
      const field = mapping.columns[index];
      return { column: column.trim(), field: field ? { key: field.key, label: field.header, required: field.required, personal: field.personal } : null };
    });
    const base = {
      fileName,
      format: scan.format,
      fileHash: scan.hash,
      sizeBytes: scan.size,
      department: { code: department.code, name: department.name },
      kind: { code: kind.code, label: kind.label },
      headerRow: header.row,
      columns,
      missingColumns: mapping.missing.map((issue) => issue.column),
    };
    if (mapping.missing.length > 0) {
      // As importFile: without a required column no row can be valid, and no row is read.
      return { ...base, totalRows: 0, validRows: 0, rejectedRows: 0, errorCount, errors, warningCount, warnings, otherDepartments: [], sample: [] };
    }

    const legacyRows = await db.selectFrom('legacy_uscc_acceptances').select('uscc').execute();
    const normalize = createRowNormalizer({
      kind,
      headers,
      columns: mapping.columns,
      departmentCode: department.code,
      rowAuthority: createRowAuthorityResolver(catalog, department, kind),
      secretKey: options.secretKey,
      legacyUsccs: new Set(legacyRows.map((row) => row.uscc)),
      today: options.today ?? todayInDistrict(),
    });
    const keyNames = kind.naturalKey.map((key) => kind.fields.find((field) => field.key === key)?.header ?? key).join('+');
    const firstRowOfKey = new Map<string, number>();
    const sample: ImportPreview['sample'] = [];
    let totalRows = 0;
    let rejectedRows = 0;
    const otherDepartments = new Map<string, number>();
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      options.signal?.throwIfAborted();
      const source = next.value;
      if (source.cells.every(isBlank)) continue;
      totalRows += 1;
      const normalized = normalize(source.row, source.cells);
      const rowErrors = [...(normalized.errors ?? [])];
      for (const key of source.extraKeys ?? []) rowErrors.push({ row: source.row, column: key, reason: `字段“${key}”不在第一条记录中（列以第一条记录的字段为准）` });
      if (normalized.record) {
        const digest = createHash('sha1').update(normalized.record.naturalKey).digest('base64');
        const earlier = firstRowOfKey.get(digest);
        if (earlier !== undefined) {
          rowErrors.push({ row: source.row, column: keyNames, reason: `与第${earlier}行重复（${keyNames}相同：${normalized.record.naturalKey}），同一决定在一个文件中只能出现一次` });
        } else {
          firstRowOfKey.set(digest, source.row);
        }
      }
      const rowWarnings = rowErrors.length > 0 ? [] : (normalized.warnings ?? []);
      const otherDepartment = normalized.record ? normalized.otherDepartment : undefined;
      if (rowErrors.length === 0 && otherDepartment) otherDepartments.set(otherDepartment, (otherDepartments.get(otherDepartment) ?? 0) + 1);
      if (rowErrors.length > 0) {
        rejectedRows += 1;
        note(rowErrors);
      }
      warningCount += rowWarnings.length;
      for (const warning of rowWarnings) if (warnings.length < listLimit) warnings.push(warning);
      if (sample.length < sampleLimit) {
        sample.push({ row: source.row, cells: source.cells.map((cell, index) => (mapping.columns[index]?.personal && !isBlank(cell) ? HIDDEN_PERSONAL : displayCell(cell))), errors: rowErrors, warnings: rowWarnings });
      }
    }
    return { ...base, totalRows, validRows: totalRows - rejectedRows, rejectedRows, errorCount, errors, warningCount, warnings, otherDepartments: [...otherDepartments].map(([name, rows]) => ({ name, rows })), sample };
  } finally {
    reader.close();
  }
}
