import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

/** The demo district's make-up (demo-profile.yaml): shares and rates, not regulation. */
export interface DemoProfile {
  referenceDate: string;
  historyYears: number;
  defaultEnterprises: number;
  defaultSeed: string;
  enterprises: {
    registeredFromYear: number;
    recentTilt: number;
    status: Record<string, number>;
    incubatorShare: number;
    legacyCodes: number;
    unregisteredSubjects: number;
  };
  tiers: Record<string, number>;
  records: {
    licenseRate: Record<string, number>;
    licenseStatus: Record<string, number>;
    penaltyFirmRate: number;
    penaltyRepeatRate: number;
    penaltyDepartments: Record<string, number>;
    coercionFirmRate: number;
    abnormalOperationFirmRate: number;
    abnormalOperationUnresolved: number;
    seriousDishonestyFirmRate: number;
    dishonestDebtorFirmRate: number;
    courtJudgmentFirmRate: number;
    taxRatingCoverage: number;
    taxRating: Record<string, number>;
    taxArrearsFirmRate: number;
    socialInsuranceArrearsFirmRate: number;
    housingFundArrearsFirmRate: number;
    utilityArrearsFirmRate: number;
    utilityDepartments: Record<string, number>;
    honorFirmRate: number;
    qualificationFirmRate: number;
    patentsMeanHighTech: number;
    patentsMeanOther: number;
    patentTypesHighTech: Record<string, number>;
    patentTypesOther: Record<string, number>;
    patentStatus: Record<string, number>;
    trademarkFirmRate: number;
    sciTechProjectFirmRate: number;
    projectLevels: Record<string, number>;
    rndCoverage: number;
    commitmentFirmRate: number;
    commitmentFulfilment: Record<string, number>;
    nationalEvaluation: Record<string, number>;
  };
  awkward: { correctedPenalties: number; repairedPenalties: number; revokedPenalties: number };
  terms: { trademarkYears: number; highTechCertificateYears: number };
}

const PROFILE_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo-profile.yaml');

let cached: DemoProfile | undefined;

/** snake_case keys of the YAML become camelCase; legal terms keep only their value (the reference stays in the file). */
export function loadDemoProfile(): DemoProfile {
  if (cached) return cached;
  const raw = YAML.parse(fs.readFileSync(PROFILE_FILE, 'utf8'));
  const profile = camelize(raw) as any;
  profile.referenceDate = String(profile.referenceDate);
  profile.defaultSeed = String(profile.defaultSeed);
  profile.terms = {
    trademarkYears: profile.terms.trademarkYears.value,
    highTechCertificateYears: profile.terms.highTechCertificateYears.value,
  };
  cached = profile as DemoProfile;
  return cached;
}

// Only the profile's own keys are converted: maps keyed by codes or Chinese words (status, tiers, weights) keep theirs.
const KEEP_KEYS_OF = new Set([
  'status',
  'tiers',
  'licenseRate',
  'licenseStatus',
  'penaltyDepartments',
  'taxRating',
  'utilityDepartments',
  'patentTypesHighTech',
  'patentTypesOther',
  'patentStatus',
  'projectLevels',
  'commitmentFulfilment',
  'nationalEvaluation',
]);

function camelize(value: unknown, parentKey = ''): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const output: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const name = KEEP_KEYS_OF.has(parentKey)
      ? key
      : key.replace(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase());
    output[name] = camelize(item, name);
  }
  return output;
}
