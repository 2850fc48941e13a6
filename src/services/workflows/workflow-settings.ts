import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CATALOG_DIR } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';

/**
 * The data the workflows read: the deadlines and the 信用承诺清单, each from its catalog file, read once
 * per process. The holiday calendar is in the database (services/calendar/read-holiday-calendar.ts). Numbers from regulations live in those files with their references.
 */

function readCatalogFile(file: string): any {
  return YAML.parse(fs.readFileSync(path.join(CATALOG_DIR, file), 'utf8'));
}

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
  const raw = readCatalogFile('workflow-deadlines.yaml') as Record<string, { value: number }>;
  const value = (key: string) => {
    const number = raw[key]?.value;
    if (typeof number !== 'number' || !(number > 0)) throw new AppError('INTERNAL', `catalog/workflow-deadlines.yaml 缺少 ${key} 的数值`);
    return number;
  };
  deadlines = {
    objectionReviewWorkingDays: value('objection_review_working_days'),
    objectionNearlyDueWorkingDays: value('objection_nearly_due_working_days'),
    objectionFilingWindowDays: value('objection_filing_window_days'),
    repairReviewWorkingDays: value('repair_review_working_days'),
    attachmentMaxBytes: value('attachment_max_bytes'),
  };
  return deadlines;
}

export interface CommitmentItem {
  code: string;
  name: string;
  department: string;
  measures: string[];
  reference: string;
}

export interface CommitmentList {
  eligibility: Array<{ measure: string; grades: string[]; reference: string }>;
  items: CommitmentItem[];
  excluded: Array<{ name: string; department: string; reason: string; reference: string }>;
  texts: Array<{ type: string; version: string; text: string }>;
}

let commitmentList: CommitmentList | undefined;

export function loadCommitmentList(): CommitmentList {
  commitmentList ??= readCatalogFile('commitment-list.yaml') as CommitmentList;
  return commitmentList;
}
