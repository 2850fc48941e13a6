import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { protectPersonal, revealPersonal, type SecretKey } from '../import/protect-personal.ts';
import { fieldKeyId } from './data-cipher.ts';

/**
 * Re-encrypts the single-value ciphers under the current key: visitors' phone numbers (requests) and webhook secrets
 * (subscriptions). Record fields are not rewritten: their ciphers are part of each record version's content hash, and
 * older keys stay in the ring for reading them.
 */
export async function reencryptStoredValues(db: Kysely<Database>, key: SecretKey): Promise<{ rewritten: number }> {
  const isCurrent = (cipher: string) =>
    fieldKeyId(cipher) === key.ring.current.id &&
    cipher.startsWith(`v2:${key.ring.algorithm === 'sm4' ? 'sm4' : 'aes'}:`);
  const renew = (cipher: string) => protectPersonal(revealPersonal({ masked: '', cipher }, key), key).cipher;
  let rewritten = 0;
  await db.transaction().execute(async (trx) => {
    for (const row of await trx
      .selectFrom('requests')
      .select(['id', 'phone_cipher'])
      .where('phone_cipher', 'is not', null)
      .execute()) {
      if (isCurrent(row.phone_cipher!)) continue;
      await trx
        .updateTable('requests')
        .set({ phone_cipher: renew(row.phone_cipher!) })
        .where('id', '=', row.id)
        .execute();
      rewritten += 1;
    }
    for (const row of await trx
      .selectFrom('subscriptions')
      .select(['id', 'secret_cipher'])
      .where('secret_cipher', 'is not', null)
      .execute()) {
      if (isCurrent(row.secret_cipher!)) continue;
      await trx
        .updateTable('subscriptions')
        .set({ secret_cipher: renew(row.secret_cipher!) })
        .where('id', '=', row.id)
        .execute();
      rewritten += 1;
    }
  });
  return { rewritten };
}
