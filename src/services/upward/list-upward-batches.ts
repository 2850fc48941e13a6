import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { mapEnterpriseRefsById } from '../../store/enterprise.repository.ts';
import { dataSetLabel, UPWARD_EVENT_LABELS, type UpwardEvent } from './upward-rows.ts';

export const UPWARD_ITEM_STATUS_LABELS = {
  pending: '待报送',
  sent: '已报送（待回执）',
  acknowledged: '已确认',
  rejected: '被退回',
} as const;
export const UPWARD_BATCH_STATUS_LABELS = {
  pending: '待报送',
  sent: '已报送（无回执）',
  acknowledged: '已回执',
} as const;

export interface UpwardBatchView {
  id: number;
  status: keyof typeof UPWARD_BATCH_STATUS_LABELS;
  statusLabel: string;
  itemCount: number;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  receiptId: string | null;
  acceptedCount: number | null;
  rejectedCount: number | null;
  sentAt: string | null;
  acknowledgedAt: string | null;
  createdAt: string;
}

export interface UpwardItemView {
  idempotencyKey: string;
  event: UpwardEvent;
  eventLabel: string;
  dataSetLabel: string;
  uscc: string;
  enterpriseName: string;
  recordId: number | null;
  recordVersion: number | null;
  periodDay: string;
  status: keyof typeof UPWARD_ITEM_STATUS_LABELS;
  statusLabel: string;
  reason: string | null;
}

export interface UpwardSummary {
  /** Items by state (待报送 includes items not yet in a batch). */
  counts: Record<keyof typeof UPWARD_ITEM_STATUS_LABELS, number>;
  packages: Array<{ day: string; items: number; files: number; generatedAt: string }>;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** Batches, newest first, with their receipts. */
export async function listUpwardBatches(
  db: Kysely<Database>,
  page: { limit: number; offset: number },
): Promise<{ items: UpwardBatchView[]; total: number }> {
  const [rows, total] = await Promise.all([
    db.selectFrom('upward_batches').selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    db
      .selectFrom('upward_batches')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(total.n),
    items: rows.map((row) => {
      const status = row.status as UpwardBatchView['status'];
      return {
        id: Number(row.id),
        status,
        statusLabel: UPWARD_BATCH_STATUS_LABELS[status],
        itemCount: Number(row.item_count),
        attempts: Number(row.attempts),
        nextAttemptAt: status === 'pending' ? iso(row.next_attempt_at) : null,
        lastError: row.last_error,
        receiptId: row.receipt_id,
        acceptedCount: row.accepted_count === null ? null : Number(row.accepted_count),
        rejectedCount: row.rejected_count === null ? null : Number(row.rejected_count),
        sentAt: iso(row.sent_at),
        acknowledgedAt: iso(row.acknowledged_at),
        createdAt: iso(row.created_at)!,
      };
    }),
  };
}

/** Items, in the order they happened, of a batch or of every batch, optionally of one state. */
export async function listUpwardItems(
  db: Kysely<Database>,
  filter: { batchId?: number; status?: UpwardItemView['status']; limit: number; offset: number },
): Promise<{ items: UpwardItemView[]; total: number }> {
  let query = db.selectFrom('upward_items as u');
  if (filter.batchId !== undefined) query = query.where('u.batch_id', '=', filter.batchId);
  if (filter.status) query = query.where('u.status', '=', filter.status);
  const [rows, total] = await Promise.all([
    query
      .select([
        'u.idempotency_key',
        'u.event',
        'u.data_set',
        'u.record_id',
        'u.version',
        sql<string>`to_char(u.period_day, 'YYYY-MM-DD')`.as('period_day'),
        'u.status',
        'u.reason',
        'u.enterprise_id',
      ])
      .orderBy('u.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const enterprises = await mapEnterpriseRefsById(
    db,
    rows.map((row) => row.enterprise_id),
  );
  return {
    total: Number(total.n),
    items: rows.map((row) => {
      const status = row.status as UpwardItemView['status'];
      const event = row.event as UpwardEvent;
      return {
        idempotencyKey: row.idempotency_key,
        event,
        eventLabel: UPWARD_EVENT_LABELS[event],
        dataSetLabel: dataSetLabel(row.data_set),
        uscc: enterprises.get(row.enterprise_id)!.uscc,
        enterpriseName: enterprises.get(row.enterprise_id)!.name,
        recordId: row.record_id === null ? null : Number(row.record_id),
        recordVersion: row.version === null ? null : Number(row.version),
        periodDay: row.period_day,
        status,
        statusLabel: UPWARD_ITEM_STATUS_LABELS[status],
        reason: row.reason,
      };
    }),
  };
}

/** Counts by state and the packages written, newest first. */
export async function summarizeUpwardSharing(db: Kysely<Database>): Promise<UpwardSummary> {
  const counts = { pending: 0, sent: 0, acknowledged: 0, rejected: 0 };
  const rows = await db
    .selectFrom('upward_items')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  for (const row of rows) counts[row.status as keyof typeof counts] = Number(row.n);
  const packages = await db
    .selectFrom('upward_packages')
    .select([sql<string>`to_char(period_day, 'YYYY-MM-DD')`.as('day'), 'manifest', 'created_at'])
    .orderBy('period_day', 'desc')
    .limit(30)
    .execute();
  return {
    counts,
    packages: packages.map((row) => {
      const manifest = (typeof row.manifest === 'string' ? JSON.parse(row.manifest) : row.manifest) as {
        counts: { total: number };
        files: unknown[];
      };
      return {
        day: row.day,
        items: manifest.counts.total,
        files: manifest.files.length,
        generatedAt: iso(row.created_at)!,
      };
    }),
  };
}
