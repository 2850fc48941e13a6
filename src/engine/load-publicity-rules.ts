import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CATALOG_DIR } from '../catalog/catalog.ts';
import { parsePublicityRules, type PublicityRules } from '../domain/publicity-rules.ts';
import { PublicityResolver } from '../domain/publicity.ts';

export const PUBLICITY_RULES_FILE = path.join(CATALOG_DIR, 'publicity-rules.yaml');

let cached: PublicityResolver | undefined;

/** Reads catalog/publicity-rules.yaml (or another file, for tests) and validates it. */
export function loadPublicityRules(file = PUBLICITY_RULES_FILE): PublicityRules {
  const raw = YAML.parse(fs.readFileSync(file, 'utf8'));
  // Messages name the file relative to the repository, never an absolute machine path.
  return parsePublicityRules(raw, path.relative(path.dirname(CATALOG_DIR), file));
}

/** The resolver over the catalog's rules, built once per process. */
export function loadPublicityResolver(): PublicityResolver {
  cached ??= new PublicityResolver(loadPublicityRules());
  return cached;
}
