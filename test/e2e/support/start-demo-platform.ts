import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syncCatalog } from '../../../src/services/catalog/sync-catalog.ts';
import {
  createDemoAccounts,
  DEMO_PASSWORD,
  type DemoAccount,
} from '../../../src/services/accounts/create-demo-accounts.ts';
import { generateDemo, type DemoSummary } from '../../../src/services/demo/generate-demo.ts';
import { ensurePublishedModel } from '../../../src/services/evaluation/ensure-published-model.ts';
import { seedDemoGradeUses } from '../../../src/services/demo/seed-grade-uses.ts';
import { loadSecretKey, type SecretKey } from '../../../src/services/import/protect-personal.ts';
import { startServer } from '../../../src/server/start-server.ts';
import type { ZodApp } from '../../../src/server/server-context.ts';
import { openStore, type Store } from '../../../src/store/connect.ts';
import type { Role } from '../../../src/domain/roles.ts';
import { testCacheDir } from '../../support/stores.ts';

/** The platform as `npm start` leaves it: the demo district in a PGlite data dir, model v1 published, demo accounts, index history, whitelist, cases. */
export interface DemoPlatform {
  /** Base URL of the running server, e.g. http://127.0.0.1:41234 */
  url: string;
  store: Store;
  app: ZodApp;
  dataDir: string;
  secretKey: SecretKey;
  demo: DemoSummary;
  accounts: DemoAccount[];
  /** The demo account of a role (username; the password is DEMO_PASSWORD). */
  account(role: Role): DemoAccount;
  close(): Promise<void>;
}

export { DEMO_PASSWORD };

/**
 * Copies the demo district into a fresh temporary data directory, publishes the model, creates the demo accounts and
 * serves the API and the built web application on a free port. Within a run of the suite (scripts/test.sh sets
 * XINPING_TEST_CACHE_DIR) the district is generated once, by the first file that needs it, and every file starts from
 * its own copy; run alone, a file generates it (about 10 s on an idle machine). Build the web application first
 * (`npm run build:web`; scripts/test.sh does).
 */
export async function startDemoPlatform(options: { enterprises?: number } = {}): Promise<DemoPlatform> {
  const webDist = path.resolve(import.meta.dirname, '../../../web/dist');
  if (!fs.existsSync(path.join(webDist, 'index.html')))
    throw new Error('web/dist is missing: run `npm run build:web` before the browser tests');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-e2e-'));
  const cacheDir = testCacheDir();
  const snapshot = cacheDir ? await demoSnapshot(cacheDir, options) : undefined;
  if (snapshot) fs.cpSync(snapshot.dataDir, dataDir, { recursive: true });
  const store = await openStore({ dataDir });
  try {
    const { demo, accounts } = snapshot ?? (await buildDemoDistrict(store, dataDir, options));
    const secretKey = loadSecretKey(dataDir, {});
    // High limits: one test drives many pages quickly from one address.
    const { app, url } = await startServer(store, {
      host: '127.0.0.1',
      port: 0,
      dataDir,
      secretKey,
      webhooks: false,
      logger: false,
      limits: {
        requestsPerMinute: 100_000,
        loginsPerIpPerMinute: 1000,
        costlyPerAccountPerMinute: 1000,
        costlyPerIpPerMinute: 1000,
      },
    });
    return {
      url,
      store,
      app,
      dataDir,
      secretKey,
      demo,
      accounts,
      account(role) {
        const account = accounts.find((candidate) => candidate.role === role);
        if (!account) throw new Error(`no demo account for role ${role}`);
        return account;
      },
      async close() {
        await app.close();
        await store.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** What a demo data directory holds besides its database: generateDemo's summary and the demo accounts. */
interface DemoDistrict {
  demo: DemoSummary;
  accounts: DemoAccount[];
}

/** Fills an empty store as `npm start` does: catalog, demo district, demo accounts, model v1 published, grade uses. */
async function buildDemoDistrict(
  store: Store,
  dataDir: string,
  options: { enterprises?: number },
): Promise<DemoDistrict> {
  await syncCatalog(store.db);
  const secretKey = loadSecretKey(dataDir, {});
  const demo = await generateDemo(store.db, { secretKey, enterprises: options.enterprises });
  const accounts = await createDemoAccounts(store.db);
  await ensurePublishedModel(store);
  await seedDemoGradeUses(store, secretKey);
  return { demo, accounts };
}

/**
 * The run's demo data directory for this district size, closed and ready to copy, made by the first file that asks.
 * It is built beside its final name and renamed into place, so a reader never sees half of one.
 */
export async function demoSnapshot(
  cacheDir: string,
  options: { enterprises?: number },
): Promise<DemoDistrict & { dataDir: string }> {
  const folder = path.join(cacheDir, `demo-platform-${options.enterprises ?? 'default'}`);
  const summaryFile = path.join(folder, 'district.json');
  if (!fs.existsSync(summaryFile)) {
    const building = fs.mkdtempSync(`${folder}.partial-`);
    const dataDir = path.join(building, 'data');
    const store = await openStore({ dataDir });
    let district: DemoDistrict;
    try {
      district = await buildDemoDistrict(store, dataDir, options);
    } finally {
      await store.close();
    }
    fs.writeFileSync(path.join(building, 'district.json'), JSON.stringify(district));
    try {
      fs.renameSync(building, folder);
    } catch (error) {
      // Another file finished first: use its copy.
      if (!fs.existsSync(summaryFile)) throw error;
      fs.rmSync(building, { recursive: true, force: true });
    }
  }
  const district = JSON.parse(fs.readFileSync(summaryFile, 'utf8')) as DemoDistrict;
  return { ...district, dataDir: path.join(folder, 'data') };
}
