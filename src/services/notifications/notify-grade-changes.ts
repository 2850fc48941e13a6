import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { insertNotifications } from '../../store/notification.repository.ts';
import { deliverMessages } from './notify-enterprise.ts';
import type { OutgoingMessage } from './notifier.ts';

/** Enterprises compared per statement. */
const CHUNK = 10_000;

/** The title of a message about a grade that moved. A is the best grade: a letter earlier in the alphabet is higher. */
export function gradeMoveTitle(before: string, after: string): string {
  return `信用评价等级${after < before ? '上调' : '下调'}`;
}

/**
 * Tells each enterprise whose grade changed: run right after a re-evaluation stored new results for
 * them, it compares each enterprise's current evaluation with the one before it (the evaluation service does not
 * hand back the previous grade, and the stored history has it) and puts a message in the inbox of those whose grade
 * moved. An enterprise evaluated for the first time has nothing to compare with and gets no message.
 * Returns how many enterprises were told.
 */
export async function notifyGradeChanges(db: Kysely<Database>, enterpriseIds: number[]): Promise<number> {
  const unique = [...new Set(enterpriseIds)];
  let told = 0;
  for (let start = 0; start < unique.length; start += CHUNK) {
    const ids = unique.slice(start, start + CHUNK);
    const rows = await sql<{ enterprise_id: number; grades: string[]; scores: number[] }>`
      select e.id as enterprise_id, array_agg(l.grade order by l.position) as grades, array_agg(l.score::float8 order by l.position) as scores
      from unnest(${sql.val(ids)}::bigint[]) as e(id)
      cross join lateral (
        select v.grade, v.score, row_number() over (order by v.as_of desc, v.id desc) as position
        from (select grade, score, as_of, id from evaluations where enterprise_id = e.id order by as_of desc, id desc limit 2) v
      ) l
      group by e.id`.execute(db);
    const changed = rows.rows
      .filter((row) => row.grades.length === 2 && row.grades[0] !== row.grades[1])
      .map((row) => {
        const [now, before] = row.grades;
        const [newScore, oldScore] = row.scores.map((score) => Number(score).toFixed(2));
        return {
          enterprise_id: Number(row.enterprise_id),
          title: gradeMoveTitle(before!, now!),
          body: `贵企业的信用评价等级由 ${before} 调整为 ${now}（${newScore} 分）。可在信用报告中查看各项指标的得分与依据，对结果有异议的可申请复评。`,
          parameters: { oldGrade: before!, newGrade: now!, oldScore: oldScore!, newScore: newScore! },
        };
      });
    if (changed.length === 0) continue;
    await insertNotifications(
      db,
      changed.map((change) => ({
        enterpriseId: change.enterprise_id,
        topic: 'grade',
        title: change.title,
        body: change.body,
        subjectType: 'enterprise',
        subjectId: String(change.enterprise_id),
      })),
    );
    told += changed.length;
    await deliverMessages(
      changed.map(
        (change): OutgoingMessage => ({
          enterpriseId: change.enterprise_id,
          topic: 'grade',
          title: change.title,
          body: change.body,
          parameters: change.parameters,
        }),
      ),
    );
  }
  return told;
}
