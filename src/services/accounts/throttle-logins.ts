import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import {
  loadAccountSecurityPolicy,
  THROTTLE_SCOPES,
  type ThrottleRule,
  type ThrottleScope,
} from './account-security-policy.ts';

/**
 * Failed-login handling (GB/T 22239-2019 8.1.4.1 b) 限制非法登录次数): counters in the database, so a restart keeps
 * them, for the account from one address, for the address, and for the account from anywhere. Past a rule's free
 * failures each further failure doubles the wait (catalog/account-security.yaml). Nothing locks an account: a stranger
 * guessing from elsewhere delays the owner by at most the account rule's short maximum.
 */
export interface LoginAttempt {
  username: string;
  ip: string;
}

function keysOf(attempt: LoginAttempt): Record<ThrottleScope, string> {
  const username = attempt.username.trim().toLowerCase();
  return {
    account_from_address: `account_from_address:${username}|${attempt.ip}`,
    address: `address:${attempt.ip}`,
    account: `account:${username}`,
  };
}

/** Seconds the attempt must still wait, or 0 when it may be tried now. */
export async function findLoginDelay(db: Kysely<Database>, attempt: LoginAttempt): Promise<number> {
  const now = Date.now();
  const rows = await db
    .selectFrom('login_throttles')
    .select('blocked_until')
    .where('key', 'in', Object.values(keysOf(attempt)))
    .where('blocked_until', '>', new Date(now))
    .execute();
  const until = Math.max(0, ...rows.map((row) => new Date(row.blocked_until!).getTime()));
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}

export function delayAfter(rule: ThrottleRule, failures: number): number {
  if (failures <= rule.freeFailures) return 0;
  return Math.min(rule.maxDelaySeconds, rule.firstDelaySeconds * 2 ** Math.min(30, failures - rule.freeFailures - 1));
}

/** Counts a failed login on every counter (a counter idle for longer than its window starts again from one). */
export async function recordLoginFailure(db: Kysely<Database>, attempt: LoginAttempt): Promise<void> {
  const { throttles } = loadAccountSecurityPolicy();
  const keys = keysOf(attempt);
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    for (const scope of THROTTLE_SCOPES) {
      const rule = throttles[scope];
      const windowStart = new Date(now.getTime() - rule.windowMinutes * 60_000);
      const { failures } = await trx
        .insertInto('login_throttles')
        .values({ key: keys[scope], failures: 1, last_failed_at: now, blocked_until: null })
        .onConflict((conflict) =>
          conflict.column('key').doUpdateSet({
            failures: sql<number>`case when login_throttles.last_failed_at < ${windowStart} then 1 else login_throttles.failures + 1 end`,
            last_failed_at: now,
          }),
        )
        .returning('failures')
        .executeTakeFirstOrThrow();
      const delay = delayAfter(rule, failures);
      await trx
        .updateTable('login_throttles')
        .set({ blocked_until: delay > 0 ? new Date(now.getTime() + delay * 1000) : null })
        .where('key', '=', keys[scope])
        .execute();
    }
    // Counters idle past every window count for nothing any more.
    const longestWindow = Math.max(...THROTTLE_SCOPES.map((scope) => throttles[scope].windowMinutes));
    await trx
      .deleteFrom('login_throttles')
      .where('last_failed_at', '<', new Date(now.getTime() - longestWindow * 60_000))
      .execute();
  });
}

/** A successful login clears the account's counters; the address's stays (an attacker's own account must not reset it). */
export async function clearLoginFailures(db: Kysely<Database>, attempt: LoginAttempt): Promise<void> {
  const keys = keysOf(attempt);
  await db.deleteFrom('login_throttles').where('key', 'in', [keys.account_from_address, keys.account]).execute();
}
