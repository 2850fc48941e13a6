import { CATALOG_DIR } from './catalog-file.ts';
import { type Department, loadDepartments } from './departments.ts';
import { type Incubator, loadIncubators } from './incubators.ts';
import { loadIndustries } from './industries.ts';
import { type RecordKind, loadRecordKinds } from './record-kinds.ts';
import { type Tier, loadTiers } from './tiers.ts';

/** The record catalog and reference lists, read from catalog/*.yaml (data with references, not code). */

export { CATALOG_DIR };
export type { Department } from './departments.ts';
export type { Incubator } from './incubators.ts';
export type { FieldDefinition, FieldRole, FieldType, RecordKind } from './record-kinds.ts';
export type { Tier } from './tiers.ts';

export interface Catalog {
  kinds: RecordKind[];
  departments: Department[];
  tiers: Tier[];
  incubators: Incubator[];
  industrySections: Record<string, string>;
  industryDivisions: Record<string, string>;
  kind(code: string): RecordKind | undefined;
  /** Finds a department by code, full name, short name (with or without the leading 区) or alias. */
  department(nameOrCode: string): Department | undefined;
  /** Finds a department by its registered 统一社会信用代码. */
  departmentByUscc(uscc: string): Department | undefined;
}

let cached: Catalog | undefined;

export function loadCatalog(): Catalog {
  if (cached) return cached;
  const kinds = loadRecordKinds();
  const departments = loadDepartments();
  const industries = loadIndustries();
  const byCode = new Map(kinds.map((kind) => [kind.code, kind]));
  const departmentNames = new Map<string, Department>();
  for (const department of departments) {
    for (const name of [
      department.code,
      department.name,
      department.shortName,
      department.shortName.replace(/^区/, ''),
      ...department.aliases,
    ]) {
      departmentNames.set(name, department);
    }
  }
  cached = {
    kinds,
    departments,
    tiers: loadTiers(),
    incubators: loadIncubators(),
    industrySections: industries.sections,
    industryDivisions: industries.divisions,
    kind: (code) => byCode.get(code),
    department: (nameOrCode) => departmentNames.get(nameOrCode.trim()),
    departmentByUscc: (uscc) =>
      departments.find((department) => department.uscc !== undefined && department.uscc === uscc.trim().toUpperCase()),
  };
  return cached;
}
