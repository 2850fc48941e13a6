import { addDays, laterOf, yearOf } from './demo-dates.ts';
import type { DemoEnterprise } from './demo-enterprises.ts';
import {
  dateInWindow,
  DocumentCounter,
  identityOf,
  riskFactor,
  type DemoContext,
  type DemoRow,
} from './demo-record-context.ts';
import { COMMITMENT_MATTERS, TAX_TYPES } from './demo-vocabulary.ts';

/** A settlement date some time after the debt was confirmed, or null when it is still unpaid on the as-of date. */
function settledOn(context: DemoContext, confirmedOn: string, share: number): string | null {
  if (!context.random.chance(share)) return null;
  const day = addDays(confirmedOn, context.random.int(10, 240));
  return day <= context.asOf ? day : null;
}

/** 欠税公告. */
export function generateTaxArrears(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const rows: DemoRow[] = [];
  for (const enterprise of context.enterprises) {
    if (!random.chance(profile.records.taxArrearsFirmRate * riskFactor(enterprise))) continue;
    const announcedOn = dateInWindow(context, enterprise);
    rows.push({
      departmentCode: 'tax',
      values: {
        ...identityOf(enterprise),
        tax_type: random.weighted(TAX_TYPES),
        balance: random.amount(0.3, 60, 2),
        announced_on: announcedOn,
        settled_on: settledOn(context, announcedOn, 0.6),
      },
    });
  }
  return rows;
}

/** 社保欠缴 (人社局) and 公积金欠缴 (公积金中心): months owed and the amount, most paid up later. */
function generateContributionArrears(context: DemoContext, departmentCode: string, rate: number): DemoRow[] {
  const { random } = context;
  const rows: DemoRow[] = [];
  for (const enterprise of context.enterprises) {
    if (!random.chance(rate * riskFactor(enterprise))) continue;
    const months = random.int(1, 8);
    const confirmedOn = dateInWindow(context, enterprise);
    rows.push({
      departmentCode,
      values: {
        ...identityOf(enterprise),
        months,
        amount: Math.round(months * random.amount(0.3, 4, 2) * 100) / 100,
        confirmed_on: confirmedOn,
        settled_on: settledOn(context, confirmedOn, 0.7),
      },
    });
  }
  return rows;
}

export function generateSocialInsuranceArrears(context: DemoContext): DemoRow[] {
  return generateContributionArrears(context, 'rsj', context.profile.records.socialInsuranceArrearsFirmRate);
}

export function generateHousingFundArrears(context: DemoContext): DemoRow[] {
  return generateContributionArrears(context, 'gjj', context.profile.records.housingFundArrearsFirmRate);
}

const UTILITY_BY_DEPARTMENT: Record<string, string> = { power: '电费', water: '水费', gas: '燃气费' };

/** 公共事业欠费 from the power, water and gas companies. */
export function generateUtilityArrears(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const rows: DemoRow[] = [];
  for (const enterprise of context.enterprises) {
    if (!random.chance(profile.records.utilityArrearsFirmRate * riskFactor(enterprise))) continue;
    const departmentCode = random.weighted(profile.records.utilityDepartments);
    const months = random.int(1, 6);
    const confirmedOn = dateInWindow(context, enterprise);
    rows.push({
      departmentCode,
      values: {
        ...identityOf(enterprise),
        utility: UTILITY_BY_DEPARTMENT[departmentCode],
        months,
        amount: Math.round(months * random.amount(0.05, 2, 2) * 100) / 100,
        confirmed_on: confirmedOn,
        settled_on: settledOn(context, confirmedOn, 0.75),
      },
    });
  }
  return rows;
}

/**
 * 信用承诺: 告知承诺 made in approvals, public and sector pledges, and a 修复型 commitment before each credit repair
 * (a repair needs a public commitment, DOMAIN.md §4). A few commitments are found broken (未履行).
 */
export function generateCommitments(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const counter = new DocumentCounter(random);
  const departments = Object.keys(COMMITMENT_MATTERS);
  const rows: DemoRow[] = [];
  const add = (
    enterprise: DemoEnterprise,
    departmentCode: string,
    matter: { type: string; matter: string },
    committedOn: string,
    fulfilment: string,
  ) => {
    const checkedOn = fulfilment === '已作出' ? null : addDays(committedOn, random.int(30, 360));
    const year = yearOf(committedOn);
    rows.push({
      departmentCode,
      values: {
        ...identityOf(enterprise),
        commitment_number: `CN${departmentCode.toUpperCase()}${year}${String(counter.take(departmentCode, year)).padStart(5, '0')}`,
        commitment_type: matter.type,
        matter: matter.matter,
        committed_on: committedOn,
        fulfilment: checkedOn && checkedOn > context.asOf ? '已作出' : fulfilment,
        checked_on: checkedOn && checkedOn <= context.asOf ? checkedOn : null,
      },
    });
  };
  for (const enterprise of context.enterprises) {
    if (!random.chance(profile.records.commitmentFirmRate)) continue;
    const count = random.chance(0.3) ? 2 : 1;
    for (let index = 0; index < count; index += 1) {
      const departmentCode = random.pick(departments);
      const matter = random.pick(COMMITMENT_MATTERS[departmentCode]!.filter((item) => item.type !== '修复型'));
      let fulfilment = random.weighted(profile.records.commitmentFulfilment);
      // Broken commitments come mostly from risky firms.
      if (fulfilment === '未履行' && !random.chance(Math.min(1, riskFactor(enterprise) / 2))) fulfilment = '已履行';
      add(enterprise, departmentCode, matter, dateInWindow(context, enterprise), fulfilment);
    }
  }
  const repairMatter = COMMITMENT_MATTERS.fgjx!.find((item) => item.type === '修复型')!;
  for (const repair of context.repairs) {
    const committedOn = laterOf(repair.enterprise.registeredOn, addDays(repair.on, -random.int(10, 40)));
    add(repair.enterprise, 'fgjx', repairMatter, committedOn, '已作出');
  }
  return rows;
}
