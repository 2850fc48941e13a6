import { catalogFileLabel } from '../../catalog/catalog-file.ts';
import { loadPenaltyLevelsFile, type PenaltyLevelsFile, readPenaltyLevelsFile } from '../../catalog/penalty-levels.ts';

/**
 * Derives 轻微/一般/严重 for a 行政处罚 row that does not state it, by the first-hit table in
 * catalog/penalty-levels.yaml (its header explains the legal basis and the AMBIGUITY resolved there).
 */
export type PenaltyLevel = '轻微' | '一般' | '严重';

interface ParameterValue {
  effectiveFrom: string;
  value: number;
}

interface LevelRule {
  id: string;
  categoriesAny?: string[];
  categoriesOnly?: string[];
  totalAmountAtMost?: string;
  level: PenaltyLevel;
}

export interface PenaltyLevelTable {
  parameters: Map<string, ParameterValue[]>;
  rules: LevelRule[];
}

export interface PenaltyFacts {
  /** 处罚类别 as written, possibly several categories (警告、罚款). */
  category: string;
  /** 罚款金额 + 没收金额, in 万元. */
  totalAmount: number;
  /** 处罚决定日期, YYYY-MM-DD: parameters are read as they stood that day. */
  decidedOn: string;
}

// Categories are listed with Chinese or Western separators: 警告、罚款 / 警告;罚款 / 警告,罚款 / 警告和罚款.
const CATEGORY_SEPARATORS = /[、,，;；/|\s]+|并处|和|及/;

let cached: PenaltyLevelTable | undefined;

/** The table of catalog/penalty-levels.yaml, built once; another file (tests) is read and built each time. */
export function loadPenaltyLevelTable(file?: string): PenaltyLevelTable {
  if (file !== undefined) return buildPenaltyLevelTable(readPenaltyLevelsFile(file), catalogFileLabel(file));
  cached ??= buildPenaltyLevelTable(loadPenaltyLevelsFile(), catalogFileLabel('penalty-levels.yaml'));
  return cached;
}

function buildPenaltyLevelTable(raw: PenaltyLevelsFile, file: string): PenaltyLevelTable {
  const parameters = new Map<string, ParameterValue[]>();
  for (const [key, parameter] of Object.entries(raw.parameters)) {
    const values = parameter.values.map((item) => ({ effectiveFrom: item.effective_from, value: item.value }));
    parameters.set(
      key,
      values.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)),
    );
  }
  const rules: LevelRule[] = raw.rules.map((rule) => ({
    id: rule.id,
    categoriesAny: rule.when.categories_any,
    categoriesOnly: rule.when.categories_only,
    totalAmountAtMost: rule.when.total_amount_at_most,
    level: rule.level,
  }));
  const last = rules.at(-1);
  if (!last || last.categoriesAny || last.categoriesOnly || last.totalAmountAtMost) {
    throw new Error(`${file}: the last rule must be a catch-all (when: {})`);
  }
  for (const rule of rules) {
    if (rule.totalAmountAtMost && !parameters.has(rule.totalAmountAtMost))
      throw new Error(`${file}: rule ${rule.id} reads unknown parameter ${rule.totalAmountAtMost}`);
  }
  return { parameters, rules };
}

function parameterOn(table: PenaltyLevelTable, key: string, date: string): number | undefined {
  let value: number | undefined;
  for (const item of table.parameters.get(key) ?? []) if (item.effectiveFrom <= date) value = item.value;
  return value;
}

function splitCategories(category: string): string[] {
  return category
    .split(CATEGORY_SEPARATORS)
    .map((part) => part.trim())
    .filter(Boolean);
}

function matches(rule: LevelRule, table: PenaltyLevelTable, categories: string[], facts: PenaltyFacts): boolean {
  if (rule.categoriesAny && !categories.some((category) => rule.categoriesAny!.some((word) => category.includes(word))))
    return false;
  if (
    rule.categoriesOnly &&
    !(
      categories.length > 0 &&
      categories.every((category) => rule.categoriesOnly!.some((word) => category.includes(word)))
    )
  )
    return false;
  if (rule.totalAmountAtMost) {
    // Before the parameter's first effective date the rule cannot be read, so it does not apply.
    const ceiling = parameterOn(table, rule.totalAmountAtMost, facts.decidedOn);
    if (ceiling === undefined || facts.totalAmount > ceiling) return false;
  }
  return true;
}

/** The level and the id of the rule that decided it (kept with the record, so the choice can be explained). */
export function derivePenaltyLevel(
  facts: PenaltyFacts,
  table: PenaltyLevelTable = loadPenaltyLevelTable(),
): { level: PenaltyLevel; ruleId: string } {
  const categories = splitCategories(facts.category);
  const rule = table.rules.find((candidate) => matches(candidate, table, categories, facts))!;
  return { level: rule.level, ruleId: rule.id };
}
