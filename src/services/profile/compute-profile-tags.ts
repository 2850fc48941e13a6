import { withReadableReferences } from '../../domain/readable-reference.ts';
import { evaluateCondition, type EvaluationContext } from '../policy-matching/evaluate-policy.ts';
import type { EnterpriseFacts } from '../policy-matching/policy.ts';
import type { EnterpriseTag, ProfileTag } from './profile-tag.ts';

const referenceTexts = new WeakMap<ProfileTag, string>();

/** A tag's reference with the documents' names, worked out once per tag rather than once per enterprise. */
function referenceTextOf(tag: ProfileTag): string {
  let text = referenceTexts.get(tag);
  if (text === undefined) referenceTexts.set(tag, (text = withReadableReferences(tag.reference)));
  return text;
}

/**
 * The tags one enterprise carries on the context's as-of date, each with the facts its rule rests on (the
 * sentences a policy match gives: which records, figures and dates). Pure, like policy evaluation.
 */
export function computeProfileTags(
  tags: ProfileTag[],
  facts: EnterpriseFacts,
  context: EvaluationContext,
): EnterpriseTag[] {
  const carried: EnterpriseTag[] = [];
  for (const tag of tags) {
    const outcome = evaluateCondition(tag.condition, facts, context);
    if (outcome.isMet)
      carried.push({
        code: tag.code,
        name: tag.name,
        tone: tag.tone,
        explanation: tag.explanation,
        reference: tag.reference,
        referenceText: referenceTextOf(tag),
        facts: outcome.reasons,
      });
  }
  return carried;
}
