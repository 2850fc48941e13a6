import type { Kysely } from 'kysely';
import type { Model } from '../../engine/model.ts';
import type { EvaluationResult } from '../../engine/trace.ts';
import type { Database } from '../../store/database.ts';
import { evaluateEnterprise } from '../evaluation/evaluate-enterprise.ts';
import { requirePublishedModel } from '../evaluation/published-model.ts';

/** The model a report is rendered with: the published version (refused, in Chinese, while none is published). */
export async function findReportModel(db: Kysely<Database>): Promise<Model> {
  return (await requirePublishedModel(db)).compiled.model;
}

/**
 * The evaluation a report is rendered from: the enterprise evaluated by the published model version as of the date,
 * with its full trace, through the evaluation service — stored like any other evaluation (reason `report`), so the
 * grade on a report is always one the platform holds, with the fingerprint that reproduces it. `issuedOn` is the
 * report's day of issue: as of that day the records' current state is read, even when the district's day has turned
 * since the moment of issue was taken.
 */
export async function evaluateForReport(
  db: Kysely<Database>,
  uscc: string,
  asOf: string,
  issuedOn: string,
): Promise<EvaluationResult> {
  return evaluateEnterprise(db, uscc, { asOf, reason: 'report', today: issuedOn });
}
