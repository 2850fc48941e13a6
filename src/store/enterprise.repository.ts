import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type RawBuilder,
  type Selectable,
  type SqlBool,
  type Transaction,
} from 'kysely';
import { AppError } from '../domain/app-error.ts';
import type { Database, EnterpriseTable, LegacyUsccAcceptanceTable, RecordTable } from './database.ts';
import { currentGradeSubquery } from './evaluation.repository.ts';
import { recordEnterpriseVersions } from './enterprise-history.repository.ts';
import { carriesProfileTag } from './profile-tag.repository.ts';
import type { Executor } from './executor.ts';

/** The registry columns a registration writes (everything but id, source and timestamps). */
export interface EnterpriseValues {
  uscc: string;
  name: string;
  legal_representative: string | null;
  industry_code: string | null;
  region_code: string | null;
  registered_on: string | null;
  status: string;
  tiers: string[];
  incubator_code: string | null;
  uscc_warning: string | null;
}

export type EnterpriseRow = Selectable<EnterpriseTable>;
export type LegacyAcceptanceRow = Selectable<LegacyUsccAcceptanceTable>;

// Bulk statements stay well under PostgreSQL's 65,535 bind parameters.
const INSERT_CHUNK = 1000;

export async function findEnterprisesByUscc(
  db: Kysely<Database>,
  codes: string[],
  options: { forUpdate?: boolean } = {},
): Promise<Map<string, EnterpriseRow>> {
  if (codes.length === 0) return new Map();
  let query = db.selectFrom('enterprises').selectAll().where('uscc', 'in', codes);
  if (options.forUpdate) query = query.forUpdate();
  const rows = await query.execute();
  return new Map(rows.map((row) => [row.uscc, row]));
}

export async function findEnterpriseByUscc(db: Executor, uscc: string): Promise<EnterpriseRow | undefined> {
  return db.selectFrom('enterprises').selectAll().where('uscc', '=', uscc).executeTakeFirst();
}

/** How use cases name an enterprise: its id, USCC and name. */
export type EnterpriseRef = Pick<EnterpriseRow, 'id' | 'uscc' | 'name'>;

const ENTERPRISE_REF = ['id', 'uscc', 'name'] as const;

/** The error every use case gives for a USCC the registry does not hold. */
export function enterpriseNotFound(uscc: string): AppError {
  return new AppError('NOT_FOUND', `未找到统一社会信用代码为 ${uscc} 的企业`);
}

/** The enterprise with this USCC, or NOT_FOUND. */
export async function requireEnterprise(db: Executor, uscc: string): Promise<EnterpriseRow> {
  const found = await findEnterpriseByUscc(db, uscc);
  if (!found) throw enterpriseNotFound(uscc);
  return found;
}

/** The enterprise a stored row points to (its foreign key guarantees it exists). */
export async function findEnterpriseRefById(db: Executor, id: number): Promise<EnterpriseRef> {
  return db.selectFrom('enterprises').select(ENTERPRISE_REF).where('id', '=', id).executeTakeFirstOrThrow();
}

/** The enterprises of these USCCs the registry holds, in no particular order. */
export async function findEnterpriseRefsByUscc(db: Executor, codes: readonly string[]): Promise<EnterpriseRef[]> {
  if (codes.length === 0) return [];
  return db.selectFrom('enterprises').select(ENTERPRISE_REF).where('uscc', 'in', codes).execute();
}

/** The industry division (the first three characters of the industry code) with the most enterprises, if any. */
export async function findLargestIndustryDivision(db: Executor): Promise<string | undefined> {
  const row = await db
    .selectFrom('enterprises')
    .select(sql<string>`left(industry_code, 3)`.as('division'))
    .where('industry_code', 'is not', null)
    .groupBy(sql`left(industry_code, 3)`)
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(sql`left(industry_code, 3)`)
    .limit(1)
    .executeTakeFirst();
  return row?.division;
}

/** The USCCs of the first `limit` enterprises (in id order) of one industry division. */
export async function listUsccsInIndustryDivision(db: Executor, division: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('enterprises')
    .select('uscc')
    .where(sql<boolean>`left(industry_code, 3) = ${division}`)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.uscc);
}

/** The first `limit` enterprises in registration (id) order. */
export async function listFirstEnterprises(db: Executor, limit: number): Promise<EnterpriseRef[]> {
  return db.selectFrom('enterprises').select(ENTERPRISE_REF).orderBy('id').limit(limit).execute();
}

