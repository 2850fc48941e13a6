import { objectionLastDay } from '../workflows/file-objection.ts';
import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { type PublicityWindow } from '../../domain/publicity.ts';
import { LONG_TERM_DATE, type RecordStatus } from '../../domain/record.ts';
import { OPEN_OBJECTION_STATES } from '../../domain/workflows/objection-workflow.ts';
import type { Database } from '../../store/database.ts';
import { loadReportProfile } from '../report/report-profile.ts';
import { findEnterpriseByUscc } from '../workflows/find-enterprise.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { publicityOfRecord } from '../records/publicity-of-record.ts';
import { listRecordsOfEnterprise } from '../../store/record.repository.ts';

/** Repair applications still waiting for a decision (the same states apply-for-repair.ts refuses a second one in). */
const OPEN_REPAIR_STATES = ['submitted', 'accepted'];

const INACTIVE_LABELS: Record<Exclude<RecordStatus, 'active'>, string> = {
  revoked: '已撤销',
  repaired: '已修复',
  removed: '已移出',
};

/**
 * What an enterprise may do about one of its records: contest it (信用复评(核)申请, within the filing window counted
 * from the day the record reached the platform, as file-objection.ts checks) and, for a negative record still
 * published, apply for repair once its repair date has come (as apply-for-repair.ts checks).
 */
export interface OwnRecord {
  id: number;
  kind: string;
  kindLabel: string;
  category: string;
  polarity: 'positive' | 'negative' | 'neutral';
  departmentName: string;
  occurredOn: string | null;
  endsOn: string | null;
  /** Document or certificate number, when the kind has one. */
  number: string | null;
  /** The fields that say what the record is about (report-profile.yaml), personal data left out. */
  summary: string;
  status: RecordStatus;
  /** 公示中, 可申请修复, 公示期满 (negative records), 已修复, 已撤销, 已移出, 已过期 (validity ended) or 有效. */
  statusLabel: string;
  publicUntil: string | null;
  marks: string[];
  objection: { lastDay: string; canFile: boolean; openCaseId: number | null };
  /** Only for negative records that are active and still published. */
  repair: { repairableFrom: string | null; canApply: boolean; openCaseId: number | null; note: string } | null;
}

export interface OwnRecordKind {
  kind: string;
  kindLabel: string;
  category: string;
  count: number;
}

export type OwnRecordPurpose = 'objection' | 'repair';

export interface OwnRecordQuery {
  uscc: string | null;
  kind?: string;
  /** objection: records that can be contested now; repair: negative records still published. */
  purpose?: OwnRecordPurpose;
  limit: number;
  offset: number;
  today?: string;
}

/**
 * The enterprise's records as its portal shows them: grouped by kind in catalog order, newest first within
 * a kind, each with its publicity standing and what the enterprise may do about it. An enterprise holds tens of
 * records, so they are read at once and paged in memory after the standing is known.
 */
