import type { Kysely } from 'kysely';
import { AUDIT_ACTIONS, isAuditAction } from '../../domain/audit-actions.ts';
import { AppError } from '../../domain/app-error.ts';
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
  /** Only events with seq below this (paging back through the trail). */
  beforeSeq?: number;
  action?: string;
}

/** Reads the audit trail newest first, optionally one action only. */
export async function listAuditEvents(db: Kysely<Database>, query: AuditEventQuery = {}): Promise<{ total: number; items: AuditEventListItem[] }> {
  const { action } = query;
  if (action !== undefined && !isAuditAction(action)) {
    throw new AppError('INVALID_INPUT', `未知的审计动作“${action}”,可选:${Object.keys(AUDIT_ACTIONS).join('、')}`);
  }
  const limit = query.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1) throw new AppError('INVALID_INPUT', `--limit 应为正整数,实际为“${query.limit}”`);

  let base = db.selectFrom('audit_events');
  if (action) base = base.where('action', '=', action);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  let page = base.selectAll().orderBy('seq', 'desc').limit(limit);
  if (query.beforeSeq !== undefined) page = page.where('seq', '<', query.beforeSeq);
  const rows = await page.execute();
  return {
    total: Number(total),
    items: rows.map((row) => ({
      seq: row.seq,
      occurredAt: new Date(row.occurred_at).toISOString(),
      actor: row.actor,
      action: row.action,
      actionLabel: isAuditAction(row.action) ? AUDIT_ACTIONS[row.action] : row.action,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      payload: row.payload as Record<string, unknown>,
      hash: row.hash,
    })),
  };
}
