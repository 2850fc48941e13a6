import type { Kysely } from 'kysely';
import { todayInDistrict } from '../../domain/district-date.ts';
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
export async function makeAuditCheckpoint(db: Kysely<Database>, key: SigningKey, options: { now?: Date; operator?: string } = {}): Promise<{ checkpoint: AuditCheckpoint; isNew: boolean }> {
  const now = options.now ?? new Date();
  const madeOn = todayInDistrict(now);
  return inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('audit_checkpoints').selectAll().where('made_on', '=', madeOn).executeTakeFirst();
    if (existing) return { checkpoint: checkpointFromRow(existing), isNew: false };
    const head = await trx.selectFrom('audit_heads').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
    const headEvent = await trx.selectFrom('audit_events').select('hash_algorithm').where('seq', '=', head.seq).executeTakeFirst();
    const facts = { seq: head.seq, headHash: head.hash, hashAlgorithm: (headEvent?.hash_algorithm ?? 'sha256') as HashAlgorithm, madeOn, madeAt: now.toISOString() };
    const signature = signData(key, signedCheckpointText(facts));
    const row = await trx
      .insertInto('audit_checkpoints')
      .values({
        made_on: madeOn,
        seq: facts.seq,
        head_hash: facts.headHash,
        hash_algorithm: facts.hashAlgorithm,
        made_at: facts.madeAt,
        signature_algorithm: key.algorithm,
        signature,
        public_key: key.publicKeyPem,
        public_key_fingerprint: key.fingerprint,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actor: options.operator ?? CHECKPOINT_OPERATOR,
      action: 'audit.checkpointed',
      subjectType: 'audit_checkpoint',
      subjectId: madeOn,
      payload: { seq: facts.seq, headHash: facts.headHash, signatureAlgorithm: key.algorithm, publicKeyFingerprint: key.fingerprint },
    });
    return { checkpoint: checkpointFromRow(row), isNew: true };
  });
}

/** Published checkpoints, newest first. */
export async function listAuditCheckpoints(db: Kysely<Database>, page: { limit: number; offset: number }): Promise<{ items: AuditCheckpoint[]; total: number }> {
  const rows = await db.selectFrom('audit_checkpoints').selectAll().orderBy('made_on', 'desc').limit(page.limit).offset(page.offset).execute();
  const total = await db.selectFrom('audit_checkpoints').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return { items: rows.map(checkpointFromRow), total: Number(total.count) };
}
