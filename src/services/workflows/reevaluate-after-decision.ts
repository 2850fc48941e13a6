import type { Kysely } from 'kysely';
import { isAppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { findCurrentGrades } from '../../store/evaluation.repository.ts';
import { reevaluateEnterprises, type ReevaluationOutcome } from '../evaluation/reevaluate-enterprises.ts';
import { deliverMessages, notifyEnterprise } from '../notifications/notify-enterprise.ts';
import { gradeMoveTitle } from '../notifications/notify-grade-changes.ts';

/** The decision that led to the re-evaluation, as the enterprise's message names it. */
const DECISION_LABELS: Record<string, string> = {
  declaration: '自主申报通过审核',
  repair: '信用修复申请获准',
  objection: '异议申请处理完毕',
  commitment: '信用承诺核查完毕',
};

/** An enterprise's score and grade at one moment. */
export interface ScoreAndGrade {
  score: number;
  grade: string;
}

/** What a decision changed: the enterprise's current evaluation before (null: never evaluated) and after it. */
export interface DecisionReevaluation extends ReevaluationOutcome {
  change?: { before: ScoreAndGrade | null; after: ScoreAndGrade };
}

/**
 * Re-evaluates an enterprise once a decision that changed its records committed, and tells it what changed: the
 * score and the grade before and after, and where to read why. The outcome carries the same change, so the reviewer
 * sees the exact effect of the decision (分数 83.95 → 84.95, 等级 B → A). Never throws: the decision stands whatever
 * happens here; a failure is reported in the outcome and the daily run catches the enterprise up.
 */
export async function reevaluateAfterDecision(
  db: Kysely<Database>,
  enterpriseId: number,
  reason: string,
): Promise<DecisionReevaluation> {
  try {
    const before = (await findCurrentGrades(db, [enterpriseId])).get(enterpriseId);
    const outcome = await reevaluateEnterprises(db, [enterpriseId], { reason });
    if (outcome.enterprises === 0) return outcome;
    const after = (await findCurrentGrades(db, [enterpriseId])).get(enterpriseId);
    if (!after) return outcome;
    const change = {
      before: before ? { score: before.score, grade: before.grade } : null,
      after: { score: after.score, grade: after.grade },
    };
    const text = describeChange(change, DECISION_LABELS[reason] ?? '信用记录有变化');
    const message = await db.transaction().execute((trx) =>
      notifyEnterprise(trx, {
        enterpriseId,
        topic: 'grade',
        ...text,
        subjectType: 'enterprise',
        subjectId: String(enterpriseId),
      }),
    );
    await deliverMessages([message]);
    return { ...outcome, change };
  } catch (error) {
    return {
      enterprises: 0,
      gradeCounts: {},
      skipped: isAppError(error) ? error.userMessage : (error as Error).message,
    };
  }
}

/** The message: `分数 83.95 → 84.95，等级 B → A` (or “仍为”), and what the enterprise can do next. */
export function describeChange(
  change: NonNullable<DecisionReevaluation['change']>,
  decision: string,
): { title: string; body: string } {
  const scoreBefore = change.before?.score ?? null;
  const gradeBefore = change.before?.grade ?? null;
  const { score: scoreAfter, grade: gradeAfter } = change.after;
  const score = (value: number) => value.toFixed(2);
  const scoreText =
    scoreBefore === null || scoreBefore === scoreAfter
      ? `分数为 ${score(scoreAfter)}`
      : `分数 ${score(scoreBefore)} → ${score(scoreAfter)}`;
  const isGradeChanged = gradeBefore !== null && gradeBefore !== gradeAfter;
  const gradeText = isGradeChanged ? `等级 ${gradeBefore} → ${gradeAfter}` : `等级仍为 ${gradeAfter}`;
  const title = isGradeChanged ? gradeMoveTitle(gradeBefore!, gradeAfter) : '信用评价已更新';
  return {
    title,
    body: `因${decision}，平台已重新评价贵企业：${scoreText}，${gradeText}。可在“我的信用”中查看各项指标的得分与依据；对结果有异议的，可申请复评。`,
  };
}
