import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { loadCatalog, type Department, type RecordKind } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { commitBatch, type BatchDecision, type BatchWarnings } from '../records/commit-batch.ts';
import { detectKind, mapHeaders, resolveKind } from './map-headers.ts';
import { createRowNormalizer, type RowError } from './normalize-row.ts';
import { openRowReader } from './open-row-reader.ts';
import type { SecretKey } from './protect-personal.ts';
import { createRowAuthorityResolver } from './resolve-row-authority.ts';
import { scanFile, type FileFormat } from './scan-file.ts';
import type { SourceRow } from './source-row.ts';
import { createRejectionWriter, type RejectionWriter } from './write-rejections.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export type ImportMode = 'all-or-nothing' | 'accept-valid';

export interface ImportOptions {
  file: string;
  /** Department code, full name or short name. */
  department: string;
  /** Record kind code or label; detected from the headers when absent. */
  kind?: string;
  mode: ImportMode;
  operator: string;
  secretKey: SecretKey;
  /** Where rejected rows go; defaults (in accept-valid mode) to `<name>.rejected.<ext>` beside the input. */
  rejectionPath?: string;
  /** Rows per write; each chunk is one round of statements inside the batch's transaction. */
  chunkSize?: number;
  /** YYYY-MM-DD; defaults to today in China. */
  today?: string;
  /** How many errors the result lists (every one is counted, and every rejected row goes to the rejection file). */
  maxListedErrors?: number;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  rowsRead: number;
  /** Rows handed to the store (inside the batch's still-open transaction). */
  rowsWritten: number;
  bytesRead: number;
  totalBytes: number;
}

export interface ImportResult {
  batchId: number;
  status: 'committed' | 'rejected';
  department: { code: string; name: string };
  kind: { code: string; label: string };
  format: FileFormat;
  fileHash: string;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** The first `maxListedErrors` problems, in file order. */
  errors: RowError[];
  /** Every problem found (the list above may be shorter). */
  errorCount: number;
  /** The first `maxListedErrors` warnings of stored rows (e.g. 公示截止期 differing from the computed end). */
  warnings: RowError[];
  warningCount: number;
  rejectionFile: string | null;
  /** Why the batch was rejected, in Chinese. */
  reason?: string;
}

const DEFAULT_CHUNK_SIZE = 2000;
const DEFAULT_LISTED_ERRORS = 1000;
const PROGRESS_EVERY_ROWS = 500;
/** Warnings kept as text on the batch row (all are counted). */
const SUMMARIZED_WARNINGS = 20;

/** The batch's record of its warnings: the count and the first ones, one per line. */
export function summarizeWarnings(warnings: RowError[], count: number): BatchWarnings {
  if (count === 0) return { count, summary: null };
  const lines = warnings.slice(0, SUMMARIZED_WARNINGS).map((warning) => `第${warning.row}行 ${warning.column}:${warning.reason}`);
  if (count > lines.length) lines.push(`……共 ${count} 处警告`);
  return { count, summary: lines.join('\n') };
}


export function resolveDepartment(nameOrCode: string): Department {
  const catalog = loadCatalog();
  const department = catalog.department(nameOrCode);
  if (!department) {
    throw new AppError('NOT_FOUND', `未知的报送单位“${nameOrCode}”。可用：${catalog.departments.map((candidate) => `${candidate.code}(${candidate.shortName})`).join('、')}`);
  }
  return department;
}

function checkDepartmentMaySend(department: Department, kind: RecordKind): void {
  if (kind.departments.includes(department.code)) return;
  const allowed = kind.departments.map((code) => loadCatalog().department(code)?.shortName ?? code).join('、');
  throw new AppError('FORBIDDEN', `${department.name}（${department.shortName}）不是“${kind.label}”的报送单位，不能导入此类记录。可报送“${kind.label}”的单位：${allowed}`);
}

function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every((cell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''));
}

function filledCells(cells: readonly unknown[]): number {
  return cells.filter((cell) => !(cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''))).length;
}

/**
 * Duplicate detection remembers every natural key of the file. A 96-bit digest instead of the key itself halves that
 * memory (about 60 bytes a row: 1,000,000 rows ≈ 60 MB); a false match would need a SHA-1 collision.
 */
function keyDigest(naturalKey: string): string {
  return createHash('sha1').update(naturalKey).digest().toString('latin1', 0, 12);
}

