import { loadCommitmentList } from '../../catalog/commitment-list.ts';
import { loadWorkflowDeadlinesFile } from '../../catalog/workflow-deadlines.ts';

/**
 * The data the workflows read: the deadlines and the 信用承诺清单, each from its catalog file (read once
 * per process by src/catalog). The holiday calendar is in the database (services/calendar/read-holiday-calendar.ts). Numbers from regulations live in those files with their references.
 */

export { loadCommitmentList };
export type { CommitmentItem, CommitmentList } from '../../catalog/commitment-list.ts';

export interface WorkflowDeadlines {
  objectionReviewWorkingDays: number;
  objectionNearlyDueWorkingDays: number;
  objectionFilingWindowDays: number;
  repairReviewWorkingDays: number;
  attachmentMaxBytes: number;
}

let deadlines: WorkflowDeadlines | undefined;

export function loadWorkflowDeadlines(): WorkflowDeadlines {
  if (deadlines) return deadlines;
  const raw = loadWorkflowDeadlinesFile();
  deadlines = {
    objectionReviewWorkingDays: raw.objection_review_working_days.value,
    objectionNearlyDueWorkingDays: raw.objection_nearly_due_working_days.value,
    objectionFilingWindowDays: raw.objection_filing_window_days.value,
    repairReviewWorkingDays: raw.repair_review_working_days.value,
    attachmentMaxBytes: raw.attachment_max_bytes.value,
  };
  return deadlines;
}
