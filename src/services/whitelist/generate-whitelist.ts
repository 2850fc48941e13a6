import { sql, type Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { isIsoDate } from '../../domain/month-arithmetic.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { requirePublishedModel } from '../evaluation/published-model.ts';
import { computeWhitelist } from './compute-whitelist.ts';
import { findCurrentGenerationId, findWhitelistGeneration } from './list-whitelist.ts';
import { pushWhitelistGeneration, type PushOutcome } from './push-whitelist-generation.ts';
import { loadWhitelistRules, type WhitelistRules } from './whitelist-rules.ts';
import type { GenerationTrigger, WhitelistGenerationView } from './whitelist.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { findEnterpriseRefsById } from '../../store/enterprise.repository.ts';

export interface GenerateWhitelistOptions {
  trigger: GenerationTrigger;
  /** Who or what asked (an account, 定时任务, 演示数据). */
  actor: string;
  /** Default: today in the district. */
  asOf?: string;
  /** The month (YYYY-MM) a scheduled generation stands for; required with trigger 'schedule'. */
  period?: string;
  /** The day the platform believes it is (tests); default today in the district. */
  today?: string;
  /** Other rules than the catalog's (tests, trying a variant). */
  rules?: WhitelistRules;
}

export interface GenerationOutcome {
  /**
   * False when nothing was stored: the period already has its list, a review found nothing to withdraw, or the
   * reviewed list was replaced meanwhile.
   */
  created: boolean;
  generation: WhitelistGenerationView | null;
  pushes: PushOutcome[];
  /** Why an excluded candidate is off the list (USCC → reasons); empty when nothing was created. */
  exclusions: Array<{ uscc: string; reasons: string[] }>;
}

/** Serialises generations, so two servers (or a server and cron) never store the same period twice. */
const WHITELIST_LOCK = 0x78705f77686974; // "xp_whit"
const ENTRY_CHUNK = 1000;

/**
 * Generates the IP-pledge whitelist (000 §二(七)) as of a date from the stored current grades and
 * records, stores it with the rules' digest, the model version and who triggered it, and pushes it to the banks
 * (pushSharedList; those no longer listed are withdrawn with a `list_updated` 'removed' event). Audited as
 * `whitelist.generated`.
 *
 * A 'review' generation re-checks only the current list's enterprises and is stored only when some of them no
 * longer qualify: they leave the banks' lists the day it happens, while newly qualifying enterprises wait for the
 * next scheduled list.
 */
export async function generateWhitelist(
  db: Kysely<Database>,
  options: GenerateWhitelistOptions,
): Promise<GenerationOutcome> {
  const rules = options.rules ?? loadWhitelistRules();
  const today = options.today ?? todayInDistrict();
  const asOf = options.asOf ?? today;
  if (!isIsoDate(asOf))
    throw new AppError('INVALID_INPUT', `字段“名单基准日”：名单基准日应为 YYYY-MM-DD 格式的有效日期，实际为“${asOf}”`);
  if (asOf > today)
    throw new AppError(
      'INVALID_INPUT',
      `字段“名单基准日”：名单基准日 ${asOf} 晚于今天（${today}）：只能按今天及以前的日期生成`,
    );
  if ((options.trigger === 'schedule') !== (options.period !== undefined))
    throw new AppError('INTERNAL', '定期生成须注明所属月份', { message: 'period goes with trigger schedule only' });
  const published = await requirePublishedModel(db);
  const modelGrades = published.compiled.model.grades.map((row) => row.grade);

  let previousIds: number[] | undefined;
  let reviewedId: number | null = null;
  if (options.trigger === 'review') {
    const currentId = (reviewedId = await findCurrentGenerationId(db));
    if (currentId === null) return { created: false, generation: null, pushes: [], exclusions: [] };
    previousIds = (
      await db.selectFrom('whitelist_entries').select('enterprise_id').where('generation_id', '=', currentId).execute()
    ).map((row) => Number(row.enterprise_id));
  }
  const computed = await computeWhitelist(db, { asOf, rules, modelGrades, onlyEnterpriseIds: previousIds });
  if (previousIds && computed.entries.length === previousIds.length)
    return { created: false, generation: null, pushes: [], exclusions: [] };

  const generationId = await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${WHITELIST_LOCK}::bigint)`.execute(trx);
    if (options.period !== undefined) {
      const taken = await trx
        .selectFrom('whitelist_generations')
        .select('id')
        .where('trigger', '=', 'schedule')
        .where('period', '=', options.period)
        .executeTakeFirst();
      if (taken) return null;
    }
    // A review stands only if the list it reviewed is still the current one (another process may have replaced it).
    if (reviewedId !== null && (await findCurrentGenerationId(trx)) !== reviewedId) return null;
    const generation = await trx
      .insertInto('whitelist_generations')
      .values({
        list_code: rules.listCode,
        as_of: asOf,
        period: options.period ?? null,
        trigger: options.trigger,
        triggered_by: options.actor,
        rules_digest: rules.digest,
        rules: JSON.stringify(rules),
        model_version_id: published.version.id,
        candidates: computed.candidates,
        ungraded: computed.ungraded,
        excluded_by_grade: computed.excludedByGrade,
        excluded_by_records: computed.excludedByRecords,
        listed: computed.entries.length,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = Number(generation.id);
    for (let start = 0; start < computed.entries.length; start += ENTRY_CHUNK) {
      await trx
        .insertInto('whitelist_entries')
        .values(
          computed.entries.slice(start, start + ENTRY_CHUNK).map((entry) => ({
            generation_id: id,
            enterprise_id: entry.enterpriseId,
            rank: entry.rank,
            grade: entry.grade,
            score: entry.score,
            evaluated_on: entry.evaluatedOn,
            valid_patents: entry.validPatents,
            valid_invention_patents: entry.validInventionPatents,
            is_priority: entry.isPriority,
          })),
        )
        .execute();
    }
    await appendAuditEvent(trx, {
      actor: options.actor,
      action: 'whitelist.generated',
      subjectType: 'whitelist_generation',
      subjectId: String(id),
      payload: {
        listCode: rules.listCode,
        asOf,
        period: options.period ?? null,
        trigger: options.trigger,
        rulesDigest: rules.digest,
        modelVersion: `${published.version.model_id}/${published.version.version}`,
        candidates: computed.candidates,
        ungraded: computed.ungraded,
        excludedByGrade: computed.excludedByGrade,
        excludedByRecords: computed.excludedByRecords,
        listed: computed.entries.length,
      },
    });
    return id;
  });
  if (generationId === null) return { created: false, generation: null, pushes: [], exclusions: [] };

  const pushes = await pushWhitelistGeneration(db, generationId, rules, options.actor);
  const usccOf = new Map(
    (await findEnterpriseRefsById(db, [...computed.exclusions.keys()])).map((row) => [Number(row.id), row.uscc]),
  );
  return {
    created: true,
    generation: await findWhitelistGeneration(db, generationId),
    pushes,
    exclusions: [...computed.exclusions]
      .map(([id, reasons]) => ({ uscc: usccOf.get(id)!, reasons }))
      .sort((a, b) => (a.uscc < b.uscc ? -1 : 1)),
  };
}
