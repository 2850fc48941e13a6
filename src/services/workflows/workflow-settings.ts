import { loadCommitmentList } from '../../catalog/commitment-list.ts';
import { loadWorkflowDeadlinesFile, workflowDeadlineValuesOn } from '../../catalog/workflow-deadlines.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

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
  reformTaskAtRiskWorkingDays: number;
}

/**
 * The workflow deadlines in force on a day (catalog/workflow-deadlines.yaml, dated values): a case's limits are those
 * in force on the day it was filed (pass that day); operating settings (margins, sizes) those of today, the default.
 */
export function loadWorkflowDeadlines(on: string = todayInDistrict()): WorkflowDeadlines {
  const values = workflowDeadlineValuesOn(loadWorkflowDeadlinesFile(), on);
  return {
    objectionReviewWorkingDays: values.objection_review_working_days.value,
    objectionNearlyDueWorkingDays: values.objection_nearly_due_working_days.value,
    objectionFilingWindowDays: values.objection_filing_window_days.value,
    repairReviewWorkingDays: values.repair_review_working_days.value,
    attachmentMaxBytes: values.attachment_max_bytes.value,
    reformTaskAtRiskWorkingDays: values.reform_task_at_risk_working_days.value,
  };
}
