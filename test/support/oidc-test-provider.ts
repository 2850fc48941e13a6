import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { UnifiedLoginSettings } from '../../src/services/accounts/unified-login/unified-login-settings.ts';

/**
 * A real OpenID provider (oidc-provider) on a loopback port, standing in for the provincial identity service
 * (政务服务网统一身份认证). Its development login page takes any account id and password; the claims of an account are
 * `accounts[id]` (an enterprise's carry `uscc`, a person's do not). Scopes: `openid profile legal_person`, the last
 * releasing the `uscc` claim; PKCE is required.
 */
export interface OidcTestProvider {
  issuer: string;
  /** The settings that point the platform at this provider, with the given callback address. */
  settings: UnifiedLoginSettings;
  close(): Promise<void>;
}

export const TEST_CLIENT_ID = 'xinping-district';
export const TEST_CLIENT_SECRET = 'test-client-secret-not-for-production';

export async function startOidcTestProvider(options: {
  redirectUri: string;
  accounts: Record<string, Record<string, string>>;
}): Promise<OidcTestProvider> {
  let handler: http.RequestListener = (_request, response) => response.writeHead(503).end();
  const server = http.createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: TEST_CLIENT_SECRET,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    scopes: ['openid', 'profile', 'legal_person'],
    claims: { openid: ['sub'], profile: ['name'], legal_person: ['uscc'] },
    async findAccount(_context, id) {
      const claims = options.accounts[id];
      if (!claims) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
    },
    pkce: { required: () => true },
    cookies: { keys: ['oidc-test-provider-cookie-key'] },
    features: { devInteractions: { enabled: true } },
  });
  handler = provider.callback();
  return {
    issuer,
    settings: {
      issuer,
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      redirectUri: options.redirectUri,
      usccClaim: 'uscc',
      nameClaim: 'name',
      scope: 'openid profile legal_person',
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Walks a browser's way through the provider without a browser: from the authorization URL through its login form
 * (as `accountId`) and consent form, to the redirect back to the platform; returns that callback URL.
 */
export async function signInAtProvider(authorizationUrl: string, accountId: string): Promise<URL> {
  const cookies = new Map<string, string>();
  const send = async (url: URL, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
    return response;
  };
  let url = new URL(authorizationUrl);
  const origin = url.origin;
  for (let step = 0; step < 12; step += 1) {
    if (url.origin !== origin) return url;
    const response = await send(url);
    if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get('location') as string, url);
      continue;
    }
    const page = await response.text();
    const form: Record<string, string> | undefined = page.includes('name="login"')
      ? { prompt: 'login', login: accountId, password: 'any' }
      : page.includes('value="consent"')
        ? { prompt: 'consent' }
        : undefined;
    if (!form) throw new Error(`unexpected provider page ${response.status}: ${page.slice(0, 300)}`);
    const posted = await send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
    url = new URL(posted.headers.get('location') as string, url);
  }
  throw new Error('the provider did not send the browser back');
}
