import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CATALOG_DIR } from '../../catalog/catalog.ts';

/** catalog/measures.yaml and catalog/supervision.yaml: data with references, read once. */

export interface MeasureScene {
  code: string;
  label: string;
  reference: string;
}

export interface Measure {
  code: string;
  label: string;
  kind: 'incentive' | 'restriction';
  grades: string[];
  scenes: string[];
  content: string;
  reference: string;
}

export interface MeasureCatalog {
  scenes: MeasureScene[];
  measures: Measure[];
}

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

function readCatalogYaml(file: string): any {
  return YAML.parse(fs.readFileSync(path.join(CATALOG_DIR, file), 'utf8'));
}

let measures: MeasureCatalog | undefined;
let supervision: SupervisionSettings | undefined;

export function loadMeasureCatalog(): MeasureCatalog {
  return (measures ??= readCatalogYaml('measures.yaml') as MeasureCatalog);
}

export function loadSupervisionSettings(): SupervisionSettings {
  if (supervision) return supervision;
  const raw = readCatalogYaml('supervision.yaml');
  supervision = {
    effectiveFrom: String(raw.effective_from),
    reference: raw.reference,
    isLocalExample: raw.is_local_example === true,
    classes: raw.classes.map((row: any) => ({ class: row.class, label: row.label, ratio: row.ratio, checksPerYear: row.checks_per_year, maxChecksPerYear: row.max_checks_per_year ?? null })),
    unratedClass: raw.unrated_class,
    inspectorsPerVisit: { default: Number(raw.inspectors_per_visit_default), reference: raw.inspectors_per_visit_reference },
    noDisturb: {
      reference: raw.no_disturb.reference,
      grades: raw.no_disturb.grades,
      noActiveNegativeRecords: raw.no_disturb.no_active_negative_records === true,
      noOpenObjection: raw.no_disturb.no_open_objection === true,
      noOpenRepair: raw.no_disturb.no_open_repair === true,
    },
  };
  return supervision;
}
