import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { AuditAction } from '../../domain/audit-actions.ts';
import { canonicalJson } from '../../domain/canonical-json.ts';
import { lockAuditChain, readAuditHead, writeAuditEvent } from '../../store/audit.repository.ts';
import type { Database } from '../../store/database.ts';
import { readRecordVersionLines, takeUnbatchedVersions } from '../../store/record.repository.ts';
import { digestHex, hashAlgorithmOf, readCryptoSuite, type HashAlgorithm } from '../crypto/crypto-suite.ts';

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
  hashAlgorithm: HashAlgorithm;
}

/** What an event's hash covers. The action is any stored text: verification hashes an action the list no longer has. */
export type HashedAuditEvent = Omit<AuditEvent, 'prevHash' | 'hash' | 'hashAlgorithm' | 'action'> & { action: string };

/** The hash that precedes the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * hash = H(prevHash ‖ '\n' ‖ canonical event). H is the event's own algorithm: SHA-256 for events chained before SM3
 * was introduced (their body is unchanged, so they still verify), SM3 by default since; an event chained with SM3 also
 * names its algorithm in the body, so the column cannot be switched without recomputing the hash.
 */
export function hashAuditEvent(prevHash: string, event: HashedAuditEvent, algorithm: HashAlgorithm = 'sha256'): string {
  const body = canonicalJson({
    seq: event.seq,
    occurredAt: event.occurredAt,
    actor: event.actor,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    payload: event.payload,
    hashAlgorithm: algorithm === 'sha256' ? undefined : algorithm,
  });
  return digestHex(algorithm, prevHash, '\n', body);
}

/** The digest an event keeps of the record versions it lists, with the event's hash algorithm. */
export async function digestRecordVersions(
  db: Kysely<Database>,
  algorithm: HashAlgorithm,
  versions: [number, number][],
): Promise<string> {
  return digestHex(algorithm, (await readRecordVersionLines(db, versions)).join('\n'));
}

/**
 * Appends one event to the chain inside the caller's transaction. Writers are serialised by a transaction-scoped
 * advisory lock, so the chain never forks; the event is committed or rolled back with the change it describes.
 * The event follows the chain head (audit_heads), not the last row of audit_events: if events were removed behind
 * the platform's back, the next event still links to the removed one, so the gap stays visible to `audit verify`
 * instead of being papered over.
 */
export async function appendAuditEvent(trx: Transaction<Database>, input: AuditEventInput): Promise<AuditEvent> {
  await lockAuditChain(trx);
  const head = await readAuditHead(trx);
  // The migration creates the head and a trigger forbids deleting it: a missing head means tampering, so refuse to
  // write rather than start a second chain.
  if (!head)
    throw new AppError('INTERNAL', '审计链头记录缺失，已停止写入。请运行 xinping audit verify 检查审计链。', {
      message: 'audit_heads row is missing',
    });
  const seq = head.seq + 1;
  const prevHash = head.hash;
  const occurredAt = new Date().toISOString();
  const hashAlgorithm = hashAlgorithmOf(readCryptoSuite());
  // Whatever wrote record versions outside an import batch in this transaction (a declaration approved, an objection
  // corrected or revoked, a repair, a commitment marked), its event lists them with their digest.
  const versions = takeUnbatchedVersions(trx);
  const payload =
    versions.length === 0
      ? input.payload
      : {
          ...input.payload,
          recordVersions: versions,
          recordVersionsDigest: await digestRecordVersions(trx, hashAlgorithm, versions),
        };
  const event = { ...input, payload, seq, occurredAt };
  const hash = hashAuditEvent(prevHash, event, hashAlgorithm);
  await writeAuditEvent(trx, {
    seq,
    occurred_at: occurredAt,
    actor: input.actor,
    action: input.action,
    subject_type: input.subjectType,
    subject_id: input.subjectId,
    payload: JSON.stringify(payload),
    prev_hash: prevHash,
    hash,
    hash_algorithm: hashAlgorithm,
  });
  return { ...event, prevHash, hash, hashAlgorithm };
}

/** Runs `work` in a transaction unless `db` already is one. */
export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  return db.transaction().execute(work);
}
