import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { findEnterprisesTouchedByBatch } from '../../store/evaluation.repository.ts';
import type { ReevaluationOutcome } from '../evaluation/reevaluate-enterprises.ts';
import { notifyNewRecords, type BatchNotices } from './notify-new-records.ts';
import { notifyGradeChanges } from './notify-grade-changes.ts';

export interface BatchNotifications extends BatchNotices {
  /** Enterprises told that their grade changed. */
  gradeChanges: number;
}

/**
 * What an enterprise is told after an import or API push committed and was re-evaluated (commit-batch.ts): its new
 * negative records with their 信用修复提示函, and a change of grade. Never throws: the batch stands.
 */
export async function notifyAfterBatch(
  db: Kysely<Database>,
  batchId: number,
  reevaluation: ReevaluationOutcome | undefined,
): Promise<BatchNotifications> {
  const notices = await notifyNewRecords(db, batchId);
  let gradeChanges = 0;
  if (reevaluation && reevaluation.enterprises > 0) {
    try {
      gradeChanges = await notifyGradeChanges(db, await findEnterprisesTouchedByBatch(db, batchId));
    } catch (error) {
      return {
        ...notices,
        gradeChanges,
        skipped: [notices.skipped, (error as Error).message].filter(Boolean).join('；'),
      };
    }
  }
  return { ...notices, gradeChanges };
}
