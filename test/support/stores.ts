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

/** Creates an empty migrated store on the given engine; `drop` removes it. */
export async function createTestStore(engine: Engine, options: { dataDir?: string } = {}): Promise<{ store: Store; databaseUrl?: string; drop(): Promise<void> }> {
  if (engine === 'pglite') {
    const store = await openStore({ dataDir: options.dataDir ?? '' }, { memory: !options.dataDir });
    await syncCatalog(store.db);
    return { store, drop: () => store.close() };
  }
  const adminUrl = process.env.XINPING_TEST_DATABASE_URL!;
  const name = `xp_test_${randomBytes(6).toString('hex')}`;
  const admin = await openStore({ databaseUrl: adminUrl, dataDir: '' }, { migrate: false });
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: url.toString(), dataDir: '' });
  await syncCatalog(store.db);
  return {
    store,
    databaseUrl: url.toString(),
    async drop() {
      await store.close();
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

/** Runs `define` once per engine inside a describe block named after it; `current()` is that engine's store. */
export function describeOnEachEngine(title: string, define: (current: () => Store, engine: Engine) => void): void {
  for (const engine of engines()) {
    describe(`${title} [${engine}]`, () => {
      let handle: Awaited<ReturnType<typeof createTestStore>>;
      before(async () => {
        handle = await createTestStore(engine);
      });
      after(async () => {
        await handle?.drop();
      });
      define(() => handle.store, engine);
    });
  }
}
