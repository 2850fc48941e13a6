import { LONG_TERM_DATE } from '../../domain/record.ts';
import { addDays, earlierOf, toDayNumber, yearOf } from './demo-dates.ts';
import type { DemoEnterprise } from './demo-enterprises.ts';
import {
  dateInWindow,
  DocumentCounter,
  doublePublicityIdentityOf,
  identityOf,
  riskFactor,
  validUntil,
  type DemoContext,
  type DemoRow,
} from './demo-record-context.ts';
import {
  COERCION_REASONS,
  DECISION_NUMBER_PREFIXES,
  LICENSE_TEMPLATES,
  VIOLATION_TEMPLATES,
} from './demo-vocabulary.ts';

/** 行政许可 in the national 双公示 format, including 长期 licenses (有效期至 2099/12/31) and cancelled ones. */
export function generateLicenses(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const counter = new DocumentCounter(random);
  const rows: DemoRow[] = [];
  // Every outsider holds a market-supervision licence: that is how a firm outside the registry enters the records.
  const holders = [
    ...context.enterprises.map((enterprise) => ({ enterprise, isOutsider: false })),
    ...context.outsiders.map((enterprise) => ({ enterprise, isOutsider: true })),
  ];
  for (const { enterprise, isOutsider } of holders) {
    for (const [departmentCode, rate] of Object.entries(profile.records.licenseRate)) {
      if (isOutsider ? departmentCode !== 'scjg' : !random.chance(rate)) continue;
      const department = context.departments.get(departmentCode)!;
      const template = random.pick(LICENSE_TEMPLATES[departmentCode]!);
      const decidedOn = dateInWindow(context, enterprise);
      const year = yearOf(decidedOn);
      const number = counter.take(departmentCode, year);
      const prefix = DECISION_NUMBER_PREFIXES[departmentCode]!.license;
      rows.push({
        departmentCode,
        values: {
          ...doublePublicityIdentityOf(enterprise),
          document_name: `${template.name}决定书`,
          decision_number: `${prefix}〔${year}〕${number}号`,
          license_category: template.category,
          certificate_name: template.certificate,
          license_number: `${template.prefix}${year}${String(number).padStart(5, '0')}`,
          content: template.content,
          decision_date: decidedOn,
          valid_from: decidedOn,
          valid_to: template.years === 0 ? LONG_TERM_DATE : validUntil(decidedOn, template.years),
          authority: department.name,
          authority_uscc: department.uscc,
          current_status: random.weighted(profile.records.licenseStatus),
          source_unit: department.name,
          source_unit_uscc: department.uscc,
        },
      });
    }
  }
  return rows;
}

/**
 * 行政处罚 in the national 双公示 format, without 失信严重程度 (as departments send them): the importer derives the
 * level from 处罚类别 and the amount (catalog/penalty-levels.yaml). Some penalties are later corrected (a re-sent row
 * with a changed amount), repaired (信用修复) or revoked (行政复议).
 */
export function generatePenalties(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const counter = new DocumentCounter(random);
  const rows: DemoRow[] = [];
  for (const enterprise of context.enterprises) {
    if (!random.chance(profile.records.penaltyFirmRate * riskFactor(enterprise))) continue;
    const count = 1 + (random.chance(profile.records.penaltyRepeatRate) ? random.int(1, 2) : 0);
    for (let index = 0; index < count; index += 1) rows.push(makePenalty(context, enterprise, counter));
  }
  planPenaltyFollowUps(context, rows);
  return rows;
}

function makePenalty(context: DemoContext, enterprise: DemoEnterprise, counter: DocumentCounter): DemoRow {
  const { random } = context;
  const departmentCode = random.weighted(context.profile.records.penaltyDepartments);
  const department = context.departments.get(departmentCode)!;
  const template = random.pick(VIOLATION_TEMPLATES[departmentCode]!);
  const category = random.weighted(template.categories);
  const decidedOn = dateInWindow(context, enterprise);
  const year = yearOf(decidedOn);
  const hasFine = category.includes('罚款');
  const fine = hasFine ? random.amount(template.fine[0], template.fine[1], 2) : null;
  const confiscated = category.includes('没收') ? random.amount(0.1, 5, 2) : null;
  const suspends = category.includes('吊销');
  const content = [
    category.includes('警告') ? '警告' : '',
    confiscated ? `没收违法所得${confiscated}万元` : '',
    fine ? `罚款${fine}万元` : '',
    category.includes('停产') ? '责令停产停业整顿' : '',
    suspends ? '吊销营业执照' : '',
  ].filter(Boolean);
  return {
    departmentCode,
    values: {
      ...doublePublicityIdentityOf(enterprise),
      decision_number: `${DECISION_NUMBER_PREFIXES[departmentCode]!.penalty}〔${year}〕${counter.take(departmentCode, year)}号`,
      violation_type: template.type,
      violation_facts: `当事人${template.facts}`,
      legal_basis: template.basis,
      penalty_category: category,
      penalty_content: content.length > 0 ? content.join('，') : category,
      fine_amount: fine,
      confiscated_amount: confiscated,
      license_suspended: suspends ? `营业执照（${enterprise.uscc}）` : null,
      decision_date: decidedOn,
      authority: department.name,
      authority_uscc: department.uscc,
      source_unit: department.name,
      source_unit_uscc: department.uscc,
    },
  };
}

