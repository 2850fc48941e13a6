import path from 'node:path';

/** Where the platform keeps its state. Read once per process from the environment. */
export interface Config {
  /** PostgreSQL server URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** Directory of the embedded database and local files (attachments, exports, key). */
  dataDir: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.XINPING_DATA_DIR || 'data'),
  };
}
