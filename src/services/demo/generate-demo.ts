import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { loadCatalog, type RecordKind } from '../../catalog/catalog.ts';
import { AppError, isAppError } from '../../domain/app-error.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { canonicalJson } from '../../domain/canonical-json.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { acceptLegacyUscc } from '../enterprises/accept-legacy-uscc.ts';
import type { EnterpriseInput } from '../enterprises/enterprise.ts';
import { registerEnterprises } from '../enterprises/register-enterprises.ts';
import { createRowNormalizer } from '../import/normalize-row.ts';
import type { SecretKey } from '../import/protect-personal.ts';
import { commitBatch } from '../records/commit-batch.ts';
import { addYears, isIsoDate } from './demo-dates.ts';
import { generateDemoEnterprises, type DemoEnterprise } from './demo-enterprises.ts';
import { loadDemoProfile } from './demo-profile.ts';
import { demoDepartments, type DemoContext, type DemoRow } from './demo-record-context.ts';
import { DEMO_RECORD_GENERATORS } from './demo-records.ts';
import { SeededRandom } from './seeded-random.ts';
import { summarizeStore } from './summarize-store.ts';
import { seedRequests } from './seed-requests.ts';
import { countRecordsByKind } from '../../store/record.repository.ts';

export interface DemoOptions {
  enterprises?: number;
  seed?: string;
  /** The day the demo district is "as of" (YYYY-MM-DD); every date is relative to it. Default: the profile's reference date. */
  asOf?: string;
  /** Generate even though the store already holds enterprises. */
  force?: boolean;
  /** Key for the personal fields (法定代表人证件号码), as the importer uses. */
  secretKey: SecretKey;
  onProgress?: (message: string) => void;
}

export interface DemoSummary {
  seed: string;
  asOf: string;
  enterprises: number;
  legacyCodes: number;
  unregisteredSubjects: number;
  batches: number;
  /** Current records and versions written, per kind in catalog order. */
  kinds: Array<{ kind: string; label: string; records: number; versions: number }>;
  records: number;
  versions: number;
  /** Records the awkward cases touched: corrected (version 2), repaired, revoked. */
  corrected: number;
  repaired: number;
  revoked: number;
}

/** The demo's operator in every batch and audit event, so demo data is always recognisable as such. */
export const DEMO_OPERATOR = '演示数据';
const DEMO_FORMAT = 'demo';
const MAX_ENTERPRISES = 200_000;
const CHUNK_SIZE = 2000;

/** Generated data before it is written: everything is decided from the seed and the as-of date alone. */
export interface DemoPlan {
  seed: string;
  asOf: string;
  enterprises: DemoEnterprise[];
  outsiders: DemoEnterprise[];
  /** Rows per kind code, in catalog order. */
  rows: Map<string, DemoRow[]>;
}

/** Decides the whole demo district without touching a store (also used to write sample department files). */
export function planDemo(options: { enterprises?: number; seed?: string; asOf?: string }): DemoPlan {
  const profile = loadDemoProfile();
  const catalog = loadCatalog();
  const count = options.enterprises ?? profile.defaultEnterprises;
  const seed = options.seed ?? profile.defaultSeed;
  const asOf = options.asOf ?? profile.referenceDate;
  if (!Number.isInteger(count) || count < 1 || count > MAX_ENTERPRISES) {
    throw new AppError(
      'INVALID_INPUT',
      `企业数量应为 1 到 ${MAX_ENTERPRISES} 之间的整数，实际为“${options.enterprises}”`,
    );
  }
  if (seed.trim() === '') throw new AppError('INVALID_INPUT', '种子（--seed）不能为空');
  if (!isIsoDate(asOf))
    throw new AppError('INVALID_INPUT', `参考日期（--as-of）应为 YYYY-MM-DD 格式的有效日期，实际为“${asOf}”`);
  const earliest = `${profile.enterprises.registeredFromYear + 1}-01-01`;
  if (asOf < earliest)
    throw new AppError(
      'INVALID_INPUT',
      `参考日期（--as-of）不能早于 ${earliest}：演示企业最早于 ${profile.enterprises.registeredFromYear} 年成立`,
    );

  const random = new SeededRandom(`xinping-demo:${seed}`);
  const enterprises = generateDemoEnterprises(random.fork('enterprises'), count, asOf, profile);
  const known = new Set(enterprises.map((enterprise) => enterprise.uscc));
  const outsiders = generateDemoEnterprises(random.fork('outsiders'), profile.enterprises.unregisteredSubjects, asOf, {
    ...profile,
    enterprises: { ...profile.enterprises, legacyCodes: 0 },
  }).filter((enterprise) => !known.has(enterprise.uscc));
  const context: Omit<DemoContext, 'random'> = {
    enterprises,
    outsiders,
    asOf,
    windowStart: addYears(asOf, -profile.historyYears),
    profile,
    departments: demoDepartments(catalog.departments),
    repairs: [],
  };
  const rows = new Map<string, DemoRow[]>();
  for (const kind of catalog.kinds) {
    const generate = DEMO_RECORD_GENERATORS[kind.code];
    if (!generate) throw new Error(`no demo generator for record kind ${kind.code}`);
    const generated = generate({ ...context, random: random.fork(`records:${kind.code}`) });
    for (const row of generated) {
      if (!kind.departments.includes(row.departmentCode))
        throw new Error(`demo row of ${kind.code} from ${row.departmentCode}, which may not send it`);
    }
    rows.set(kind.code, generated);
  }
  return { seed, asOf, enterprises, outsiders, rows };
}