/**
 * The awkward cases: market supervision re-sends a few decisions with a corrected amount (→ version 2); a few fined
 * firms repair their credit after a while (only 轻微/一般-sized penalties: no closure, no revoked licence); a few
 * decisions are withdrawn on administrative review.
 */
function planPenaltyFollowUps(context: DemoContext, rows: DemoRow[]): void {
  const { random, asOf } = context;
  const { correctedPenalties, repairedPenalties, revokedPenalties } = context.profile.awkward;
  const untouched = () => rows.filter((row) => !row.later);
  const ageInDays = (row: DemoRow) => toDayNumber(asOf) - toDayNumber(String(row.values.decision_date));

  for (const row of pickSome(
    random,
    untouched().filter((row) => row.departmentCode === 'scjg' && row.values.fine_amount !== null),
    correctedPenalties,
  )) {
    const corrected = Math.round(Number(row.values.fine_amount) * random.pick([0.5, 0.8, 1.2, 2]) * 100) / 100;
    const content = String(row.values.penalty_content).replace(/罚款[\d.]+万元/, `罚款${corrected}万元`);
    row.later = {
      change: 'corrected',
      values: {
        ...row.values,
        fine_amount: corrected,
        penalty_content: content,
        remarks: '更正：原报送罚款金额录入有误',
      },
    };
  }
  const repairable = untouched().filter(
    (row) => !/吊销|停产/.test(String(row.values.penalty_category)) && ageInDays(row) > 300,
  );
  for (const row of pickSome(random, repairable, repairedPenalties)) {
    const decidedOn = String(row.values.decision_date);
    const on = earlierOf(addDays(decidedOn, random.int(270, 600)), asOf);
    row.later = { change: 'repaired', on };
    const enterprise = context.enterprises.find((item) => item.uscc === row.values.subject_uscc)!;
    context.repairs.push({ enterprise, on });
  }
  for (const row of pickSome(
    random,
    untouched().filter((row) => ageInDays(row) > 120),
    revokedPenalties,
  )) {
    row.later = {
      change: 'revoked',
      on: addDays(String(row.values.decision_date), random.int(40, 110)),
      reason: '经行政复议决定撤销原处罚决定',
    };
  }
}

function pickSome<T>(random: DemoContext['random'], items: T[], count: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) picked.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
  return picked;
}

const COERCION_CATEGORIES: Record<string, Record<string, number>> = {
  scjg: { 查封: 50, 扣押: 50 },
  tax: { 冻结: 60, 强制执行: 40 },
  yjgl: { 查封: 80, 其他: 20 },
  sthj: { 查封: 70, 扣押: 30 },
  zrzy: { 查封: 60, 强制执行: 40 },
};

/** 行政强制 (查封、扣押、冻结): rare, mostly lifted later. */
export function generateCoercions(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const counter = new DocumentCounter(random);
  const departments = Object.keys(COERCION_CATEGORIES);
  const rows: DemoRow[] = [];
  let turn = 0;
  for (const enterprise of context.enterprises) {
    if (!random.chance(profile.records.coercionFirmRate * riskFactor(enterprise))) continue;
    // Round-robin first, so every department that may send 行政强制 has some.
    const departmentCode = turn < departments.length ? departments[turn]! : random.pick(departments);
    turn += 1;
    const department = context.departments.get(departmentCode)!;
    const decidedOn = dateInWindow(context, enterprise);
    const year = yearOf(decidedOn);
    const lifted = random.chance(0.7) ? addDays(decidedOn, random.int(15, 180)) : null;
    rows.push({
      departmentCode,
      values: {
        ...identityOf(enterprise),
        decision_number: `${DECISION_NUMBER_PREFIXES[departmentCode]!.coercion}〔${year}〕${counter.take(departmentCode, year)}号`,
        coercion_category: random.weighted(COERCION_CATEGORIES[departmentCode]!),
        reason: random.pick(COERCION_REASONS[departmentCode]!),
        decision_date: decidedOn,
        lifted_on: lifted && lifted <= context.asOf ? lifted : null,
        authority: department.name,
      },
    });
  }
  return rows;
}

