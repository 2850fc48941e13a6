import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import type { Database } from '../../store/database.ts';
import { seedHolidayYears } from '../calendar/seed-holiday-years.ts';

/**
 * Mirrors the catalog's departments and record kinds into the database, so records can reference them, and seeds the
 * holiday calendar's years the database does not hold yet.
 */
export async function syncCatalog(db: Kysely<Database>): Promise<void> {
  const catalog = loadCatalog();
  await db.transaction().execute(async (trx) => {
    for (const department of catalog.departments) {
      const row = {
        code: department.code,
        name: department.name,
        short_name: department.shortName,
        uscc: department.uscc ?? null,
        kind: department.kind,
      };
      await trx
        .insertInto('departments')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet(row))
        .execute();
    }
    for (const kind of catalog.kinds) {
      const row = { code: kind.code, label: kind.label, category: kind.category, polarity: kind.polarity };
      await trx
        .insertInto('record_kinds')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet(row))
        .execute();
    }
    await seedHolidayYears(trx);
  });
}
