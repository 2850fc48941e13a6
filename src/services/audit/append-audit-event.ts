import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
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

/** JSON with object keys sorted at every level, so the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
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
 */
export async function appendAuditEvent(trx: Transaction<Database>, input: AuditEventInput): Promise<AuditEvent> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  const last = await trx.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
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
  return { ...event, prevHash, hash };
}

/** Runs `work` in a transaction unless `db` already is one. */
export async function inTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  return db.transaction().execute(work);
}
