import type { Kysely, Selectable } from 'kysely';
import * as oidc from 'openid-client';
import { loadUsccAuthorities } from '../../../catalog/uscc-authorities.ts';
import { normalizeUscc, validateUscc } from '../../../domain/uscc.ts';
import type { Database, UnifiedLoginFlowTable } from '../../../store/database.ts';
import { findEnterpriseByUscc } from '../../../store/enterprise.repository.ts';
import { mustChangePassword } from '../must-change-password.ts';
import type { LoggedIn } from '../log-in.ts';
import { openSession } from '../open-session.ts';
import { hashSecret } from '../secret-token.ts';
import { toUserView } from '../user-view.ts';
import { refuseUnifiedLogin } from './refuse-unified-login.ts';
import type { UnifiedLoginProvider } from './unified-login-provider.ts';

export interface UnifiedLoginCallback {
  /** The cookie set by startUnifiedLogin. */
  flowToken: string | undefined;
  /** The query string the identity service sent the browser back with (code, state, or an error). */
  query: string;
  ip?: string;
  userAgent?: string;
  sessionLifetimeMs?: number;
}

/** A session opened, or an enterprise's first login waiting for its consent (the flow keeps the verified identity). */
export type UnifiedLoginOutcome = { kind: 'session'; loggedIn: LoggedIn } | { kind: 'consent' };

/**
 * Completes the authorization-code login: exchanges the code (PKCE verifier, expected state and nonce), reads the
 * claims of the ID token and of the userinfo endpoint, and maps the identity to a local account:
 * - a legal person (the configured USCC claim present): the enterprise's account, linked by its 统一社会信用代码; an
 *   invalid code or one outside the register is refused, and an enterprise not linked yet is asked for its consent;
 * - a natural person (no USCC claim): the account an administrator linked to the provider's subject, else refused.
 * The session is the one password login opens (openSession), recorded with method `unified`.
 */
export async function finishUnifiedLogin(
  db: Kysely<Database>,
  provider: UnifiedLoginProvider,
  input: UnifiedLoginCallback,
): Promise<UnifiedLoginOutcome> {
  const { settings } = provider;
  const flow = await takeFlow(db, input.flowToken);
  if (!flow) return refuseUnifiedLogin(db, 'expired', { actor: '统一身份认证', ip: input.ip });
  let claims: Record<string, unknown>;
  try {
    const configuration = await provider.configuration();
    const callbackUrl = new URL(settings.redirectUri);
    callbackUrl.search = input.query;
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: flow.code_verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims() as Record<string, unknown> & { sub: string };
    // Services commonly put a legal person's attributes in userinfo only; the ID token's own claims take precedence.
    const userinfo = configuration.serverMetadata().userinfo_endpoint
      ? await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)
      : {};
    claims = { ...userinfo, ...idClaims };
  } catch (cause) {
    return refuseUnifiedLogin(db, 'provider_failed', { actor: '统一身份认证', ip: input.ip, cause });
  }
  const subject = String(claims.sub);
  const displayName = typeof claims[settings.nameClaim] === 'string' ? (claims[settings.nameClaim] as string) : null;
  const usccClaim = claims[settings.usccClaim];
  const session = { ip: input.ip, userAgent: input.userAgent, sessionLifetimeMs: input.sessionLifetimeMs };

  if (usccClaim === undefined || usccClaim === null || usccClaim === '') {
    const user = await findLinkedUser(db, settings.issuer, 'staff', subject);
    if (!user) return refuseUnifiedLogin(db, 'staff_unmapped', { actor: `统一身份:${subject}`, subject, ip: input.ip });
    return { kind: 'session', loggedIn: await logInLinkedUser(db, user, subject, session) };
  }

  const validation = validateUscc(normalizeUscc(String(usccClaim)), loadUsccAuthorities());
  const uscc = validation.normalized;
  const who = { actor: uscc || subject, subject, uscc, ip: input.ip };
  if (!validation.valid) return refuseUnifiedLogin(db, 'uscc_invalid', who);
  if (!(await findEnterpriseByUscc(db, uscc))) return refuseUnifiedLogin(db, 'uscc_unknown', who);
  const user = await findLinkedUser(db, settings.issuer, 'enterprise', uscc);
  if (user) return { kind: 'session', loggedIn: await logInLinkedUser(db, user, subject, session) };
  // First unified login of this enterprise: nothing is created until it consents (consent-to-unified-login.ts).
  await db
    .insertInto('unified_login_flows')
    .values({
      token_hash: flow.token_hash,
      state: flow.state,
      nonce: flow.nonce,
      code_verifier: flow.code_verifier,
      expires_at: flow.expires_at,
      uscc,
      subject,
      display_name: displayName,
    })
    .execute();
  return { kind: 'consent' };
}

/** The flow of this browser, removed so a callback is used once; undefined when unknown, expired or already verified. */
async function takeFlow(
  db: Kysely<Database>,
  flowToken: string | undefined,
): Promise<Selectable<UnifiedLoginFlowTable> | undefined> {
  if (!flowToken) return undefined;
  const flow = await db
    .deleteFrom('unified_login_flows')
    .where('token_hash', '=', hashSecret(flowToken))
    .returningAll()
    .executeTakeFirst();
  if (!flow || new Date(flow.expires_at) <= new Date() || flow.uscc !== null) return undefined;
  return flow;
}

export async function findLinkedUser(
  db: Kysely<Database>,
  issuer: string,
  kind: 'enterprise' | 'staff',
  subject: string,
) {
  return db
    .selectFrom('unified_identities')
    .innerJoin('users', 'users.id', 'unified_identities.user_id')
    .selectAll('users')
    .where('unified_identities.issuer', '=', issuer)
    .where('unified_identities.kind', '=', kind)
    .where('unified_identities.subject', '=', subject)
    .executeTakeFirst();
}

export async function logInLinkedUser(
  db: Kysely<Database>,
  user: Selectable<Database['users']>,
  subject: string,
  session: { ip?: string; userAgent?: string; sessionLifetimeMs?: number },
): Promise<LoggedIn> {
  if (user.disabled)
    return refuseUnifiedLogin(db, 'disabled', { actor: user.username, subject, uscc: user.uscc, ip: session.ip });
  const opened = await db.transaction().execute((trx) => openSession(trx, user, { ...session, method: 'unified' }));
  return { ...opened, user: toUserView(user), mustChangePassword: mustChangePassword(user) };
}
