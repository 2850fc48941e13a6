import { sql, type Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import type { Database } from '../../store/database.ts';
import { loadActorNames } from '../../store/user.repository.ts';
import { BATCH_STATUS_LABELS, type BatchStatus } from '../../domain/batch-status.ts';
import { markInterruptedBatches } from './mark-interrupted-batches.ts';

export interface ImportBatchSummary {
  id: number;
  departmentCode: string;
  departmentName: string;
  kind: string;
  kindLabel: string;
  fileName: string;
  format: string;
  mode: string;
  status: string;
  /** 进行中, 已入库, 整批拒收 or 中断. */
  statusLabel: string;
  operator: string;
  /** Who imported the batch, by display name. */
  operatorName: string;
  totalRows: number;
  createdRows: number;
  updatedRows: number;
  unchangedRows: number;
  rejectedRows: number;
  /** Why a refused batch was refused, in Chinese. */
  errorSummary: string | null;
  /** Warnings on stored rows (e.g. 公示截止期 differing from the computed end): the count and the first ones. */
  warningCount: number;
  warningSummary: string | null;
  startedAt: string;
  finishedAt: string | null;
}

/**
 * The import batches, newest first, optionally of one department or status (数据归集: batch history). Batches left
 * open by a process that is gone are marked 中断 first, so the list never shows a dead import as running.
 */
export async function listImportBatches(
  db: Kysely<Database>,
  filter: { departmentCode?: string; status?: string; limit: number; offset: number },
): Promise<{ total: number; items: ImportBatchSummary[] }> {
  await markInterruptedBatches(db);
  let query = db.selectFrom('import_batches');
  if (filter.departmentCode) query = query.where('department_code', '=', filter.departmentCode);
  if (filter.status) query = query.where('status', '=', filter.status);
  const [count, rows] = await Promise.all([
    query.select(sql<number>`count(*)`.as('count')).executeTakeFirstOrThrow(),
    query.selectAll().orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute(),
  ]);
  const catalog = loadCatalog();
  const nameOf = await loadActorNames(
    db,
    rows.map((row) => row.operator),
  );
  return {
    total: Number(count.count),
    items: rows.map((row) => ({
      id: row.id,
      departmentCode: row.department_code,
      departmentName: catalog.department(row.department_code)?.name ?? row.department_code,
      kind: row.kind,
      kindLabel: catalog.kind(row.kind)?.label ?? row.kind,
      fileName: row.file_name,
      format: row.format,
      mode: row.mode,
      status: row.status,
      statusLabel: BATCH_STATUS_LABELS[row.status as BatchStatus] ?? row.status,
      operator: row.operator,
      operatorName: nameOf(row.operator),
      totalRows: row.total_rows,
      createdRows: row.created_rows,
      updatedRows: row.updated_rows,
      unchangedRows: row.unchanged_rows,
      rejectedRows: row.rejected_rows,
      errorSummary: row.error_summary,
      warningCount: row.warning_count,
      warningSummary: row.warning_summary,
      startedAt: row.started_at.toISOString(),
      finishedAt: row.finished_at?.toISOString() ?? null,
    })),
  };
}

/** One batch's department (for the scope check of its rejection file), or undefined. */
export async function findBatchDepartment(db: Kysely<Database>, id: number): Promise<string | undefined> {
  return (await db.selectFrom('import_batches').select('department_code').where('id', '=', id).executeTakeFirst())
    ?.department_code;
}
