import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { openStore, type Engine, type Store } from '../../src/store/connect.ts';
import { syncCatalog } from '../../src/services/catalog/sync-catalog.ts';

/**
 * Database tests run on both engines: the embedded PGlite (in memory) and a real PostgreSQL server whose admin URL
 * the test script passes in XINPING_TEST_DATABASE_URL (scripts/test.sh starts a throwaway one). Each suite gets a
 * fresh, migrated database of its own.
 */
export function engines(): Engine[] {
  const only = process.env.XINPING_TEST_ENGINES;
  if (only) return only.split(',') as Engine[];
  if (!process.env.XINPING_TEST_DATABASE_URL) {
    throw new Error('XINPING_TEST_DATABASE_URL is not set: run the tests with `npm test`, which starts PostgreSQL');
  }
  return ['pglite', 'postgres'];
}

/** The two PostgreSQL roles the suite runs as (grant-runtime-privileges.ts): tables' owner, and the platform. */
export const OWNER_ROLE = 'xinping_owner';
export const RUNTIME_ROLE = 'xinping_runtime';

export interface TestStore {
  /** The store as the platform uses it: on PostgreSQL, logged in as the runtime role. */
  store: Store;
  /** The runtime role's URL (PostgreSQL only). */
  databaseUrl?: string;
  /** The tables' owner, for tests that tamper the way a database administrator could (PGlite: the same store). */
  owner: Store;
  drop(): Promise<void>;
}

/**
 * A directory that lives as long as one run of the whole suite (scripts/test.sh makes it and removes it afterwards),
 * for what every test file would otherwise build again: a migrated database, the demo district. Unset (a single file
 * run by hand), every suite builds its own, as before.
 */
export function testCacheDir(): string | undefined {
  return process.env.XINPING_TEST_CACHE_DIR || undefined;
}

let migratedImage: Promise<Blob> | undefined;

/**
 * A migrated in-memory PGlite database as a data directory dump, made by the first test file of the run that needs
 * it and read by the others: initdb and the migrations cost each suite about 3 s of CPU, loading the dump about 1 s.
 */
function migratedPgliteImage(cacheDir: string): Promise<Blob> {
  migratedImage ??= (async () => {
    const file = path.join(cacheDir, 'pglite-migrated.tar');
    if (!fs.existsSync(file)) {
      const store = await openStore({ dataDir: '' }, { memory: true });
      const dump = await (store.raw as { pglite: PGlite }).pglite.dumpDataDir('none');
      await store.close();
      // Files start in parallel: each writes its own copy and renames it into place, so none reads half a file.
      const partial = `${file}.${process.pid}`;
      fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      fs.renameSync(partial, file);
    }
    return new Blob([fs.readFileSync(file)]);
  })();
  return migratedImage;
}

/**
 * Creates an empty migrated store on the given engine; `drop` removes it. On PostgreSQL each suite gets its own
 * database owned by OWNER_ROLE, migrated as that role, and the store logs in as RUNTIME_ROLE, as a deployment does.
 * Within a run of the suite (testCacheDir), both engines copy a database migrated once instead of migrating again;
 * opening the copy still runs the migrator, which finds nothing pending.
 */
export async function createTestStore(engine: Engine, options: { dataDir?: string } = {}): Promise<TestStore> {
  const cacheDir = testCacheDir();
  if (engine === 'pglite') {
    const memory = !options.dataDir;
    // A data directory (a test of commands or of a server on it) starts from the same image as an in-memory store.
    const loadDataDir = cacheDir ? await migratedPgliteImage(cacheDir) : undefined;
    const store = await openStore({ dataDir: options.dataDir ?? '' }, { memory, loadDataDir });
    await syncCatalog(store.db);
    return { store, owner: store, drop: () => store.close() };
  }
  const adminUrl = process.env.XINPING_TEST_DATABASE_URL!;
  const name = `xp_test_${randomBytes(6).toString('hex')}`;
  const admin = await openStore({ databaseUrl: adminUrl, dataDir: '' }, { migrate: false });
  for (const role of [OWNER_ROLE, RUNTIME_ROLE]) {
    // Test files run in parallel: whichever creates the role first wins, the others find it there.
    await sql`do $$ begin create role ${sql.id(role)} login; exception when duplicate_object or unique_violation then null; end $$`.execute(
      admin.db,
    );
  }
  const template = cacheDir ? await migratedTemplate(admin, adminUrl, cacheDir) : undefined;
  await createDatabase(admin, name, template);
  const store = await openStore({
    databaseUrl: databaseUrlAs(adminUrl, name, RUNTIME_ROLE),
    migrationDatabaseUrl: databaseUrlAs(adminUrl, name, OWNER_ROLE),
    dataDir: '',
  });
  const owner = await openStore(
    { databaseUrl: databaseUrlAs(adminUrl, name, OWNER_ROLE), dataDir: '' },
    { migrate: false },
  );
  await syncCatalog(store.db);
  return {
    store,
    owner,
    databaseUrl: databaseUrlAs(adminUrl, name, RUNTIME_ROLE),
    async drop() {
      await store.close();
      await owner.close();
      await dropWhenIdle(admin, name);
      await admin.close();
    },
  };
}

