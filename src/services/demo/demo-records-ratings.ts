import { randomDate } from './demo-dates.ts';
import { completedYears, gradeFor, identityOf, type DemoContext, type DemoRow } from './demo-record-context.ts';
import { INDUSTRY_EVALUATIONS } from './demo-vocabulary.ts';

// Share of yearly ratings that repeat the firm's previous one: ratings move slowly.
const RATING_PERSISTENCE = 0.65;

/** This year's grade: usually last year's, otherwise drawn afresh by the firm's risk. */
function nextGrade<T extends string>(
  context: DemoContext,
  weights: Readonly<Record<T, number>>,
  risk: number,
  previous: T | undefined,
): T {
  return previous !== undefined && context.random.chance(RATING_PERSISTENCE)
    ? previous
    : gradeFor(context.random, weights, risk);
}

/** A publication date between two month-days of a year, or null when that is after the as-of date. */
function publishedIn(context: DemoContext, year: number, from: string, to: string): string | null {
  const day = randomDate(context.random, `${year}${from}`, `${year}${to}`);
  return day <= context.asOf ? day : null;
}

/**
 * 纳税信用等级: each year's rating is published in April of the next year, for most firms; a firm founded during the
 * rated year gets M (DOMAIN.md §3). A firm's rating tends to stay where its risk puts it.
 */
export function generateTaxRatings(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const rows: DemoRow[] = [];
  for (const enterprise of context.enterprises) {
    let previous: string | undefined;
    for (const year of completedYears(context)) {
      if (enterprise.registeredOn > `${year}-12-31` || !random.chance(profile.records.taxRatingCoverage)) continue;
      const ratedOn = publishedIn(context, year + 1, '-04-08', '-04-30');
      if (!ratedOn) continue;
      const isNew = enterprise.registeredOn >= `${year}-01-01`;
      const rating = isNew
        ? 'M'
        : nextGrade(context, profile.records.taxRating, enterprise.risk, previous === 'M' ? undefined : previous);
      previous = rating;
      rows.push({ departmentCode: 'tax', values: { ...identityOf(enterprise), year, rating, rated_on: ratedOn } });
    }
  }
  return rows;
}

/** 行业评价: each department rates the firms of its field once a year (企业信用风险分类, 环境信用评价 …). */
export function generateIndustryEvaluations(context: DemoContext): DemoRow[] {
  const { random } = context;
  const rows: DemoRow[] = [];
  for (const [departmentCode, evaluation] of Object.entries(INDUSTRY_EVALUATIONS)) {
    for (const enterprise of context.enterprises) {
      // Whether a department covers a firm is a lasting fact, not a yearly coin toss.
      if (!evaluation.sections.includes(enterprise.industryCode[0]!) || !random.chance(evaluation.coverage)) continue;
      let previous: string | undefined;
      for (const year of completedYears(context)) {
        if (enterprise.registeredOn > `${year}-06-30`) continue;
        const ratedOn = publishedIn(context, year + 1, '-03-01', '-06-30');
        if (!ratedOn) continue;
        previous = nextGrade(context, { A: 30, B: 52, C: 14, D: 4 }, enterprise.risk, previous);
        rows.push({
          departmentCode,
          values: {
            ...identityOf(enterprise),
            evaluation_name: evaluation.name,
            year,
            rating: previous,
            rated_on: ratedOn,
          },
        });
      }
    }
  }
  return rows;
}

/** 国家公共信用综合评价结果, pushed by the national centre once a year for every firm it knows. */
export function generateNationalEvaluations(context: DemoContext): DemoRow[] {
  const { random, profile } = context;
  const rows: DemoRow[] = [];
  const years = completedYears(context);
  for (const enterprise of context.enterprises) {
    let previous: string | undefined;
    for (const year of [...years, years.length > 0 ? years[years.length - 1]! + 1 : Number(context.asOf.slice(0, 4))]) {
      if (enterprise.registeredOn > `${year - 1}-12-31`) continue;
      const evaluatedOn = publishedIn(context, year, '-03-10', '-03-31');
      if (!evaluatedOn || evaluatedOn < context.windowStart) continue;
      previous = nextGrade(context, profile.records.nationalEvaluation, enterprise.risk, previous);
      rows.push({
        departmentCode: 'nacredit',
        values: { ...identityOf(enterprise), rating: previous, evaluated_on: evaluatedOn },
      });
    }
  }
  return rows;
}

// SAMR's own class mix over the district's enterprises (demo assumption, not a published figure).
const SAMR_CLASS_WEIGHTS = { A: 35, B: 50, C: 12, D: 3 } as const;
// Share of registered enterprises market supervision has classified (the rest fall back to the platform grade).
const SAMR_CLASS_COVERAGE = 0.9;
// Classification rounds kept in the demo: the last two years.
const SAMR_CLASS_ROUNDS = 2;

/**
 * 企业信用风险分类 (国市监信发〔2022〕6号): the market-supervision bureau classifies the district's registered
 * enterprises once a year, in the first quarter, from its own data. It is drawn from the firm's risk independently of
 * the platform's evaluation, so some classes disagree with the platform grade, as they do in practice.
 */
export function generateSamrRiskClassifications(context: DemoContext): DemoRow[] {
  const { random } = context;
  const authority = context.departments.get('scjg')!.name;
  const rounds = [...completedYears(context).map((year) => year + 1), Number(context.asOf.slice(0, 4))]
    .filter((year, index, years) => years.indexOf(year) === index)
    .slice(-SAMR_CLASS_ROUNDS);
  const rows: DemoRow[] = [];
  for (const enterprise of context.enterprises) {
    if (!random.chance(SAMR_CLASS_COVERAGE)) continue;
    let previous: string | undefined;
    for (const year of rounds) {
      const classifiedOn = publishedIn(context, year, '-01-10', '-03-31');
      if (!classifiedOn || classifiedOn <= enterprise.registeredOn) continue;
      previous = nextGrade(context, SAMR_CLASS_WEIGHTS, enterprise.risk, previous);
      rows.push({
        departmentCode: 'scjg',
        values: {
          ...identityOf(enterprise),
          risk_class: previous,
          classified_on: classifiedOn,
          classifying_authority: authority,
        },
      });
    }
  }
  return rows;
}
