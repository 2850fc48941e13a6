import { AppError } from '../../../domain/app-error.ts';

/**
 * Unified login through the provincial government identity service (政务服务网 / 鄂汇办 style 统一身份认证, OpenID
 * Connect; docs/integration.md). Operational settings, read from the environment; unified login is on when the issuer,
 * client id and redirect URI are all set (local passwords stay either way):
 * - XINPING_OIDC_ISSUER: the identity service's issuer URL (its `/.well-known/openid-configuration` is read);
 * - XINPING_OIDC_CLIENT_ID, XINPING_OIDC_CLIENT_SECRET: the client the service registered for this platform
 *   (no secret: a public client, PKCE only);
 * - XINPING_OIDC_REDIRECT_URI: this platform's `…/api/auth/oidc/callback`, exactly as registered with the service;
 * - XINPING_OIDC_USCC_CLAIM (default `uscc`): the claim carrying a legal person's 统一社会信用代码; a login whose
 *   claims carry it is an enterprise's, any other is a natural person's (staff);
 * - XINPING_OIDC_NAME_CLAIM (default `name`): the display name of the person or the enterprise;
 * - XINPING_OIDC_SCOPE (default `openid profile`): the scopes asked for (add the service's legal-person scope).
 * An issuer on a loopback address may be plain HTTP (a provider run by the tests or for a local trial); any other must
 * be HTTPS.
 */
export interface UnifiedLoginSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  redirectUri: string;
  usccClaim: string;
  nameClaim: string;
  scope: string;
}

const REQUIRED = {
  issuer: 'XINPING_OIDC_ISSUER',
  clientId: 'XINPING_OIDC_CLIENT_ID',
  redirectUri: 'XINPING_OIDC_REDIRECT_URI',
} as const;

/** The settings, or null when unified login is not configured; a partial configuration is refused naming what is missing. */
export function readUnifiedLoginSettings(env: NodeJS.ProcessEnv = process.env): UnifiedLoginSettings | null {
  const values = Object.fromEntries(
    Object.entries(REQUIRED).map(([key, name]) => [key, env[name]?.trim() || null]),
  ) as Record<keyof typeof REQUIRED, string | null>;
  const missing = Object.entries(REQUIRED).filter(([key]) => !values[key as keyof typeof REQUIRED]);
  if (missing.length === Object.keys(REQUIRED).length) return null;
  if (missing.length > 0)
    throw new AppError(
      'INVALID_INPUT',
      `统一身份认证登录配置不完整：缺少 ${missing.map(([, name]) => name).join('、')}`,
    );
  const settings: UnifiedLoginSettings = {
    issuer: values.issuer as string,
    clientId: values.clientId as string,
    clientSecret: env.XINPING_OIDC_CLIENT_SECRET?.trim() || null,
    redirectUri: values.redirectUri as string,
    usccClaim: env.XINPING_OIDC_USCC_CLAIM?.trim() || 'uscc',
    nameClaim: env.XINPING_OIDC_NAME_CLAIM?.trim() || 'name',
    scope: env.XINPING_OIDC_SCOPE?.trim() || 'openid profile',
  };
  checkIssuerAddress(settings.issuer);
  return settings;
}

/** Plain HTTP only on the machine itself: an identity service elsewhere is reached over HTTPS. */
export function checkIssuerAddress(issuer: string): void {
  if (!URL.canParse(issuer)) throw new AppError('INVALID_INPUT', `XINPING_OIDC_ISSUER：“${issuer}”不是网址`);
  const url = new URL(issuer);
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return;
  throw new AppError('INVALID_INPUT', 'XINPING_OIDC_ISSUER：统一身份认证服务必须使用 HTTPS（本机地址除外）');
}

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
