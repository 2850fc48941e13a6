import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CATALOG_DIR } from '../catalog/catalog.ts';
import { parsePublicityRules, type PublicityRules, type SharedParameter } from '../domain/publicity-rules.ts';
import { PublicityResolver } from '../domain/publicity.ts';

export const PUBLICITY_RULES_FILE = path.join(CATALOG_DIR, 'publicity-rules.yaml');
/** Owns the parameters the publicity rules name (one threshold for 较低数额罚款 on the whole platform). */
const PENALTY_LEVELS_FILE = path.join(CATALOG_DIR, 'penalty-levels.yaml');

/** The dated parameters of catalog/penalty-levels.yaml, as the publicity rules read them. */
export function loadSharedParameters(): Record<string, SharedParameter> {
  const raw = YAML.parse(fs.readFileSync(PENALTY_LEVELS_FILE, 'utf8'));
  return Object.fromEntries(
    Object.entries<any>(raw?.parameters ?? {}).map(([name, parameter]) => [
      name,
      {
        unit: String(parameter.unit ?? ''),
        values: ((parameter.values ?? []) as any[])
          .map((item) => ({ effectiveFrom: String(item.effective_from), value: Number(item.value), confirmed: item.confirmed !== false, note: item.note }))
          .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)),
      },
    ]),
  );
}

let cached: PublicityResolver | undefined;

/** Reads catalog/publicity-rules.yaml (or another file, for tests) and validates it. */
export function loadPublicityRules(file = PUBLICITY_RULES_FILE): PublicityRules {
  const raw = YAML.parse(fs.readFileSync(file, 'utf8'));
  // Messages name the file relative to the repository, never an absolute machine path.
  return parsePublicityRules(raw, path.relative(path.dirname(CATALOG_DIR), file), loadSharedParameters());
}

/** The resolver over the catalog's rules, built once per process. */
export function loadPublicityResolver(): PublicityResolver {
  cached ??= new PublicityResolver(loadPublicityRules());
  return cached;
}
