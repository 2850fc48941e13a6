import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { AuditAction } from '../../domain/audit-actions.ts';
import type { Database } from '../../store/database.ts';

export interface AuditEventInput {
  actor: string;
  action: AuditAction;
  subjectType: string;
  subjectId: string;
  payload: Record<string, unknown>;
}

export interface AuditEvent extends AuditEventInput {
  seq: number;
  occurredAt: string;
  prevHash: string;
  hash: string;
}

/** The hash that precedes the first event. */
export const GENESIS_HASH = '0'.repeat(64);

// Any constant works; it only has to be the same for every writer of the trail.
const AUDIT_LOCK_KEY = 7_263_001;

/** JSON with object keys sorted at every level, so the same event always hashes the same. Hot: called per record. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let out = '[';
    for (let index = 0; index < value.length; index++) out += (index > 0 ? ',' : '') + canonicalJson(value[index]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(object).sort()) {
    const item = object[key];
    if (item === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}

export function hashAuditEvent(prevHash: string, event: Omit<AuditEvent, 'prevHash' | 'hash'>): string {
  const body = canonicalJson({
    seq: event.seq,
    occurredAt: event.occurredAt,
    actor: event.actor,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    payload: event.payload,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * Appends one event to the chain inside the caller's transaction. Writers are serialised by a transaction-scoped
 * advisory lock, so the chain never forks; the event is committed or rolled back with the change it describes.
 * The event follows the chain head (audit_heads), not the last row of audit_events: if events were removed behind
 * the platform's back, the next event still links to the removed one, so the gap stays visible to `audit verify`
 * instead of being papered over.
 */
export async function appendAuditEvent(trx: Transaction<Database>, input: AuditEventInput): Promise<AuditEvent> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  const head = await trx.selectFrom('audit_heads').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  // The migration creates the head and a trigger forbids deleting it: a missing head means tampering, so refuse to
  // write rather than start a second chain.
  if (!head) throw new AppError('INTERNAL', '审计链头记录缺失,已停止写入。请运行 xinping audit verify 检查审计链。', { message: 'audit_heads row is missing' });
  const seq = head.seq + 1;
  const prevHash = head.hash;
  const occurredAt = new Date().toISOString();
  const event = { ...input, seq, occurredAt };
  const hash = hashAuditEvent(prevHash, event);
  await trx
    .insertInto('audit_events')
    .values({
      seq,
      occurred_at: occurredAt,
      actor: input.actor,
      action: input.action,
      subject_type: input.subjectType,
      subject_id: input.subjectId,
      payload: JSON.stringify(input.payload),
      prev_hash: prevHash,
      hash,
    })
    .execute();
  await trx.updateTable('audit_heads').set({ seq, hash, updated_at: occurredAt }).where('id', '=', 1).execute();
  return { ...event, prevHash, hash };
}

/** Runs `work` in a transaction unless `db` already is one. */
export async function inTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  return db.transaction().execute(work);
}
