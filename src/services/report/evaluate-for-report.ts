import type { Kysely } from 'kysely';
import type { EvaluationResult } from '../../engine/trace.ts';
import type { Database } from '../../store/database.ts';
import type { EnterpriseAttributes } from '../../store/evaluation.repository.ts';
import { evaluateEnterprise } from '../evaluation/evaluate-enterprise.ts';
import type { PublishedModel } from '../evaluation/published-model.ts';

/**
 * The evaluation a report is rendered from: the enterprise evaluated by the published model version as of the date,
 * with its full trace, through the evaluation service — stored like any other evaluation (reason `report`), so the
 * grade on a report is always one the platform holds, with the fingerprint that reproduces it. `issuedOn` is the
 * report's day of issue: as of that day the records' current state is read, even when the district's day has turned
 * since the moment of issue was taken. The report has read the enterprise's row and the published model already.
 */
export async function evaluateForReport(
  db: Kysely<Database>,
  input: { enterprise: EnterpriseAttributes; published: PublishedModel; asOf: string; issuedOn: string },
): Promise<EvaluationResult> {
  return evaluateEnterprise(db, input.enterprise.uscc, {
    asOf: input.asOf,
    reason: 'report',
    today: input.issuedOn,
    enterprise: input.enterprise,
    published: input.published,
  });
}
