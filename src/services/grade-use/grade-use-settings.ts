import { loadMeasureCatalog } from '../../catalog/measures.ts';
import { loadSupervisionFile } from '../../catalog/supervision.ts';

/** catalog/measures.yaml and catalog/supervision.yaml: data with references, read once by src/catalog. */

export { loadMeasureCatalog };
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
}

export interface SupervisionSettings {
  effectiveFrom: string;
  reference: string;
  isLocalExample: boolean;
  classes: SupervisionClass[];
  unratedClass: string;
  /** Inspectors sent to each enterprise when a plan does not say (and the law's minimum it follows). */
  inspectorsPerVisit: { default: number; reference: string };
  noDisturb: NoDisturbRule;
}

let supervision: SupervisionSettings | undefined;

export function loadSupervisionSettings(): SupervisionSettings {
  if (supervision) return supervision;
  const raw = loadSupervisionFile();
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
    },
  };
  return supervision;
}
