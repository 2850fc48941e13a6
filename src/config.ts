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
