import type { Selectable } from 'kysely';
import type { RecordKindTable } from './database.ts';
import type { Executor } from './executor.ts';

/** record_kinds: the database's mirror of the catalog's record kinds (record-kinds.yaml), which records reference. */

export type RecordKindRow = Selectable<RecordKindTable>;

export async function listRecordKindRows(db: Executor): Promise<RecordKindRow[]> {
  return db.selectFrom('record_kinds').selectAll().execute();
}

/** Writes one kind's label, category and polarity; the code, the key records reference, is never updated. */
export async function upsertRecordKind(
  db: Executor,
  code: string,
  values: Pick<RecordKindRow, 'label' | 'category' | 'polarity'>,
): Promise<void> {
  await db
    .insertInto('record_kinds')
    .values({ code, ...values })
    .onConflict((oc) => oc.column('code').doUpdateSet(values))
    .execute();
}
