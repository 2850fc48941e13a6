import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';

/**
 * Whether there is a store to open without creating one: a PostgreSQL URL, or an embedded directory already made.
 * Its own module, so that commands asking it (`xinping uscc`) do not load the database drivers.
 */
export function storeExists(config: Config): boolean {
  return Boolean(config.databaseUrl) || fs.existsSync(path.join(config.dataDir, 'pgdata', 'PG_VERSION'));
}
