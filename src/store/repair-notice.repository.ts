import { sql } from 'kysely';
import type { Executor } from './executor.ts';

/** An inbox message written for an enterprise. */
export interface WrittenNotificationRow {
  enterprise_id: number;
  title: string;
  body: string;
}

/**
 * In one statement, marks reminded on `today` each 信用修复提示函 not yet reminded whose repair date has come while its
 * record is still active, and puts “可以申请信用修复” in the enterprise's inbox for it. Returns the messages written.
 */
export async function remindRepairableNotices(db: Executor, today: string): Promise<WrittenNotificationRow[]> {
  const told = await sql<WrittenNotificationRow>`
    with due as (
      update repair_notices n set reminded_on = ${today}::date
      from records r
      where r.id = n.record_id and n.reminded_on is null and n.repairable_from <= ${today}::date and r.status = 'active'
      returning n.id, n.enterprise_id, n.kind, n.decision_number, n.repairable_from
    )
    insert into notifications (enterprise_id, topic, title, body, subject_type, subject_id)
    select due.enterprise_id, 'deadline', '可以申请信用修复',
      '贵企业的' || coalesce(k.label, due.kind) || '信息' || coalesce('（' || due.decision_number || '）', '') || '自 ' || to_char(due.repairable_from, 'YYYY-MM-DD') ||
      ' 起可以申请信用修复：纠正失信行为、履行相关义务后，提交证明材料并作出修复型信用承诺。',
      'repair_notice', due.id::text
    from due left join record_kinds k on k.code = due.kind
    returning enterprise_id, title, body`.execute(db);
  return told.rows;
}