/**
 * Fills a store with the demo district: registers the enterprises (legacy codes accepted first, by an operator,
 * with a reason), then sends every kind of record from each department allowed to send it, one batch per
 * (department, kind), through the same normaliser and batch writer as a real import. Then the awkward cases follow
 * as later batches: corrected re-sends, credit repairs and revocations. Ends with a `demo.generated` audit event.
 *
 * Refuses a store that already holds enterprises unless `force`: demo data mixed into real data cannot be told
 * apart by anything but its operator. With `force` on a store that has the same demo, unchanged rows stay
 * unchanged, but the corrected, repaired and revoked records are sent again and gain new versions.
 */
export async function generateDemo(db: Kysely<Database>, options: DemoOptions): Promise<DemoSummary> {
  const plan = planDemo(options);
  const progress = options.onProgress ?? (() => {});
  const existing = await summarizeStore(db);
  if (existing.enterprises > 0 && !options.force) {
    throw new AppError(
      'PRECONDITION_FAILED',
      `数据库中已有 ${existing.enterprises} 家企业，演示数据只生成到空库中；如确需在现有数据上追加，请加 --force`,
    );
  }

  progress(`正在登记 ${plan.enterprises.length} 家企业…`);
  const legacy = plan.enterprises.filter((enterprise) => enterprise.isLegacyCode);
  for (const enterprise of legacy) {
    try {
      await acceptLegacyUscc(db, {
        uscc: enterprise.uscc,
        reason: '早期试点赋码，校验位不符合 GB 32100-2015；经核对登记档案确认真实有效（演示）',
        operator: DEMO_OPERATOR,
      });
    } catch (error) {
      // Already accepted by an earlier run (with --force): nothing to do.
      if (!isAppError(error) || error.code !== 'CONFLICT') throw error;
    }
  }
  const registration = await registerEnterprises(db, DEMO_OPERATOR, plan.enterprises.map(toEnterpriseInput), {
    today: plan.asOf,
  });
  const refused = registration.items.find((item) => item.outcome === 'rejected');
  if (refused) {
    throw new AppError(
      'INTERNAL',
      `演示企业登记失败：第${refused.index}项 ${refused.uscc}:${refused.errors.map((error) => `${error.label}${error.reason}`).join('；')}`,
    );
  }

  const catalog = loadCatalog();
  const legacyUsccs = new Set(legacy.map((enterprise) => enterprise.uscc));
  const normalize = (
    kind: RecordKind,
    departmentCode: string,
    rows: DemoRow[],
    values: (row: DemoRow) => Record<string, unknown>,
  ) => {
    const normalizeRow = createRowNormalizer({
      kind,
      headers: kind.fields.map((field) => field.header),
      columns: kind.fields,
      departmentCode,
      secretKey: options.secretKey,
      legacyUsccs,
      today: plan.asOf,
    });
    return rows.map((row, index) => {
      const result = normalizeRow(
        index + 2,
        kind.fields.map((field) => values(row)[field.key] ?? null),
      );
      if (!result.record)
        throw new AppError(
          'INTERNAL',
          `演示数据生成了不合格的${kind.label}记录：${result.errors.map((error) => `第${error.row}行 ${error.column}：${error.reason}`).join('；')}`,
        );
      return result.record;
    });
  };
  let batches = 0;
  const send = async (kind: RecordKind, departmentCode: string, records: NormalizedRecord[], what: string) => {
    if (records.length === 0) return;
    const department = catalog.department(departmentCode)!;
    const chunks = [];
    for (let start = 0; start < records.length; start += CHUNK_SIZE)
      chunks.push(records.slice(start, start + CHUNK_SIZE));
    const result = await commitBatch(
      db,
      {
        departmentCode,
        kind: kind.code,
        fileName: `演示数据-${department.shortName}-${kind.label}-${what}`,
        fileHash: createHash('sha256').update(canonicalJson(records)).digest('hex'),
        format: DEMO_FORMAT,
        mode: 'all-or-nothing',
        operator: DEMO_OPERATOR,
      },
      chunks,
      () => ({ commit: true, totalRows: records.length, rejectedRows: 0 }),
    );
    if (result.status !== 'committed') throw new AppError('INTERNAL', `演示数据批次未能入库：${result.reason}`);
    batches += 1;
  };

  // Later batches, sent once every first batch is in: a department's re-send with corrections, then credit repairs
  // and revocations (new versions with status repaired / revoked; the earlier versions stay in the history).
  const later: Array<{
    kind: RecordKind;
    departmentCode: string;
    corrections: DemoRow[];
    repairs: NormalizedRecord[];
    revocations: NormalizedRecord[];
  }> = [];
  for (const kind of catalog.kinds) {
    progress(`正在写入${kind.label}…`);
    const kindRows = uniqueByNaturalKey(kind, plan.rows.get(kind.code) ?? []);
    for (const departmentCode of kind.departments) {
      const rows = kindRows.filter((row) => row.departmentCode === departmentCode);
      const records = normalize(kind, departmentCode, rows, (row) => row.values);
      await send(kind, departmentCode, records, '首次报送');
      const changes = {
        kind,
        departmentCode,
        corrections: [] as DemoRow[],
        repairs: [] as NormalizedRecord[],
        revocations: [] as NormalizedRecord[],
      };
      rows.forEach((row, index) => {
        const followUp = row.later;
        if (followUp?.change === 'corrected') changes.corrections.push({ ...row, values: followUp.values });
        if (followUp?.change === 'repaired')
          changes.repairs.push({
            ...records[index]!,
            status: 'repaired',
            fields: { ...records[index]!.fields, repaired_on: followUp.on },
          });
        if (followUp?.change === 'revoked')
          changes.revocations.push({
            ...records[index]!,
            status: 'revoked',
            fields: { ...records[index]!.fields, revoked_on: followUp.on, remarks: followUp.reason },
          });
      });
      if (changes.corrections.length + changes.repairs.length + changes.revocations.length > 0) later.push(changes);
    }
  }
  progress('正在写入更正、信用修复与撤销…');
  for (const { kind, departmentCode, corrections, repairs, revocations } of later) {
    await send(
      kind,
      departmentCode,
      normalize(kind, departmentCode, corrections, (row) => row.values),
      '更正',
    );
    await send(kind, departmentCode, repairs, '信用修复结果');
    await send(kind, departmentCode, revocations, '撤销决定');
  }
  const count = (key: 'corrections' | 'repairs' | 'revocations') =>
    later.reduce((sum, item) => sum + item[key].length, 0);

  await seedRequests(db, { asOf: plan.asOf, secretKey: options.secretKey, seed: plan.seed });
  const counts = await countRecordsByKind(db);
  const summary: DemoSummary = {
    seed: plan.seed,
    asOf: plan.asOf,
    enterprises: plan.enterprises.length,
    legacyCodes: legacy.length,
    unregisteredSubjects: plan.outsiders.length,
    batches,
    kinds: catalog.kinds.map((kind) => ({
      kind: kind.code,
      label: kind.label,
      records: counts.get(kind.code)?.records ?? 0,
      versions: counts.get(kind.code)?.versions ?? 0,
    })),
    records: [...counts.values()].reduce((sum, item) => sum + item.records, 0),
    versions: [...counts.values()].reduce((sum, item) => sum + item.versions, 0),
    corrected: count('corrections'),
    repaired: count('repairs'),
    revoked: count('revocations'),
  };
  await db.transaction().execute((trx) =>
    appendAuditEvent(trx, {
      actor: DEMO_OPERATOR,
      action: 'demo.generated',
      subjectType: 'demo',
      subjectId: plan.seed,
      payload: {
        seed: plan.seed,
        asOf: plan.asOf,
        enterprises: summary.enterprises,
        batches,
        records: summary.records,
        versions: summary.versions,
      },
    }),
  );
  return summary;
}

function toEnterpriseInput(enterprise: DemoEnterprise): EnterpriseInput {
  return {
    uscc: enterprise.uscc,
    name: enterprise.name,
    legalRepresentative: enterprise.legalRepresentative,
    industryCode: enterprise.industryCode,
    registeredOn: enterprise.registeredOn,
    status: enterprise.status,
    tiers: enterprise.tiers,
    incubator: enterprise.incubatorCode,
  };
}

/**
 * A natural key names one record of a kind, whoever sends it: a repeat would update the first record instead of
 * adding one (and a batch must not name a key twice). Keep the first.
 */
function uniqueByNaturalKey(kind: RecordKind, rows: DemoRow[]): DemoRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = kind.naturalKey.map((field) => String(row.values[field] ?? '')).join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
