import fs from 'node:fs';
import path from 'node:path';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import type { Database } from './database.ts';
import { grantRuntimePrivileges, roleOfUrl } from './grant-runtime-privileges.ts';
import { migrateToLatest } from './migrate.ts';

export type Engine = 'pglite' | 'postgres';

/** An open database: the typed query builder plus which engine is behind it. */
export interface Store {
  db: Kysely<Database>;
  engine: Engine;
  /** The driver underneath, for what Kysely does not do (COPY). */
  raw: { engine: 'pglite'; pglite: PGlite } | { engine: 'postgres'; pool: pg.Pool };
  close(): Promise<void>;
}

// Both engines return the same JS types: int8 and numeric as number (ids and 万元 amounts stay far below 2^53),
// date as 'YYYY-MM-DD' text (never a Date shifted by the local time zone).
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const toNumber = (value: string) => Number(value);
const asText = (value: string) => value;
/** SQLSTATE of a connection ended by the server administrator (pg_terminate_backend, drop database … force). */
const ADMIN_SHUTDOWN = '57P01';

export interface OpenOptions {
  /** Run pending migrations (default true). */
  migrate?: boolean;
  /** Use an in-memory PGlite (tests). */
  memory?: boolean;
}

export async function openStore(config: Config, options: OpenOptions = {}): Promise<Store> {
  const migrate = options.migrate ?? true;
  if (config.databaseUrl && config.migrationDatabaseUrl) {
    if (migrate) await migrateAsOwner(config.migrationDatabaseUrl, roleOfUrl(config.databaseUrl));
    return openPostgres(config.databaseUrl);
  }
  const store = config.databaseUrl ? openPostgres(config.databaseUrl) : await openPglite(config, options.memory ?? false);
  if (migrate) await migrateToLatest(store.db);
  return store;
}

/** Migrations as the owner role, then the runtime role's grants (a no-op split when both URLs name one role). */
async function migrateAsOwner(ownerUrl: string, runtimeRole: string): Promise<void> {
  const owner = openPostgres(ownerUrl);
  try {
    await migrateToLatest(owner.db);
    if (roleOfUrl(ownerUrl) !== runtimeRole) await grantRuntimePrivileges(owner.db, runtimeRole);
  } finally {
    await owner.close();
  }
}

function openPostgres(url: string): Store {
  const parsers: Record<number, (value: string) => unknown> = { [INT8]: toNumber, [NUMERIC]: toNumber, [DATE]: asText };
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.XINPING_PG_POOL || 10),
    types: { getTypeParser: ((oid: number, format?: string) => parsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser },
  });
  // An idle client whose server connection drops (a restart, an administrator ending it) emits 'error' on the pool;
  // unhandled, that would crash the process. The pool replaces the client on next use.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== ADMIN_SHUTDOWN) process.stderr.write(`PostgreSQL 连接中断: ${error.message}\n`);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', raw: { engine: 'postgres', pool }, close: () => db.destroy() };
}

async function openPglite(config: Config, memory: boolean): Promise<Store> {
  let location: string | undefined;
  if (!memory) {
    location = path.join(config.dataDir, 'pgdata');
    fs.mkdirSync(location, { recursive: true });
  }
  const pglite = await PGlite.create(location, {
    extensions: { pg_trgm },
    parsers: { [pgliteTypes.INT8]: toNumber, [pgliteTypes.NUMERIC]: toNumber, [pgliteTypes.DATE]: asText },
  });
  const { PgliteDialect } = await import('./pglite-dialect.ts');
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
  return { db, engine: 'pglite', raw: { engine: 'pglite', pglite }, close: () => db.destroy() };
}
