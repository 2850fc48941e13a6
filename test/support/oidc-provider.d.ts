// oidc-provider ships no types; the little of its API the test provider uses (oidc-test-provider.ts).
declare module 'oidc-provider' {
  import type { RequestListener } from 'node:http';

  interface Account {
    accountId: string;
    claims(): Promise<Record<string, unknown>>;
  }

  export default class Provider {
    constructor(
      issuer: string,
      configuration: Record<string, unknown> & {
        findAccount?(context: unknown, id: string): Promise<Account | undefined>;
      },
    );
    callback(): RequestListener;
  }
}
