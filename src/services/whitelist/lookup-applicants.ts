import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import { describeActor, type Principal } from '../../domain/principal.ts';
import { loadUsccAuthorities } from '../../catalog/uscc-authorities.ts';
import { normalizeUscc, validateUscc } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { findCurrentGrades } from '../../store/evaluation.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { findPublishedModel } from '../evaluation/published-model.ts';
import { findStandingRecords, publishedWindowOf } from '../records/standing-records.ts';
import { findCurrentGenerationId } from './list-whitelist.ts';
import { loadWhitelistRules, type WhitelistRules } from './whitelist-rules.ts';
import { toIso } from './whitelist.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { findEnterpriseRefsByUscc } from '../../store/enterprise.repository.ts';
import {
  countRecordsInForceByEnterprise,
  countValidPatentsByEnterprise,
  listValidInventionPatents,
} from '../../store/record.repository.ts';
import { filterEnterprisesSharedWith } from '../../store/sharing.repository.ts';

export interface IpRecordView {
  kind: string;
  kindLabel: string;
  occurredOn: string | null;
  /** 决定书文号 or 案号. */
  number: string | null;
  /** The text that made it IP-related (违法行为类型, 强制原因, 案由). */
  summary: string;
  level: string;
  publicUntil: string | null;
}

export interface ApplicantRow {
  /** 1-based position in the bank's list. */
  row: number;
  input: string;
  uscc: string | null;
  /** Why the row has no answer, in Chinese (row number and reason); null when answered. */
  error: string | null;
  name: string | null;
  validPatents: number | null;
  validInventionPatents: number | null;
  pledgedPatents: number | null;
  validTrademarks: number | null;
  inventionPatents: Array<{ number: string; name: string; legalStatus: string; grantedOn: string | null }>;
  ipRecords: IpRecordView[];
  isAbnormalOperation: boolean | null;
  abnormalListings: Array<{ listedOn: string | null; reason: string }>;
  grade: string | null;
  gradeLabel: string | null;
  evaluatedOn: string | null;
  /** True when the enterprise is neither on a list pushed to the bank nor has authorised it: no grade is given. */
  isGradeWithheld: boolean;
  isOnWhitelist: boolean | null;
}

export interface ApplicantLookup {
  id: number;
  asOf: string;
  requestedBy: string;
  bank: string;
  submitted: number;
  found: number;
  rejected: number;
  createdAt: string;
  rows: ApplicantRow[];
}

const GRADE_WITHHELD = '企业未授权本机构查询且不在推送给本机构的名单中，不提供信用等级';

/**
 * A bank sends the USCCs of enterprises that applied to it for an IP-pledge loan (双向推送, 000 §二(七);
 * DOMAIN.md §7) and gets back, for each: name, valid patents, valid invention patents (with their numbers), pledged
 * patents, valid trademarks, the IP-related negative records still published, whether it is in 经营异常名录, its
 * current grade and whether it is on the current whitelist. A bad or unknown code is a per-row error, not a failed
 * request.
 *
 * Scope: applicants applied to the bank, so any registered enterprise may be looked up — but only information that
 * is public by law (patent and trademark registers, 经营异常名录 and 双公示 penalties in their publicity period) is
 * given for every one. The grade (公共信用综合评价结果) is given only for enterprises the bank may see anyway: on a
 * list pushed to it (e.g. this whitelist) or that authorised it (企业授权查询). Every lookup is stored as answered and
 * audited with the enterprises it disclosed.
 */
