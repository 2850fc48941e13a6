import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import type { Database } from '../../store/database.ts';
import { listRecordKindRows, upsertRecordKind } from '../../store/record-kind.repository.ts';
import { seedHolidayYears } from '../calendar/seed-holiday-years.ts';

/**
 * Mirrors the catalog's departments and record kinds into the database, so records can reference them, and seeds the
 * holiday calendar's years the database does not hold yet.
 *
 * Every command runs this at start, beside imports that hold key-share locks on the departments and kinds their rows
 * reference. So only rows that are missing or differ are written, and the key column is never in the update: an update
 * of a key column takes the row's strongest lock, which waits for those imports and can deadlock with them.
 */
export async function syncCatalog(db: Kysely<Database>): Promise<void> {
  const catalog = loadCatalog();
  await db.transaction().execute(async (trx) => {
    const departments = new Map(
      (await trx.selectFrom('departments').selectAll().execute()).map((row) => [row.code, row]),
    );
    for (const department of catalog.departments) {
      const values = {
        name: department.name,
        short_name: department.shortName,
        uscc: department.uscc ?? null,
        kind: department.kind,
      };
      const stored = departments.get(department.code);
      if (stored && isSame(stored, values)) continue;
      await trx
        .insertInto('departments')
        .values({ code: department.code, ...values })
        .onConflict((oc) => oc.column('code').doUpdateSet(values))
        .execute();
    }
    const kinds = new Map((await listRecordKindRows(trx)).map((row) => [row.code, row]));
    for (const kind of catalog.kinds) {
      const values = { label: kind.label, category: kind.category, polarity: kind.polarity };
      const stored = kinds.get(kind.code);
      if (stored && isSame(stored, values)) continue;
      await upsertRecordKind(trx, kind.code, values);
    }
    await seedHolidayYears(trx);
  });
}

function isSame(stored: object, values: Record<string, unknown>): boolean {
  return Object.entries(values).every(([column, value]) => (stored as Record<string, unknown>)[column] === value);
}
