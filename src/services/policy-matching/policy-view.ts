import { loadCatalog } from '../../catalog/catalog.ts';
import { readableReference } from '../../domain/readable-reference.ts';
import { describeConditionLines } from './describe-condition.ts';
import { POLICY_MODES, type Policy } from './policy.ts';

/** A policy as the public list and the enterprise's page show it: its conditions rendered in Chinese. */
export interface PolicyView {
  code: string;
  name: string;
  departmentCode: string;
  departmentName: string;
  reference: string;
  /** The policy document as a person reads it (readable-reference.ts). */
  referenceText: string;
  isLocalExample: boolean;
  basis: string;
  basisText: string;
  mode: string;
  modeLabel: string;
  validFrom: string;
  validTo: string | null;
  benefit: string;
  conditionLines: string[];
}

export function toPolicyView(policy: Policy): PolicyView {
  return {
    code: policy.code,
    name: policy.name,
    departmentCode: policy.departmentCode,
    departmentName: loadCatalog().department(policy.departmentCode)?.name ?? policy.departmentCode,
    reference: policy.reference,
    referenceText: readableReference(policy.reference),
    isLocalExample: policy.isLocalExample,
    basis: policy.basis,
    basisText: readableReference(policy.basis),
    mode: policy.mode,
    modeLabel: POLICY_MODES[policy.mode],
    validFrom: policy.validFrom,
    validTo: policy.validTo,
    benefit: policy.benefit,
    conditionLines: describeConditionLines(policy.conditions),
  };
}
