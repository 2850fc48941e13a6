import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { resolvePrincipal } from '../services/accounts/resolve-principal.ts';
import type { Database } from '../store/database.ts';

/** The session cookie: httpOnly (scripts cannot read it) and SameSite=Lax (not sent by cross-site form posts). */
export const SESSION_COOKIE = 'xp_session';

/**
 * onRequest hook: finds out who the request is from its `Authorization: Bearer` header or session cookie. It never
 * refuses by itself: a public route still works with an expired cookie; routes that need a login refuse later
 * (authorizeRequest) and say why the credential did not count.
 */
export function createAuthenticateHook(db: Kysely<Database>) {
  return async function authenticate(request: FastifyRequest): Promise<void> {
    request.principal = null;
    request.credentialProblem = undefined;
    const header = request.headers.authorization;
    let bearerToken: string | undefined;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match) {
        request.credentialProblem = 'Authorization 请求头格式应为“Bearer <令牌>”';
        return;
      }
      bearerToken = match[1];
    }
    const sessionToken = request.cookies[SESSION_COOKIE];
    if (!bearerToken && !sessionToken) return;
    const resolution = await resolvePrincipal(db, { bearerToken, sessionToken });
    request.principal = resolution.principal;
    request.credentialProblem = resolution.problem;
  };
}
