import type { Kysely } from 'kysely';
import { findLatestAuditPayload } from '../../store/audit.repository.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { DataKeyRing } from './data-cipher.ts';

/**
 * Records in the audit trail which algorithm (SM4, or AES-256 where a deployment must use international algorithms:
 * XINPING_CRYPTO=intl) and which key the platform encrypts with, whenever that differs from the last record
 * (docs/security.md, 个人信息存储加密). Returns whether an event was appended.
 */
export async function recordCryptoChoice(db: Kysely<Database>, ring: DataKeyRing, actor: string): Promise<boolean> {
  const choice = {
    algorithm: ring.algorithm === 'sm4' ? 'SM4' : 'AES-256',
    keyId: ring.current.id,
    readableKeys: [...ring.keys.keys()].sort(),
  };
  return db.transaction().execute(async (trx) => {
    const previous = (await findLatestAuditPayload(trx, 'crypto.configured')) as
      | { algorithm?: string; keyId?: string }
      | undefined;
    if (previous?.algorithm === choice.algorithm && previous.keyId === choice.keyId) return false;
    await appendAuditEvent(trx, {
      actor,
      action: 'crypto.configured',
      subjectType: 'platform',
      subjectId: 'data-encryption',
      payload: choice,
    });
    return true;
  });
}
