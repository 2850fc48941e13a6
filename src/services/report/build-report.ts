import { loadCatalog, type Catalog } from '../../catalog/catalog.ts';
import { loadPublicityResolver } from '../../engine/load-publicity-rules.ts';
import type { Indicator, Model } from '../../engine/model.ts';
import type { EvaluationResult, IndicatorResult } from '../../engine/trace.ts';
import { maskPersonName } from '../../domain/masking.ts';
import { addDays } from '../../domain/month-arithmetic.ts';
import { computePublicity } from '../../domain/publicity.ts';
import { LONG_TERM_DATE, RECORD_STATUS_LABELS, type RecordStatus } from '../../domain/record.ts';
import { regionNameOf } from '../../catalog/credit-index.ts';
import { loadUsccAuthorities } from '../../catalog/uscc-authorities.ts';
import { describeUsccEntity } from '../../domain/uscc.ts';
import { describeCredit } from './describe-credit.ts';
import { formatNumber, formatSigned } from './format-report-number.ts';
import type { ReportRecordRow, ReportSubject } from './load-report-subject.ts';
import {
  REPORT_AUDIENCE_LABELS,
  REPORT_FORMAT,
  type CreditReport,
  type ReportAudience,
  type ReportCategory,
  type ReportEnterprise,
  type ReportIndicator,
  type ReportRecord,
} from './report.ts';
import { loadReportProfile, type ReportProfile } from './report-profile.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { withFullWidthPunctuation } from '../../domain/chinese-punctuation.ts';
import { withReadableReferences } from '../../domain/readable-reference.ts';

/** A report before it is signed: everything but the verification block (see sign-report.ts). */
export type UnsignedReport = Omit<CreditReport, 'verification'>;

export interface BuildReportInput {
  subject: ReportSubject;
  /** The engine's full result for the subject (with its trace), as of the report's as-of date. */
  evaluation: EvaluationResult;
  model: Model;
  audience: ReportAudience;
  number: string;
  issuedAt: Date;
  /** Records with an objection under review (marked 异议中). */
  recordsUnderObjection: ReadonlySet<number>;
}

/**
 * Builds the report from an evaluation and the records it read. What the public version leaves out, field by field:
 * - the legal representative (personal data, PIPL; masked even in the full version);
 * - records of kinds that are not public by law (report-profile.yaml public_kinds: tax ratings, social-insurance
 *   and utility arrears, R&D figures, internal department ratings, the national evaluation, court judgments);
 * - every record that no longer counts (repaired, revoked, removed, past publicity): those are not published at all
 *   (001 §二(四)), so the public version has no “inactive” section;
 * - the value and record count of an indicator fed by non-public kinds (its points stay: the score composition is
 *   what a report publishes, 001 §二(五));
 * - the evaluation fingerprint (a technical detail for reproducing the result).
 * Records dated after the as-of date are in neither version: the report describes the enterprise as of that date.
 */
export function buildReport(input: BuildReportInput): UnsignedReport {
  const { subject, evaluation, model, audience } = input;
  const catalog = loadCatalog();
  const profile = loadReportProfile();
  const isPublic = audience === 'public';
  const asOf = evaluation.asOf;

  const trace = indexTrace(evaluation, model);
  const records = subject.records
    .filter((record) => record.occurredOn === null || record.occurredOn <= asOf)
    .map((record) => describeRecord(record, input, trace, catalog, profile))
    .filter((record) => !isPublic || profile.publicKinds.has(record.kind));
  const active = records.filter((record) => !isInactive(record));
  const inactive = isPublic ? [] : records.filter(isInactive);

  const gradeRow = model.grades.find((row) => row.grade === evaluation.grade)!;
  const dimensionLabels = new Map(model.dimensions.map((dimension) => [dimension.id, dimension.label]));
  const indicators = evaluation.indicators.map((result): ReportIndicator => {
    const indicator = model.indicators.find((candidate) => candidate.id === result.id)!;
    const isHidden = isPublic && indicator.rule.kinds.some((kind) => !profile.publicKinds.has(kind));
    return {
      id: result.id,
      label: result.label,
      dimension: result.dimension,
      dimensionLabel: dimensionLabels.get(result.dimension) ?? result.dimension,
      value: isHidden ? '—' : formatIndicatorValue(indicator, result, model, catalog, profile),
      points: result.points,
      weight: result.weight,
      contribution: result.contribution,
      recordCount: isHidden ? null : result.records.length,
      reference: presentReference(result.reference),
    };
  });

  const report: UnsignedReport = {
    format: REPORT_FORMAT,
    audience,
    audienceLabel: REPORT_AUDIENCE_LABELS[audience],
    title: profile.title,
    subtitle: profile.subtitle,
    number: input.number,
    // Dated in the district (Asia/Shanghai): a report issued at 01:00 Beijing time carries that day's date.
    issuedOn: todayInDistrict(input.issuedAt),
    issuedAt: input.issuedAt.toISOString(),
    issuer: { name: profile.issuer.departmentName, platform: profile.issuer.platform },
    enterprise: describeEnterprise(subject, catalog, isPublic),
    evaluation: {
      asOf,
      modelVersion: evaluation.modelVersion,
      modelTitle: model.title,
      modelDigest: evaluation.modelDigest,
      score: evaluation.score,
      scoreMax: model.scoreMax,
      grade: evaluation.grade,
      gradeLabel: evaluation.gradeLabel,
      // The model's own wording, its references readable and its punctuation full width (model files are frozen).
      gradeDescription: withFullWidthPunctuation(withReadableReferences(gradeRow.description)),
      samr: evaluation.samr,
      gradeBeforeVetoes: evaluation.gradeBeforeVetoes,
      vetoes: evaluation.vetoes.map((veto) => ({
        label: veto.label,
        capGrade: veto.capGrade,
        reference: presentReference(veto.reference),
      })),
      grades: model.grades.map((row) => ({ grade: row.grade, label: row.label, minScore: row.minScore })),
      fingerprint: isPublic ? null : evaluation.fingerprint,
    },
    dimensions: evaluation.dimensions.map((dimension) => {
      const range = model.dimensions.find((candidate) => candidate.id === dimension.id)!;
      return { ...dimension, min: range.min, max: range.max };
    }),
    indicators,
    categories: groupByCategory(active, catalog),
    inactiveRecords: inactive,
    description: { summary: '', dimensions: '', raised: [], lowered: [], vetoes: [], leavingPublicity: [], advice: [] },
    // The notes cite the policy documents in the repository's short form: readers get their titles.
    notes: {
      objection: withReadableReferences(profile.notes.objection),
      repair: withReadableReferences(profile.notes.repair),
      use: withReadableReferences(profile.notes.use),
      verification: withReadableReferences(profile.notes.verification),
    },
  };
  report.description = describeCredit(report, profile);
  return report;
}

