import type { Kysely, Selectable } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import type { Database, DepartmentPushReceiptTable } from '../../store/database.ts';
import { loadActorNames } from '../../store/user.repository.ts';

export const PUSH_ROW_STATUS_LABELS = {
  accepted: '已接收',
  duplicate: '重复（此前已接收）',
  refused: '未接收',
} as const;
export type PushRowStatus = keyof typeof PUSH_ROW_STATUS_LABELS;
export const PUSH_ROW_OUTCOME_LABELS = { created: '新增', updated: '更正（新版本）', unchanged: '内容未变' } as const;
export type PushRowOutcome = keyof typeof PUSH_ROW_OUTCOME_LABELS;

/** A push as the department's list shows it: when, by whom, how many rows were accepted and refused. */
export interface PushReceiptSummary {
  receiptId: number;
  departmentCode: string;
  operator: string;
  /** Who pushed, by display name, with the token's number (loadActorNames). */
  operatorName: string;
  receivedAt: string;
  totalRows: number;
  accepted: number;
  duplicates: number;
  refused: number;
}

export interface PushReceiptRow {
  row: number;
  idempotencyKey: string;
  kind: string | null;
  kindLabel: string | null;
  status: PushRowStatus;
  statusLabel: string;
  outcome: PushRowOutcome | null;
  outcomeLabel: string | null;
  recordId: number | null;
  recordVersion: number | null;
  batchId: number | null;
  field: string | null;
  reason: string | null;
}

/** The receipt of one push: every row, accepted with its record and version, or refused with field and reason. */
export interface PushReceipt extends PushReceiptSummary {
  rows: PushReceiptRow[];
}

function toSummary(row: Selectable<DepartmentPushReceiptTable>, nameOf: (actor: string) => string): PushReceiptSummary {
  return {
    receiptId: row.id,
    departmentCode: row.department_code,
    operator: row.operator,
    operatorName: nameOf(row.operator),
    receivedAt: new Date(row.received_at).toISOString(),
    totalRows: row.total_rows,
    accepted: row.accepted_rows,
    duplicates: row.duplicate_rows,
    refused: row.refused_rows,
  };
}

/** A department's push receipts, newest first. */
export async function listPushReceipts(
  db: Kysely<Database>,
  departmentCode: string,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: PushReceiptSummary[] }> {
  const base = db.selectFrom('department_push_receipts').where('department_code', '=', departmentCode);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base.selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
  const nameOf = await loadActorNames(
    db,
    rows.map((row) => row.operator),
  );
  return { total: Number(total), items: rows.map((row) => toSummary(row, nameOf)) };
}

/** One receipt of the department; another department's receipt does not exist for it. */
export async function showPushReceipt(
  db: Kysely<Database>,
  target: { departmentCode: string; receiptId: number },
): Promise<PushReceipt> {
  const receipt = await db
    .selectFrom('department_push_receipts')
    .selectAll()
    .where('id', '=', target.receiptId)
    .where('department_code', '=', target.departmentCode)
    .executeTakeFirst();
  if (!receipt) throw new AppError('NOT_FOUND', `回执 ${target.receiptId} 不存在`);
  const rows = await db
    .selectFrom('department_push_rows')
    .selectAll()
    .where('receipt_id', '=', receipt.id)
    .orderBy('row_number')
    .execute();
  const catalog = loadCatalog();
  return {
    ...toSummary(receipt, await loadActorNames(db, [receipt.operator])),
    rows: rows.map((row) => {
      const status = row.status as PushRowStatus;
      const outcome = row.outcome as PushRowOutcome | null;
      return {
        row: row.row_number,
        idempotencyKey: row.idempotency_key,
        kind: row.kind,
        kindLabel: row.kind ? (catalog.kind(row.kind)?.label ?? row.kind) : null,
        status,
        statusLabel: PUSH_ROW_STATUS_LABELS[status],
        outcome,
        outcomeLabel: outcome ? PUSH_ROW_OUTCOME_LABELS[outcome] : null,
        recordId: row.record_id,
        recordVersion: row.record_version,
        batchId: row.batch_id,
        field: row.field,
        reason: row.reason,
      };
    }),
  };
}
