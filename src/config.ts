import path from 'node:path';

/** Where the platform keeps its state. Read once per process from the environment. */
export interface Config {
  /** PostgreSQL server URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /**
   * PostgreSQL URL of the role that owns the tables and runs migrations; the platform itself then runs as the
   * DATABASE_URL role, which is granted only what it needs (grant-runtime-privileges.ts). Unset: one role does both.
   */
  migrationDatabaseUrl?: string;
  /** Directory of the embedded database and local files (attachments, exports, key). */
  dataDir: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    migrationDatabaseUrl: env.XINPING_MIGRATION_DATABASE_URL || undefined,
    dataDir: path.resolve(env.XINPING_DATA_DIR || 'data'),
  };
}

/** Network trust settings, each a comma-separated list in the environment. */
export interface NetworkConfig {
  /** XINPING_OUTBOUND_ALLOWED: intranet receivers the platform may send webhooks to although private (CIDRs or host names). */
  outboundAllowed: string[];
  /** XINPING_TRUSTED_PROXIES: reverse proxies (addresses or CIDRs) whose X-Forwarded-For is believed; nobody else's is. */
  trustedProxies: string[];
  /** XINPING_ALLOWED_ORIGINS: origins besides the server's own that browsers may send state-changing requests from. */
  allowedOrigins: string[];
}

export function readNetworkConfig(env: NodeJS.ProcessEnv = process.env): NetworkConfig {
  return {
    outboundAllowed: readList(env.XINPING_OUTBOUND_ALLOWED),
    trustedProxies: readList(env.XINPING_TRUSTED_PROXIES),
    allowedOrigins: readList(env.XINPING_ALLOWED_ORIGINS),
  };
}

/** "a, b,,c" → ["a", "b", "c"]. */
function readList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
