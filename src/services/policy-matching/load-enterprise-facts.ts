import { sql, type Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import type { Database } from '../../store/database.ts';
import { reportedStatusSql } from '../../store/evaluation.repository.ts';
import { RND_INVESTMENT_KIND, type EnterpriseFacts, type FactRecord, type PolicyCondition } from './policy.ts';
import { profileTagConditions } from '../profile/load-profile-tags.ts';
import { listEnterpriseProfiles } from '../../store/enterprise.repository.ts';
import { listActiveRecordFacts } from '../../store/record.repository.ts';

/**
 * The record kinds the conditions read, and for each kind filtered on its reported status, that field's key. A
 * has_tag or lacks_tag reads what the tag's own rule reads.
 */
export function recordNeeds(conditions: PolicyCondition[]): { kinds: string[]; statusKeys: Map<string, string> } {
  const catalog = loadCatalog();
  const negativeKinds = catalog.kinds.filter((kind) => kind.polarity === 'negative').map((kind) => kind.code);
  const kinds = new Set<string>();
  const statusKeys = new Map<string, string>();
  const tags = profileTagConditions();
  const walk = (condition: PolicyCondition): void => {
    if (condition.type === 'all' || condition.type === 'any') condition.conditions.forEach(walk);
    if (condition.type === 'not') walk(condition.condition);
    if (condition.type === 'has_tag' || condition.type === 'lacks_tag')
      for (const code of condition.tags) walk(tags.get(code)!.condition);
    if (condition.type === 'first_recognition') kinds.add(condition.kind);
    if (condition.type === 'rnd_intensity' || condition.type === 'revenue_growth') kinds.add(RND_INVESTMENT_KIND);
    if (condition.type === 'no_active_negative') for (const kind of condition.kinds ?? negativeKinds) kinds.add(kind);
    if (condition.type === 'has_record') {
      kinds.add(condition.kind);
      const statusField = catalog.kind(condition.kind)?.fields.find((field) => field.role === 'status');
      if (condition.statusIn && statusField) statusKeys.set(condition.kind, statusField.key);
    }
  };
  conditions.forEach(walk);
  return { kinds: [...kinds].sort(), statusKeys };
}

/**
 * Everything the conditions (of policies, or of 信用画像 tags) read, for every enterprise (or the ones given) in three queries — the
 * registry, the grades, the active records of the kinds the conditions name — so matching 2,000 or 200,000
 * enterprises is one pass in memory instead of a query per enterprise and policy. The grade is the one in force on
 * the as-of date: the latest evaluation as of that day or before (an enterprise evaluated only later has none yet).
 */
export async function loadEnterpriseFacts(
  db: Kysely<Database>,
  conditions: PolicyCondition[],
  options: { asOf: string; enterpriseIds?: number[] },
): Promise<EnterpriseFacts[]> {
  const enterprises = await listEnterpriseProfiles(db, options.enterpriseIds);
  const ids = enterprises.map((row) => Number(row.id));
  const scope = (column: string) =>
    options.enterpriseIds ? sql`and ${sql.ref(column)} = any(${sql.val(ids)}::bigint[])` : sql``;
  const gradeRows = await sql<{ enterprise_id: number; grade: string; as_of: string }>`
    select distinct on (ev.enterprise_id) ev.enterprise_id, ev.grade, ev.as_of
    from evaluations ev where ev.as_of <= ${options.asOf}::date ${scope('ev.enterprise_id')}
    order by ev.enterprise_id, ev.as_of desc, ev.id desc`.execute(db);
  const grades = new Map(gradeRows.rows.map((row) => [Number(row.enterprise_id), row]));
  const { kinds, statusKeys } = recordNeeds(conditions);
  const recordsOf = new Map<number, FactRecord[]>();
  if (kinds.length > 0 && ids.length > 0) {
    const rows = await listActiveRecordFacts(db, {
      kinds,
      reportedStatusSql: reportedStatusSql(statusKeys, 'r'),
      enterpriseIds: options.enterpriseIds ? ids : undefined,
    });
    for (const row of rows) {
      const id = Number(row.enterprise_id);
      let list = recordsOf.get(id);
      if (!list) recordsOf.set(id, (list = []));
      list.push({
        kind: row.kind,
        subtype: row.subtype,
        grade: row.grade,
        reportedStatus: row.reported_status,
        occurredOn: row.occurred_on,
        endsOn: row.ends_on,
        amount: row.amount === null ? null : Number(row.amount),
        quantity: row.quantity === null ? null : Number(row.quantity),
      });
    }
  }
  return enterprises.map((row) => {
    const id = Number(row.id);
    const current = grades.get(id);
    return {
      enterpriseId: id,
      uscc: row.uscc,
      name: row.name,
      status: row.status,
      industryCode: row.industry_code,
      regionCode: row.region_code,
      registeredOn: row.registered_on,
      tiers: row.tiers,
      incubatorCode: row.incubator_code,
      grade: current?.grade ?? null,
      gradeAsOf: current ? String(current.as_of) : null,
      records: recordsOf.get(id) ?? [],
    };
  });
}
