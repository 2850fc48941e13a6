import type { Kysely } from 'kysely';
import * as oidc from 'openid-client';
import type { Database } from '../../../store/database.ts';
import { generateSecret, hashSecret } from '../secret-token.ts';
import { UnifiedLoginRefused } from './refuse-unified-login.ts';
import type { UnifiedLoginProvider } from './unified-login-provider.ts';

/** How long a browser may take at the identity service before its login in progress is forgotten (operational). */
export const UNIFIED_LOGIN_FLOW_MS = 10 * 60_000;

export interface StartedUnifiedLogin {
  /** Where to send the browser: the identity service's authorization endpoint. */
  authorizationUrl: string;
  /** The browser's cookie value; only its hash is stored, with the PKCE verifier, state and nonce. */
  flowToken: string;
  expiresAt: Date;
}

/**
 * Starts an authorization-code login with PKCE (S256), state and nonce. They stay on the server, keyed by the hash of
 * a random token the browser holds in a cookie, so the callback only accepts the browser that started the login.
 */
export async function startUnifiedLogin(
  db: Kysely<Database>,
  provider: UnifiedLoginProvider,
): Promise<StartedUnifiedLogin> {
  const configuration = await provider.configuration().catch((cause: unknown) => {
    throw new UnifiedLoginRefused('provider_failed', { cause });
  });
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const flowToken = generateSecret();
  const expiresAt = new Date(Date.now() + UNIFIED_LOGIN_FLOW_MS);
  await db.deleteFrom('unified_login_flows').where('expires_at', '<', new Date()).execute();
  await db
    .insertInto('unified_login_flows')
    .values({ token_hash: hashSecret(flowToken), state, nonce, code_verifier: codeVerifier, expires_at: expiresAt })
    .execute();
  const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: provider.settings.redirectUri,
    scope: provider.settings.scope,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { authorizationUrl: authorizationUrl.href, flowToken, expiresAt };
}
