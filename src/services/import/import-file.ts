import path from 'node:path';
import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { commitBatch, type BatchDecision, type BatchWarnings, type CommitOptions } from '../records/commit-batch.ts';
import type { RowError } from './normalize-row.ts';
import { openImportPipeline, type CheckedRow } from './open-import-pipeline.ts';
import type { SecretKey } from './protect-personal.ts';
import type { FileFormat } from './scan-file.ts';
import { createRejectionWriter, type RejectionWriter } from './write-rejections.ts';

export { resolveDepartment } from './open-import-pipeline.ts';

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
  /** Called for each valid row handed to the store, e.g. to tell which record a pushed row became. */
  onRecordAccepted?: (record: NormalizedRecord) => void;
  /** How the rows are written and who is told how long each step took (commit-batch.ts). */
  commit?: CommitOptions;
  /** The queued job the import runs for (recorded on its batch: see runQueuedImport). */
  jobId?: string;
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
  const lines = warnings
    .slice(0, SUMMARIZED_WARNINGS)
    .map((warning) => `第${warning.row}行 ${warning.column}：${warning.reason}`);
  if (count > lines.length) lines.push(`……共 ${count} 处警告`);
  return { count, summary: lines.join('\n') };
}

export function defaultRejectionPath(file: string): string {
  const extension = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, extension)}.rejected${extension || '.csv'}`);
}

/**
 * Imports one department file as one batch (the use case behind `xinping import`). The file is streamed: rows are
 * read, validated and written in chunks inside one transaction (commitBatch), so memory stays bounded and a crash
 * leaves the store as it was. All-or-nothing by default; in accept-valid mode the valid rows are stored and the
 * others written to a rejection file in the input's format.
 */
export async function importFile(db: Kysely<Database>, options: ImportOptions): Promise<ImportResult> {
  const pipeline = await openImportPipeline(db, {
    file: options.file,
    department: options.department,
    kind: options.kind,
    secretKey: options.secretKey,
    today: options.today,
  });
  const { scan, department, kind, headers, mapping } = pipeline;
  const listLimit = options.maxListedErrors ?? DEFAULT_LISTED_ERRORS;
  const errors: RowError[] = pipeline.headerErrors.slice(0, listLimit);
  let errorCount = pipeline.headerErrors.length;
  const warnings: RowError[] = [];
  let warningCount = 0;
  let rejectionWriter: RejectionWriter | undefined;
  try {
    const batchInput = {
      departmentCode: department.code,
      kind: kind.code,
      fileName: pipeline.fileName,
      fileHash: scan.hash,
      format: scan.format,
      mode: options.mode,
      operator: options.operator,
      jobId: options.jobId,
    };
    const summary = (
      batch: {
        batchId: number;
        status: 'committed' | 'rejected';
        created: number;
        updated: number;
        unchanged: number;
        reason?: string;
      },
      totalRows: number,
      rejected: number,
    ): ImportResult => ({
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
      const batch = await commitBatch(db, batchInput, [], () => ({
        commit: false,
        totalRows: 0,
        rejectedRows: 0,
        reason,
      }));
      return summary(batch, 0, 0);
    }

    const rejectionPath =
      options.rejectionPath ?? (options.mode === 'accept-valid' ? defaultRejectionPath(options.file) : undefined);
    if (rejectionPath && path.resolve(rejectionPath) === path.resolve(options.file)) {
      throw new AppError('INVALID_INPUT', '错误数据文件不能与导入文件相同');
    }
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    const stopsAtFirstError = options.mode === 'all-or-nothing';
    let totalRows = 0;
    let validRows = 0;
    let rejectedRows = 0;
    let rowsWritten = 0;

    const report = () =>
      options.onProgress?.({
        rowsRead: totalRows,
        rowsWritten,
        bytesRead: pipeline.bytesRead(),
        totalBytes: scan.size,
      });

    const reject = async ({ source, errors: rowErrors }: CheckedRow) => {
      rejectedRows += 1;
      errorCount += rowErrors.length;
      for (const error of rowErrors) if (errors.length < listLimit) errors.push(error);
      if (rejectionPath) {
        rejectionWriter ??= createRejectionWriter(rejectionPath, scan.format, headers);
        await rejectionWriter.write(
          source.cells,
          rowErrors.map((error) => `${error.column}：${error.reason}`).join('；'),
        );
      }
    };

    async function* produceChunks(): AsyncGenerator<NormalizedRecord[]> {
      let chunk: NormalizedRecord[] = [];
      for await (const row of pipeline.rows()) {
        totalRows += 1;
        if (totalRows % PROGRESS_EVERY_ROWS === 0) report();
        if (row.errors.length > 0) {
          await reject(row);
          continue;
        }
        validRows += 1;
        warningCount += row.warnings.length;
        for (const warning of row.warnings) if (warnings.length < listLimit) warnings.push(warning);
        // In all-or-nothing mode nothing is written after the first error: the batch will be refused anyway, and the
        // rest of the file is still read so every error is reported in one go.
        if (stopsAtFirstError && errorCount > 0) continue;
        chunk.push(row.record!);
        options.onRecordAccepted?.(row.record!);
        if (chunk.length >= chunkSize) {
          yield* handOver(chunk);
          chunk = [];
        }
      }
      if (chunk.length > 0 && !(stopsAtFirstError && errorCount > 0)) yield* handOver(chunk);
      report();
    }

    /** Yields a chunk to the store (commitBatch reads ahead of its merges) and counts it as written once taken. */
    function* handOver(chunk: NormalizedRecord[]): Generator<NormalizedRecord[]> {
      yield chunk;
      rowsWritten += chunk.length;
      report();
    }

    const decide = (): BatchDecision => {
      const batchWarnings = summarizeWarnings(warnings, warningCount);
      if (totalRows === 0) return { commit: false, totalRows, rejectedRows, reason: '文件只有表头，没有数据行' };
      if (stopsAtFirstError && errorCount > 0) {
        return {
          commit: false,
          totalRows,
          rejectedRows,
          warnings: batchWarnings,
          reason: `发现 ${errorCount} 处错误（涉及 ${rejectedRows} 行），整批未入库（全部正确才入库；可用 --accept-valid 只导入正确的行）`,
        };
      }
      if (validRows === 0)
        return { commit: false, totalRows, rejectedRows, reason: `全部 ${totalRows} 行都有错误，没有可入库的数据` };
      return { commit: true, totalRows, rejectedRows, warnings: batchWarnings };
    };

    const batch = await commitBatch(db, batchInput, produceChunks(), decide, options.commit);
    await rejectionWriter?.close();
    return summary(batch, totalRows, rejectedRows);
  } finally {
    pipeline.close();
    await rejectionWriter?.close().catch(() => undefined);
  }
}
