import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/**
 * catalog/workflow-deadlines.yaml: the deadlines and limits of the workflows (异议, 修复, 企呼我应, 重点任务), each a
 * list of dated values (effective_from, value, reference) like the parameters of penalty-levels.yaml. A case is held
 * to the value in force on the day it was filed (workflowDeadlineValuesOn), never to a value adopted later.
 * Objections, requests and reform tasks all read it from here.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const setting = <Value extends z.ZodNumber>(value: Value) =>
  z
    .object({
      unit: z.string(),
      description: z.string(),
      is_local_example: z.boolean().optional(),
      values: z
        .array(
          z.object({
            // null: in force from the platform's start, and for any earlier day.
            effective_from: z.string().regex(DAY, '应为日期 YYYY-MM-DD').nullable(),
            value,
            reference: z.string().min(1),
            note: z.string().optional(),
          }),
        )
        .min(1),
    })
    .superRefine((entry, context) => {
      entry.values.forEach((item, index) => {
        const previous = index === 0 ? undefined : entry.values[index - 1]!.effective_from;
        if (index > 0 && item.effective_from === null)
          context.addIssue({
            code: 'custom',
            path: ['values', index, 'effective_from'],
            message: '只有第一个取值可以不写生效日期',
          });
        else if (index > 0 && previous !== null && previous !== undefined && item.effective_from! <= previous)
          context.addIssue({
            code: 'custom',
            path: ['values', index, 'effective_from'],
            message: '生效日期应晚于上一个取值的生效日期',
          });
      });
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
export type WorkflowDeadlineName = keyof WorkflowDeadlinesFile;

/** One deadline as in force on a day: its value, the day that value took effect (null: from the start) and its reference. */
export interface WorkflowDeadlineValue {
  value: number;
  effectiveFrom: string | null;
  reference: string;
}

/** Reads catalog/workflow-deadlines.yaml, or another file for tests. */
export function readWorkflowDeadlinesFile(file = 'workflow-deadlines.yaml'): WorkflowDeadlinesFile {
  return readCatalogYaml(file, WorkflowDeadlinesFileSchema);
}

const loadShippedFile = catalogFile(() => readWorkflowDeadlinesFile());
let injectedFile: WorkflowDeadlinesFile | undefined;

export function loadWorkflowDeadlinesFile(): WorkflowDeadlinesFile {
  return injectedFile ?? loadShippedFile();
}

/**
 * Tests only: the loader returns `file` instead of the shipped one (e.g. with a dated change of a limit the shipped
 * file does not have) until called again without one.
 */
export function injectWorkflowDeadlinesFileForTests(file: WorkflowDeadlinesFile | undefined): void {
  injectedFile = file;
}

/**
 * Every deadline as in force on a day (YYYY-MM-DD): the last value whose effective_from is on or before it; a day
 * before every dated value takes the first (as the first publicity regime does, publicity-rules.yaml).
 */
export function workflowDeadlineValuesOn(
  file: WorkflowDeadlinesFile,
  day: string,
): Record<WorkflowDeadlineName, WorkflowDeadlineValue> {
  const entries = Object.entries(file).map(([name, entry]) => {
    let found = entry.values[0]!;
    for (const item of entry.values) if (item.effective_from === null || item.effective_from <= day) found = item;
    return [name, { value: found.value, effectiveFrom: found.effective_from, reference: found.reference }];
  });
  return Object.fromEntries(entries) as Record<WorkflowDeadlineName, WorkflowDeadlineValue>;
}
