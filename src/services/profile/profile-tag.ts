import type { PolicyCondition } from '../policy-matching/policy.ts';

/**
 * 信用画像 (000 §二(二)): tags as data (catalog/profile-tags.yaml), each a rule of the policy condition language over
 * the facts the platform holds, so a tag explains itself the way a policy match does.
 */
export interface ProfileTag {
  code: string;
  name: string;
  tone: 'positive' | 'negative';
  explanation: string;
  reference: string;
  isLocalExample: boolean;
  condition: PolicyCondition;
}

/** A tag an enterprise carries, with the facts behind it (one sentence per fact, naming records, figures and dates). */
export interface EnterpriseTag {
  code: string;
  name: string;
  tone: 'positive' | 'negative';
  explanation: string;
  reference: string;
  /** The reference as readers see it (document titles, not numbers and keys). */
  referenceText: string;
  facts: string[];
}
