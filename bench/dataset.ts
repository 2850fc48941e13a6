import { sql } from 'kysely';
import { loadCatalog } from '../src/catalog/catalog.ts';
import { makeOrganizationCode, makeUscc } from '../src/domain/uscc.ts';
import { loadDemoProfile } from '../src/services/demo/demo-profile.ts';
import { fromDayNumber, toDayNumber } from '../src/services/demo/demo-dates.ts';
import {
  BRAND_FIRST,
  BRAND_SECOND,
  INDUSTRY_WEIGHTS,
  LEGAL_FORMS,
  NAME_BUSINESS_WORDS,
  NAME_PLACES,
} from '../src/services/demo/demo-vocabulary.ts';
import { SeededRandom } from '../src/services/demo/seeded-random.ts';
import { appendAuditEvent } from '../src/services/audit/append-audit-event.ts';
import { copyRowsIn, encodeCopyValue, withCopySession } from '../src/store/bulk-copy.ts';
import { countEnterprises } from '../src/store/enterprise.repository.ts';
import { findEnterpriseIdRange } from '../src/store/evaluation.repository.ts';
import {
  commitBulkBatches,
  copyRecordsIn,
  countRecords,
  digestBatchVersions,
  openImportBatches,
} from '../src/store/record.repository.ts';
import type { Store } from '../src/store/connect.ts';

/**
 * The benchmark data set: N enterprises (default 1,000,000) and about 20 credit records each, written
 * straight into `enterprises` and `records` with COPY. Deterministic: the same seed, size and as-of date give the
 * same rows on every machine, because every enterprise draws from its own seeded stream.
 *
 * The mix imitates a district's real data over the last six years: yearly tax ratings and R&D reports for most firms,
 * patents concentrated in 高新 firms, licenses, commitments, industry and national evaluations, honours, and a
 * minority of negative records (penalties with levels 轻微/一般/严重, arrears, a few 失信被执行人 and 严重违法失信名单).
 * The shares below are synthetic, not statistics of any real district and not regulation.
 */

export interface DatasetOptions {
  enterprises: number;
  seed: string;
  /** Records lie in the six years before this day (YYYY-MM-DD). */
  asOf: string;
}

export const DEFAULT_DATASET: DatasetOptions = { enterprises: 1_000_000, seed: 'bench-1', asOf: '2026-11-01' };

const HISTORY_YEARS = 6;
// Enterprises are written in COPY chunks of this many rows; records in chunks of this many enterprises.
const ENTERPRISES_PER_CHUNK = 20_000;
const RECORD_ENTERPRISES_PER_CHUNK = 2_000;

// GB/T 2260 codes of 湖北 districts: most firms in 华容区, the rest around 鄂州, 武汉 and 黄石.
const REGIONS = {
  '420703': 50,
  '420702': 8,
  '420704': 10,
  '420111': 8,
  '420115': 7,
  '420106': 6,
  '420102': 4,
  '420202': 4,
  '420281': 3,
} as const;
const ENTERPRISE_STATUS = { 存续: 95, 在业: 4, 注销: 1 } as const;
const TIER_CODES = ['tech_sme', 'high_tech', 'innovative_sme', 'specialized_sme', 'little_giant', 'gazelle'] as const;
const HIGH_TECH_SHARE = 0.22;

