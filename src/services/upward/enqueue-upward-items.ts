import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { districtDaySql, enqueueRecordVersionItems } from '../../store/upward-item.repository.ts';
import { EVALUATION_DATA_SET } from './upward-rows.ts';

/**
 * Turns what the district holds into upward items, each once (its idempotency key is unique):
 * - every record version: version 1 is `new`; a later version is a `repair`, `revocation` or `removal` when its status
 *   became repaired, revoked or removed with it (001 §二(四): the receiver must stop using a repaired record), and a
 *   `correction` otherwise (a re-sent row with changed content, an objection upheld);
 * - every evaluation result of a published model version whose grade or score differs from the enterprise's previous
 *   result (an unchanged re-evaluation tells the province nothing new).
 * Returns how many items were added. Safe to run by two processes at once: the keys are unique.
 */
export async function enqueueUpwardItems(db: Kysely<Database>): Promise<number> {
  const versions = await enqueueRecordVersionItems(db);

  const evaluations = await db.transaction().execute(async (trx) => {
    const cursor = await trx
      .selectFrom('upward_cursors')
      .select('last_id')
      .where('name', '=', EVALUATION_DATA_SET)
      .forUpdate()
      .executeTakeFirst();
    const after = Number(cursor?.last_id ?? 0);
    const head = await sql<{ id: number | null }>`select max(id) as id from evaluations`.execute(trx);
    const upto = Number(head.rows[0]?.id ?? 0);
    if (upto <= after) return 0;
    const inserted = await sql`
      insert into upward_items (idempotency_key, evaluation_id, enterprise_id, data_set, event, period_day)
      select 'evaluation-' || x.id, x.id, x.enterprise_id, ${EVALUATION_DATA_SET}, 'evaluation', ${districtDaySql('x.evaluated_at')}
      from (
        select e.id, e.enterprise_id, e.evaluated_at, e.grade, e.score,
          lag(e.grade) over w as previous_grade, lag(e.score) over w as previous_score
        from evaluations e
        join model_versions m on m.id = e.model_version_id and m.published_at is not null
        where e.enterprise_id in (select enterprise_id from evaluations where id > ${after} and id <= ${upto})
          and e.id <= ${upto}
        window w as (partition by e.enterprise_id order by e.id)
      ) x
      where x.id > ${after}
        and (x.previous_grade is null or x.previous_grade <> x.grade or x.previous_score <> x.score)
      order by x.id
      on conflict do nothing`.execute(trx);
    await trx
      .insertInto('upward_cursors')
      .values({ name: EVALUATION_DATA_SET, last_id: upto })
      .onConflict((conflict) => conflict.column('name').doUpdateSet({ last_id: upto }))
      .execute();
    return Number(inserted.numAffectedRows ?? 0);
  });
  return versions + evaluations;
}
