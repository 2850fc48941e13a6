import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/**
 * catalog/workflow-deadlines.yaml: the deadlines and limits of the workflows (异议, 修复, 企呼我应, 重点任务), each with
 * its unit and reference. Objections, requests and reform tasks all read it from here.
 */

const setting = <Value extends z.ZodNumber>(value: Value) =>
  z.object({
    value,
    unit: z.string(),
    description: z.string(),
    reference: z.string(),
    is_local_example: z.boolean().optional(),
  });

const positive = z.number().positive();
const positiveInteger = z.number().int().positive();

export const WorkflowDeadlinesFileSchema = z.object({
  objection_review_working_days: setting(positive),
  objection_nearly_due_working_days: setting(positive),
  objection_filing_window_days: setting(positive),
  repair_review_working_days: setting(positive),
  attachment_max_bytes: setting(positive),
  request_answer_working_days: setting(positiveInteger),
  request_rectification_working_days: setting(positiveInteger),
  request_transfer_min_working_days: setting(positiveInteger),
  request_rating_window_working_days: setting(positiveInteger),
  request_anonymous_filings_per_hour: setting(positiveInteger),
  reform_task_at_risk_working_days: setting(z.number().int().nonnegative()),
});

export type WorkflowDeadlinesFile = z.output<typeof WorkflowDeadlinesFileSchema>;

export const loadWorkflowDeadlinesFile = catalogFile(
  (): WorkflowDeadlinesFile => readCatalogYaml('workflow-deadlines.yaml', WorkflowDeadlinesFileSchema),
);
