import { randomBytes } from 'node:crypto';
import { after, before, describe } from 'node:test';
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
 * Creates an empty migrated store on the given engine; `drop` removes it. On PostgreSQL each suite gets its own
 * database owned by OWNER_ROLE, migrated as that role, and the store logs in as RUNTIME_ROLE, as a deployment does.
 */
export async function createTestStore(engine: Engine, options: { dataDir?: string } = {}): Promise<TestStore> {
  if (engine === 'pglite') {
    const store = await openStore({ dataDir: options.dataDir ?? '' }, { memory: !options.dataDir });
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
  await sql`create database ${sql.id(name)} owner ${sql.id(OWNER_ROLE)}`.execute(admin.db);
  const urlAs = (role: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    url.username = role;
    url.password = '';
    return url.toString();
  };
  const store = await openStore({
    databaseUrl: urlAs(RUNTIME_ROLE),
    migrationDatabaseUrl: urlAs(OWNER_ROLE),
    dataDir: '',
  });
  const owner = await openStore({ databaseUrl: urlAs(OWNER_ROLE), dataDir: '' }, { migrate: false });
  await syncCatalog(store.db);
  return {
    store,
    owner,
    databaseUrl: urlAs(RUNTIME_ROLE),
    async drop() {
      await store.close();
      await owner.close();
      await dropWhenIdle(admin, name);
      await admin.close();
    },
  };
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
