import * as oidc from 'openid-client';
import type { UnifiedLoginSettings } from './unified-login-settings.ts';

/** The configured identity service and its discovered metadata (read on first use, read again after a failure). */
export interface UnifiedLoginProvider {
  settings: UnifiedLoginSettings;
  configuration(): Promise<oidc.Configuration>;
}

export function createUnifiedLoginProvider(settings: UnifiedLoginSettings): UnifiedLoginProvider {
  let discovered: Promise<oidc.Configuration> | undefined;
  return {
    settings,
    configuration() {
      discovered ??= discover(settings).catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
      return discovered;
    },
  };
}

async function discover(settings: UnifiedLoginSettings): Promise<oidc.Configuration> {
  // Plain HTTP is allowed only for a loopback issuer (checkIssuerAddress): a provider the tests run, or a local trial.
  const isPlainHttp = new URL(settings.issuer).protocol === 'http:';
  return oidc.discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret ?? undefined, undefined, {
    execute: isPlainHttp ? [oidc.allowInsecureRequests] : [],
    timeout: 10,
  });
}
