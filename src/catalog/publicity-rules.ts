import { z } from 'zod';
import { parsePublicityRules, type PublicityRules } from '../domain/publicity-rules.ts';
import { catalogFile, catalogFileLabel, readCatalogYaml } from './catalog-file.ts';
import { loadPenaltyLevelsFile, sharedParametersOf } from './penalty-levels.ts';

/**
 * catalog/publicity-rules.yaml: the dated publicity and credit-repair rules. The shape is checked here; the rules
 * themselves by `parsePublicityRules` (domain), which names the field of every problem.
 */

const list = z.array(z.looseObject({}));

export const PublicityRulesFileSchema = z.looseObject({
  governing_rule: z.looseObject({}).optional(),
  date_rule: z.looseObject({}).optional(),
  levels: z.array(z.string()).optional(),
  default_level: z.string().optional(),
  general_regimes: list,
  samr_penalty_regimes: list.optional(),
  samr_serious_list_regimes: list.optional(),
  kinds: list,
});

export const PUBLICITY_RULES_FILE = 'publicity-rules.yaml';

export type PublicityRulesFile = z.output<typeof PublicityRulesFileSchema>;

/** The content of catalog/publicity-rules.yaml, or of another file for tests, checked for shape only. */
export function readPublicityRulesFile(file = PUBLICITY_RULES_FILE): PublicityRulesFile {
  return readCatalogYaml(file, PublicityRulesFileSchema);
}

export const loadPublicityRulesFile = catalogFile(() => readPublicityRulesFile());

/** The rules of catalog/publicity-rules.yaml (or another file, for tests), with the parameters of penalty-levels.yaml. */
export function readPublicityRules(file?: string): PublicityRules {
  const raw = file === undefined ? loadPublicityRulesFile() : readPublicityRulesFile(file);
  return parsePublicityRules(
    raw,
    catalogFileLabel(file ?? PUBLICITY_RULES_FILE),
    sharedParametersOf(loadPenaltyLevelsFile()),
  );
}

export const loadPublicityRules = catalogFile(() => readPublicityRules());
