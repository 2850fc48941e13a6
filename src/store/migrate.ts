import { Migrator, type Kysely, type Migration } from 'kysely';
import * as foundation from './migrations/2026-11-21T00-00-foundation.ts';
import * as auditHead from './migrations/2026-11-21T03-00-audit-head.ts';

/** Every migration, by timestamped name. Shipped migrations are never edited: add a new file. */
const migrations: Record<string, Migration> = {
  '2026-11-21T00-00-foundation': foundation,
  '2026-11-21T03-00-audit-head': auditHead,
};

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
}