/** How many enterprises the registry holds. */
export async function countEnterprises(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('enterprises')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The attributes rules read about an enterprise (policies, the credit index), in id order; all, or those of `ids`. */
export type EnterpriseProfileRow = Pick<
  EnterpriseRow,
  'id' | 'uscc' | 'name' | 'status' | 'industry_code' | 'region_code' | 'registered_on' | 'tiers' | 'incubator_code'
>;

export async function listEnterpriseProfiles(db: Executor, ids?: readonly number[]): Promise<EnterpriseProfileRow[]> {
  if (ids && ids.length === 0) return [];
  return db
    .selectFrom('enterprises')
    .select([
      'id',
      'uscc',
      'name',
      'status',
      'industry_code',
      'region_code',
      'registered_on',
      'tiers',
      'incubator_code',
    ])
    .$if(ids !== undefined, (query) => query.where('id', 'in', ids!))
    .orderBy('id')
    .execute();
}

/** Every enterprise matching an industry prefix and a tier, by USCC, with its latest evaluation's grade and model directory. */
export async function listEnterprisesWithLatestGrade(
  db: Executor,
  filter: { industryPrefix?: string; tier?: string } = {},
): Promise<
  Array<
    Pick<EnterpriseRow, 'id' | 'uscc' | 'name' | 'industry_code' | 'tiers'> & {
      grade: string | null;
      dir: string | null;
      /** The date the latest grade is as of. */
      as_of: string | null;
    }
  >
> {
  let query = db
    .selectFrom('enterprises as e')
    .leftJoin(
      sql<{
        enterprise_id: number;
        grade: string;
        dir: string;
        as_of: string;
      }>`(select distinct on (ev.enterprise_id) ev.enterprise_id, ev.grade, mv.dir, ev.as_of
        from evaluations ev join model_versions mv on mv.id = ev.model_version_id
        order by ev.enterprise_id, ev.as_of desc, ev.id desc)`.as('g'),
      (join) => join.onRef('g.enterprise_id', '=', 'e.id'),
    )
    .select(['e.id', 'e.uscc', 'e.name', 'e.industry_code', 'e.tiers', 'g.grade', 'g.dir', 'g.as_of']);
  if (filter.industryPrefix) query = query.where('e.industry_code', 'like', `${filter.industryPrefix}%`);
  if (filter.tier) query = query.where(sql<boolean>`${filter.tier} = any(e.tiers)`);
  return query.orderBy('e.uscc').execute();
}

/** The first enterprise (by id) not on a whitelist generation, or undefined. */
export async function findFirstEnterpriseNotListed(
  db: Executor,
  generationId: number,
): Promise<EnterpriseRef | undefined> {
  return db
    .selectFrom('enterprises')
    .select(ENTERPRISE_REF)
    .where('id', 'not in', (eb) =>
      eb.selectFrom('whitelist_entries').select('enterprise_id').where('generation_id', '=', generationId),
    )
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/** The USCC of every enterprise entered by registration (not only named by an imported record), in USCC order. */
export async function listRegistryUsccs(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('enterprises')
    .select('uscc')
    .where('source', '=', 'registry')
    .orderBy('uscc')
    .execute();
  return rows.map((row) => row.uscc);
}

/** The USCC of every enterprise the platform knows, registered or named by a record. */
export async function listKnownUsccs(db: Executor): Promise<Set<string>> {
  const rows = await db.selectFrom('enterprises').select('uscc').execute();
  return new Set(rows.map((row) => row.uscc));
}

/** The enterprises of these ids, in no particular order. */
export async function findEnterpriseRefsById(db: Executor, ids: readonly number[]): Promise<EnterpriseRef[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('enterprises').select(ENTERPRISE_REF).where('id', 'in', ids).execute();
}

/**
 * The enterprises stored rows point to, by id, for naming those rows (their foreign keys guarantee each exists).
 * Ids may repeat; they are read in chunks, so a whole list's worth stays under the bind-parameter limit.
 */
export async function mapEnterpriseRefsById(
  db: Executor,
  ids: readonly (number | string)[],
): Promise<Map<number, EnterpriseRef>> {
  const distinct = [...new Set(ids.map(Number))];
  const refs = new Map<number, EnterpriseRef>();
  for (let start = 0; start < distinct.length; start += INSERT_CHUNK)
    for (const ref of await findEnterpriseRefsById(db, distinct.slice(start, start + INSERT_CHUNK)))
      refs.set(Number(ref.id), ref);
  return refs;
}

/** Inserts registry entries and returns uscc → id. */
export async function insertEnterprises(
  trx: Transaction<Database>,
  rows: EnterpriseValues[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const chunk = rows.slice(start, start + INSERT_CHUNK).map((row) => ({ ...row, source: 'registry' }));
    const inserted = await trx.insertInto('enterprises').values(chunk).returning(['id', 'uscc']).execute();
    for (const row of inserted) ids.set(row.uscc, row.id);
    await recordEnterpriseVersions(
      trx,
      inserted.map((row) => row.id),
    );
  }
  return ids;
}

/** Overwrites the registry columns of one enterprise; an entry first created by an import becomes a registry entry. */
export async function updateEnterprise(
  trx: Transaction<Database>,
  id: number,
  values: EnterpriseValues,
): Promise<void> {
  await trx
    .updateTable('enterprises')
    .set({ ...values, source: 'registry', updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
  await recordEnterpriseVersions(trx, [id]);
}

export async function findLegacyAcceptances(
  db: Kysely<Database>,
  codes: string[],
): Promise<Map<string, LegacyAcceptanceRow>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('legacy_uscc_acceptances').selectAll().where('uscc', 'in', codes).execute();
  return new Map(rows.map((row) => [row.uscc, row]));
}

/** Every code that fails the check digit but an operator accepted as a real legacy code. */
export async function listLegacyAcceptedUsccs(db: Executor): Promise<Set<string>> {
  const rows = await db.selectFrom('legacy_uscc_acceptances').select('uscc').execute();
  return new Set(rows.map((row) => row.uscc));
}

export async function insertLegacyAcceptance(
  trx: Transaction<Database>,
  row: { uscc: string; reason: string; accepted_by: string },
): Promise<LegacyAcceptanceRow> {
  return trx.insertInto('legacy_uscc_acceptances').values(row).returningAll().executeTakeFirstOrThrow();
}

export interface EnterpriseSearch {
  /** Upper-cased code characters to match as a USCC prefix, when the text can be one. */
  usccPrefix?: string;
  /** Text to find inside the name. */
  nameText?: string;
  /** The grade of the current evaluation; null: enterprises not evaluated yet. */
  grade?: string | null;
  /** A 国民经济行业分类 code (GB/T 4754-2017) the industry code starts with: a section letter or a division. */
  industryPrefix?: string;
  /** A tier of the 科创企业梯次培育库 the enterprise belongs to. */
  tier?: string;
  /** A 信用画像 tag the enterprise carried at the last refresh (enterprise_profile_tags). */
  tag?: string;
  limit: number;
  offset: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** The filter of a search, or undefined when it has no criteria (the whole registry). */
function matchSearch(
  search: EnterpriseSearch,
): ((eb: ExpressionBuilder<Database, 'enterprises'>) => Expression<SqlBool>) | undefined {
  const { usccPrefix, nameText, grade, industryPrefix, tier, tag } = search;
  const hasText = usccPrefix !== undefined || nameText !== undefined;
  if (!hasText && grade === undefined && industryPrefix === undefined && tier === undefined && tag === undefined)
    return undefined;
  return (eb) => {
    const text: Expression<SqlBool>[] = [];
    if (usccPrefix !== undefined) text.push(eb('uscc', 'like', `${escapeLike(usccPrefix)}%`));
    if (nameText !== undefined) text.push(eb('name', 'ilike', `%${escapeLike(nameText)}%`));
    const conditions: Expression<SqlBool>[] = hasText ? [eb.or(text)] : [];
    if (grade === null) conditions.push(sql<SqlBool>`${currentGradeSubquery('enterprises.id')} is null`);
    else if (grade !== undefined) conditions.push(sql<SqlBool>`${currentGradeSubquery('enterprises.id')} = ${grade}`);
    if (industryPrefix !== undefined) conditions.push(eb('industry_code', 'like', `${escapeLike(industryPrefix)}%`));
    if (tier !== undefined) conditions.push(sql<SqlBool>`${tier} = any(tiers)`);
    if (tag !== undefined) conditions.push(carriesProfileTag(tag, 'enterprises.id'));
    return eb.and(conditions);
  };
}

export interface EnterpriseListRow {
  id: number;
  uscc: string;
  name: string;
  status: string;
  industry_code: string | null;
  region_code: string | null;
  tiers: string[];
  incubator_code: string | null;
  source: string;
  grade: string | null;
}

/**
 * One page of the registry, matching a USCC prefix or part of the name, and the grade, industry and tier asked for. Short keywords use ILIKE (the trigram index
 * enterprises_name_trgm serves it from three characters on); rows are ordered USCC matches first, then by
 * word_similarity to the keyword, then by USCC, so paging is stable.
 */
export async function searchEnterprises(
  db: Kysely<Database>,
  search: EnterpriseSearch,
): Promise<{ total: number; rows: EnterpriseListRow[] }> {
  const filter = matchSearch(search);
  const counted = await db
    .selectFrom('enterprises')
    .$if(filter !== undefined, (query) => query.where(filter!))
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  let query = db
    .selectFrom('enterprises')
    .$if(filter !== undefined, (query) => query.where(filter!))
    .select([
      'id',
      'uscc',
      'name',
      'status',
      'industry_code',
      'region_code',
      'tiers',
      'incubator_code',
      'source',
      // The grade of the enterprise's current evaluation (index-only scan of evaluations_current); null if never evaluated.
      currentGradeSubquery('enterprises.id').as('grade'),
    ]);
  if (search.usccPrefix !== undefined)
    query = query.orderBy(sql`uscc like ${`${escapeLike(search.usccPrefix)}%`}`, 'desc');
  if (search.nameText !== undefined) query = query.orderBy(sql`word_similarity(${search.nameText}, name)`, 'desc');
  const rows = await query.orderBy('uscc').limit(search.limit).offset(search.offset).execute();
  return { total: Number(counted.total), rows };
}

export type EnterpriseRecordRow = Pick<
  Selectable<RecordTable>,
  | 'id'
  | 'kind'
  | 'status'
  | 'occurred_on'
  | 'ends_on'
  | 'level'
  | 'subtype'
  | 'grade'
  | 'amount'
  | 'quantity'
  | 'version'
  | 'batch_id'
  | 'source_row'
> & { kind_label: string; department: string; department_name: string; fields: Record<string, unknown> };

/** The current state of every record of one enterprise, newest first. */
export async function findRecordsOfEnterprise(
  db: Kysely<Database>,
  enterpriseId: number,
): Promise<EnterpriseRecordRow[]> {
  const rows = await db
    .selectFrom('records as r')
    .innerJoin('record_kinds as k', 'k.code', 'r.kind')
    .innerJoin('departments as d', 'd.code', 'r.department_code')
    .select([
      'r.id',
      'r.kind',
      'k.label as kind_label',
      'r.department_code as department',
      'd.short_name as department_name',
      'r.status',
      'r.occurred_on',
      'r.ends_on',
      'r.level',
      'r.subtype',
      'r.grade',
      'r.amount',
      'r.quantity',
      'r.fields',
      'r.version',
      'r.batch_id',
      'r.source_row',
    ])
    .where('r.enterprise_id', '=', enterpriseId)
    .orderBy(sql`r.occurred_on desc nulls last`)
    .orderBy('r.id')
    .execute();
  return rows.map((row) => ({ ...row, fields: row.fields as Record<string, unknown> }));
}

/** Enterprises in no incubator today, registered within the dates given (inclusive), by code: the demo's past tenants. */
export async function listEnterprisesOutsideIncubators(
  db: Executor,
  options: { registeredFrom: string; registeredTo: string; limit: number },
): Promise<Array<{ id: number; uscc: string; registered_on: string | null }>> {
  const rows = await db
    .selectFrom('enterprises')
    .select(['uscc', 'registered_on', 'id'])
    .where('incubator_code', 'is', null)
    .where('registered_on', 'is not', null)
    .where('registered_on', '<=', options.registeredTo)
    .where('registered_on', '>=', options.registeredFrom)
    .orderBy('uscc')
    .limit(options.limit)
    .execute();
  return rows.map((row) => ({ ...row, id: Number(row.id) }));
}

/** The id of the enterprise with this USCC, as a scalar subquery (null when none has it). */
export function enterpriseIdOfUscc(uscc: string): RawBuilder<number | null> {
  return sql<number | null>`(select id from enterprises where uscc = ${uscc})`;
}