function databaseUrlAs(adminUrl: string, database: string, role: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  url.username = role;
  url.password = '';
  return url.toString();
}

/**
 * `create database … owner OWNER_ROLE`, as a copy of `template` when given (file_copy: copying the small template's
 * files is about twice as fast as the default WAL-logged copy, which is meant for large templates). PostgreSQL refuses to copy a template
 * while anyone is connected to it; the connections that built it may still be closing (see dropWhenIdle), so retry.
 */
async function createDatabase(admin: Store, name: string, template?: string): Promise<void> {
  const OBJECT_IN_USE = '55006';
  const from = template ? sql` template ${sql.id(template)} strategy file_copy` : sql``;
  for (let attempt = 0; ; attempt++) {
    try {
      await sql`create database ${sql.id(name)} owner ${sql.id(OWNER_ROLE)}${from}`.execute(admin.db);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt >= 250) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/**
 * The run's migrated database on this server (owned by OWNER_ROLE, runtime grants given), made by the first suite that
 * needs it. The name comes from the run's cache directory, so a server kept between runs never serves an old schema.
 * A session advisory lock makes the suites that start together wait for the one that builds it.
 */
async function migratedTemplate(admin: Store, adminUrl: string, cacheDir: string): Promise<string> {
  const name = `xp_template_${createHash('sha256').update(path.resolve(cacheDir)).digest('hex').slice(0, 12)}`;
  await admin.db.connection().execute(async (session) => {
    await sql`select pg_advisory_lock(hashtext(${name}))`.execute(session);
    try {
      const found = await sql`select 1 from pg_database where datname = ${name}`.execute(session);
      if (found.rows.length > 0) return;
      const building = `${name}_partial`;
      await sql`drop database if exists ${sql.id(building)}`.execute(session);
      await createDatabase(admin, building);
      const store = await openStore({
        databaseUrl: databaseUrlAs(adminUrl, building, RUNTIME_ROLE),
        migrationDatabaseUrl: databaseUrlAs(adminUrl, building, OWNER_ROLE),
        dataDir: '',
      });
      await store.close();
      await renameWhenIdle(session, building, name);
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${name}))`.execute(session);
    }
  });
  return name;
}

/** Renames a database once the connections that built it are gone (a database in use cannot be renamed). */
async function renameWhenIdle(session: Store['db'], from: string, to: string): Promise<void> {
  const OBJECT_IN_USE = '55006';
  for (let attempt = 0; ; attempt++) {
    try {
      await sql`alter database ${sql.id(from)} rename to ${sql.id(to)}`.execute(session);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt >= 250) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/**
 * pg's Pool.end() resolves before its sockets are closed; `drop database … with (force)` would then kill a closing
 * connection and surface an error after the test. Retry a plain drop while the database is still in use instead.
 */
async function dropWhenIdle(admin: Store, name: string): Promise<void> {
  const OBJECT_IN_USE = '55006';
  for (let attempt = 0; attempt < 250; attempt++) {
    try {
      await sql`drop database if exists ${sql.id(name)}`.execute(admin.db);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== OBJECT_IN_USE) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
}

/**
 * Runs `define` once per engine inside a describe block named after it; `current()` is that engine's store, `owner()`
 * the same database as its tables' owner (to tamper with it in tests).
 */
export function describeOnEachEngine(
  title: string,
  define: (current: () => Store, engine: Engine, owner: () => Store) => void,
): void {
  for (const engine of engines()) {
    describe(`${title} [${engine}]`, () => {
      let handle: Awaited<ReturnType<typeof createTestStore>>;
      before(async () => {
        handle = await createTestStore(engine);
      });
      after(async () => {
        await handle?.drop();
      });
      define(
        () => handle.store,
        engine,
        () => handle.owner,
      );
    });
  }
}
