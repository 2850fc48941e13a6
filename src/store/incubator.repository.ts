import { sql, type Selectable } from 'kysely';
import type { Database } from './database.ts';
import type { Executor } from './executor.ts';

/** incubator_tenancies: the one owner of the table (who was hosted by which incubator, from when to when). */

export type TenancyRow = Selectable<Database['incubator_tenancies']>;
export type ExitReason = NonNullable<TenancyRow['exit_reason']>;

export interface TenancyListRow extends TenancyRow {
  uscc: string;
  enterprise_name: string;
}

function toTenancy<Row extends TenancyRow>(row: Row): Row {
  return { ...row, id: Number(row.id), enterprise_id: Number(row.enterprise_id) };
}

/**
 * Brings the open spells in line with each enterprise's incubator today (enterprises.incubator_code, what the
 * registry and imports keep): a spell whose enterprise has left or moved is closed on `today` as moved out, and an
 * enterprise in an incubator without an open spell there gets one.
 * AMBIGUITY: the enterprise register does not say when an enterprise entered its incubator. A new spell starts on
 * the enterprise's registration date when that is known and not after `today` (a firm in an incubator is mostly
 * registered there: 000 §二(二) 孵化载体代办企业登记), otherwise on `today`; a dated entry corrects it.
 */
export async function syncTenanciesWithEnterprises(
  db: Executor,
  today: string,
  recordedBy: string,
  /** Only these enterprises (those a registration changed); every enterprise when absent. */
  enterpriseIds?: readonly number[],
): Promise<{ opened: number; closed: number }> {
  if (enterpriseIds && enterpriseIds.length === 0) return { opened: 0, closed: 0 };
  const scope = enterpriseIds === undefined ? sql`true` : sql`e.id = any(${sql.val([...enterpriseIds])}::bigint[])`;
  const closed = await sql<{ id: number }>`
    update incubator_tenancies t set exited_on = greatest(${today}::date, t.entered_on), exit_reason = 'moved_out',
      updated_at = now()
    from enterprises e
    where t.enterprise_id = e.id and t.exited_on is null
      and (e.incubator_code is null or e.incubator_code <> t.incubator_code) and ${scope}
    returning t.id`.execute(db);
  const opened = await sql<{ id: number }>`
    insert into incubator_tenancies (incubator_code, enterprise_id, entered_on, recorded_by)
    select e.incubator_code, e.id,
      case when e.registered_on is not null and e.registered_on <= ${today}::date then e.registered_on
        else ${today}::date end,
      ${recordedBy}
    from enterprises e
    where e.incubator_code is not null and ${scope}
      and not exists (select 1 from incubator_tenancies t where t.enterprise_id = e.id and t.exited_on is null)
    returning id`.execute(db);
  return { opened: opened.rows.length, closed: closed.rows.length };
}

export interface NewTenancy {
  incubatorCode: string;
  enterpriseId: number;
  enteredOn: string;
  exitedOn: string | null;
  exitReason: ExitReason | null;
  recordedBy: string;
}

/** A dated spell, open or already ended (a past tenant, e.g. a graduate). */
export async function insertTenancy(db: Executor, tenancy: NewTenancy): Promise<TenancyRow> {
  const row = await db
    .insertInto('incubator_tenancies')
    .values({
      incubator_code: tenancy.incubatorCode,
      enterprise_id: tenancy.enterpriseId,
      entered_on: tenancy.enteredOn,
      exited_on: tenancy.exitedOn,
      exit_reason: tenancy.exitReason,
      recorded_by: tenancy.recordedBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toTenancy(row);
}

export async function findTenancy(db: Executor, id: number): Promise<TenancyListRow | undefined> {
  const row = await db
    .selectFrom('incubator_tenancies as t')
    .innerJoin('enterprises as e', 'e.id', 't.enterprise_id')
    .selectAll('t')
    .select(['e.uscc', 'e.name as enterprise_name'])
    .where('t.id', '=', id)
    .executeTakeFirst();
  return row ? toTenancy(row) : undefined;
}

/** Ends an open spell; undefined when it was not open. */
export async function closeTenancy(
  db: Executor,
  id: number,
  exitedOn: string,
  reason: ExitReason,
): Promise<TenancyRow | undefined> {
  const row = await db
    .updateTable('incubator_tenancies')
    .set({ exited_on: exitedOn, exit_reason: reason, updated_at: new Date() })
    .where('id', '=', id)
    .where('exited_on', 'is', null)
    .returningAll()
    .executeTakeFirst();
  return row ? toTenancy(row) : undefined;
}

/**
 * The spells of one incubator (or of all) that overlap the period from..to (both days included), with the
 * enterprise's code and name, by entry date.
 */
export async function listTenancies(
  db: Executor,
  filter: { incubatorCode?: string; from?: string; to?: string },
): Promise<TenancyListRow[]> {
  let query = db
    .selectFrom('incubator_tenancies as t')
    .innerJoin('enterprises as e', 'e.id', 't.enterprise_id')
    .selectAll('t')
    .select(['e.uscc', 'e.name as enterprise_name']);
  if (filter.incubatorCode !== undefined) query = query.where('t.incubator_code', '=', filter.incubatorCode);
  if (filter.to !== undefined) query = query.where('t.entered_on', '<=', filter.to);
  if (filter.from !== undefined)
    query = query.where((eb) => eb.or([eb('t.exited_on', 'is', null), eb('t.exited_on', '>=', filter.from!)]));
  const rows = await query.orderBy('t.entered_on').orderBy('t.id').execute();
  return rows.map(toTenancy);
}
