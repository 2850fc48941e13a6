import { sql, type Selectable } from 'kysely';
import type { RepairNoticeTable } from './database.ts';
import type { Executor } from './executor.ts';

/** A 信用修复提示函 to issue with a new negative record: what it says is stored, so its PDF reads the same later. */
export interface NewRepairNotice {
  recordId: number;
  recordVersion: number;
  enterpriseId: number;
  kind: string;
  departmentCode: string;
  decisionNumber: string | null;
  decidedOn: string | null;
  repairableFrom: string;
  publicUntil: string | null;
  basis: string;
  /** Set when the repair date has already come on the day of issue: the notice is then its own reminder. */
  remindedOn: string | null;
}

export type RepairNoticeRow = Selectable<RepairNoticeTable>;

/**
 * Issues the notices of one batch in one statement however many there are, and returns the id of each notice issued
 * with its record. A record that has its notice already gets no second one (a re-run of the same batch issues none).
 */
export async function insertRepairNotices(
  db: Executor,
  batchId: number,
  notices: readonly NewRepairNotice[],
): Promise<Array<{ id: number; recordId: number }>> {
  if (notices.length === 0) return [];
  const issued = await sql<{ id: number; recordId: number }>`
    insert into repair_notices (record_id, record_version, enterprise_id, batch_id, kind, department_code, decision_number,
      decided_on, repairable_from, public_until, basis, reminded_on)
    select "recordId", "recordVersion", "enterpriseId", ${batchId}, kind, "departmentCode", "decisionNumber", "decidedOn",
      "repairableFrom", "publicUntil", basis, "remindedOn"
    from jsonb_to_recordset(${JSON.stringify(notices)}::jsonb) as x("recordId" bigint, "recordVersion" integer,
      "enterpriseId" bigint, kind text, "departmentCode" text, "decisionNumber" text, "decidedOn" date,
      "repairableFrom" date, "publicUntil" date, basis text, "remindedOn" date)
    on conflict (record_id) do nothing
    returning id, record_id as "recordId"`.execute(db);
  return issued.rows.map((row) => ({ id: Number(row.id), recordId: Number(row.recordId) }));
}

/** One notice as stored, or undefined when there is none with that id. */
export async function findRepairNoticeRow(db: Executor, id: number): Promise<RepairNoticeRow | undefined> {
  return db.selectFrom('repair_notices').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The ids of an enterprise's notices, newest first, at most `limit`. */
export async function listRepairNoticeIds(db: Executor, enterpriseId: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('repair_notices')
    .select('id')
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => Number(row.id));
}

/** A 信用修复提示函 whose repair date has come, as the enterprise is told about it. */
export interface RepairableNotice {
  id: number;
  enterpriseId: number;
  /** The record kind's name (its code when the catalog no longer has it). */
  kindLabel: string;
  decisionNumber: string | null;
  repairableFrom: string;
}

/**
 * Marks reminded on `today` each 信用修复提示函 not yet reminded whose repair date has come while its record is still
 * active, and returns them, in one statement: run it in the transaction that tells the enterprises, so a notice is
 * marked exactly when its message is written.
 */
export async function markRepairableNoticesReminded(db: Executor, today: string): Promise<RepairableNotice[]> {
  const due = await sql<RepairableNotice>`
    with due as (
      update repair_notices n set reminded_on = ${today}::date
      from records r
      where r.id = n.record_id and n.reminded_on is null and n.repairable_from <= ${today}::date and r.status = 'active'
      returning n.id, n.enterprise_id, n.kind, n.decision_number, n.repairable_from
    )
    select due.id, due.enterprise_id as "enterpriseId", coalesce(k.label, due.kind) as "kindLabel",
      due.decision_number as "decisionNumber", to_char(due.repairable_from, 'YYYY-MM-DD') as "repairableFrom"
    from due left join record_kinds k on k.code = due.kind
    order by due.id`.execute(db);
  return due.rows.map((row) => ({ ...row, id: Number(row.id), enterpriseId: Number(row.enterpriseId) }));
}
