import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CreditIndexFile, loadCreditIndexFile } from '../../catalog/credit-index.ts';
import { canonicalJson } from '../../domain/canonical-json.ts';
import { DIMENSIONS, type Dimension } from '../../domain/index-dimensions.ts';
import { isMonth } from '../../domain/index-months.ts';
import { withReadableReferences, withReferenceText } from '../../domain/readable-reference.ts';

/** The credit index method (catalog/credit-index.yaml) as typed data, with the digest every frozen value carries. */

/** The only formula this code implements; the catalog names the one it describes. */
export const FORMULA = 'composite-v1';

export interface IndexComponent {
  code: 'mean_score' | 'good_share' | 'poor_share';
  label: string;
  weight: number;
  /** Grade codes counted (good_share, poor_share). */
  grades: string[];
  description: string;
}

export interface CreditIndexMethod {
  formula: string;
  title: string;
  baseMonth: string;
  baseMonthReference: string;
  components: Record<IndexComponent['code'], IndexComponent>;
  componentsReference: string;
  decimals: { meanScore: number; share: number; rawMeasure: number; value: number };
  populationReference: string;
  minGroupSize: number;
  minGroupSizeReference: string;
  dimensions: Array<{ code: Dimension; label: string }>;
  districtLabel: string;
  backfillMonths: number;
  /**
   * sha256 of the canonical JSON of the parameters that decide the numbers (formula, base month, components with
   * weights and grades, rounding, minimum group size, dimensions); labels and references are not part of it.
   */
  digest: string;
}

export const METHOD_DOCUMENT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../docs/credit-index.md',
);

let cached: CreditIndexMethod | undefined;

export function loadCreditIndexMethod(): CreditIndexMethod {
  cached ??= parseCreditIndexMethod(loadCreditIndexFile());
  return cached;
}

let methodDocument: string | undefined;

/** The method text in Chinese (Markdown, docs/credit-index.md) published next to the numbers; read once, it ships with the code. */
export function readMethodDocument(): string {
  return (methodDocument ??= fs.readFileSync(METHOD_DOCUMENT, 'utf8'));
}

/** The method text as a person reads it: each policy reference with the document's title and clause. */
export function readReadableMethodDocument(): string {
  return withReadableReferences(readMethodDocument());
}

/** Validates the catalog file; a broken file stops the index instead of producing numbers by a wrong method. */
export function parseCreditIndexMethod(raw: CreditIndexFile): CreditIndexMethod {
  const fail = (what: string): never => {
    throw new Error(`catalog/credit-index.yaml: ${what}`);
  };
  if (raw?.formula !== FORMULA) fail(`formula must be ${FORMULA} (the one the code implements), got ${raw?.formula}`);
  const baseMonth = String(raw.base_month);
  if (!isMonth(baseMonth)) fail(`base_month must be YYYY-MM, got ${raw.base_month}`);
  const components = Object.fromEntries(
    raw.components.map((item) => [
      item.code,
      {
        code: item.code,
        label: item.label,
        weight: Number(item.weight),
        grades: (item.grades ?? []).map(String),
        description: item.description,
      },
    ]),
  ) as CreditIndexMethod['components'];
  for (const code of ['mean_score', 'good_share', 'poor_share'] as const) {
    if (!components[code]) fail(`component ${code} is missing`);
    if (!(components[code].weight >= 0)) fail(`component ${code} needs a weight ≥ 0`);
  }
  if (raw.components.length !== 3) fail('exactly the components mean_score, good_share and poor_share');
  const weights = components.mean_score.weight + components.good_share.weight + components.poor_share.weight;
  if (Math.abs(weights - 1) > 1e-9) fail(`component weights must add up to 1, got ${weights}`);
  if (components.good_share.grades.length === 0 || components.poor_share.grades.length === 0)
    fail('good_share and poor_share name their grades');
  const dimensions = raw.dimensions.map((item) => ({ code: item.code as Dimension, label: String(item.label) }));
  if (dimensions.map((item) => item.code).join() !== DIMENSIONS.join())
    fail(`dimensions must be ${DIMENSIONS.join(', ')} in this order`);
  const minGroupSize = Number(raw.min_group_size);
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1) fail('min_group_size must be a positive integer');
  const backfillMonths = Number(raw.backfill_months);
  if (!Number.isInteger(backfillMonths) || backfillMonths < 1) fail('backfill_months must be a positive integer');
  const method: CreditIndexMethod = {
    formula: raw.formula,
    title: String(raw.title),
    baseMonth,
    baseMonthReference: String(raw.base_month_reference),
    components,
    componentsReference: String(raw.components_reference),
    decimals: {
      meanScore: raw.decimals.mean_score,
      share: raw.decimals.share,
      rawMeasure: raw.decimals.raw_measure,
      value: raw.decimals.value,
    },
    populationReference: String(raw.population_reference),
    minGroupSize,
    minGroupSizeReference: String(raw.min_group_size_reference),
    dimensions,
    districtLabel: String(raw.district_label),
    backfillMonths,
    digest: '',
  };
  return { ...method, digest: digestOf(method) };
}

function digestOf(method: CreditIndexMethod): string {
  const { formula, baseMonth, decimals, minGroupSize } = method;
  const components = (['mean_score', 'good_share', 'poor_share'] as const).map((code) => ({
    code,
    weight: method.components[code].weight,
    grades: method.components[code].grades,
  }));
  const dimensions = method.dimensions.map((item) => item.code);
  return createHash('sha256')
    .update(canonicalJson({ formula, baseMonth, components, decimals, minGroupSize, dimensions }))
    .digest('hex');
}

/** The method with some parameters changed (tests, and an administrator trying a variant), with its own digest. */
export function withMethodChanges(
  method: CreditIndexMethod,
  changes: Partial<Pick<CreditIndexMethod, 'baseMonth' | 'minGroupSize'>>,
): CreditIndexMethod {
  const changed = { ...method, ...changes };
  return { ...changed, digest: digestOf(changed) };
}

/**
 * The references the method rests on, for the method endpoint and the workbook: each as written in the catalog and as
 * a person reads it (the document's title and clause).
 */
export function methodReferences(
  method: CreditIndexMethod,
): Array<{ topic: string; reference: string; referenceText: string }> {
  return [
    { topic: '基期', reference: method.baseMonthReference },
    { topic: '分项与权重', reference: method.componentsReference },
    { topic: '统计对象', reference: method.populationReference },
    { topic: '最小分组', reference: method.minGroupSizeReference },
  ].map(withReferenceText);
}
