import { modelDisplayName } from '../../engine/model.ts';
import { sql } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Principal } from '../../domain/principal.ts';
import { matchEnterprise } from '../public-portal/match-enterprise.ts';
import { loadWhitelistRules } from './whitelist-rules.ts';
import {
  toIso,
  TRIGGER_LABELS,
  type GenerationTrigger,
  type WhitelistEntryView,
  type WhitelistGenerationView,
} from './whitelist.ts';
import type { Executor } from '../../store/executor.ts';
import { loadActorNames } from '../../store/user.repository.ts';
import { listWhitelistEntryRows } from '../../store/whitelist.repository.ts';

/**
 * The current generation: the one with the latest as-of date (the latest created among equals). A list generated
 * later for an earlier date does not replace a newer one.
 */
export async function findCurrentGenerationId(db: Executor): Promise<number | null> {
  const row = await db
    .selectFrom('whitelist_generations')
    .select('id')
    .orderBy('as_of', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.id) : null;
}

/** Generations, newest first (or the given ones), with the banks each was pushed to. */
export async function listWhitelistGenerations(db: Executor, ids?: number[]): Promise<WhitelistGenerationView[]> {
  if (ids && ids.length === 0) return [];
  let query = db
    .selectFrom('whitelist_generations as g')
    .leftJoin('model_versions as m', 'm.id', 'g.model_version_id')
    .select([
      'g.id',
      'g.list_code',
      'g.as_of',
      'g.period',
      'g.trigger',
      'g.triggered_by',
      'g.rules_digest',
      'g.candidates',
      'g.ungraded',
      'g.excluded_by_grade',
      'g.excluded_by_records',
      'g.listed',
      'g.created_at',
    ])
    .select(sql<string | null>`m.model_id || '/' || m.version`.as('model_version'))
    .select(['m.title as model_title', 'm.version as model_version_label'])
    .orderBy('g.as_of', 'desc')
    .orderBy('g.id', 'desc');
  if (ids) query = query.where('g.id', 'in', ids);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const nameOf = await loadActorNames(
    db,
    rows.map((row) => row.triggered_by),
  );
  const recipients = await db
    .selectFrom('whitelist_recipients as r')
    .innerJoin('users as u', 'u.id', 'r.recipient_user_id')
    .select(['r.generation_id', 'u.username', 'u.display_name', 'r.added', 'r.withdrawn', 'r.pushed_at'])
    .where(
      'r.generation_id',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('u.username')
    .execute();
  return rows.map((row) => ({
    id: Number(row.id),
    listCode: row.list_code,
    asOf: row.as_of,
    period: row.period,
    trigger: row.trigger as GenerationTrigger,
    triggerLabel: TRIGGER_LABELS[row.trigger as GenerationTrigger],
    triggeredBy: row.triggered_by,
    triggeredByName: nameOf(row.triggered_by),
    rulesDigest: row.rules_digest,
    modelVersion: row.model_version,
    modelName:
      row.model_title && row.model_version_label
        ? modelDisplayName({ title: row.model_title, version: row.model_version_label })
        : null,
    candidates: row.candidates,
    ungraded: row.ungraded,
    excludedByGrade: row.excluded_by_grade,
    excludedByRecords: row.excluded_by_records,
    listed: row.listed,
    recipients: recipients
      .filter((recipient) => Number(recipient.generation_id) === Number(row.id))
      .map((recipient) => ({
        username: recipient.username,
        displayName: recipient.display_name,
        added: recipient.added,
        withdrawn: recipient.withdrawn,
        pushedAt: toIso(recipient.pushed_at),
      })),
    createdAt: toIso(row.created_at),
  }));
}

export async function findWhitelistGeneration(db: Executor, id: number): Promise<WhitelistGenerationView> {
  const [generation] = await listWhitelistGenerations(db, [id]);
  if (!generation) throw new AppError('NOT_FOUND', `未找到第 ${id} 期知识产权质押融资白名单`);
  return generation;
}

export interface WhitelistPage {
  generation: WhitelistGenerationView | null;
  total: number;
  items: WhitelistEntryView[];
}

/**
 * A generation's entries in recommendation order (default: the current generation). A bank sees only the current
 * generation, and of it only the enterprises on the list pushed to it now: withdrawn ones stay hidden.
 * `q` finds enterprises by part of the name or a USCC prefix. `limit` undefined: every entry (the export).
 */
export async function listWhitelist(
  db: Executor,
  principal: Principal,
  page: { limit?: number; offset?: number; generationId?: number; q?: string } = {},
): Promise<WhitelistPage> {
  const currentId = await findCurrentGenerationId(db);
  // A bank holds the list pushed to it now; past generations are the credit office's records.
  if (principal.role === 'bank' && page.generationId !== undefined && page.generationId !== currentId)
    throw new AppError('FORBIDDEN', '金融机构只能查看推送给本机构的现行一期名单');
  const generationId = page.generationId ?? currentId;
  if (generationId === null) return { generation: null, total: 0, items: [] };
  const generation = await findWhitelistGeneration(db, generationId);
  const { total, rows } = await listWhitelistEntryRows(
    db,
    generationId,
    {
      sharedWith:
        principal.role === 'bank' ? { listCode: loadWhitelistRules().listCode, userId: principal.userId } : undefined,
      enterpriseMatching: matchEnterprise(page.q, 'e'),
    },
    page,
  );
  return {
    generation,
    total,
    items: rows.map((row) => ({
      rank: row.rank,
      uscc: row.uscc,
      name: row.name,
      industryCode: row.industry_code,
      grade: row.grade,
      score: Number(row.score),
      evaluatedOn: row.evaluated_on,
      validPatents: row.valid_patents,
      validInventionPatents: row.valid_invention_patents,
      isPriority: row.is_priority,
    })),
  };
}