export async function listOwnRecords(
  db: Kysely<Database>,
  query: OwnRecordQuery,
): Promise<{ uscc: string; today: string; total: number; kinds: OwnRecordKind[]; items: OwnRecord[] }> {
  const enterprise = await findEnterpriseByUscc(db, query.uscc);
  const today = query.today ?? todayInDistrict();
  const [rows, objections, repairs] = await Promise.all([
    listRecordsOfEnterprise(db, enterprise.id).then((listed) => listed.rows),
    db
      .selectFrom('objections')
      .select(['id', 'record_id'])
      .where('enterprise_id', '=', enterprise.id)
      .where('state', 'in', [...OPEN_OBJECTION_STATES])
      .where('record_id', 'is not', null)
      .execute(),
    db
      .selectFrom('repair_applications')
      .select(['id', 'record_id'])
      .where('enterprise_id', '=', enterprise.id)
      .where('state', 'in', OPEN_REPAIR_STATES)
      .execute(),
  ]);
  const openObjections = new Map(objections.map((row) => [Number(row.record_id), Number(row.id)]));
  const openRepairs = new Map(repairs.map((row) => [Number(row.record_id), Number(row.id)]));
  const catalog = loadCatalog();
  const kindOrder = new Map(catalog.kinds.map((kind, index) => [kind.code, index]));

  const described = rows.map((row): OwnRecord => {
    const kind = catalog.kind(row.kind);
    const fields = row.fields as Record<string, unknown>;
    const status = row.status as RecordStatus;
    const window = publicityOfRecord({ ...row, fields }, today);
    const openObjection = openObjections.get(row.id) ?? null;
    const openRepair = openRepairs.get(row.id) ?? null;
    const lastDay = objectionLastDay(new Date(row.created_at));
    const marks: string[] = [];
    if (openObjection !== null) marks.push('异议中');
    if (openRepair !== null) marks.push('修复申请中');
    const isStillPublished = kind?.polarity === 'negative' && status === 'active' && window?.status !== '公示期满';
    return {
      id: row.id,
      kind: row.kind,
      kindLabel: kind?.label ?? row.kind,
      category: kind?.category ?? '其他信息',
      polarity: kind?.polarity ?? 'neutral',
      departmentName: row.department_name,
      occurredOn: row.occurred_on,
      endsOn: row.ends_on,
      ...describeFields(row.kind, fields),
      status,
      statusLabel: standingOf(status, window, row.ends_on, today),
      publicUntil: window?.publicUntil ?? null,
      marks,
      objection: { lastDay, canFile: today <= lastDay && openObjection === null, openCaseId: openObjection },
      repair: isStillPublished ? describeRepair(window, openRepair, today) : null,
    };
  });

  const eligible = described.filter((record) =>
    query.purpose === 'objection'
      ? record.objection.canFile
      : query.purpose === 'repair'
        ? record.repair !== null
        : true,
  );
  eligible.sort(
    (a, b) =>
      (kindOrder.get(a.kind) ?? 999) - (kindOrder.get(b.kind) ?? 999) ||
      (b.occurredOn ?? '').localeCompare(a.occurredOn ?? '') ||
      a.id - b.id,
  );
  const kinds: OwnRecordKind[] = [];
  for (const record of eligible) {
    const last = kinds.at(-1);
    if (last?.kind === record.kind) last.count += 1;
    else kinds.push({ kind: record.kind, kindLabel: record.kindLabel, category: record.category, count: 1 });
  }
  const selected = query.kind === undefined ? eligible : eligible.filter((record) => record.kind === query.kind);
  return {
    uscc: enterprise.uscc,
    today,
    total: selected.length,
    kinds,
    items: selected.slice(query.offset, query.offset + query.limit),
  };
}

/** The record's standing today, in the words of the publicity rules (DOMAIN.md §4) or of its own validity. */
function standingOf(
  status: RecordStatus,
  window: PublicityWindow | null,
  endsOn: string | null,
  today: string,
): string {
  if (status !== 'active') return INACTIVE_LABELS[status];
  if (window) return window.status;
  return endsOn !== null && endsOn !== LONG_TERM_DATE && endsOn < today ? '已过期' : '有效';
}

function describeRepair(
  window: PublicityWindow | null,
  openCaseId: number | null,
  today: string,
): NonNullable<OwnRecord['repair']> {
  const repairableFrom = window?.repairableFrom ?? null;
  const refuse = (note: string) => ({ repairableFrom, canApply: false, openCaseId, note });
  if (openCaseId !== null) return refuse(`已有办理中的信用修复申请（编号 ${openCaseId}）`);
  if (window?.repairPath) return refuse(window.repairPath.path);
  if (repairableFrom === null) return refuse('按现行规则无需申请修复：公示期满后自动停止公示');
  if (today < repairableFrom) return refuse(`自 ${repairableFrom} 起方可申请信用修复（最短公示期未满）`);
  return { repairableFrom, canApply: true, openCaseId, note: `自 ${repairableFrom} 起可申请信用修复` };
}

/** The document number and the summary fields the report shows for the kind (report-profile.yaml), as text. */
function describeFields(kindCode: string, fields: Record<string, unknown>): { number: string | null; summary: string } {
  const layout = loadReportProfile().records.get(kindCode);
  if (!layout) return { number: null, summary: '' };
  const definitions = loadCatalog().kind(kindCode)?.fields ?? [];
  const textOf = (key: string) => {
    const value = fields[key];
    // Protected personal values are objects ({ masked, cipher }); the profile names none, but never show one.
    if (value === null || value === undefined || value === '' || typeof value === 'object') return null;
    return value === LONG_TERM_DATE ? '长期' : String(value);
  };
  const parts = layout.summary.flatMap((key) => {
    const text = textOf(key);
    if (text === null) return [];
    const field = definitions.find((definition) => definition.key === key);
    return [field && field.type !== 'text' && field.type !== 'enum' ? `${field.header} ${text}` : text];
  });
  return { number: layout.number ? textOf(layout.number) : null, summary: parts.join('；') };
}
