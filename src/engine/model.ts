/**
 * A model version as data (DESIGN.md "Rules as code"): dimensions with weights and caps, indicators (a closed set
 * of declarative rule types over an enterprise's records), dated parameters with unit, description and reference,
 * vetoes, and a first-hit grade table. Loaded from models/<model-id>/<version>/ by load-model.ts.
 */

export const MODEL_STATUSES = ['draft', 'published'] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];

export const PARAMETER_TYPES = ['number', 'lookup', 'bands', 'decay'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

/** Key → points; `default` applies to any other value, `none` (optional) to "no value". */
export type LookupTable = Record<string, number>;
/** First-hit band: `min` ≤ value < `below` (either bound optional); the last band has neither (catch-all). */
export interface Band {
  min: number | null;
  below: number | null;
  points: number;
}
/** First-hit age step: records at most `maxAgeMonths` old count with `factor`; the last step has no age (catch-all). */
export interface DecayStep {
  maxAgeMonths: number | null;
  factor: number;
}
export type ParameterData = number | LookupTable | Band[] | DecayStep[];

export interface ParameterValue {
  /** The date this value takes effect (YYYY-MM-DD). */
  from: string;
  fromDay: number;
  /** null: the parameter has no value from this date (repealed). */
  value: ParameterData | null;
}

export interface Parameter {
  id: string;
  /** File relative to the model directory. */
  file: string;
  type: ParameterType;
  description: string;
  unit: string;
  /** 文号 + 条款, a seed clause, or the model README section that explains the choice. */
  reference: string;
  /** Sorted by date. */
  values: ParameterValue[];
}

export const RULE_TYPES = [
  'count',
  'sum',
  'latest',
  'presence',
  'enterprise_age',
  'enterprise_tiers',
  'enterprise_status',
] as const;
export type RuleType = (typeof RULE_TYPES)[number];

/** Record columns a filter or a `latest`/`weight_by` rule can read. */
export const CATEGORY_FIELDS = ['level', 'subtype', 'grade', 'reported_status', 'department'] as const;
export type CategoryField = (typeof CATEGORY_FIELDS)[number];
export const NUMBER_FIELDS = ['amount', 'quantity', 'amount_per_quantity'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];
export type RecordField = CategoryField | NumberField;

export type RecordFilter = Partial<Record<CategoryField, string[]>>;

/**
 * Which records of the matching ones count:
 * - months: occurred within the last N months up to the as-of date (N a parameter);
 * - valid: in force on the as-of date (ends_on, a 有效期至, is the last valid day);
 * - outstanding: not yet ended on the as-of date (ends_on, a removal or settlement date, is the first day it no longer holds);
 * - all: any time up to the as-of date.
 * Whatever the window, records dated after the as-of date, revoked, repaired, removed or past their publicity never count.
 */
export type WindowSpec =
  | { type: 'months'; parameter: string }
  | { type: 'valid' }
  | { type: 'outstanding' }
  | { type: 'all' };

export interface Rule {
  type: RuleType;
  kinds: string[];
  where: RecordFilter;
  window: WindowSpec;
  /** Decay parameter: the weight of a record by its age (count and sum). */
  decay: string | null;
  /** The record column summed (sum) or read (latest). */
  field: RecordField | null;
  /** count: each record counts the lookup value of this column instead of 1 (e.g. an honour's level). */
  weightBy: { field: CategoryField; table: string } | null;
}

export type Scoring =
  | { type: 'linear'; perUnit: string; cap: string | null }
  | { type: 'as_points'; cap: string | null }
  | { type: 'bands'; table: string }
  | { type: 'lookup'; table: string };

export interface TestRecordSpec {
  kind: string;
  departmentCode: string | null;
  status: string;
  occurredOn: string | null;
  endsOn: string | null;
  level: string | null;
  subtype: string | null;
  grade: string | null;
  amount: number | null;
  quantity: number | null;
  reportedStatus: string | null;
}

export interface TestExpectation {
  value?: number | string | null;
  points?: number;
  /** 1-based positions of the case's records the indicator used. */
  records?: number[];
  score?: number;
  grade?: string;
  vetoes?: string[];
  /** The evaluation must be refused with a message containing this text. */
  error?: string;
}

export interface TestCase {
  file: string;
  name: string;
  asOf: string;
  enterprise: { registeredOn: string | null; tiers: string[]; status: string; industryCode: string | null };
  records: TestRecordSpec[];
  expect: TestExpectation;
  /** The indicator the case is about; null for whole-model cases. */
  indicator: string | null;
}

export interface Indicator {
  id: string;
  file: string;
  label: string;
  description: string;
  reference: string;
  dimension: string;
  rule: Rule;
  scoring: Scoring;
  tests: TestCase[];
}

export interface Dimension {
  id: string;
  label: string;
  /** Share of the total score (the weights of all dimensions add up to 1). */
  weight: number;
  /** Score every enterprise starts from in this dimension, before its indicators' points. */
  base: number;
  min: number;
  max: number;
  reference: string;
  indicators: string[];
}

export interface GradeRow {
  grade: string;
  label: string;
  /** null on the catch-all row (last). */
  minScore: number | null;
  samr: { class: string; label: string };
  description: string;
}

export interface Veto {
  id: string;
  label: string;
  indicator: string;
  /** Applies when the indicator's value is at least this number, or is one of these values. */
  minValue: number | null;
  values: string[] | null;
  /** The best grade an enterprise can get while the veto applies. */
  capGrade: string;
  reference: string;
}

export interface Model {
  id: string;
  version: string;
  title: string;
  status: ModelStatus;
  /** The date from which the version is the official model. */
  effectiveFrom: string;
  /** The earliest as-of date it can evaluate (every parameter has a value from then on). */
  evaluableFrom: string;
  reference: string;
  scoreDecimals: number;
  scoreMin: number;
  scoreMax: number;
  dimensions: Dimension[];
  /** In dimension order. */
  indicators: Indicator[];
  parameters: Map<string, Parameter>;
  grades: GradeRow[];
  vetoes: Veto[];
  /** Whole-model test cases (model.test.yaml). */
  tests: TestCase[];
  /** Directory relative to the repository root (models/<id>/<version>). */
  dir: string;
  /** sha256 of the canonical model definition (everything but tests and documentation). */
  digest: string;
}

/** "huarong-sci-tech/v1": how results name the model version. */
export function modelVersionName(model: Pick<Model, 'id' | 'version'>): string {
  return `${model.id}/${model.version}`;
}

/** "华容区科创企业公共信用综合评价（v1 版）": how people read the model version on a screen. */
export function modelDisplayName(model: Pick<Model, 'title' | 'version'>): string {
  return `${model.title}（${model.version} 版）`;
}