const LEVELS = { 轻微: 55, 一般: 38, 严重: 7 } as const;
const PENALTY_CATEGORIES = {
  罚款: 48,
  警告: 30,
  '警告;罚款': 12,
  没收违法所得: 4,
  责令停产停业: 3,
  吊销许可证件: 1,
  通报批评: 2,
} as const;
const PENALTY_STATUS = { active: 90, repaired: 7, revoked: 3 } as const;
const LICENSE_STATUS = { active: 95, revoked: 5 } as const;
const LICENSE_CATEGORIES = { 普通: 55, 核准: 25, 认可: 8, 登记: 7, 特许: 2, 其他: 3 } as const;
const TAX_RATINGS = ['A', 'B', 'M', 'C', 'D'] as const;
const EVALUATION_RATINGS = ['A', 'B', 'C', 'D'] as const;
const NATIONAL_RATINGS = ['优', '良', '中', '差'] as const;
const HONOR_LEVELS = { 国家级: 3, 省级: 17, 市级: 40, 区级: 40 } as const;
const HONOR_TYPES = { 守合同重信用: 30, 科技奖励: 30, 诚信典型: 10, 质量品牌: 15, 其他表彰: 15 } as const;
const PROJECT_LEVELS = { 国家级: 3, 省级: 22, 市级: 40, 区级: 35 } as const;
const PROJECT_STATUS = { 在研: 55, 结题: 40, 验收不通过: 3, 终止: 2 } as const;
const PATENT_TYPES_HIGH_TECH = { 发明: 40, 实用新型: 50, 外观设计: 10 } as const;
const PATENT_TYPES_OTHER = { 发明: 10, 实用新型: 70, 外观设计: 20 } as const;
const PATENT_STATUS = { 有效: 86, 失效: 9, 质押: 5 } as const;
const COMMITMENT_TYPES = { 审批替代型: 60, 主动公示型: 25, 行业自律型: 12, 修复型: 3 } as const;
const COMMITMENT_FULFILMENT = { 已作出: 58, 已履行: 38, 未履行: 4 } as const;
const COERCION_CATEGORIES = { 查封: 30, 扣押: 25, 冻结: 25, 强制执行: 15, 其他: 5 } as const;
const ABNORMAL_REASONS = {
  未按规定公示年度报告: 70,
  通过登记的住所或经营场所无法联系: 25,
  未按规定公示即时信息: 5,
} as const;
const LITIGATION_ROLES = { 原告: 45, 被告: 45, 第三人: 4, 上诉人: 3, 被上诉人: 3 } as const;
const JUDGMENT_OUTCOMES = { 胜诉: 40, 败诉: 30, 部分胜诉: 15, 调解: 10, 撤诉: 5 } as const;
const DEBTOR_PERFORMANCE = { 全部未履行: 70, 部分履行: 25, 全部履行: 5 } as const;
const UTILITIES = { power: '电费', water: '水费', gas: '燃气费' } as const;
const TAX_TYPES = { 增值税: 50, 企业所得税: 25, 城镇土地使用税: 10, 房产税: 10, 印花税: 5 } as const;
const EVALUATIONS: Array<{ department: string; name: string; coverage: number }> = [
  { department: 'scjg', name: '企业信用风险分类', coverage: 0.3 },
  { department: 'yjgl', name: '安全生产信用评价', coverage: 0.08 },
  { department: 'sthj', name: '企业环境信用评价', coverage: 0.06 },
  { department: 'kjj', name: '科技型企业创新能力评价', coverage: 0.08 },
];

export const ENTERPRISE_COLUMNS = [
  'uscc',
  'name',
  'industry_code',
  'region_code',
  'registered_on',
  'status',
  'tiers',
  'incubator_code',
] as const;

/** Weighted choice over a fixed table, precomputed for speed (millions of draws). */
class WeightedTable<T extends string> {
  private readonly values: T[];
  private readonly cumulative: Float64Array;

  constructor(weights: Readonly<Record<T, number>>) {
    this.values = Object.keys(weights) as T[];
    const total = this.values.reduce((sum, value) => sum + weights[value], 0);
    let running = 0;
    this.cumulative = Float64Array.from(this.values, (value) => (running += weights[value] / total));
  }

  draw(random: SeededRandom): T {
    const target = random.next();
    let index = 0;
    while (index < this.cumulative.length - 1 && this.cumulative[index] <= target) index += 1;
    return this.values[index];
  }
}

const tables = {
  region: new WeightedTable(REGIONS),
  enterpriseStatus: new WeightedTable(ENTERPRISE_STATUS),
  industry: new WeightedTable(INDUSTRY_WEIGHTS),
  place: new WeightedTable(NAME_PLACES),
  legalForm: new WeightedTable(LEGAL_FORMS),
  level: new WeightedTable(LEVELS),
  penaltyCategory: new WeightedTable(PENALTY_CATEGORIES),
  penaltyStatus: new WeightedTable(PENALTY_STATUS),
  licenseStatus: new WeightedTable(LICENSE_STATUS),
  licenseCategory: new WeightedTable(LICENSE_CATEGORIES),
  honorLevel: new WeightedTable(HONOR_LEVELS),
  honorType: new WeightedTable(HONOR_TYPES),
  projectLevel: new WeightedTable(PROJECT_LEVELS),
  projectStatus: new WeightedTable(PROJECT_STATUS),
  patentHighTech: new WeightedTable(PATENT_TYPES_HIGH_TECH),
  patentOther: new WeightedTable(PATENT_TYPES_OTHER),
  patentStatus: new WeightedTable(PATENT_STATUS),
  commitmentType: new WeightedTable(COMMITMENT_TYPES),
  commitmentFulfilment: new WeightedTable(COMMITMENT_FULFILMENT),
  coercion: new WeightedTable(COERCION_CATEGORIES),
  abnormal: new WeightedTable(ABNORMAL_REASONS),
  litigationRole: new WeightedTable(LITIGATION_ROLES),
  judgmentOutcome: new WeightedTable(JUDGMENT_OUTCOMES),
  debtorPerformance: new WeightedTable(DEBTOR_PERFORMANCE),
  taxType: new WeightedTable(TAX_TYPES),
};

/** Department codes allowed to send each kind (catalog/record-kinds.yaml). */
function allowedDepartments(kind: string): string[] {
  const definition = loadCatalog().kind(kind);
  if (!definition) throw new Error(`catalog/record-kinds.yaml has no kind ${kind}`);
  return definition.departments;
}