/** A model reference as a reader outside the project understands it: the model's README is its published 模型说明. */
function presentReference(reference: string): string {
  return reference.replace(/\bREADME\b/g, '评价模型说明');
}

function isInactive(record: ReportRecord): boolean {
  return record.status !== RECORD_STATUS_LABELS.active || record.publicity?.status === '公示期满';
}

function describeEnterprise(subject: ReportSubject, catalog: Catalog, isPublic: boolean): ReportEnterprise {
  const row = subject.enterprise;
  const entity = describeUsccEntity(row.uscc, loadUsccAuthorities());
  const industryLabel = row.industry_code
    ? (catalog.industryDivisions[row.industry_code.slice(0, 3)] ??
      catalog.industrySections[row.industry_code[0]!] ??
      null)
    : null;
  return {
    name: row.name,
    uscc: row.uscc,
    entityType: entity ? `${entity.authority} · ${entity.entityType}` : null,
    legalRepresentative:
      isPublic || row.legal_representative === null ? null : maskPersonName(row.legal_representative),
    industry: row.industry_code ? [row.industry_code, industryLabel].filter(Boolean).join(' ') : null,
    regionCode: row.region_code,
    regionName: regionNameOf(row.region_code),
    registeredOn: row.registered_on,
    status: row.status,
    tiers: row.tiers.map((code) => catalog.tiers.find((tier) => tier.code === code)?.label ?? code),
    incubator: catalog.incubators.find((incubator) => incubator.code === row.incubator_code)?.name ?? null,
  };
}

/** How one record moved one indicator: up or down. */
interface RecordEffect {
  indicator: IndicatorResult;
  isLowering: boolean;
}

/** What the trace says about records: how each record moved the indicators that counted it, and the kinds the model reads. */
interface TraceIndex {
  effects: Map<number, RecordEffect[]>;
  kindsRead: Set<string>;
}

/**
 * A record's direction: for an indicator whose value is the sum of its records' own points (as_points: honours,
 * department ratings) the record's factor is those points, so a C rating lowers the score even when the ratings
 * together raise it; for every other indicator a record moves the score the way the indicator's points do.
 */
function indexTrace(evaluation: EvaluationResult, model: Model): TraceIndex {
  const effects = new Map<number, RecordEffect[]>();
  for (const indicator of evaluation.indicators) {
    if (indicator.points === 0) continue;
    const isSumOfPoints =
      model.indicators.find((candidate) => candidate.id === indicator.id)?.scoring.type === 'as_points';
    for (const used of indicator.records) {
      const direction = isSumOfPoints ? used.factor : indicator.points;
      if (direction === 0) continue;
      const list = effects.get(used.id) ?? [];
      list.push({ indicator, isLowering: direction < 0 });
      effects.set(used.id, list);
    }
  }
  return { effects, kindsRead: new Set(model.indicators.flatMap((indicator) => indicator.rule.kinds)) };
}

