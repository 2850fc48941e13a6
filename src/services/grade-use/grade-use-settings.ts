import { loadCatalog } from '../../catalog/catalog.ts';
import { loadMeasureCatalog } from '../../catalog/measures.ts';
import { loadSupervisionFile } from '../../catalog/supervision.ts';
import { readableReference, withReferenceText } from '../../domain/readable-reference.ts';

/** catalog/measures.yaml and catalog/supervision.yaml: data with references, read once by src/catalog. */

export { loadMeasureCatalog };

/** The measure catalog as the API shows it: each measure's reference also in words. */
export function describeMeasureCatalog() {
  const catalog = loadMeasureCatalog();
  return { ...catalog, measures: catalog.measures.map(withReferenceText) };
}
export type { DishonestyCategory, Measure, MeasureCatalog, MeasureScene } from '../../catalog/measures.ts';

export interface SupervisionClass {
  class: string;
  label: string;
  ratio: { min: number; max: number; default: number };
  checksPerYear: string;
  maxChecksPerYear: number | null;
}

export interface NoDisturbRule {
  reference: string;
  grades: string[];
  noActiveNegativeRecords: boolean;
  noOpenObjection: boolean;
  noOpenRepair: boolean;
  /** Enterprises on the list are left out of 双随机 draws (000 §二(八) 无事不扰). */
  isExcludedFromRandomDraw: boolean;
}

/** 检查方式: the one random way (双随机) and the targeted ones, each with the basis it must record. */
export interface InspectionType {
  code: string;
  isRandom: boolean;
  /** The key of the basis a targeted inspection records, and its Chinese name. */
  basisField: 'request_number' | 'document_number' | 'campaign' | 'risk_signal' | null;
  basisLabel: string | null;
  mayTargetNoDisturb: boolean;
  obeysYearlyLimit: boolean;
  mayJoinJointVisit: boolean;
  reference: string;
}

/** What a published inspection outcome leads to: the record it writes, a proposed listing, a follow-up task. */
export interface InspectionOutcomeRule {
  outcome: string;
  record: string;
  listingProposal: { kind: string; subtype: string; department: string } | null;
  followUp: string | null;
  reference: string;
}

/**
 * Which risk class an enterprise is supervised under (supervision.yaml risk_class_source): SAMR's own classification
 * (the latest record of `samrRecordKind`) for the plans of `samrDepartments`, the platform grade's class for the
 * others and, for market supervision, when SAMR has not classified the enterprise.
 */
export interface RiskClassSourceRule {
  samrRecordKind: string;
  samrDepartments: string[];
  fallback: 'platform_grade';
  reference: string;
}

export interface SupervisionSettings {
  effectiveFrom: string;
  reference: string;
  isLocalExample: boolean;
  classes: SupervisionClass[];
  riskClassSource: RiskClassSourceRule;
  unratedClass: string;
  /** Inspectors sent to each enterprise when a plan does not say (and the law's minimum it follows). */
  inspectorsPerVisit: { default: number; reference: string };
  noDisturb: NoDisturbRule;
  inspectionTypes: InspectionType[];
  inspectionOutcomes: InspectionOutcomeRule[];
}

let supervision: SupervisionSettings | undefined;

/** The supervision settings as the API shows them: the rules' references also in words. */
export function describeSupervisionSettings() {
  const settings = loadSupervisionSettings();
  return {
    ...settings,
    referenceText: readableReference(settings.reference),
    riskClassSource: withReferenceText(settings.riskClassSource),
    noDisturb: withReferenceText(settings.noDisturb),
  };
}

export function loadSupervisionSettings(): SupervisionSettings {
  if (supervision) return supervision;
  const raw = loadSupervisionFile();
  const samrKind = loadCatalog().kind(raw.risk_class_source.samr_record_kind);
  if (!samrKind)
    throw new Error(
      `catalog/supervision.yaml: risk_class_source.samr_record_kind "${raw.risk_class_source.samr_record_kind}" is not a kind of catalog/record-kinds.yaml`,
    );
  supervision = {
    effectiveFrom: String(raw.effective_from),
    reference: raw.reference,
    isLocalExample: raw.is_local_example,
    classes: raw.classes.map((row) => ({
      class: row.class,
      label: row.label,
      ratio: row.ratio,
      checksPerYear: row.checks_per_year,
      maxChecksPerYear: row.max_checks_per_year,
    })),
    riskClassSource: {
      samrRecordKind: raw.risk_class_source.samr_record_kind,
      samrDepartments: raw.risk_class_source.samr_departments,
      fallback: raw.risk_class_source.fallback,
      reference: raw.risk_class_source.reference,
    },
    unratedClass: raw.unrated_class,
    inspectorsPerVisit: {
      default: Number(raw.inspectors_per_visit_default),
      reference: raw.inspectors_per_visit_reference,
    },
    noDisturb: {
      reference: raw.no_disturb.reference,
      grades: raw.no_disturb.grades,
      noActiveNegativeRecords: raw.no_disturb.no_active_negative_records,
      noOpenObjection: raw.no_disturb.no_open_objection,
      noOpenRepair: raw.no_disturb.no_open_repair,
      isExcludedFromRandomDraw: raw.no_disturb.excluded_from_random_draw,
    },
    inspectionTypes: raw.inspection_types.map((row) => ({
      code: row.code,
      isRandom: row.random,
      basisField: row.basis_field ?? null,
      basisLabel: row.basis_label ?? null,
      mayTargetNoDisturb: row.may_target_no_disturb,
      obeysYearlyLimit: row.obeys_yearly_limit,
      mayJoinJointVisit: row.may_join_joint_visit,
      reference: row.reference,
    })),
    inspectionOutcomes: raw.inspection_outcomes.map((row) => ({
      outcome: row.outcome,
      record: row.record,
      listingProposal: row.listing_proposal ?? null,
      followUp: row.follow_up ?? null,
      reference: row.reference,
    })),
  };
  return supervision;
}
