import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { protectPersonal, revealPersonal, type SecretKey } from '../import/protect-personal.ts';
import { fieldKeyId } from './data-cipher.ts';

/**
 * Re-encrypts the single-value ciphers under the current key: visitors' phone numbers (requests), webhook secrets
 * (subscriptions), and the accounts' SMS and e-mail addresses with the copies in their deliveries (all of them, so the
 * per-address rate limit, which compares ciphers, still counts what was sent before the rotation). Record fields are not rewritten: their ciphers are part of each record version's content hash, and
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
    for (const row of await trx
      .selectFrom('notification_channels')
      .select(['user_id', 'phone_cipher', 'email_cipher'])
      .execute()) {
      const phone = row.phone_cipher && !isCurrent(row.phone_cipher) ? renew(row.phone_cipher) : null;
      const email = row.email_cipher && !isCurrent(row.email_cipher) ? renew(row.email_cipher) : null;
      if (!phone && !email) continue;
      await trx
        .updateTable('notification_channels')
        .set({ ...(phone ? { phone_cipher: phone } : {}), ...(email ? { email_cipher: email } : {}) })
        .where('user_id', '=', row.user_id)
        .execute();
      rewritten += (phone ? 1 : 0) + (email ? 1 : 0);
    }
    for (const row of await trx.selectFrom('notification_deliveries').select('recipient_cipher').distinct().execute()) {
      if (isCurrent(row.recipient_cipher)) continue;
      const renewed = await trx
        .updateTable('notification_deliveries')
        .set({ recipient_cipher: renew(row.recipient_cipher) })
        .where('recipient_cipher', '=', row.recipient_cipher)
        .executeTakeFirst();
      rewritten += Number(renewed.numUpdatedRows);
    }
  });
  return { rewritten };
}
