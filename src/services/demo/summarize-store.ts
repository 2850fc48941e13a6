import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';

export interface StoreSummary {
  enterprises: number;
  records: number;
  batches: number;
  auditEvents: number;
}

/** How much the platform holds, for the start banner and the demo's decision to fill an empty store. */
export async function summarizeStore(db: Kysely<Database>): Promise<StoreSummary> {
  const count = async (table: 'enterprises' | 'records' | 'import_batches' | 'audit_events') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow()
      ).count,
    );
  return {
    enterprises: await count('enterprises'),
    records: await count('records'),
    batches: await count('import_batches'),
    auditEvents: await count('audit_events'),
  };
}
