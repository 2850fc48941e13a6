import type { ParameterData } from './model.ts';

/**
 * The result of evaluating one enterprise, with the trace the credit report and the objection review are rendered
 * from: each indicator's value, points and weight, the records it used and the parameters it read (with the date
 * each value took effect and its reference), and the records left out with the reason.
 */

export interface RecordReference {
  id: number;
  version: number;
  kind: string;
  occurredOn: string | null;
}

export interface UsedRecord extends RecordReference {
  /** What the record counted for: 1, a time-decay factor, or a weight from a lookup (an honour's level). */
  factor: number;
}

export interface ExcludedRecord extends RecordReference {
  /** 已撤销, 已修复, 已移出, 公示期满, 发生在评价基准日之后 … */
  reason: string;
}

export interface ParameterTrace {
  id: string;
  description: string;
  unit: string;
  value: ParameterData;
  effectiveFrom: string;
  reference: string;
}

export interface IndicatorResult {
  id: string;
  label: string;
  dimension: string;
  /** A number, a category (text), or null when there is nothing to read. */
  value: number | string | null;
  /** Points added to (or, when negative, taken from) the dimension. */
  points: number;
  /** The dimension's weight: one point here moves the total score by this much. */
  weight: number;
  contribution: number;
  reference: string;
  records: UsedRecord[];
  parameters: ParameterTrace[];
}

export interface DimensionResult {
  id: string;
  label: string;
  weight: number;
  base: number;
  /** Sum of the indicators' points. */
  points: number;
  /** base + points within the dimension's caps. */
  score: number;
  contribution: number;
}

export interface EvaluationResult {
  uscc: string;
  score: number;
  grade: string;
  gradeLabel: string;
  samr: { class: string; label: string };
  /** The grade the score alone gives, before vetoes capped it. */
  gradeBeforeVetoes: string;
  vetoes: { id: string; label: string; capGrade: string; reference: string }[];
  /** "model-id/version". */
  modelVersion: string;
  modelDigest: string;
  asOf: string;
  /** sha256 of the model, the as-of date and every input (see fingerprint.ts). */
  fingerprint: string;
  dimensions: DimensionResult[];
  indicators: IndicatorResult[];
  /** Records of kinds the model reads that did not count, with why. Kinds no indicator reads are neither used nor excluded. */
  excluded: ExcludedRecord[];
}
