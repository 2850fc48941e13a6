import type { Kysely } from 'kysely';
import { isAppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { findCurrentGrades } from '../../store/evaluation.repository.ts';
import { reevaluateEnterprises, type ReevaluationOutcome } from '../evaluation/reevaluate-enterprises.ts';
import { notifyGradeChanges } from '../notifications/notify-grade-changes.ts';

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
 * Re-evaluates an enterprise once a decision that changed its records committed, and tells it when its grade moved.
 * The outcome carries the enterprise's score and grade before and after, so the reviewer sees the exact change the
 * decision made (分数 83.95 → 84.95, 等级 B → A). Never throws: the decision stands whatever happens here; a failure
 * is reported in the outcome and the daily run catches the enterprise up.
 */
export async function reevaluateAfterDecision(db: Kysely<Database>, enterpriseId: number, reason: string): Promise<DecisionReevaluation> {
  try {
    const before = (await findCurrentGrades(db, [enterpriseId])).get(enterpriseId);
    const outcome = await reevaluateEnterprises(db, [enterpriseId], { reason });
    if (outcome.enterprises === 0) return outcome;
    await notifyGradeChanges(db, [enterpriseId]);
    const after = (await findCurrentGrades(db, [enterpriseId])).get(enterpriseId);
    if (!after) return outcome;
    return { ...outcome, change: { before: before ? { score: before.score, grade: before.grade } : null, after: { score: after.score, grade: after.grade } } };
  } catch (error) {
    return { enterprises: 0, gradeCounts: {}, skipped: isAppError(error) ? error.userMessage : (error as Error).message };
  }
}