export function defaultRejectionPath(file: string): string {
  const extension = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, extension)}.rejected${extension || '.csv'}`);
}

/**
 * Starts producing the next item while the consumer works on the current one: the rows of chunk n+1 are parsed and
 * validated while the database writes chunk n. `onConsumed` runs once the consumer has finished with an item.
 */
async function* readAhead<T>(source: AsyncGenerator<T>, onConsumed: (item: T) => void): AsyncGenerator<T> {
  try {
    let next = source.next();
    next.catch(() => undefined); // awaited below; this only stops an early exit from reporting it as unhandled
    for (;;) {
      const result = await next;
      if (result.done) return;
      next = source.next();
      next.catch(() => undefined);
      yield result.value;
      onConsumed(result.value);
    }
  } finally {
    // Not awaited: the producer may be mid-chunk; closing the reader (importFile's finally) ends it.
    source.return(undefined).catch(() => undefined);
  }
}

/**
 * Imports one department file as one batch (the use case behind `xinping import`). The file is streamed: rows are
 * read, validated and written in chunks inside one transaction (commitBatch), so memory stays bounded and a crash
 * leaves the store as it was. All-or-nothing by default; in accept-valid mode the valid rows are stored and the
 * others written to a rejection file in the input's format.
 */
export async function importFile(db: Kysely<Database>, options: ImportOptions): Promise<ImportResult> {
  const catalog = loadCatalog();
  const department = resolveDepartment(options.department);
  if (options.kind) checkDepartmentMaySend(department, resolveKind(catalog, options.kind));
  const scan = await scanFile(options.file);
  const reader = openRowReader(options.file, scan);
  const rows = reader.rows[Symbol.asyncIterator]();
  const listLimit = options.maxListedErrors ?? DEFAULT_LISTED_ERRORS;
  const errors: RowError[] = [];
  let errorCount = 0;
  const warnings: RowError[] = [];
  let warningCount = 0;
  let rejectionWriter: RejectionWriter | undefined;
  try {
    // The header is the first row with at least two filled cells: a title row above it (a merged cell) is skipped.
    let header: SourceRow | undefined;
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      if (scan.format === 'json' || scan.format === 'ndjson' || filledCells(next.value.cells) >= 2) {
        header = next.value;
        break;
      }
    }
    if (!header) throw new AppError('INVALID_INPUT', `文件“${path.basename(options.file)}”没有表头行（也没有数据）`);
    const headers = header.cells.map((cell) => (cell === null || cell === undefined ? '' : String(cell)));
    const kind = options.kind ? resolveKind(catalog, options.kind) : detectKind(catalog, headers, department.code);
    checkDepartmentMaySend(department, kind);
    const mapping = mapHeaders(kind, headers);
    for (const issue of [...mapping.missing, ...mapping.unknown]) {
      errorCount += 1;
      if (errors.length < listLimit) errors.push({ row: header.row, column: issue.column, reason: issue.reason });
    }

    const batchInput = {
      departmentCode: department.code,
      kind: kind.code,
      fileName: path.basename(options.file),
      fileHash: scan.hash,
      format: scan.format,
      mode: options.mode,
      operator: options.operator,
    };
    const summary = (batch: { batchId: number; status: 'committed' | 'rejected'; created: number; updated: number; unchanged: number; reason?: string }, totalRows: number, rejected: number): ImportResult => ({
      batchId: batch.batchId,
      status: batch.status,
      department: { code: department.code, name: department.name },
      kind: { code: kind.code, label: kind.label },
      format: scan.format,
      fileHash: scan.hash,
      totalRows,
      created: batch.created,
      updated: batch.updated,
      unchanged: batch.unchanged,
      rejected,
      errors,
      errorCount,
      warnings,
      warningCount,
      rejectionFile: rejectionWriter?.path ?? null,
      ...(batch.reason ? { reason: batch.reason } : {}),
    });

    if (mapping.missing.length > 0) {
      // Without a required column no row can be valid: refuse the file as a whole, before reading any row.
      const reason = `表头错误，未读取任何数据行：${mapping.missing.map((issue) => issue.reason).join('；')}`;
      const batch = await commitBatch(db, batchInput, [], () => ({ commit: false, totalRows: 0, rejectedRows: 0, reason }));
      return summary(batch, 0, 0);
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
    const rejectionPath = options.rejectionPath ?? (options.mode === 'accept-valid' ? defaultRejectionPath(options.file) : undefined);
    if (rejectionPath && path.resolve(rejectionPath) === path.resolve(options.file)) {
      throw new AppError('INVALID_INPUT', '错误数据文件不能与导入文件相同');
    }
    const keyNames = kind.naturalKey.map((key) => kind.fields.find((field) => field.key === key)?.header ?? key).join('+');
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    const firstRowOfKey = new Map<string, number>();
    const stopsAtFirstError = options.mode === 'all-or-nothing';
    let totalRows = 0;
    let validRows = 0;
    let rejectedRows = 0;
    let rowsWritten = 0;

    const report = () =>
      options.onProgress?.({ rowsRead: totalRows, rowsWritten, bytesRead: reader.bytesRead(), totalBytes: scan.size });

    const reject = async (source: SourceRow, rowErrors: RowError[]) => {
      rejectedRows += 1;
      errorCount += rowErrors.length;
      for (const error of rowErrors) if (errors.length < listLimit) errors.push(error);
      if (rejectionPath) {
        rejectionWriter ??= createRejectionWriter(rejectionPath, scan.format, headers);
        await rejectionWriter.write(source.cells, rowErrors.map((error) => `${error.column}:${error.reason}`).join('；'));
      }
    };

    async function* produceChunks(): AsyncGenerator<NormalizedRecord[]> {
      let chunk: NormalizedRecord[] = [];
      for (let next = await rows.next(); !next.done; next = await rows.next()) {
        const source = next.value;
        if (isBlankRow(source.cells)) continue;
        totalRows += 1;
        if (totalRows % PROGRESS_EVERY_ROWS === 0) report();
        const normalized = normalize(source.row, source.cells);
        const rowErrors = normalized.errors ?? [];
        for (const key of source.extraKeys ?? []) {
          rowErrors.push({ row: source.row, column: key, reason: `字段“${key}”不在第一条记录中（列以第一条记录的字段为准）` });
        }
        if (normalized.record) {
          const digest = keyDigest(normalized.record.naturalKey);
          const earlier = firstRowOfKey.get(digest);
          if (earlier !== undefined) {
            rowErrors.push({ row: source.row, column: keyNames, reason: `与第${earlier}行重复（${keyNames}相同：${normalized.record.naturalKey}），同一决定在一个文件中只能出现一次` });
          } else {
            firstRowOfKey.set(digest, source.row);
          }
        }
        if (rowErrors.length > 0) {
          await reject(source, rowErrors);
          continue;
        }
        validRows += 1;
        warningCount += normalized.warnings?.length ?? 0;
        for (const warning of normalized.warnings ?? []) if (warnings.length < listLimit) warnings.push(warning);
        // In all-or-nothing mode nothing is written after the first error: the batch will be refused anyway, and the
        // rest of the file is still read so every error is reported in one go.
        if (stopsAtFirstError && errorCount > 0) continue;
        chunk.push(normalized.record!);
        if (chunk.length >= chunkSize) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length > 0 && !(stopsAtFirstError && errorCount > 0)) yield chunk;
      report();
    }

    const decide = (): BatchDecision => {
      const batchWarnings = summarizeWarnings(warnings, warningCount);
      if (totalRows === 0) return { commit: false, totalRows, rejectedRows, reason: '文件只有表头，没有数据行' };
      if (stopsAtFirstError && errorCount > 0) {
        return { commit: false, totalRows, rejectedRows, warnings: batchWarnings, reason: `发现 ${errorCount} 处错误（涉及 ${rejectedRows} 行），整批未入库（全部正确才入库；可用 --accept-valid 只导入正确的行）` };
      }
      if (validRows === 0) return { commit: false, totalRows, rejectedRows, reason: `全部 ${totalRows} 行都有错误，没有可入库的数据` };
      return { commit: true, totalRows, rejectedRows, warnings: batchWarnings };
    };

    const batch = await commitBatch(db, batchInput, readAhead(produceChunks(), (chunk) => {
      rowsWritten += chunk.length;
      report();
    }), decide);
    await rejectionWriter?.close();
    return summary(batch, totalRows, rejectedRows);
  } finally {
    reader.close();
    await rejectionWriter?.close().catch(() => undefined);
  }
}
