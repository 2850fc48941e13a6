import type { Kysely, Selectable } from 'kysely';
import { AUDIT_ACTIONS, isAuditAction } from '../../domain/audit-actions.ts';
import { AppError } from '../../domain/app-error.ts';
import { endOfDistrictDay, startOfDistrictDay } from '../../domain/district-date.ts';
import type { AuditEventTable, Database } from '../../store/database.ts';

export interface AuditEventListItem {
  seq: number;
  occurredAt: string;
  actor: string;
  action: string;
  /** The action's Chinese label from the closed list (the code itself if the list no longer has it). */
  actionLabel: string;
  subjectType: string;
  subjectId: string;
  payload: Record<string, unknown>;
  hash: string;
}

export interface AuditEventQuery {
  limit?: number;
  /** Events skipped (paging by position, newest first). */
  offset?: number;
  /** Only events with seq below this (paging back through the trail). */
  beforeSeq?: number;
  action?: string;
  /** Part of the actor (username, or "name(令牌 n)"), case-insensitive. */
  actor?: string;
  subjectType?: string;
  subjectId?: string;
  /** First and last day (YYYY-MM-DD, Beijing time), both included. */
  from?: string;
  to?: string;
}

/** One event in full: the listing plus the link to the event before it. */
export interface AuditEventDetail extends AuditEventListItem {
  prevHash: string;
}

/** Reads the audit trail newest first, optionally one action only. */
export async function listAuditEvents(db: Kysely<Database>, query: AuditEventQuery = {}): Promise<{ total: number; items: AuditEventListItem[] }> {
  const { action } = query;
  if (action !== undefined && !isAuditAction(action)) {
    throw new AppError('INVALID_INPUT', `未知的审计动作“${action}”,可选:${Object.keys(AUDIT_ACTIONS).join('、')}`);
  }
  const limit = query.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1) throw new AppError('INVALID_INPUT', `--limit 应为正整数,实际为“${query.limit}”`);

  if (query.from && query.to && query.from > query.to) throw new AppError('INVALID_INPUT', `起始日期 ${query.from} 晚于截止日期 ${query.to}`);
  let base = db.selectFrom('audit_events');
  if (action) base = base.where('action', '=', action);
  if (query.actor) base = base.where('actor', 'ilike', `%${query.actor.replace(/[\\%_]/g, (character) => `\\${character}`)}%`);
  if (query.subjectType) base = base.where('subject_type', '=', query.subjectType);
  if (query.subjectId) base = base.where('subject_id', '=', query.subjectId);
  if (query.from) base = base.where('occurred_at', '>=', startOfDistrictDay(query.from));
  if (query.to) base = base.where('occurred_at', '<', endOfDistrictDay(query.to));
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  let page = base.selectAll().orderBy('seq', 'desc').limit(limit);
  if (query.beforeSeq !== undefined) page = page.where('seq', '<', query.beforeSeq);
  if (query.offset) page = page.offset(query.offset);
  const rows = await page.execute();
  return { total: Number(total), items: rows.map(toListItem) };
}

/** One event by its seq, with its link to the previous one; NOT_FOUND when the trail has no such event. */
export async function findAuditEvent(db: Kysely<Database>, seq: number): Promise<AuditEventDetail> {
  const row = await db.selectFrom('audit_events').selectAll().where('seq', '=', seq).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `审计链中没有序号为 ${seq} 的事件`);
  return { ...toListItem(row), prevHash: row.prev_hash };
}

function toListItem(row: Selectable<AuditEventTable>): AuditEventListItem {
  return {
    seq: Number(row.seq),
    occurredAt: new Date(row.occurred_at).toISOString(),
    actor: row.actor,
    action: row.action,
    actionLabel: isAuditAction(row.action) ? AUDIT_ACTIONS[row.action] : row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    payload: row.payload as Record<string, unknown>,
    hash: row.hash,
  };
}