function describeRecord(
  record: ReportRecordRow,
  input: BuildReportInput,
  trace: TraceIndex,
  catalog: Catalog,
  profile: ReportProfile,
): ReportRecord {
  const { evaluation } = input;
  const kind = catalog.kind(record.kind);
  const layout = profile.records.get(record.kind);
  const asOf = evaluation.asOf;
  const violationType = record.fields.violation_type;
  const window = computePublicity(
    loadPublicityResolver(),
    {
      kind: record.kind,
      departmentCode: record.departmentCode,
      status: record.status as RecordStatus,
      occurredOn: record.occurredOn,
      endsOn: record.endsOn,
      level: record.level,
      subtype: record.subtype,
      amount: record.amount,
      violationType: typeof violationType === 'string' ? violationType : null,
    },
    asOf,
  );
  const effects = trace.effects.get(record.id) ?? [];
  const hasLoweringEffect = effects.some((effect) => effect.isLowering);
  const status = RECORD_STATUS_LABELS[record.status as RecordStatus] ?? record.status;
  const isCurrent = record.status === 'active' && window?.status !== '公示期满';
  // A negative-kind record counts as negative information while it is current, unless the model reads its kind and
  // did not count it (a lawsuit the enterprise won, a commitment it kept): then the record says nothing bad.
  const isNegative =
    isCurrent && (hasLoweringEffect || (kind?.polarity === 'negative' && !trace.kindsRead.has(record.kind)));

  const marks: string[] = [];
  if (input.recordsUnderObjection.has(record.id)) marks.push('异议中');
  if (record.status !== 'active') marks.push(status);
  else if (window) {
    if (window.status === '公示期满' || window.status === '可申请修复') marks.push(window.status);
    const leavingBy = addDays(asOf, profile.leavingPublicityWithinDays);
    if (isCurrent && window.publicUntil !== null && window.publicUntil <= leavingBy) marks.push('即将期满');
  }
  const numberValue = layout?.number ? record.fields[layout.number] : null;
  return {
    id: record.id,
    kind: record.kind,
    kindLabel: kind?.label ?? record.kind,
    category: kind?.category ?? '其他信息',
    number: numberValue === null || numberValue === undefined || numberValue === '' ? null : String(numberValue),
    summary: summarizeRecord(record, layout?.summary ?? [], catalog),
    department: catalog.department(record.departmentCode)?.shortName ?? record.departmentCode,
    occurredOn: record.occurredOn,
    endsOn: record.endsOn,
    status,
    isNegative,
    publicity: window
      ? {
          level: window.level,
          status: window.status,
          repairableFrom: window.repairableFrom,
          publicUntil: window.publicUntil,
        }
      : null,
    marks,
    effect:
      effects.length === 0
        ? null
        : effects.map((effect) => `${effect.isLowering ? '扣分' : '加分'}：${effect.indicator.label}`).join('；'),
    countedBy: effects.map((effect) => effect.indicator.id),
  };
}

/** The summary fields of a record: text as it is, numbers and dates with their Chinese header (欠税余额(万元) 37.55). */
function summarizeRecord(record: ReportRecordRow, keys: string[], catalog: Catalog): string {
  const fields = catalog.kind(record.kind)?.fields ?? [];
  const parts: string[] = [];
  for (const key of keys) {
    const value = record.fields[key];
    if (value === null || value === undefined || value === '' || typeof value === 'object') continue;
    const field = fields.find((candidate) => candidate.key === key);
    const text = value === LONG_TERM_DATE ? '长期' : String(value);
    parts.push(field && field.type !== 'text' && field.type !== 'enum' ? `${field.header} ${text}` : text);
  }
  return parts.join('；');
}

function groupByCategory(records: ReportRecord[], catalog: Catalog): ReportCategory[] {
  const order = [...new Set(catalog.kinds.map((kind) => kind.category))];
  const byCategory = new Map<string, ReportRecord[]>();
  for (const record of records) {
    const list = byCategory.get(record.category) ?? [];
    list.push(record);
    byCategory.set(record.category, list);
  }
  return [...byCategory.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([category, list]) => ({
      category,
      records: list.sort((a, b) => (b.occurredOn ?? '').localeCompare(a.occurredOn ?? '') || a.id - b.id),
    }));
}

/** The indicator's value as a reader understands it: “2 件”, “是”, “A”, “10.27%”, “16 年”. */
function formatIndicatorValue(
  indicator: Indicator,
  result: IndicatorResult,
  model: Model,
  catalog: Catalog,
  profile: ReportProfile,
): string {
  const value = result.value;
  if (value === null) return '无';
  if (indicator.rule.type === 'enterprise_tiers')
    return typeof value === 'string' ? (catalog.tiers.find((tier) => tier.code === value)?.label ?? value) : '无';
  if (typeof value === 'string') return value;
  if (indicator.rule.type === 'presence') return value >= 1 ? '是' : '否';
  const display = profile.indicatorValues.get(indicator.id);
  if (display?.percent) return `${formatNumber(value * 100)}%`;
  if (display?.unit) return `${formatNumber(value)} ${display.unit}`;
  if (indicator.scoring.type === 'linear') {
    const unit = model.parameters.get(indicator.scoring.perUnit)?.unit.split('/')[1];
    return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
  }
  if (indicator.scoring.type === 'as_points') return `合计 ${formatSigned(value)} 分`;
  return formatNumber(value);
}