const departmentUsccs = new Map<string, string>();
/** A department's own USCC for natural keys (机关代码): the catalog has none yet, so a stable made-up one. */
function departmentUscc(code: string): string {
  let uscc = departmentUsccs.get(code);
  if (!uscc) {
    const index = loadCatalog().departments.findIndex((department) => department.code === code);
    departmentUsccs.set(code, (uscc = makeUscc(`11420703MB${String(index).padStart(7, '0')}`)));
  }
  return uscc;
}

/** The enterprise at `index` (0-based): its USCC, and its traits, all from its own stream. */
export function enterpriseUscc(index: number, region: string): string {
  // 9 工商 / 1 企业, the region, an organisation code whose body is the index: unique and valid (GB 32100-2015).
  return makeUscc(`91${region}${makeOrganizationCode(String(index).padStart(8, '0'))}`);
}

interface Firm {
  index: number;
  uscc: string;
  industry: string;
  registeredDay: number;
  strength: number;
  risk: number;
  isHighTech: boolean;
  random: SeededRandom;
}

function drawFirm(options: DatasetOptions, index: number): Firm & { row: string } {
  const random = new SeededRandom(`${options.seed}/enterprise/${index}`);
  const region = tables.region.draw(random);
  const uscc = enterpriseUscc(index, region);
  const industry = tables.industry.draw(random);
  const asOfDay = toDayNumber(options.asOf);
  // Most firms are young: registration dates tilt towards recent years (20 years back at most).
  const registeredDay = asOfDay - Math.floor(random.next() ** 1.6 * 365 * 20) - 30;
  const strength = random.next();
  const risk = random.next() ** 3;
  const isHighTech = random.next() < HIGH_TECH_SHARE * (0.5 + strength);
  const brand = random.pick(BRAND_FIRST) + random.pick(BRAND_SECOND);
  const name = `${tables.place.draw(random)}${brand}${random.pick(NAME_BUSINESS_WORDS[industry] ?? ['科技'])}${tables.legalForm.draw(random)}`;
  const tiers: string[] = [];
  if (random.next() < 0.85) tiers.push(TIER_CODES[0]);
  if (isHighTech) tiers.push(TIER_CODES[1]);
  if (strength > 0.85) tiers.push(TIER_CODES[2]);
  if (strength > 0.93) tiers.push(TIER_CODES[3]);
  if (strength > 0.992) tiers.push(TIER_CODES[4]);
  if (isHighTech && random.next() < 0.08) tiers.push(TIER_CODES[5]);
  const incubator = random.next() < 0.1 ? `INC${String(random.int(1, 17)).padStart(2, '0')}` : null;
  const row = [
    uscc,
    name,
    industry,
    region,
    fromDayNumber(registeredDay),
    tables.enterpriseStatus.draw(random),
    tiers,
    incubator,
  ]
    .map(encodeCopyValue)
    .join('\t');
  return { index, uscc, industry, registeredDay, strength, risk, isHighTech, random, row: `${row}\n` };
}

