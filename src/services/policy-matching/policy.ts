/**
 * 惠企政策 as data (catalog/policies.yaml): each policy's eligibility is a condition of a small, closed
 * language, so officials can read it, the platform can evaluate it for every enterprise at once, and every match
 * explains itself.
 */

/** A record the enterprise must have (a certification, a patent, a project, a tax rating …). */
export interface HasRecordCondition {
  type: 'has_record';
  kind: string;
  subtypeIn: string[] | null;
  gradeIn: string[] | null;
  /** The status the department reported (专利法律状态, 项目状态 …), read from the kind's status field. */
  statusIn: string[] | null;
  /** Not yet ended on the as-of date (its end date, when it has one, is on or after it). */
  inForce: boolean;
  /** Occurred within this many months before the as-of date. */
  withinMonths: number | null;
  minCount: number;
}

/** No negative record still in effect (of these kinds; null: every negative kind), optionally only recent ones. */
export interface NoActiveNegativeCondition {
  type: 'no_active_negative';
  kinds: string[] | null;
  withinMonths: number | null;
}

/**
 * The recognition (认定) is the enterprise's first of its kind: exactly one record of the kind (and subtype) so far,
 * expired ones included, and it is recent — a 首次认定 award (002 §(十二)) refuses a renewal or a second one.
 */
export interface FirstRecognitionCondition {
  type: 'first_recognition';
  kind: string;
  subtypeIn: string[] | null;
  withinMonths: number;
}

/** The record kind whose amount is the year's R&D expense and whose quantity is its revenue (record-kinds.yaml). */
export const RND_INVESTMENT_KIND = 'rnd_investment';

/**
 * The latest R&D report's expense over its revenue reaches the ratio required for its revenue band (first band
 * whose `revenueBelow` exceeds the revenue, the last one having none).
 */
export interface RndIntensityCondition {
  type: 'rnd_intensity';
  bands: { revenueBelow: number | null; minRatio: number }[];
  withinMonths: number;
}

/** Revenue grew by at least `minRatio` between the two latest R&D reports, the latest within the window. */
export interface RevenueGrowthCondition {
  type: 'revenue_growth';
  minRatio: number;
  withinMonths: number;
}

export type PolicyCondition =
  | { type: 'all'; conditions: PolicyCondition[] }
  /** Holds when the condition does not; its reason is the condition's why-not (the facts it found). */
  | { type: 'not'; condition: PolicyCondition }
  /** The enterprise carries one of these 信用画像 tags (catalog/profile-tags.yaml), computed from the same facts. */
  | { type: 'has_tag'; tags: string[] }
  /** The enterprise carries none of these tags. */
  | { type: 'lacks_tag'; tags: string[] }
  | FirstRecognitionCondition
  | RndIntensityCondition
  | RevenueGrowthCondition
  | { type: 'any'; conditions: PolicyCondition[] }
  | { type: 'tier_in'; tiers: string[] }
  | { type: 'grade_in'; grades: string[] }
  | { type: 'industry_in'; prefixes: string[] }
  | { type: 'region_in'; prefixes: string[] }
  | { type: 'registered_before_years'; years: number }
  | { type: 'registered_within_years'; years: number }
  /** null: any incubator. */
  | { type: 'in_incubator'; incubators: string[] | null }
  | HasRecordCondition
  | NoActiveNegativeCondition;

export type PolicyConditionType = PolicyCondition['type'];

export const POLICY_MODES = { exempt_application: '免申即享', quick_application: '即申即享' } as const;
export type PolicyMode = keyof typeof POLICY_MODES;

export interface Policy {
  code: string;
  name: string;
  departmentCode: string;
  reference: string;
  isLocalExample: boolean;
  basis: string;
  mode: PolicyMode;
  validFrom: string;
  validTo: string | null;
  benefit: string;
  conditions: PolicyCondition;
}

/** Whether the policy is in force on a day (both ends included). */
export function isPolicyInForce(policy: Policy, day: string): boolean {
  return day >= policy.validFrom && (policy.validTo === null || day <= policy.validTo);
}

export interface PolicyCatalog {
  /** Registration statuses of enterprises still operating: only they can enjoy a policy. */
  operatingStatuses: string[];
  policies: Policy[];
}

/** Everything the conditions read about one enterprise, loaded for all enterprises in a few queries. */
export interface EnterpriseFacts {
  enterpriseId: number;
  uscc: string;
  name: string;
  status: string;
  industryCode: string | null;
  /** The registered division code; null when the registry has none (the USCC's division is used then). */
  regionCode: string | null;
  registeredOn: string | null;
  tiers: string[];
  incubatorCode: string | null;
  /** The grade in force on the as-of date (the latest evaluation as of that day) and its as-of date. */
  grade: string | null;
  gradeAsOf: string | null;
  /** Active records of the kinds the policies name, oldest first. */
  records: FactRecord[];
}

export interface FactRecord {
  kind: string;
  subtype: string | null;
  grade: string | null;
  reportedStatus: string | null;
  occurredOn: string | null;
  endsOn: string | null;
  /** The kind's amount and quantity fields (研发费用 and 营业收入 of an R&D report, in 万元). */
  amount: number | null;
  quantity: number | null;
}

/** The outcome of a condition for one enterprise: why it holds (one sentence per condition met), or why not. */
export type ConditionOutcome = { isMet: true; reasons: string[] } | { isMet: false; whyNot: string };

/** One policy for one enterprise. */
export interface PolicyEligibility {
  policyCode: string;
  qualifies: boolean;
  reasons: string[];
  whyNot: string | null;
}