export async function lookupApplicants(
  db: Kysely<Database>,
  principal: Principal,
  usccs: string[],
  options: { today?: string; rules?: WhitelistRules } = {},
): Promise<ApplicantLookup> {
  const rules = options.rules ?? loadWhitelistRules();
  if (usccs.length === 0) throw new AppError('INVALID_INPUT', '字段“统一社会信用代码”：请至少填写一个统一社会信用代码');
  if (usccs.length > rules.lookup.maxApplicants)
    throw new AppError(
      'INVALID_INPUT',
      `字段“统一社会信用代码”：一次最多查询 ${rules.lookup.maxApplicants} 家企业，本次为 ${usccs.length} 家`,
    );
  const asOf = options.today ?? todayInDistrict();
  const normalized = usccs.map((input) => normalizeUscc(String(input)));
  const codes = [...new Set(normalized.filter((code) => code !== ''))];
  const enterprises = await findEnterpriseRefsByUscc(db, codes);
  const byUscc = new Map(enterprises.map((row) => [row.uscc, { id: Number(row.id), name: row.name }]));
  const ids = enterprises.map((row) => Number(row.id));
  const facts = await readApplicantFacts(db, principal.userId, ids, asOf, rules);

  const rows: ApplicantRow[] = usccs.map((input, index) => {
    const row = index + 1;
    const code = normalized[index]!;
    const enterprise = byUscc.get(code);
    if (!enterprise) {
      const validation = validateUscc(code, loadUsccAuthorities());
      const error =
        code === ''
          ? `第 ${row} 行：统一社会信用代码为空`
          : !validation.valid
            ? `第 ${row} 行：统一社会信用代码“${code}”无效：${validation.reason}`
            : `第 ${row} 行：统一社会信用代码“${code}”不在本平台企业名录中`;
      return { ...EMPTY_ROW, row, input: String(input), uscc: code === '' ? null : code, error };
    }
    const patents = facts.patents.get(enterprise.id);
    const grade = facts.grades.get(enterprise.id);
    const isShared = facts.shared.has(enterprise.id);
    const abnormal = facts.abnormal.get(enterprise.id) ?? [];
    return {
      row,
      input: String(input),
      uscc: code,
      error: null,
      name: enterprise.name,
      validPatents: patents?.validPatents ?? 0,
      validInventionPatents: patents?.validInventionPatents ?? 0,
      pledgedPatents: patents?.pledgedPatents ?? 0,
      validTrademarks: facts.trademarks.get(enterprise.id) ?? 0,
      inventionPatents: facts.inventionPatents.get(enterprise.id) ?? [],
      ipRecords: facts.ipRecords.get(enterprise.id) ?? [],
      isAbnormalOperation: abnormal.length > 0,
      abnormalListings: abnormal,
      grade: isShared ? (grade?.grade ?? null) : null,
      gradeLabel: isShared && grade ? (facts.gradeLabels.get(grade.grade) ?? null) : null,
      evaluatedOn: isShared ? (grade?.evaluatedOn ?? null) : null,
      isGradeWithheld: !isShared,
      isOnWhitelist: facts.whitelisted.has(enterprise.id),
    };
  });

  const found = rows.filter((row) => row.error === null);
  const stored = await db.transaction().execute(async (trx) => {
    const lookup = await trx
      .insertInto('applicant_lookups')
      .values({
        bank_user_id: principal.userId,
        requested_by: describeActor(principal),
        as_of: asOf,
        submitted: rows.length,
        found: found.length,
        rejected: rows.length - found.length,
        results: JSON.stringify(rows),
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actor: describeActor(principal),
      action: 'whitelist.applicants_looked_up',
      subjectType: 'applicant_lookup',
      subjectId: String(lookup.id),
      payload: {
        bank: principal.username,
        asOf,
        submitted: rows.length,
        rejected: rows.length - found.length,
        usccs: [...new Set(found.map((row) => row.uscc!))],
        gradesDisclosed: [...new Set(found.filter((row) => !row.isGradeWithheld).map((row) => row.uscc!))],
      },
    });
    return lookup;
  });
  return {
    id: Number(stored.id),
    asOf,
    requestedBy: describeActor(principal),
    bank: principal.username,
    submitted: rows.length,
    found: found.length,
    rejected: rows.length - found.length,
    createdAt: toIso(stored.created_at),
    rows,
  };
}

/** A stored lookup of the bank's own (an administrator: any); another bank's is not found. */
export async function findApplicantLookup(
  db: Kysely<Database>,
  principal: Principal,
  id: number,
): Promise<ApplicantLookup> {
  let query = db
    .selectFrom('applicant_lookups as a')
    .innerJoin('users as u', 'u.id', 'a.bank_user_id')
    .selectAll('a')
    .select('u.username')
    .where('a.id', '=', id);
  if (principal.role !== 'admin') query = query.where('a.bank_user_id', '=', principal.userId);
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `未找到编号为 ${id} 的申请企业查询`);
  return {
    id: Number(row.id),
    asOf: row.as_of,
    requestedBy: row.requested_by,
    bank: row.username,
    submitted: row.submitted,
    found: row.found,
    rejected: row.rejected,
    createdAt: toIso(row.created_at),
    rows: (typeof row.results === 'string' ? JSON.parse(row.results) : row.results) as ApplicantRow[],
  };
}

export const APPLICANT_XLSX_HEADERS = [
  '行号',
  '报送的代码',
  '统一社会信用代码',
  '企业名称',
  '有效专利（件）',
  '有效发明专利（件）',
  '已质押专利（件）',
  '有效商标（件）',
  '有效发明专利号',
  '知识产权相关负面记录',
  '经营异常名录',
  '信用等级',
  '在现行白名单中',
  '错误',
] as const;