/** Enterprise rows as COPY text, in index order (ids are assigned in this order). */
export function* generateEnterpriseChunks(options: DatasetOptions): Generator<string> {
  for (let start = 0; start < options.enterprises; start += ENTERPRISES_PER_CHUNK) {
    let chunk = '';
    const end = Math.min(options.enterprises, start + ENTERPRISES_PER_CHUNK);
    for (let index = start; index < end; index += 1) chunk += drawFirm(options, index).row;
    yield chunk;
  }
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** murmur3's finaliser: a cheap, well-mixed 32-bit hash of an integer. */
function mix32(value: number): number {
  let hash = value | 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** A deterministic 64-hex stand-in for the content hash: sha256 of 20M rows would dominate the load for nothing. */
function contentHash(sequence: number): string {
  let text = '';
  for (let word = 0; word < 8; word += 1) {
    const value = mix32(sequence * 8 + word + 0x9e3779b9);
    text += HEX[value >>> 24] + HEX[(value >>> 16) & 255] + HEX[(value >>> 8) & 255] + HEX[value & 255];
  }
  return text;
}

/** Every day from 30 years before the as-of date to 30 years after, formatted once. */
interface DateTable {
  firstDay: number;
  text: string[];
}

function makeDateTable(asOf: string): DateTable {
  const firstDay = toDayNumber(asOf) - 365 * 30;
  return { firstDay, text: Array.from({ length: 365 * 60 }, (_, offset) => fromDayNumber(firstDay + offset)) };
}

/** One import batch per kind and department that may send it: the data set as the departments' files would bring it. */
type BatchIds = Map<string, number>;
const batchKey = (kind: string, department: string) => `${kind}\u0000${department}`;
const BATCH_OPERATOR = '基准测试数据集';

/**
 * Writes the records of one enterprise after another as COPY text into one Buffer. Each line goes into the buffer as
 * soon as it is made, so the strings die young: a chunk-long string rope would survive into the old generation and
 * the garbage collector would cost more than everything else.
 */
class RecordWriter {
  private bytes = Buffer.allocUnsafe(8 * 1024 * 1024);
  private length = 0;
  count = 0;
  readonly byKind = new Map<string, number>();
  private sequence: number;

  constructor(
    private readonly dates: DateTable,
    firstSequence: number,
    private readonly batches: BatchIds,
  ) {
    this.sequence = firstSequence;
  }

  date(day: number | null): string {
    return day === null ? '\\N' : (this.dates.text[day - this.dates.firstDay] ?? fromDayNumber(day));
  }

  add(
    enterpriseId: number,
    kind: string,
    naturalKey: string,
    department: string,
    status: string,
    occurredDay: number,
    endsDay: number | null,
    level: string | null,
    subtype: string | null,
    grade: string | null,
    amount: number | null,
    quantity: number | null,
    fields: string,
  ): void {
    const batchId = this.batches.get(batchKey(kind, department));
    if (batchId === undefined)
      throw new Error(`department ${department} may not send ${kind} (catalog/record-kinds.yaml)`);
    this.sequence += 1;
    this.count += 1;
    this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1);
    const line = `${enterpriseId}\t${kind}\t${encodeCopyValue(naturalKey)}\t1\t${department}\t${status}\t${this.date(occurredDay)}\t${this.date(endsDay)}\t${level ?? '\\N'}\t${subtype === null ? '\\N' : encodeCopyValue(subtype)}\t${grade ?? '\\N'}\t${amount ?? '\\N'}\t${quantity ?? '\\N'}\t${fields}\t${contentHash(this.sequence)}\t${batchId}\n`;
    // A character takes at most 3 bytes in UTF-8.
    if (this.length + line.length * 3 > this.bytes.length) {
      const larger = Buffer.allocUnsafe(this.bytes.length * 2);
      this.bytes.copy(larger, 0, 0, this.length);
      this.bytes = larger;
    }
    this.length += this.bytes.write(line, this.length);
  }

  /** The rows written so far. */
  take(): Buffer {
    return this.bytes.subarray(0, this.length);
  }

  /** A unique number for document numbers (文号, 证书编号) within the data set. */
  serial(): number {
    return this.sequence + 1;
  }
}

/** How a firm's records are drawn, kind by kind; `id` is its enterprise id in the store. */
function writeFirmRecords(
  writer: RecordWriter,
  firm: Firm,
  id: number,
  asOfDay: number,
  terms: { trademarkYears: number; highTechCertificateYears: number },
): void {
  const random = firm.random;
  const historyStart = Math.max(firm.registeredDay, asOfDay - 365 * HISTORY_YEARS);
  const asOfYear = Number(fromDayNumber(asOfDay).slice(0, 4));
  const registeredYear = Number(writer.date(firm.registeredDay).slice(0, 4));
  const dayIn = (from = historyStart, to = asOfDay) => (to <= from ? from : random.int(from, to));
  const yearStart = (year: number) => Date.UTC(year, 0, 1) / 86_400_000;
  const uscc = firm.uscc;
  const none = '{}';

  // Yearly reports for each completed year the firm existed: tax rating (published in April of the next year),
  // R&D investment, national evaluation, and the departments' industry evaluations.
  for (let year = asOfYear - HISTORY_YEARS; year < asOfYear; year += 1) {
    if (year < registeredYear) continue;
    const published = yearStart(year + 1) + random.int(90, 120);
    if (published > asOfDay) continue;
    if (random.next() < 0.92) {
      const rating = TAX_RATINGS[gradeIndex(random, firm.risk, [0.34, 0.8, 0.88, 0.97])];
      writer.add(
        id,
        'tax_credit_rating',
        `${uscc}|${year}`,
        'tax',
        'active',
        published,
        null,
        null,
        null,
        rating,
        null,
        null,
        none,
      );
    }
    if (random.next() < 0.45 + 0.4 * firm.strength) {
      const revenue = Math.round(200 + random.next() * 20000 * (0.2 + firm.strength));
      const expense = Math.round(revenue * (0.02 + 0.1 * firm.strength * random.next()) * 100) / 100;
      writer.add(
        id,
        'rnd_investment',
        `${uscc}|${year}`,
        random.next() < 0.7 ? 'tax' : 'kjj',
        'active',
        published + random.int(0, 30),
        null,
        null,
        null,
        null,
        expense,
        revenue,
        none,
      );
    }
    if (random.next() < 0.6) {
      const evaluated = yearStart(year) + random.int(150, 330);
      writer.add(
        id,
        'national_credit_evaluation',
        `${uscc}|${writer.date(evaluated)}`,
        'nacredit',
        'active',
        evaluated,
        null,
        null,
        null,
        NATIONAL_RATINGS[gradeIndex(random, firm.risk, [0.22, 0.74, 0.94])],
        null,
        null,
        none,
      );
    }
    for (const evaluation of EVALUATIONS) {
      if (random.next() >= evaluation.coverage) continue;
      const rated = yearStart(year) + random.int(180, 360);
      writer.add(
        id,
        'industry_evaluation',
        `${uscc}|${evaluation.name}|${year}`,
        evaluation.department,
        'active',
        rated,
        null,
        null,
        evaluation.name,
        EVALUATION_RATINGS[gradeIndex(random, firm.risk, [0.3, 0.8, 0.95])],
        null,
        null,
        none,
      );
    }
  }

  const licenseDepartments = allowedDepartmentsOnce('administrative_license');
  for (let count = random.poisson(2.8); count > 0; count -= 1) {
    const department = random.pick(licenseDepartments);
    const decided = dayIn();
    const serial = writer.serial();
    const isLongTerm = random.next() < 0.3;
    writer.add(
      id,
      'administrative_license',
      `鄂华${department}许〔${writer.date(decided).slice(0, 4)}〕${serial}号|${departmentUscc(department)}`,
      department,
      tables.licenseStatus.draw(random),
      decided,
      isLongTerm ? null : decided + 365 * random.int(1, 5),
      null,
      tables.licenseCategory.draw(random),
      null,
      null,
      null,
      isLongTerm ? '{"long_term":true}' : none,
    );
  }

  // Patents: concentrated in 高新 firms and in the strongest of the rest.
  const patents = random.poisson(firm.isHighTech ? 10 * (0.5 + firm.strength) : 1.6 * firm.strength);
  for (let count = patents; count > 0; count -= 1) {
    const granted = dayIn();
    const type = (firm.isHighTech ? tables.patentHighTech : tables.patentOther).draw(random);
    writer.add(
      id,
      'patent',
      `ZL${writer.date(granted).slice(0, 4)}${writer.serial()}`,
      'scjg',
      'active',
      granted,
      null,
      null,
      type,
      null,
      null,
      null,
      `{"legal_status":"${tables.patentStatus.draw(random)}"}`,
    );
  }
  if (random.next() < 0.35) {
    for (let count = 1 + random.poisson(0.8); count > 0; count -= 1) {
      const registered = dayIn();
      writer.add(
        id,
        'trademark',
        `TM${writer.serial()}`,
        'scjg',
        'active',
        registered,
        registered + Math.round(365.25 * terms.trademarkYears),
        null,
        String(random.pick([9, 42, 35, 7, 1])),
        null,
        null,
        null,
        none,
      );
    }
  }
  if (firm.isHighTech) {
    // 高新 certificates are renewed at the end of each term (国科发火〔2016〕32号, term from demo-profile.yaml).
    const termDays = Math.round(365.25 * terms.highTechCertificateYears);
    for (let certified = asOfDay - random.int(0, termDays - 1); certified >= historyStart; certified -= termDays) {
      writer.add(
        id,
        'high_tech_certification',
        `GR${writer.date(certified).slice(0, 4)}${writer.serial()}`,
        'kjj',
        'active',
        certified,
        certified + termDays,
        null,
        null,
        null,
        null,
        null,
        none,
      );
    }
  }
  if (random.next() < 0.1 + 0.3 * firm.strength) {
    for (let count = 1 + random.poisson(0.5); count > 0; count -= 1) {
      const approved = dayIn();
      const status = tables.projectStatus.draw(random);
      writer.add(
        id,
        'sci_tech_project',
        `XM${writer.serial()}`,
        random.next() < 0.8 ? 'kjj' : 'fgjx',
        'active',
        approved,
        status === '在研' ? null : approved + random.int(365, 1095),
        null,
        null,
        tables.projectLevel.draw(random),
        Math.round(random.next() * 300) / 10,
        null,
        `{"project_status":"${status}"}`,
      );
    }
  }
  if (random.next() < 0.08 + 0.15 * firm.strength) {
    const honorDepartments = allowedDepartmentsOnce('honor');
    for (let count = 1 + random.poisson(0.4); count > 0; count -= 1) {
      const awarded = dayIn();
      const type = tables.honorType.draw(random);
      writer.add(
        id,
        'honor',
        `${uscc}|${type}${writer.serial()}|${writer.date(awarded)}`,
        random.pick(honorDepartments),
        'active',
        awarded,
        random.next() < 0.5 ? null : awarded + 365 * 3,
        null,
        type,
        tables.honorLevel.draw(random),
        null,
        null,
        none,
      );
    }
  }
  if (random.next() < 0.12) {
    const qualificationDepartments = allowedDepartmentsOnce('qualification');
    const issued = dayIn();
    writer.add(
      id,
      'qualification',
      `ZZ${writer.serial()}`,
      random.pick(qualificationDepartments),
      'active',
      issued,
      issued + 365 * 5,
      null,
      random.pick(['安全生产许可', '建筑业企业资质', '测绘资质', '环境检测资质']),
      random.pick(['甲级', '乙级', '二级', '三级']),
      null,
      null,
      none,
    );
  }
  const commitmentDepartments = allowedDepartmentsOnce('credit_commitment');
  for (let count = random.poisson(1.1); count > 0; count -= 1) {
    const committed = dayIn();
    writer.add(
      id,
      'credit_commitment',
      `CN${writer.serial()}`,
      random.pick(commitmentDepartments),
      'active',
      committed,
      null,
      null,
      tables.commitmentType.draw(random),
      null,
      null,
      null,
      `{"fulfilment":"${tables.commitmentFulfilment.draw(random)}"}`,
    );
  }

  // Negative records: a minority of firms, more likely the riskier ones.
  const penaltyDepartments = allowedDepartmentsOnce('administrative_penalty');
  if (random.next() < 0.04 + 0.3 * firm.risk) {
    for (let count = 1 + random.poisson(0.3 + firm.risk); count > 0; count -= 1) {
      const department = random.pick(penaltyDepartments);
      const decided = dayIn();
      const category = tables.penaltyCategory.draw(random);
      const fine = category.includes('罚款') ? Math.round(random.next() ** 2 * 500) / 10 : null;
      writer.add(
        id,
        'administrative_penalty',
        `鄂华${department}罚〔${writer.date(decided).slice(0, 4)}〕${writer.serial()}号|${departmentUscc(department)}`,
        department,
        tables.penaltyStatus.draw(random),
        decided,
        null,
        tables.level.draw(random),
        category,
        null,
        fine,
        null,
        none,
      );
    }
  }
  if (random.next() < 0.015 * (1 + 3 * firm.risk)) {
    const decided = dayIn();
    writer.add(
      id,
      'administrative_coercion',
      `鄂华强〔${writer.date(decided).slice(0, 4)}〕${writer.serial()}号`,
      random.pick(allowedDepartmentsOnce('administrative_coercion')),
      'active',
      decided,
      random.next() < 0.7 ? decided + random.int(30, 365) : null,
      null,
      tables.coercion.draw(random),
      null,
      null,
      null,
      none,
    );
  }
  if (random.next() < 0.05 * (1 + 2 * firm.risk)) {
    const listed = dayIn();
    writer.add(
      id,
      'abnormal_operation',
      `${uscc}|${writer.date(listed)}`,
      'scjg',
      'active',
      listed,
      random.next() < 0.6 ? listed + random.int(20, 400) : null,
      null,
      tables.abnormal.draw(random),
      null,
      null,
      null,
      none,
    );
  }
  if (random.next() < 0.012 * firm.risk) {
    const listed = dayIn();
    const department = random.pick(allowedDepartmentsOnce('serious_dishonesty_list'));
    writer.add(
      id,
      'serious_dishonesty_list',
      `${uscc}|${writer.date(listed)}|${department}`,
      department,
      random.next() < 0.2 ? 'removed' : 'active',
      listed,
      random.next() < 0.3 ? listed + random.int(365, 1095) : null,
      null,
      '拒不履行行政处罚决定',
      null,
      null,
      null,
      none,
    );
  }
  if (random.next() < 0.015 * firm.risk) {
    const published = dayIn();
    writer.add(
      id,
      'dishonest_judgment_debtor',
      `(${writer.date(published).slice(0, 4)})鄂0703执${writer.serial()}号`,
      'court',
      'active',
      published,
      random.next() < 0.3 ? published + random.int(60, 700) : null,
      null,
      '有履行能力而拒不履行生效法律文书确定义务',
      null,
      Math.round(random.next() * 2000) / 10,
      null,
      `{"performance":"${tables.debtorPerformance.draw(random)}"}`,
    );
  }
  if (random.next() < 0.06) {
    const judged = dayIn();
    writer.add(
      id,
      'court_judgment',
      `(${writer.date(judged).slice(0, 4)})鄂0703民初${writer.serial()}号`,
      'court',
      'active',
      judged,
      null,
      null,
      tables.litigationRole.draw(random),
      tables.judgmentOutcome.draw(random),
      Math.round(random.next() * 5000) / 10,
      null,
      none,
    );
  }
  if (random.next() < 0.03 * (1 + firm.risk)) {
    const announced = dayIn();
    const taxType = tables.taxType.draw(random);
    writer.add(
      id,
      'tax_arrears',
      `${uscc}|${taxType}|${writer.date(announced)}`,
      'tax',
      'active',
      announced,
      random.next() < 0.6 ? announced + random.int(10, 300) : null,
      null,
      taxType,
      null,
      Math.round(random.next() * 1000) / 10,
      null,
      none,
    );
  }
  for (const [kind, department, rate] of [
    ['social_insurance_arrears', 'rsj', 0.025],
    ['housing_fund_arrears', 'gjj', 0.02],
  ] as const) {
    if (random.next() >= rate * (1 + firm.risk)) continue;
    const confirmed = dayIn();
    writer.add(
      id,
      kind,
      `${uscc}|${writer.date(confirmed)}`,
      department,
      'active',
      confirmed,
      random.next() < 0.7 ? confirmed + random.int(30, 240) : null,
      null,
      null,
      null,
      Math.round(random.next() * 300) / 10,
      random.int(1, 12),
      none,
    );
  }
  if (random.next() < 0.04 * (1 + firm.risk)) {
    const department = random.pick(Object.keys(UTILITIES) as Array<keyof typeof UTILITIES>);
    const confirmed = dayIn();
    writer.add(
      id,
      'utility_arrears',
      `${uscc}|${UTILITIES[department]}|${writer.date(confirmed)}`,
      department,
      'active',
      confirmed,
      random.next() < 0.8 ? confirmed + random.int(10, 120) : null,
      null,
      UTILITIES[department],
      null,
      Math.round(random.next() * 100) / 10,
      random.int(1, 6),
      none,
    );
  }
}

/** An index into a grade scale: thresholds are cumulative shares for a firm of average risk; risk shifts them down. */
function gradeIndex(random: SeededRandom, risk: number, thresholds: readonly number[]): number {
  const draw = Math.min(0.999999, random.next() * (1 - 0.3 * risk) + 0.5 * risk * random.next());
  let index = 0;
  while (index < thresholds.length && draw >= thresholds[index]) index += 1;
  return index;
}

const departmentsByKind = new Map<string, string[]>();
function allowedDepartmentsOnce(kind: string): string[] {
  let departments = departmentsByKind.get(kind);
  if (!departments) departmentsByKind.set(kind, (departments = allowedDepartments(kind)));
  return departments;
}

export interface RecordCounts {
  records: number;
  byKind: Record<string, number>;
}

/**
 * Record rows as COPY text, enterprise by enterprise. `firstEnterpriseId` is the id the store gave the enterprise at
 * index 0 (ids follow the COPY order). `counts` is filled in as the chunks are consumed.
 */
export function* generateRecordChunks(
  options: DatasetOptions,
  firstEnterpriseId: number,
  counts: RecordCounts,
  batches: BatchIds,
): Generator<Buffer> {
  const asOfDay = toDayNumber(options.asOf);
  const terms = loadDemoProfile().terms;
  const dates = makeDateTable(options.asOf);
  let sequence = 0;
  for (let start = 0; start < options.enterprises; start += RECORD_ENTERPRISES_PER_CHUNK) {
    const writer = new RecordWriter(dates, sequence, batches);
    const end = Math.min(options.enterprises, start + RECORD_ENTERPRISES_PER_CHUNK);
    for (let index = start; index < end; index += 1)
      writeFirmRecords(writer, drawFirm(options, index), firstEnterpriseId + index, asOfDay, terms);
    sequence += writer.count;
    counts.records += writer.count;
    for (const [kind, count] of writer.byKind) counts.byKind[kind] = (counts.byKind[kind] ?? 0) + count;
    yield writer.take();
  }
}

interface SavedDefinition {
  table: string;
  name: string;
  /** Statement that recreates it. */
  create: string;
  isConstraint: boolean;
}

/**
 * The secondary indexes and the unique/foreign-key constraints of the loaded tables, read from the catalog of the
 * database (so indexes added by later migrations are included). The primary keys stay: ids are assigned during COPY.
 */
async function readSecondaryDefinitions(store: Store, tables: readonly string[]): Promise<SavedDefinition[]> {
  const list = sql.join(tables.map((table) => sql.lit(table)));
  const constraints = await sql<{ table: string; name: string; definition: string }>`
    select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as definition
    from pg_constraint c
    where c.conrelid::regclass::text in (${list}) and c.contype in ('u', 'f')
      -- a unique key another table's foreign key points at (users.uscc → enterprises.uscc) has to stay
      and not (c.contype = 'u' and exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = c.conindid))
    order by c.contype, c.conname`.execute(store.db);
  const indexes = await sql<{ table: string; name: string; definition: string }>`
    select i.tablename as table, i.indexname as name, i.indexdef as definition
    from pg_indexes i
    where i.schemaname = current_schema() and i.tablename in (${list})
      and not exists (select 1 from pg_constraint c where c.conindid = (quote_ident(i.indexname))::regclass)
    order by i.indexname`.execute(store.db);
  return [
    ...constraints.rows.map((row) => ({
      table: row.table,
      name: row.name,
      create: `alter table ${row.table} add constraint ${row.name} ${row.definition}`,
      isConstraint: true,
    })),
    ...indexes.rows.map((row) => ({ table: row.table, name: row.name, create: row.definition, isConstraint: false })),
  ];
}

export interface LoadTimings {
  enterprises: number;
  records: number;
  byKind: Record<string, number>;
  seconds: {
    dropIndexes: number;
    copyEnterprises: number;
    copyRecords: number;
    rebuildIndexes: number;
    analyze: number;
    total: number;
  };
}

const seconds = (from: number) => Math.round((performance.now() - from) / 10) / 100;

/**
 * Loads the data set into an empty store: drops secondary indexes and constraints of enterprises and records, COPYs
 * enterprises then records (each in one transaction), rebuilds the indexes and constraints (which checks the
 * natural keys are unique and every reference holds), then ANALYZE. `progress` is told after each phase.
 */
export async function loadDataset(
  store: Store,
  options: DatasetOptions,
  progress: (message: string) => void = () => {},
): Promise<LoadTimings> {
  if ((await countEnterprises(store.db)) + (await countRecords(store.db)) > 0)
    throw new Error('the benchmark data set loads into an empty store only');
  const started = performance.now();

  let phase = performance.now();
  const definitions = await readSecondaryDefinitions(store, ['enterprises', 'records', 'record_versions']);
  for (const definition of definitions) {
    await sql
      .raw(
        definition.isConstraint
          ? `alter table ${definition.table} drop constraint ${definition.name}`
          : `drop index ${definition.name}`,
      )
      .execute(store.db);
  }
  const dropIndexes = seconds(phase);
  const batchIndexes = definitions.filter(
    (definition) =>
      definition.table === 'record_versions' && !definition.isConstraint && /\(batch_id\)/.test(definition.create),
  );

  phase = performance.now();
  const enterpriseCount = await copyRowsIn(store, 'enterprises', ENTERPRISE_COLUMNS, generateEnterpriseChunks(options));
  const ids = await findEnterpriseIdRange(store.db);
  const firstId = ids.first;
  if (enterpriseCount !== options.enterprises || ids.last - firstId + 1 !== enterpriseCount) {
    throw new Error(
      `enterprise ids are not contiguous after COPY (${enterpriseCount} rows, ids ${firstId}–${ids.last})`,
    );
  }
  const copyEnterprises = seconds(phase);
  progress(`企业 ${enterpriseCount.toLocaleString()} 家已写入(${copyEnterprises} 秒)`);

  phase = performance.now();
  const counts: RecordCounts = { records: 0, byKind: {} };
  let reported = 0;
  // Records and their first versions are written the way every import writes them: in batches, each version the
  // copy of its record row, each committed batch described by an audit event with the digest of its versions.
  const recordCount = await withCopySession(store, async (session) => {
    const pairs = loadCatalog().kinds.flatMap((kind) =>
      kind.departments.map((department) => ({ kind: kind.code, department })),
    );
    const batchIds = await openImportBatches(
      session.trx,
      pairs.map(({ kind, department }) => ({
        department_code: department,
        kind,
        file_name: `${kind}-${department}.copy`,
        file_hash: `${options.seed}/${options.enterprises}`,
        format: 'copy',
        mode: 'all-or-nothing',
        operator: BATCH_OPERATOR,
      })),
    );
    const batches: BatchIds = new Map(
      pairs.map(({ kind, department }, index) => [batchKey(kind, department), batchIds[index]]),
    );
    const chunks = generateRecordChunks(options, firstId, counts, batches);
    const written = await copyRecordsIn(
      session,
      (function* () {
        for (const chunk of chunks) {
          yield chunk;
          if (counts.records - reported >= 2_000_000) {
            reported = counts.records;
            progress(`  已生成记录 ${counts.records.toLocaleString()} 条(${seconds(phase)} 秒)`);
          }
        }
      })(),
      batchIds,
      BATCH_OPERATOR,
    );
    const created = await commitBulkBatches(session.trx, batchIds);
    // Each batch's audit digest reads its versions by batch id. Without the batch index (dropped for the load), each
    // of the ~80 digests would scan every version of every batch; built here, once, it is not rebuilt below.
    for (const definition of batchIndexes) await sql.raw(definition.create).execute(session.trx);
    await sql`analyze record_versions`.execute(session.trx);
    for (const [index, batchId] of batchIds.entries()) {
      await appendAuditEvent(session.trx, {
        actor: BATCH_OPERATOR,
        action: 'import.committed',
        subjectType: 'import_batch',
        subjectId: String(batchId),
        payload: {
          departmentCode: pairs[index].department,
          kind: pairs[index].kind,
          created: created.get(batchId) ?? 0,
          updated: 0,
          unchanged: 0,
          versionsDigest: await digestBatchVersions(session.trx, batchId),
        },
      });
    }
    return written;
  });
  if (recordCount !== counts.records)
    throw new Error(`COPY wrote ${recordCount} records, the generator made ${counts.records}`);
  const copyRecords = seconds(phase);
  progress(`信用记录 ${recordCount.toLocaleString()} 条已写入(${copyRecords} 秒)`);

  phase = performance.now();
  // In the reverse order of dropping: indexes, unique constraints, then foreign keys.
  for (const definition of [...definitions].reverse()) {
    if (batchIndexes.includes(definition)) continue;
    await sql.raw(definition.create).execute(store.db);
  }
  const rebuildIndexes = seconds(phase);
  progress(`索引与约束已重建(${rebuildIndexes} 秒)`);

  phase = performance.now();
  await sql`analyze enterprises`.execute(store.db);
  await sql`analyze records`.execute(store.db);
  await sql`analyze record_versions`.execute(store.db);
  const analyze = seconds(phase);

  return {
    enterprises: enterpriseCount,
    records: recordCount,
    byKind: Object.fromEntries(Object.entries(counts.byKind).sort(([a], [b]) => a.localeCompare(b))),
    seconds: { dropIndexes, copyEnterprises, copyRecords, rebuildIndexes, analyze, total: seconds(started) },
  };
}
