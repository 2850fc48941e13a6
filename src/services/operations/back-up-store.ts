import fs from 'node:fs';
import type { Config } from '../../config.ts';
import { openStore, type Store } from '../../store/connect.ts';
import {
  createScratchDatabase,
  dropScratchDatabase,
  dumpEmbeddedStore,
  dumpPostgres,
  readEmbeddedDump,
  restorePostgres,
  type BackupFormat,
} from '../../store/store-backup.ts';
import { compareStoreFigures, readStoreFigures, type StoreFigures } from './read-store-figures.ts';

export interface BackupResult {
  file: string;
  format: BackupFormat;
  bytes: number;
  /** The store's audit head and current grades when it was backed up. */
  figures: StoreFigures;
  /** Restored into a scratch store and compared: true identical, false not (see problems), null not checked. */
  verified: boolean | null;
  problems: string[];
}

/**
 * Writes a backup of the store to `file` — the embedded store's data directory as PGlite dumps it (by its owner
 * process only), or `pg_dump`'s custom archive — then, unless told not to, restores it into a scratch store (an
 * in-memory PGlite, or a scratch database beside the PostgreSQL one) and checks that `audit verify` passes there
 * with the same head and that every enterprise has the same current grade. The local files of the data directory
 * (keys, attachments, model drafts) are not in it: docs/deployment.md says how to keep them.
 */
export async function backUpStore(
  store: Store,
  config: Config,
  file: string,
  options: { verify: boolean },
): Promise<BackupResult> {
  const format: BackupFormat = store.engine === 'pglite' ? 'pglite' : 'postgres';
  const dumpUrl = config.migrationDatabaseUrl ?? config.databaseUrl;
  if (format === 'pglite') await dumpEmbeddedStore(store, file);
  else await dumpPostgres(dumpUrl!, file);
  const figures = await readStoreFigures(store.db);
  const result: BackupResult = { file, format, bytes: fs.statSync(file).size, figures, verified: null, problems: [] };
  if (!options.verify) return result;
  const copy = format === 'pglite' ? await readEmbeddedCopy(file) : await readPostgresCopy(dumpUrl!, file);
  result.problems = compareStoreFigures(figures, copy);
  result.verified = result.problems.length === 0;
  return result;
}

async function readEmbeddedCopy(file: string): Promise<StoreFigures> {
  const scratch = await openStore(
    { dataDir: '' },
    { memory: true, migrate: false, loadDataDir: readEmbeddedDump(file) },
  );
  try {
    return await readStoreFigures(scratch.db);
  } finally {
    await scratch.close();
  }
}

async function readPostgresCopy(ownerUrl: string, file: string): Promise<StoreFigures> {
  const owner = await openStore({ databaseUrl: ownerUrl, dataDir: '' }, { migrate: false });
  try {
    const scratch = await createScratchDatabase(owner.db, ownerUrl);
    try {
      await restorePostgres(scratch.url, file);
      const copy = await openStore({ databaseUrl: scratch.url, dataDir: '' }, { migrate: false });
      try {
        return await readStoreFigures(copy.db);
      } finally {
        await copy.close();
      }
    } finally {
      await dropScratchDatabase(owner.db, scratch.name);
    }
  } finally {
    await owner.close();
  }
}
