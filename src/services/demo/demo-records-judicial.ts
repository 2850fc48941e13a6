import { addDays, yearOf } from './demo-dates.ts';
import {
  dateInWindow,
  DocumentCounter,
  gradeFor,
  identityOf,
  riskFactor,
  type DemoContext,
  type DemoRow,
} from './demo-record-context.ts';
import { COURT_CAUSES, DISHONEST_BEHAVIORS } from './demo-vocabulary.ts';

// Case numbers of the district court carry its code 鄂0703; appeals go to the intermediate court (鄂07).
const DISTRICT_COURT_CODE = '鄂0703';
const APPEAL_COURT_CODE = '鄂07';
const APPEAL_COURT = '鄂州市中级人民法院';

/** 失信被执行人: a handful of the riskiest firms; those that paid in full were taken off the list. */
export function generateDishonestDebtors(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const court = context.departments.get('court')!;
  const counter = new DocumentCounter(random);
  const count = Math.max(1, Math.round(profile.records.dishonestDebtorFirmRate * context.enterprises.length));
  const riskiest = [...context.enterprises].sort((a, b) => b.risk - a.risk).slice(0, Math.max(count * 5, 20));
  const rows: DemoRow[] = [];
  for (let index = 0; index < count && riskiest.length > 0; index += 1) {
    const enterprise = riskiest.splice(random.int(0, riskiest.length - 1), 1)[0]!;
    const filedOn = dateInWindow(context, enterprise, { to: addDays(context.asOf, -40) });
    const publishedOn = addDays(filedOn, random.int(30, 120));
    const performance = random.weighted({ 全部未履行: 50, 部分履行: 30, 全部履行: 20 });
    const removedOn = performance === '全部履行' ? addDays(publishedOn, random.int(20, 300)) : null;
    const year = yearOf(filedOn);
    rows.push({
      departmentCode: 'court',
      values: {
        ...identityOf(enterprise),
        case_number: `(${year})${DISTRICT_COURT_CODE}执${counter.take('enforcement', year)}号`,
        court: court.name,
        basis_document: `(${year - 1})${DISTRICT_COURT_CODE}民初${random.int(100, 3999)}号`,
        dishonest_behavior: random.weighted(DISHONEST_BEHAVIORS),
        filed_on: filedOn,
        published_on: publishedOn > context.asOf ? context.asOf : publishedOn,
        removed_on: removedOn && removedOn <= context.asOf ? removedOn : null,
        amount: random.amount(5, 300, 2),
        performance,
      },
    });
  }
  return rows;
}

/** 司法判决: contract, labour and IP disputes; most firms win or settle, risky ones lose more often. */
export function generateCourtJudgments(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const court = context.departments.get('court')!;
  const counter = new DocumentCounter(random);
  const rows: DemoRow[] = [];
  for (const enterprise of context.enterprises) {
    if (!random.chance(profile.records.courtJudgmentFirmRate * (0.5 + riskFactor(enterprise) / 2))) continue;
    const cases = random.chance(0.2) ? 2 : 1;
    for (let index = 0; index < cases; index += 1) {
      const judgedOn = dateInWindow(context, enterprise);
      const year = yearOf(judgedOn);
      const isAppeal = random.chance(0.12);
      rows.push({
        departmentCode: 'court',
        values: {
          ...identityOf(enterprise),
          case_number: isAppeal
            ? `(${year})${APPEAL_COURT_CODE}民终${counter.take('appeal', year)}号`
            : `(${year})${DISTRICT_COURT_CODE}民初${counter.take('civil', year)}号`,
          cause: random.weighted(COURT_CAUSES),
          litigation_role: isAppeal
            ? random.weighted({ 上诉人: 50, 被上诉人: 50 })
            : random.weighted({ 原告: 45, 被告: 50, 第三人: 5 }),
          judgment_date: judgedOn,
          outcome: gradeFor(random, { 胜诉: 40, 调解: 25, 撤诉: 10, 部分胜诉: 12, 败诉: 13 }, enterprise.risk),
          amount: random.amount(1, 200, 2),
          court: isAppeal ? APPEAL_COURT : court.name,
        },
      });
    }
  }
  return rows;
}
