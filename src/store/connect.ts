import fs from 'node:fs';
import path from 'node:path';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import { AppError } from '../domain/app-error.ts';
import type { Database } from './database.ts';
import { grantRuntimePrivileges, roleOfUrl } from './grant-runtime-privileges.ts';
import { installJobQueue } from './job-queue.ts';
import { migrateToLatest } from './migrate.ts';
import { ConnectionLock } from './pglite-dialect.ts';
import { claimStore, describeOwner, isOwnerAlive, readOwner, type StoreOwner } from './store-owner.ts';
import { chooseSocketPath, serveStoreSocket, SOCKET_PORT } from './store-socket.ts';

export type Engine = 'pglite' | 'postgres';

/** An open database: the typed query builder plus which engine is behind it. */
export interface Store {
  db: Kysely<Database>;
  engine: Engine;
  /**
   * The driver underneath, for what Kysely does not do (COPY). 'pglite-socket': an embedded store owned by another
   * process (`xinping serve` / `start`), reached through its socket with the PostgreSQL client (store-socket.ts).
   */
  raw:
    | { engine: 'pglite'; pglite: PGlite }
    | { engine: 'postgres'; pool: pg.Pool }
    | { engine: 'pglite-socket'; pool: pg.Pool };
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
  /**
   * Embedded store: serve it to other `xinping` processes while open (`serve`, `start`). Such an opener refuses a
   * directory that another process holds instead of connecting to it.
   */
  serve?: boolean;
  /** Embedded store: how the lock file names this process to others (default: its command line). */
  command?: string;
  /**
   * PGlite only: start a new store from this data-directory dump (PGlite `dumpDataDir`) instead of an empty cluster:
   * `xinping restore` (store-backup.ts) for the embedded store; tests, in memory, an already migrated database, so
   * each suite copies it instead of running initdb and every migration.
   */
  loadDataDir?: Blob;
}

/**
 * Opens the store. With DATABASE_URL, a PostgreSQL pool. Otherwise the embedded PGlite in XINPING_DATA_DIR, which one
 * process owns at a time (store-owner.ts): when a serving owner holds it, this process connects to its socket; when
 * nobody does, this process becomes the owner; when a non-serving process holds it, this fails at once naming it.
 */
export async function openStore(config: Config, options: OpenOptions = {}): Promise<Store> {
  const migrate = options.migrate ?? true;
  if (config.databaseUrl && config.migrationDatabaseUrl) {
    if (migrate) await migrateAsOwner(config.migrationDatabaseUrl, roleOfUrl(config.databaseUrl));
    return openPostgres(config.databaseUrl);
  }
  const store = config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : options.memory
      ? await openPglite(undefined, new ConnectionLock(), options.loadDataDir)
      : await openEmbedded(
          config.dataDir,
          options.serve ?? false,
          options.command ?? `xinping ${process.argv.slice(2).join(' ')}`.trim(),
          options.loadDataDir,
        );
  try {
    if (migrate) await migrateToLatest(store.db);
    if (migrate && config.databaseUrl) await installJobQueue(config.databaseUrl);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** Migrations as the owner role, then the runtime role's grants (a no-op split when both URLs name one role). */
async function migrateAsOwner(ownerUrl: string, runtimeRole: string): Promise<void> {
  const owner = openPostgres(ownerUrl);
  try {
    await migrateToLatest(owner.db);
    const isSplit = roleOfUrl(ownerUrl) !== runtimeRole;
    if (isSplit) await grantRuntimePrivileges(owner.db, runtimeRole);
    // The job queue of several instances and workers (job-queue.ts), installed with the tables it belongs to.
    await installJobQueue(ownerUrl, isSplit ? runtimeRole : undefined);
  } finally {
    await owner.close();
  }
}

/** The store each query builder belongs to, so that a use case given only `db` can still reach COPY (bulk-copy.ts). */
const storesByDatabase = new WeakMap<Kysely<Database>, Store>();

/** The store whose query builder `db` is, or undefined for a builder made elsewhere. */
export function findStoreOf(db: Kysely<Database>): Store | undefined {
  return storesByDatabase.get(db);
}

function registerStore(store: Store): Store {
  storesByDatabase.set(store.db, store);
  return store;
}

function openPostgres(url: string): Store {
  const pool = createPool({ connectionString: url, max: Number(process.env.XINPING_PG_POOL || 10) });
  return registerStore({ ...storeOnPool(pool), engine: 'postgres', raw: { engine: 'postgres', pool } });
}

function createPool(config: pg.PoolConfig): pg.Pool {
  const parsers: Record<number, (value: string) => unknown> = { [INT8]: toNumber, [NUMERIC]: toNumber, [DATE]: asText };
  const pool = new pg.Pool({
    ...config,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client whose server connection drops (a restart, an administrator ending it) emits 'error' on the pool;
  // unhandled, that would crash the process. The pool replaces the client on next use.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== ADMIN_SHUTDOWN) process.stderr.write(`PostgreSQL 连接中断： ${error.message}\n`);
  });
  return pool;
}

function storeOnPool(pool: pg.Pool): Pick<Store, 'db' | 'close'> {
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, close: () => db.destroy() };
}

async function openPglite(location: string | undefined, lock: ConnectionLock, loadDataDir?: Blob): Promise<Store> {
  if (location) fs.mkdirSync(location, { recursive: true });
  const pglite = await PGlite.create(location, {
    loadDataDir,
    extensions: { pg_trgm },
    parsers: { [pgliteTypes.INT8]: toNumber, [pgliteTypes.NUMERIC]: toNumber, [pgliteTypes.DATE]: asText },
  });
  const { PgliteDialect } = await import('./pglite-dialect.ts');
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite, lock) });
  return registerStore({ db, engine: 'pglite', raw: { engine: 'pglite', pglite }, close: () => db.destroy() });
}

