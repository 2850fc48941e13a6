import { sql } from 'kysely';
import type { Executor } from './executor.ts';

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
