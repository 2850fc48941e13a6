import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { loadCatalog } from '../../catalog/catalog.ts';

/** The report's layout and disclosure settings (report-profile.yaml): wording and presentation, not regulation. */
export interface ReportProfile {
  title: string;
  subtitle: string;
  issuer: { departmentCode: string; departmentName: string; platform: string };
  number: { prefix: string; regionCode: string; sequenceDigits: number };
  verifyPath: string;
  leavingPublicityWithinDays: number;
  descriptionTopItems: number;
  /** Kind code → why its records are public; kinds not listed stay out of the public version. */
  publicKinds: Map<string, string>;
  /** Kind code → the field shown as its document number and the fields summarising it. */
  records: Map<string, { number: string | null; summary: string[] }>;
  indicatorValues: Map<string, { unit?: string; percent?: boolean }>;
  suggestions: { indicator: string; when: 'negative' | 'zero'; text: string }[];
  notes: { objection: string; repair: string; use: string; verification: string };
}

const PROFILE_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'report-profile.yaml');

let cached: ReportProfile | undefined;

/** Reads the profile once; a kind, field or department it names that the catalog lacks is a startup error. */
export function loadReportProfile(): ReportProfile {
  if (cached) return cached;
  const raw = YAML.parse(fs.readFileSync(PROFILE_FILE, 'utf8'));
  const catalog = loadCatalog();
  const department = catalog.department(String(raw.issuer.department));
  if (!department)
    throw new Error(
      `report-profile.yaml: issuer.department ${raw.issuer.department} is not in catalog/departments.yaml`,
    );
  const records = new Map<string, { number: string | null; summary: string[] }>();
  for (const [kindCode, layout] of Object.entries(
    raw.records as Record<string, { number?: string; summary: string[] }>,
  )) {
    const kind = catalog.kind(kindCode);
    if (!kind) throw new Error(`report-profile.yaml: records.${kindCode} is not a catalog kind`);
    for (const key of [layout.number, ...layout.summary].filter((key): key is string => key !== undefined)) {
      if (!kind.fields.some((field) => field.key === key && !field.personal))
        throw new Error(`report-profile.yaml: records.${kindCode}: ${key} is not a non-personal field of the kind`);
    }
    records.set(kindCode, { number: layout.number ?? null, summary: layout.summary });
  }
  for (const kindCode of Object.keys(raw.public_kinds)) {
    if (!catalog.kind(kindCode)) throw new Error(`report-profile.yaml: public_kinds.${kindCode} is not a catalog kind`);
  }
  cached = {
    title: raw.title,
    subtitle: raw.subtitle,
    issuer: { departmentCode: department.code, departmentName: department.name, platform: raw.issuer.platform },
    number: {
      prefix: raw.number.prefix,
      regionCode: String(raw.number.region_code),
      sequenceDigits: raw.number.sequence_digits,
    },
    verifyPath: raw.verify_path,
    leavingPublicityWithinDays: raw.leaving_publicity_within_days,
    descriptionTopItems: raw.description_top_items,
    publicKinds: new Map(Object.entries(raw.public_kinds as Record<string, string>)),
    records,
    indicatorValues: new Map(
      Object.entries(raw.indicator_values as Record<string, { unit?: string; percent?: boolean }>),
    ),
    suggestions: raw.suggestions,
    notes: {
      objection: joinFoldedChinese(raw.notes.objection),
      repair: joinFoldedChinese(raw.notes.repair),
      use: joinFoldedChinese(raw.notes.use),
      verification: joinFoldedChinese(raw.notes.verification),
    },
  };
  return cached;
}

/**
 * YAML folds a long paragraph's lines with spaces; Chinese text takes none after a Chinese character or a comma,
 * semicolon or colon when a Chinese character or an opening bracket follows.
 */
function joinFoldedChinese(text: string): string {
  return text.trim().replace(/(?<=[^\x00-\x7f]|[,;:])\s+(?=[^\x00-\x7f]|\()/g, '');
}