/** How long a client waits for a serving owner's socket to answer (it listens once its store is open and migrated). */
const OWNER_START_MS = 60_000;
const RETRY_MS = 100;

async function openEmbedded(dataDir: string, serve: boolean, command: string, loadDataDir?: Blob): Promise<Store> {
  const socketPath = serve ? chooseSocketPath(dataDir) : null;
  const waitUntil = Date.now() + OWNER_START_MS;
  for (;;) {
    const claim = claimStore(dataDir, command, socketPath);
    if (claim.claimed) return openOwned(dataDir, socketPath, claim.release, loadDataDir);
    const owner = claim.owner;
    if (serve || !owner.socket) {
      const holds = owner.socket ? '使用并已对外提供服务（不能再启动第二个服务）' : '独占使用';
      throw new AppError(
        'CONFLICT',
        `数据目录 ${dataDir} 正由${describeOwner(owner)}${holds}；请等它结束后再试，或用 XINPING_DATA_DIR 指定另一个目录。`,
      );
    }
    const store = await connectToOwner(owner.socket);
    if (store) return store;
    // Not answering: the owner is still starting, or has just stopped (then the next claim finds its lock gone).
    const current = readOwner(dataDir);
    if (isSameOwner(current, owner) && isOwnerAlive(owner) && Date.now() > waitUntil) {
      throw new AppError(
        'CONFLICT',
        `数据目录 ${dataDir} 由${describeOwner(owner)}持有，但它的本地套接字 ${owner.socket} 在 ${OWNER_START_MS / 1000} 秒内没有应答；请检查该进程。`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

function isSameOwner(a: StoreOwner | undefined, b: StoreOwner): boolean {
  return a?.pid === b.pid && a.startTime === b.startTime;
}

/** This process holds the lock file: open the PGlite files, and serve them when asked. Closing undoes it in reverse. */
async function openOwned(
  dataDir: string,
  socketPath: string | null,
  release: () => void,
  loadDataDir?: Blob,
): Promise<Store> {
  const lock = new ConnectionLock();
  let store: Store;
  try {
    store = await openPglite(path.join(dataDir, 'pgdata'), lock, loadDataDir);
  } catch (error) {
    release();
    throw error;
  }
  if (!socketPath) return { ...store, close: () => store.close().finally(release) };
  try {
    // Clients migrate on connecting too (a no-op by then): listening before migrating would only make them wait.
    await migrateToLatest(store.db);
    const socket = await serveStoreSocket((store.raw as { pglite: PGlite }).pglite, lock, socketPath);
    return { ...store, close: () => socket.close().then(store.close).finally(release) };
  } catch (error) {
    await store.close().finally(release);
    throw error;
  }
}

/** A pool on the owner's socket, or undefined if nothing answers there. One connection: PGlite has one session. */
async function connectToOwner(socketPath: string): Promise<Store | undefined> {
  const pool = createPool({
    host: path.dirname(socketPath),
    port: SOCKET_PORT,
    user: 'postgres',
    database: 'postgres',
    max: 1,
  });
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ECONNREFUSED' || code === 'ECONNRESET') return undefined;
    throw error;
  }
  return registerStore({ ...storeOnPool(pool), engine: 'pglite', raw: { engine: 'pglite-socket', pool } });
}