const ABNORMAL_REASONS = {
  未按规定公示年度报告: 70,
  通过登记的住所或经营场所无法联系: 20,
  未按规定公示即时信息: 7,
  公示信息隐瞒真实情况弄虚作假: 3,
} as const;
const REMOVAL_REASONS: Record<string, string> = {
  未按规定公示年度报告: '已补报未报年份的年度报告并公示',
  通过登记的住所或经营场所无法联系: '已依法办理住所变更登记',
  未按规定公示即时信息: '已履行即时信息公示义务',
  公示信息隐瞒真实情况弄虚作假: '已更正其公示的信息',
};

/** 经营异常名录: about 4% of firms listed in five years; some still listed on the as-of date. */
export function generateAbnormalOperations(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const department = context.departments.get('scjg')!;
  const rows: DemoRow[] = [];
  for (const enterprise of context.enterprises) {
    if (!random.chance(profile.records.abnormalOperationFirmRate * riskFactor(enterprise))) continue;
    const reason = random.weighted(ABNORMAL_REASONS);
    // Missing annual reports are listed after the 30 June deadline, in July or August.
    const listedOn =
      reason === '未按规定公示年度报告'
        ? dateInWindowOfYear(
            context,
            enterprise,
            random.int(yearOf(context.windowStart), yearOf(context.asOf)),
            '-07-01',
            '-08-31',
          )
        : dateInWindow(context, enterprise);
    if (!listedOn) continue;
    const removedOn = random.chance(profile.records.abnormalOperationUnresolved)
      ? null
      : addDays(listedOn, random.int(20, 420));
    const isRemoved = removedOn !== null && removedOn <= context.asOf;
    rows.push({
      departmentCode: 'scjg',
      values: {
        ...identityOf(enterprise),
        listing_reason: reason,
        listed_on: listedOn,
        listing_authority: department.name,
        removed_on: isRemoved ? removedOn : null,
        removal_reason: isRemoved ? REMOVAL_REASONS[reason] : null,
      },
    });
  }
  return rows;
}

/** A day between two month-days of a year, inside the window and after registration; null if there is none. */
function dateInWindowOfYear(
  context: DemoContext,
  enterprise: DemoEnterprise,
  year: number,
  from: string,
  to: string,
): string | null {
  const start = [context.windowStart, enterprise.registeredOn, `${year}${from}`].reduce((a, b) => (a > b ? a : b));
  const end = earlierOf(context.asOf, `${year}${to}`);
  return start > end ? null : dateInWindow(context, enterprise, { from: start, to: end });
}

const SERIOUS_LIST_REASONS: Record<string, string[]> = {
  scjg: ['被列入经营异常名录届满3年仍未履行相关义务', '提交虚假材料取得登记'],
  tax: ['重大税收违法失信主体：虚开增值税专用发票'],
  yjgl: ['发生生产安全责任事故，被认定为安全生产严重失信主体'],
  sthj: ['篡改、伪造自动监测数据，被列入环境违法严重失信名单'],
  rsj: ['拖欠农民工工资，被列入失信联合惩戒对象名单'],
};

/** 严重违法失信名单: a handful of the riskiest firms, at least one from each department that keeps such a list. */
export function generateSeriousDishonesty(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const counter = new DocumentCounter(random);
  const departments = Object.keys(SERIOUS_LIST_REASONS);
  const count = Math.max(
    departments.length,
    Math.round(profile.records.seriousDishonestyFirmRate * context.enterprises.length),
  );
  const riskiest = [...context.enterprises].sort((a, b) => b.risk - a.risk).slice(0, Math.max(count * 4, 20));
  const rows: DemoRow[] = [];
  for (let index = 0; index < count && riskiest.length > 0; index += 1) {
    const enterprise = riskiest.splice(random.int(0, riskiest.length - 1), 1)[0]!;
    const departmentCode = index < departments.length ? departments[index]! : random.pick(departments);
    const department = context.departments.get(departmentCode)!;
    const listedOn = dateInWindow(context, enterprise);
    const removedOn = random.chance(0.3) ? addDays(listedOn, random.int(365, 900)) : null;
    const year = yearOf(listedOn);
    rows.push({
      departmentCode,
      values: {
        ...identityOf(enterprise),
        listing_reason: random.pick(SERIOUS_LIST_REASONS[departmentCode]!),
        listed_on: listedOn,
        listing_authority: department.name,
        removed_on: removedOn && removedOn <= context.asOf ? removedOn : null,
        decision_number: `${DECISION_NUMBER_PREFIXES[departmentCode]!.penalty.replace(/处?罚$/, '')}失信〔${year}〕${counter.take(departmentCode, year)}号`,
      },
    });
  }
  return rows;
}
