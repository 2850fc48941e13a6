import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../store/database.ts';
import { findEnterpriseByUscc } from '../../../store/enterprise.repository.ts';
import { appendAuditEvent } from '../../audit/append-audit-event.ts';
import { generateSecret, hashSecret } from '../secret-token.ts';
import { hashPassword } from '../hash-password.ts';
import { storePassword } from '../store-password.ts';
import type { LoggedIn } from '../log-in.ts';
import { findLinkedUser, logInLinkedUser } from './finish-unified-login.ts';
import { refuseUnifiedLogin } from './refuse-unified-login.ts';
import type { UnifiedLoginProvider } from './unified-login-provider.ts';

/** What the platform will use of the unified identity, shown on the consent page (授权使用统一身份认证信息). */
export const UNIFIED_LOGIN_CONSENT_ITEMS = [
  '统一社会信用代码：确定登录的企业，并与本平台企业名录中的企业账号对应',
  '企业名称或经办人姓名：显示为账号名称',
  '统一身份认证标识：记入审计日志，用于追溯每次登录',
] as const;

export interface PendingConsent {
  uscc: string;
  enterpriseName: string;
  /** The name the identity service gave (the enterprise or the person acting for it). */
  displayName: string | null;
  /** True when the enterprise already has an account here (created by an administrator): it is linked, not created. */
  hasAccount: boolean;
  items: string[];
  expiresAt: string;
}

/** The enterprise's first unified login waiting for consent, for the browser holding the flow cookie. */
export async function readPendingConsent(db: Kysely<Database>, flowToken: string | undefined): Promise<PendingConsent> {
  const flow = await findPendingFlow(db, flowToken);
  if (!flow) return refuseUnifiedLogin(db, 'expired', { actor: '统一身份认证' });
  const enterprise = await findEnterpriseByUscc(db, flow.uscc);
  if (!enterprise) return refuseUnifiedLogin(db, 'uscc_unknown', { actor: flow.uscc, uscc: flow.uscc });
  return {
    uscc: flow.uscc,
    enterpriseName: enterprise.name,
    displayName: flow.display_name,
    hasAccount: (await findEnterpriseAccount(db, flow.uscc)) !== undefined,
    items: [...UNIFIED_LOGIN_CONSENT_ITEMS],
    expiresAt: new Date(flow.expires_at).toISOString(),
  };
}

/**
 * The enterprise's answer. Consent links its unified identity (the 统一社会信用代码) to its account, creating the
 * account if it has none, and opens the session; a refusal forgets the flow and creates nothing. An account created
 * here has a random password nobody knows: the enterprise logs in through unified login, or an administrator resets it.
 */
export async function answerConsent(
  db: Kysely<Database>,
  provider: UnifiedLoginProvider,
  input: {
    flowToken: string | undefined;
    isAccepted: boolean;
    ip?: string;
    userAgent?: string;
    sessionLifetimeMs?: number;
  },
): Promise<LoggedIn> {
  const flow = await findPendingFlow(db, input.flowToken);
  if (!flow) return refuseUnifiedLogin(db, 'expired', { actor: '统一身份认证', ip: input.ip });
  await db.deleteFrom('unified_login_flows').where('id', '=', flow.id).execute();
  const who = { actor: flow.uscc, subject: flow.subject, uscc: flow.uscc, ip: input.ip };
  if (!input.isAccepted) return refuseUnifiedLogin(db, 'declined', who);
  const enterprise = await findEnterpriseByUscc(db, flow.uscc);
  if (!enterprise) return refuseUnifiedLogin(db, 'uscc_unknown', who);
  const passwordHash = await hashPassword(generateSecret());
  const actor = `统一身份认证（${flow.uscc}）`;
  await db.transaction().execute(async (trx) => {
    // Two consents of the same enterprise at once: the unique (issuer, kind, subject) lets one link win.
    await sql`select pg_advisory_xact_lock(hashtext(${`unified-identity:${flow.uscc}`}))`.execute(trx);
    if (await findLinkedUser(trx, provider.settings.issuer, 'enterprise', flow.uscc)) return;
    let user = await findEnterpriseAccount(trx, flow.uscc);
    if (!user) {
      const username = await freeUsername(trx, flow.uscc);
      user = await trx
        .insertInto('users')
        .values({
          username,
          display_name: enterprise.name,
          role: 'enterprise',
          department_code: null,
          uscc: flow.uscc,
          password_hash: passwordHash,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await storePassword(trx, user.id, passwordHash, { mustChange: false, expires: false });
      await appendAuditEvent(trx, {
        actor,
        action: 'user.created',
        subjectType: 'user',
        subjectId: String(user.id),
        payload: { username, role: 'enterprise', departmentCode: null, uscc: flow.uscc, method: 'unified' },
      });
    }
    await trx
      .insertInto('unified_identities')
      .values({
        issuer: provider.settings.issuer,
        kind: 'enterprise',
        subject: flow.uscc,
        user_id: user.id,
        linked_by: 'enterprise_consent',
      })
      .execute();
    await appendAuditEvent(trx, {
      actor,
      action: 'auth.unified_consent_given',
      subjectType: 'user',
      subjectId: String(user.id),
      payload: {
        uscc: flow.uscc,
        subject: flow.subject,
        issuer: provider.settings.issuer,
        items: UNIFIED_LOGIN_CONSENT_ITEMS,
      },
    });
  });
  const user = await findLinkedUser(db, provider.settings.issuer, 'enterprise', flow.uscc);
  if (!user) return refuseUnifiedLogin(db, 'expired', who);
  return logInLinkedUser(db, user, flow.subject ?? flow.uscc, input);
}

async function findPendingFlow(db: Kysely<Database>, flowToken: string | undefined) {
  if (!flowToken) return undefined;
  const flow = await db
    .selectFrom('unified_login_flows')
    .selectAll()
    .where('token_hash', '=', hashSecret(flowToken))
    .where('expires_at', '>', new Date())
    .executeTakeFirst();
  return flow?.uscc ? { ...flow, uscc: flow.uscc } : undefined;
}

/** The enterprise's existing account, the oldest if an administrator created several. */
async function findEnterpriseAccount(db: Kysely<Database>, uscc: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('role', '=', 'enterprise')
    .where('uscc', '=', uscc)
    .orderBy('id')
    .executeTakeFirst();
}

/** The USCC as username, or with a suffix when someone already took it. */
async function freeUsername(db: Kysely<Database>, uscc: string): Promise<string> {
  for (let suffix = 0; ; suffix += 1) {
    const candidate = suffix === 0 ? uscc : `${uscc}-${suffix}`;
    const taken = await db
      .selectFrom('users')
      .select('id')
      .where(sql`lower(username)`, '=', candidate.toLowerCase())
      .executeTakeFirst();
    if (!taken) return candidate;
  }
}