export function applicantXlsxRow(row: ApplicantRow): unknown[] {
  const yesNo = (value: boolean | null) => (value === null ? null : value ? '是' : '否');
  return [
    row.row,
    row.input,
    row.uscc,
    row.name,
    row.validPatents,
    row.validInventionPatents,
    row.pledgedPatents,
    row.validTrademarks,
    row.inventionPatents.map((patent) => patent.number).join('、'),
    row.ipRecords
      .map((record) =>
        `${record.kindLabel} ${record.occurredOn ?? ''} ${record.number ?? ''} ${record.summary}`
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .join('；'),
    row.isAbnormalOperation === null
      ? null
      : row.isAbnormalOperation
        ? `是（${row.abnormalListings.map((item) => `${item.listedOn ?? ''} ${item.reason}`.trim()).join('；')}）`
        : '否',
    row.error ? null : row.isGradeWithheld ? '未授权' : (row.grade ?? '尚未评价'),
    yesNo(row.isOnWhitelist),
    row.error,
  ];
}

const EMPTY_ROW: Omit<ApplicantRow, 'row' | 'input' | 'uscc' | 'error'> = {
  name: null,
  validPatents: null,
  validInventionPatents: null,
  pledgedPatents: null,
  validTrademarks: null,
  inventionPatents: [],
  ipRecords: [],
  isAbnormalOperation: null,
  abnormalListings: [],
  grade: null,
  gradeLabel: null,
  evaluatedOn: null,
  isGradeWithheld: false,
  isOnWhitelist: null,
};

interface ApplicantFacts {
  patents: Map<number, { validPatents: number; validInventionPatents: number; pledgedPatents: number }>;
  inventionPatents: Map<number, ApplicantRow['inventionPatents']>;
  trademarks: Map<number, number>;
  ipRecords: Map<number, IpRecordView[]>;
  abnormal: Map<number, ApplicantRow['abnormalListings']>;
  grades: Map<number, { grade: string; evaluatedOn: string }>;
  gradeLabels: Map<string, string>;
  shared: Set<number>;
  whitelisted: Set<number>;
}

/** Everything the answer needs for all found enterprises at once: a fixed number of statements, however many. */
async function readApplicantFacts(
  db: Kysely<Database>,
  bankUserId: number,
  ids: number[],
  asOf: string,
  rules: WhitelistRules,
): Promise<ApplicantFacts> {
  const facts: ApplicantFacts = {
    patents: new Map(),
    inventionPatents: new Map(),
    trademarks: new Map(),
    ipRecords: new Map(),
    abnormal: new Map(),
    grades: new Map(),
    gradeLabels: new Map(),
    shared: new Set(),
    whitelisted: new Set(),
  };
  if (ids.length === 0) return facts;
  const { patents } = rules;

  for (const row of await countValidPatentsByEnterprise(db, patents, asOf, ids)) {
    facts.patents.set(row.enterprise_id, {
      validPatents: row.valid_patents,
      validInventionPatents: row.valid_invention_patents,
      pledgedPatents: row.pledged_patents,
    });
  }
  const inventions = await listValidInventionPatents(db, patents, asOf, ids);
  for (const row of inventions) {
    const list = facts.inventionPatents.get(Number(row.enterprise_id)) ?? [];
    list.push({ number: row.number, name: row.name, legalStatus: row.legal_status, grantedOn: row.granted_on });
    facts.inventionPatents.set(Number(row.enterprise_id), list);
  }
  facts.trademarks = await countRecordsInForceByEnterprise(db, rules.lookup.trademarkKind, asOf, ids);

  // Negative records: IP-related ones by keyword, and 经营异常名录 listings; only those still published count.
  const catalog = loadCatalog();
  const sources = rules.lookup.ipRelatedRecords;
  const records = await findStandingRecords(
    db,
    ids,
    [...new Set([...sources.map((source) => source.kind), rules.lookup.abnormalOperationKind])],
    asOf,
  );
  for (const record of records) {
    const window = publishedWindowOf(record, asOf);
    if (!window) continue;
    if (record.kind === rules.lookup.abnormalOperationKind) {
      const list = facts.abnormal.get(record.enterprise_id) ?? [];
      list.push({ listedOn: record.occurred_on, reason: record.subtype ?? String(record.fields.listing_reason ?? '') });
      facts.abnormal.set(record.enterprise_id, list);
    }
    const source = sources.find(
      (item) =>
        item.kind === record.kind &&
        rules.lookup.ipKeywords.some((keyword) => String(record.fields[item.field] ?? '').includes(keyword)),
    );
    if (!source) continue;
    const list = facts.ipRecords.get(record.enterprise_id) ?? [];
    list.push({
      kind: record.kind,
      kindLabel: catalog.kind(record.kind)?.label ?? record.kind,
      occurredOn: record.occurred_on,
      number: (record.fields.decision_number ?? record.fields.case_number ?? null) as string | null,
      summary: String(record.fields[source.field]),
      level: window.level,
      publicUntil: window.publicUntil,
    });
    facts.ipRecords.set(record.enterprise_id, list);
  }

  for (const [id, current] of await findCurrentGrades(db, ids))
    facts.grades.set(id, { grade: current.grade, evaluatedOn: current.as_of });
  const model = await findPublishedModel(db);
  for (const row of model?.compiled.model.grades ?? []) facts.gradeLabels.set(row.grade, row.label);
  for (const id of await filterEnterprisesSharedWith(db, bankUserId, ids, asOf)) facts.shared.add(id);
  const generationId = await findCurrentGenerationId(db);
  if (generationId !== null) {
    const listed = await db
      .selectFrom('whitelist_entries')
      .select('enterprise_id')
      .where('generation_id', '=', generationId)
      .where('enterprise_id', 'in', ids)
      .execute();
    for (const row of listed) facts.whitelisted.add(Number(row.enterprise_id));
  }
  return facts;
}
