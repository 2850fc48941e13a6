import type { Department } from '../../catalog/catalog.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import { addDays, addYears, laterOf, randomDate } from './demo-dates.ts';
import { DEMO_REGION, type DemoEnterprise } from './demo-enterprises.ts';
import type { DemoProfile } from './demo-profile.ts';
import type { SeededRandom } from './seeded-random.ts';

/** A row a department sends, keyed by catalog field key, before the importer's normaliser reads it. */
export interface DemoRow {
  departmentCode: string;
  values: Record<string, unknown>;
  /** What happens to the record later (a corrected re-send, a credit repair, a revocation). */
  later?: DemoFollowUp;
}

export type DemoFollowUp =
  | { change: 'corrected'; values: Record<string, unknown> }
  | { change: 'repaired'; on: string }
  | { change: 'revoked'; on: string; reason: string };

/** Everything a record generator reads. Each generator gets its own random stream. */
export interface DemoContext {
  random: SeededRandom;
  enterprises: DemoEnterprise[];
  /** Market entities outside the registry that departments' records still name (the import registers them). */
  outsiders: DemoEnterprise[];
  asOf: string;
  /** First day of the history the demo covers. */
  windowStart: string;
  profile: DemoProfile;
  departments: Map<string, DemoDepartment>;
  /** Credit repairs decided by the penalty generator, read by the commitment generator (修复型承诺). */
  repairs: Array<{ enterprise: DemoEnterprise; on: string }>;
}

export interface DemoDepartment {
  code: string;
  name: string;
  uscc: string;
}

/**
 * Government bodies carry USCCs under 机构编制 / 机关 (11). The catalog does not list the departments' real codes yet,
 * so the demo makes stable, well-formed ones from each department's position; a code in the catalog wins.
 */
export function demoDepartments(departments: Department[]): Map<string, DemoDepartment> {
  return new Map(
    departments.map((department, index) => [
      department.code,
      {
        code: department.code,
        name: department.name,
        uscc:
          department.uscc ??
          makeUscc(`11${DEMO_REGION}${makeOrganizationCode(`MB${String(1528 + index * 37).padStart(4, '0')}07`)}`),
      },
    ]),
  );
}

/** The identity columns every kind has. */
export function identityOf(enterprise: DemoEnterprise): Record<string, unknown> {
  return { subject_name: enterprise.name, subject_uscc: enterprise.uscc };
}

/** The identity columns of the national 双公示 formats (DOMAIN.md §5). */
export function doublePublicityIdentityOf(enterprise: DemoEnterprise): Record<string, unknown> {
  return {
    subject_name: enterprise.name,
    subject_category: '法人及非法人组织',
    subject_uscc: enterprise.uscc,
    legal_representative: enterprise.legalRepresentative,
    legal_representative_id_type: '身份证',
    legal_representative_id_number: enterprise.legalRepresentativeId,
  };
}

/** A day within the history window (and `from`–`to` when given) on which the enterprise already existed. */
export function dateInWindow(
  context: DemoContext,
  enterprise: DemoEnterprise,
  options: { from?: string; to?: string } = {},
): string {
  const to = options.to ?? context.asOf;
  const from = laterOf(laterOf(context.windowStart, enterprise.registeredOn), options.from ?? context.windowStart);
  // A firm too young for the range gets its last day rather than a date after the as-of date.
  return randomDate(context.random, from > to ? to : from, to);
}

/** The years whose annual results can be published inside the window (the as-of year has not ended). */
export function completedYears(context: DemoContext): number[] {
  const last = Number(context.asOf.slice(0, 4)) - 1;
  const years: number[] = [];
  for (let year = Number(context.windowStart.slice(0, 4)); year <= last; year += 1) years.push(year);
  return years;
}

/** How much likelier than average this enterprise is to have a negative record (mean about 1). */
export function riskFactor(enterprise: DemoEnterprise): number {
  return 0.3 + 2.4 * enterprise.risk;
}

/** How much likelier than average this enterprise is to have a positive, innovation-related record (mean about 1). */
export function strengthFactor(enterprise: DemoEnterprise): number {
  return 0.2 + 1.6 * enterprise.strength;
}

/**
 * Picks an ordered grade (best first) with the weights shifted by the enterprise's risk: risky firms get worse
 * grades, safe ones better, and the district as a whole keeps roughly the given shares.
 */
export function gradeFor<T extends string>(
  random: SeededRandom,
  weights: Readonly<Record<T, number>>,
  risk: number,
): T {
  const entries = Object.entries(weights) as Array<[T, number]>;
  const last = Math.max(1, entries.length - 1);
  const shifted = Object.fromEntries(
    entries.map(([grade, weight], index) => [grade, weight * Math.exp(2 * (risk - 0.3) * ((2 * index) / last - 1))]),
  ) as Record<T, number>;
  return random.weighted(shifted);
}

/** Numbers per department and year that only go up, as 文号 do (〔2024〕12号, 〔2024〕15号 …). */
export class DocumentCounter {
  private readonly next = new Map<string, number>();
  constructor(private readonly random: SeededRandom) {}

  take(series: string, year: number | string): number {
    const key = `${series}|${year}`;
    const value = (this.next.get(key) ?? this.random.int(1, 20)) + this.random.int(1, 6);
    this.next.set(key, value);
    return value;
  }
}

/** The day before the same date `years` later: the last day of a validity of whole years. */
export function validUntil(from: string, years: number): string {
  return addDays(addYears(from, years), -1);
}
