import { loadPenaltyLevelsFile, sharedParametersOf } from '../catalog/penalty-levels.ts';
import { loadPublicityRules as loadCatalogPublicityRules, readPublicityRules } from '../catalog/publicity-rules.ts';
import type { PublicityRules, SharedParameter } from '../domain/publicity-rules.ts';
import { PublicityResolver } from '../domain/publicity.ts';

/** The dated parameters of catalog/penalty-levels.yaml, as the publicity rules read them. */
export function loadSharedParameters(): Record<string, SharedParameter> {
  return sharedParametersOf(loadPenaltyLevelsFile());
}

/** The rules of catalog/publicity-rules.yaml (read once by src/catalog), or of another file, for tests. */
export function loadPublicityRules(file?: string): PublicityRules {
  return file === undefined ? loadCatalogPublicityRules() : readPublicityRules(file);
}

let cached: PublicityResolver | undefined;

/** The resolver over the catalog's rules, built once per process. */
export function loadPublicityResolver(): PublicityResolver {
  cached ??= new PublicityResolver(loadPublicityRules());
  return cached;
}
