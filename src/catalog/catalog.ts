import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

/** The record catalog and reference lists, read from catalog/*.yaml (data with references, not code). */

export type FieldType = 'text' | 'date' | 'amount' | 'number' | 'integer' | 'enum' | 'uscc' | 'year';
export type FieldRole =
  | 'subject_uscc'
  | 'subject_name'
  | 'occurred_on'
  | 'ends_on'
  | 'level'
  | 'subtype'
  | 'grade'
  | 'amount'
  | 'quantity'
  | 'status';

export interface FieldDefinition {
  key: string;
  header: string;
  aliases: string[];
  type: FieldType;
  required: boolean;
  role?: FieldRole;
  values?: string[];
  personal: boolean;
}

export interface RecordKind {
  code: string;
  label: string;
  category: string;
  polarity: 'positive' | 'negative' | 'neutral';
  departments: string[];
  format?: string;
  naturalKey: string[];
  fields: FieldDefinition[];
}

export interface Department {
  code: string;
  name: string;
  shortName: string;
  uscc?: string;
  kind: 'government' | 'court' | 'public_service' | 'national';
  /** Other names the department is written as in decision files (处罚机关, 许可机关 …). */
  aliases: string[];
  /** True for the credit office: its files relay other departments' records, each row dated by its own authority. */
  relaysOthers: boolean;
}

export interface Tier {
  code: string;
  label: string;
  reference: string;
}

export interface Incubator {
  code: string;
  name: string;
}

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

export const CATALOG_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../catalog');

function readYaml(file: string): any {
  return YAML.parse(fs.readFileSync(path.join(CATALOG_DIR, file), 'utf8'), { merge: true });
}

let cached: Catalog | undefined;

export function loadCatalog(): Catalog {
  if (cached) return cached;
  const kindsFile = readYaml('record-kinds.yaml');
  const kinds: RecordKind[] = kindsFile.kinds.map((raw: any) => ({
    code: raw.code,
    label: raw.label,
    category: raw.category,
    polarity: raw.polarity,
    departments: raw.departments,
    format: raw.format,
    naturalKey: raw.natural_key,
    fields: (raw.fields as any[]).flat().map((field: any) => ({
      key: field.key,
      header: field.header,
      aliases: field.aliases ?? [],
      type: field.type,
      required: field.required ?? false,
      role: field.role,
      values: field.values?.map(String),
      personal: field.personal ?? false,
    })),
  }));
  const departments: Department[] = readYaml('departments.yaml').map((raw: any) => ({
    code: raw.code,
    name: raw.name,
    shortName: raw.short_name,
    uscc: raw.uscc,
    kind: raw.kind,
    aliases: (raw.aliases ?? []).map(String),
    relaysOthers: raw.relays_others === true,
  }));
  const industries = readYaml('industries.yaml');
  const byCode = new Map(kinds.map((kind) => [kind.code, kind]));
  const departmentNames = new Map<string, Department>();
  for (const department of departments) {
    for (const name of [department.code, department.name, department.shortName, department.shortName.replace(/^区/, ''), ...department.aliases]) {
      departmentNames.set(name, department);
    }
  }
  cached = {
    kinds,
    departments,
    tiers: readYaml('tiers.yaml'),
    incubators: readYaml('incubators.yaml'),
    industrySections: industries.sections,
    industryDivisions: industries.divisions,
    kind: (code) => byCode.get(code),
    department: (nameOrCode) => departmentNames.get(nameOrCode.trim()),
    departmentByUscc: (uscc) => departments.find((department) => department.uscc !== undefined && department.uscc === uscc.trim().toUpperCase()),
  };
  return cached;
}
