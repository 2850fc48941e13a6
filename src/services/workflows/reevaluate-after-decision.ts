import type { Kysely } from 'kysely';
import { isAppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { reevaluateEnterprises, type ReevaluationOutcome } from '../evaluation/reevaluate-enterprises.ts';
import { notifyGradeChanges } from '../notifications/notify-grade-changes.ts';

/**
 * Re-evaluates an enterprise once a decision that changed its records committed, and tells it when its grade moved.
 * Never throws: the decision stands whatever happens here; a failure is reported in the outcome and the daily run
 * catches the enterprise up.
 */
export async function reevaluateAfterDecision(db: Kysely<Database>, enterpriseId: number, reason: string): Promise<ReevaluationOutcome> {
  try {
    const outcome = await reevaluateEnterprises(db, [enterpriseId], { reason });
    if (outcome.enterprises > 0) await notifyGradeChanges(db, [enterpriseId]);
    return outcome;
  } catch (error) {
    return { enterprises: 0, gradeCounts: {}, skipped: isAppError(error) ? error.userMessage : (error as Error).message };
  }
}
