import { loadCatalog } from '../../catalog/catalog.ts';
import { loadProfileTagsFile } from '../../catalog/profile-tags.ts';
import { AppError } from '../../domain/app-error.ts';
import { loadModel } from '../../engine/load-model.ts';
import { DEFAULT_MODEL_DIR } from '../evaluation/ensure-published-model.ts';
import { parseCondition } from '../policy-matching/load-policies.ts';
import type { PolicyCondition } from '../policy-matching/policy.ts';
import type { ProfileTag } from './profile-tag.ts';

let cached: ProfileTag[] | undefined;

/**
 * catalog/profile-tags.yaml with every rule checked against the record catalog and the model's grades, as policies'
 * conditions are; a tag's rule cannot name another tag. Every problem is reported at once; read once per process.
 */
export function loadProfileTags(): ProfileTag[] {
  if (cached) return cached;
  const vocabulary = {
    catalog: loadCatalog(),
    grades: loadModel(DEFAULT_MODEL_DIR).grades.map((row) => row.grade),
    tagCodes: null,
  };
  const problems: string[] = [];
  const tags: ProfileTag[] = [];
  const seen = new Set<string>();
  for (const tag of loadProfileTagsFile().tags) {
    const problem = (field: string, message: string) => problems.push(`标签 ${tag.code} 的 ${field}：${message}`);
    if (seen.has(tag.code)) problem('code', '与前面的标签重复');
    seen.add(tag.code);
    const condition = parseCondition(tag.condition, 'condition', problem, vocabulary);
    if (condition)
      tags.push({
        code: tag.code,
        name: tag.name,
        tone: tag.tone,
        explanation: tag.explanation,
        reference: tag.reference,
        isLocalExample: tag.is_local_example,
        condition,
      });
  }
  if (problems.length > 0) throw new AppError('INTERNAL', `profile-tags.yaml 有误：\n${problems.join('\n')}`);
  cached = tags;
  return tags;
}

/** The tags by code, as policy conditions (has_tag, lacks_tag) evaluate them. */
export function profileTagConditions(): ReadonlyMap<string, { name: string; condition: PolicyCondition }> {
  return new Map(loadProfileTags().map((tag) => [tag.code, { name: tag.name, condition: tag.condition }]));
}

/** One tag by code, or INVALID_INPUT naming the code (a filter or a request asked for a tag that does not exist). */
export function requireProfileTag(code: string): ProfileTag {
  const tag = loadProfileTags().find((candidate) => candidate.code === code);
  if (!tag) throw new AppError('INVALID_INPUT', `信用画像标签“${code}”不存在`);
  return tag;
}
