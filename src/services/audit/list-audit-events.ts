import type { Kysely } from 'kysely';
import { AUDIT_ACTIONS, isAuditAction } from '../../domain/audit-actions.ts';
import { AppError } from '../../domain/app-error.ts';
import { endOfDistrictDay, startOfDistrictDay } from '../../domain/district-date.ts';
import { findAuditEventRow, listAuditEventRows, type AuditEventRow } from '../../store/audit.repository.ts';
import type { Database } from '../../store/database.ts';

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
export async function listAuditEvents(
  db: Kysely<Database>,
  query: AuditEventQuery = {},
): Promise<{ total: number; items: AuditEventListItem[] }> {
  const { action } = query;
  if (action !== undefined && !isAuditAction(action)) {
    throw new AppError('INVALID_INPUT', `未知的审计动作“${action}”，可选：${Object.keys(AUDIT_ACTIONS).join('、')}`);
  }
  const limit = query.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1)
    throw new AppError('INVALID_INPUT', `--limit 应为正整数，实际为“${query.limit}”`);

  if (query.from && query.to && query.from > query.to)
    throw new AppError('INVALID_INPUT', `起始日期 ${query.from} 晚于截止日期 ${query.to}`);
  const { total, rows } = await listAuditEventRows(
    db,
    {
      action,
      actorPart: query.actor,
      subjectType: query.subjectType,
      subjectId: query.subjectId,
      from: query.from ? startOfDistrictDay(query.from) : undefined,
      before: query.to ? endOfDistrictDay(query.to) : undefined,
    },
    { limit, offset: query.offset, beforeSeq: query.beforeSeq },
  );
  return { total, items: rows.map(toListItem) };
}

/** One event by its seq, with its link to the previous one; NOT_FOUND when the trail has no such event. */
export async function findAuditEvent(db: Kysely<Database>, seq: number): Promise<AuditEventDetail> {
  const row = await findAuditEventRow(db, seq);
  if (!row) throw new AppError('NOT_FOUND', `审计链中没有序号为 ${seq} 的事件`);
  return { ...toListItem(row), prevHash: row.prev_hash };
}

function toListItem(row: AuditEventRow): AuditEventListItem {
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
