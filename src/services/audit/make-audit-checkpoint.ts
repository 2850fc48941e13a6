import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import {
  findAuditCheckpointOn,
  findAuditEventHashAlgorithm,
  insertAuditCheckpoint,
  listAuditCheckpointRows,
  readAuditHead,
} from '../../store/audit.repository.ts';
import type { Database } from '../../store/database.ts';
import type { HashAlgorithm } from '../crypto/crypto-suite.ts';
import { signData, type SigningKey } from '../crypto/signing-key.ts';
import { appendAuditEvent, inTransaction } from './append-audit-event.ts';
import { checkpointFromRow, signedCheckpointText, type AuditCheckpoint } from './audit-checkpoint.ts';

export const CHECKPOINT_OPERATOR = '审计链检查点';

/**
 * Makes today's checkpoint of the audit chain head, signed with the platform's key, or returns the one already made
 * today (the server's daily runner and `xinping audit checkpoint` may both run; one checkpoint per district day).
 * The head read is a committed one, so the checkpoint names an event that exists; the `audit.checkpointed` event
 * then follows it in the chain. Two makers racing on the same day: the unique day refuses the second.
 */
export async function makeAuditCheckpoint(
  db: Kysely<Database>,
  key: SigningKey,
  options: { now?: Date; operator?: string } = {},
): Promise<{ checkpoint: AuditCheckpoint; isNew: boolean }> {
  const now = options.now ?? new Date();
  const madeOn = todayInDistrict(now);
  return inTransaction(db, async (trx) => {
    const existing = await findAuditCheckpointOn(trx, madeOn);
    if (existing) return { checkpoint: checkpointFromRow(existing), isNew: false };
    const head = await readAuditHead(trx);
    if (!head)
      throw new AppError('INTERNAL', '审计链头记录缺失，不能签发检查点。请运行 xinping audit verify 检查审计链。', {
        message: 'audit_heads row is missing',
      });
    const facts = {
      seq: head.seq,
      headHash: head.hash,
      hashAlgorithm: ((await findAuditEventHashAlgorithm(trx, head.seq)) ?? 'sha256') as HashAlgorithm,
      madeOn,
      madeAt: now.toISOString(),
    };
    const signature = signData(key, signedCheckpointText(facts));
    const row = await insertAuditCheckpoint(trx, {
      made_on: madeOn,
      seq: facts.seq,
      head_hash: facts.headHash,
      hash_algorithm: facts.hashAlgorithm,
      made_at: facts.madeAt,
      signature_algorithm: key.algorithm,
      signature,
      public_key: key.publicKeyPem,
      public_key_fingerprint: key.fingerprint,
    });
    await appendAuditEvent(trx, {
      actor: options.operator ?? CHECKPOINT_OPERATOR,
      action: 'audit.checkpointed',
      subjectType: 'audit_checkpoint',
      subjectId: madeOn,
      payload: {
        seq: facts.seq,
        headHash: facts.headHash,
        signatureAlgorithm: key.algorithm,
        publicKeyFingerprint: key.fingerprint,
      },
    });
    return { checkpoint: checkpointFromRow(row), isNew: true };
  });
}

/** Published checkpoints, newest first. */
export async function listAuditCheckpoints(
  db: Kysely<Database>,
  page: { limit: number; offset: number },
): Promise<{ items: AuditCheckpoint[]; total: number }> {
  const { rows, total } = await listAuditCheckpointRows(db, page);
  return { items: rows.map(checkpointFromRow), total };
}

/** The latest published checkpoint, or null before the first (the sharing feed carries it). */
export async function findLatestAuditCheckpoint(db: Kysely<Database>): Promise<AuditCheckpoint | null> {
  const { rows } = await listAuditCheckpointRows(db, { limit: 1, offset: 0 });
  return rows[0] ? checkpointFromRow(rows[0]) : null;
}
