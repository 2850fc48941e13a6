import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { withReadableReferences } from '../../domain/readable-reference.ts';
import { normalizeUscc } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { findCurrentGrades } from '../../store/evaluation.repository.ts';
import { loadCommitmentList, type CommitmentItem } from './workflow-settings.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';

export interface MeasureEligibility {
  /** 告知承诺 or 容缺受理. */
  measure: string;
  isEligible: boolean;
  /** The grades the measure requires (catalog/commitment-list.yaml eligibility). */
  requiredGrades: string[];
  /** Why, in Chinese, with the basis. */
  explanation: string;
  reference: string;
  /** The same basis as a person reads it (readable-reference.ts). */
  referenceText: string;
}

export interface CommitmentEligibility {
  uscc: string;
  enterpriseName: string;
  item: { code: string; name: string; department: string; reference: string };
  grade: string | null;
  score: number | null;
  evaluatedAsOf: string | null;
  measures: MeasureEligibility[];
}

/** An item of the 信用承诺清单, or NOT_FOUND naming the excluded items' reason when it is one of them. */
export function findCommitmentItem(code: string): CommitmentItem {
  const list = loadCommitmentList();
  const item = list.items.find((candidate) => candidate.code === code);
  if (!item)
    throw new AppError(
      'NOT_FOUND',
      `信用承诺清单中没有事项“${code}”（涉及人民群众生命财产安全或特殊行业安全的事项不实行承诺制，000 §二（五））`,
    );
  return item;
}

/**
 * May a department accept this enterprise's application for item X on commitment (告知承诺) or with missing
 * non-key materials (容缺受理)? 000 §二(二)(五): only for the measures the 信用承诺清单 lists for the item, and only
 * for the grades the list requires (信用等级高、信用状况良好), judged on the enterprise's current evaluation.
 * Without an evaluation the answer is no, with the reason.
 */
export async function checkCommitmentEligibility(
  db: Kysely<Database>,
  input: { uscc: string; itemCode: string },
): Promise<CommitmentEligibility> {
  const item = findCommitmentItem(input.itemCode);
  const uscc = normalizeUscc(input.uscc);
  const enterprise = await requireEnterprise(db, uscc || input.uscc);
  const current = (await findCurrentGrades(db, [enterprise.id])).get(enterprise.id);
  const { eligibility } = loadCommitmentList();
  const measures = eligibility.map((rule): MeasureEligibility => {
    const measure = rule.measure;
    const reference = `${rule.reference}；事项依据 ${item.reference}`;
    const base = { measure, requiredGrades: rule.grades, reference, referenceText: withReadableReferences(reference) };
    if (!item.measures.includes(measure))
      return { ...base, isEligible: false, explanation: `信用承诺清单未将“${item.name}”列为可${measure}的事项` };
    if (!current)
      return {
        ...base,
        isEligible: false,
        explanation: `该企业尚无信用评价结果，不能适用${measure}（须评价等级为 ${rule.grades.join('、')}）`,
      };
    const isEligible = rule.grades.includes(current.grade);
    const explanation = isEligible
      ? `当前评价等级 ${current.grade}（${current.as_of} 评价），属于可适用${measure}的等级 ${rule.grades.join('、')}`
      : `当前评价等级 ${current.grade}（${current.as_of} 评价），不在可适用${measure}的等级 ${rule.grades.join('、')} 之内`;
    return { ...base, isEligible, explanation };
  });
  return {
    uscc: enterprise.uscc,
    enterpriseName: enterprise.name,
    item: { code: item.code, name: item.name, department: item.department, reference: item.reference },
    grade: current?.grade ?? null,
    score: current?.score ?? null,
    evaluatedAsOf: current?.as_of ?? null,
    measures,
  };
}
