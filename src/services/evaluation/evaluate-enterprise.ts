import type { Kysely } from 'kysely';
import { normalizeUscc } from '../../domain/uscc.ts';
import { evaluate, evaluateEach } from '../../engine/evaluate.ts';
import type { EvaluationResult } from '../../engine/trace.ts';
import type { CapturedResult } from './capture-result.ts';
import type { Database } from '../../store/database.ts';
import { insertEvaluations } from '../../store/evaluation.repository.ts';
import { resolveAsOf } from './as-of.ts';
import { publishGradeChanges } from '../sharing/publish-share-events.ts';
import { ResultCapture } from './capture-result.ts';
import { requirePublishedModel } from './published-model.ts';
import { readEvaluationBatch } from './read-evaluation-batch.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';
import type { EnterpriseAttributes } from '../../store/evaluation.repository.ts';
import type { PublishedModel } from './published-model.ts';

export interface EnterpriseEvaluation extends EvaluationResult {
  /** The stored evaluation's id. */
  evaluationId: number;
}

/**
 * `xinping evaluate USCC`: evaluates one enterprise with the published model version as of a date (default today),
 * with the full trace (each indicator's value, points, weight, records used and parameters read), and stores the
 * result. As of a past date it reads the record versions in force that day (see as-of.ts).
 * A caller that has read the enterprise's row and the published model already (a report) passes them in
 * `enterprise` and `published`, and they are not read again.
 */
export async function evaluateEnterprise(
  db: Kysely<Database>,
  uscc: string,
  options: {
    asOf?: string;
    reason?: string;
    today?: string;
    enterprise?: EnterpriseAttributes;
    published?: PublishedModel;
  } = {},
): Promise<EnterpriseEvaluation> {
  const code = normalizeUscc(uscc);
  const asOf = resolveAsOf(options.asOf, options.today);
  const enterprise = options.enterprise ?? (await requireEnterprise(db, code || uscc));
  const enterpriseId = enterprise.id;
  const { version, compiled } = options.published ?? (await requirePublishedModel(db));
  const { batch } = await readEvaluationBatch(db, compiled, [enterpriseId], asOf, [enterprise]);
  const result = evaluate({ batch, enterprise: 0 }, compiled, asOf.asOf);
  // Stored as the full run stores it (same values, same result hash); the trace above agrees with it (evaluate.test.ts).
  const capture = new ResultCapture(compiled);
  const captures: CapturedResult[] = [];
  evaluateEach(batch, compiled, asOf.asOf, (_, outcome) => captures.push(capture.capture(outcome)));
  const [captured] = captures;
  if (!captured) throw new Error(`enterprise ${enterpriseId} was not read into the evaluation batch`);
  // Stored with its grade change (if any) for subscribers, in one transaction.
  const [evaluationId] = await db.transaction().execute(async (trx) => {
    const ids = await insertEvaluations(trx, [
      {
        enterpriseId,
        modelVersionId: version.id,
        runId: null,
        reason: options.reason ?? 'evaluate',
        asOf: asOf.asOf,
        ...captured,
        fingerprint: result.fingerprint,
      },
    ]);
    await publishGradeChanges(trx, { evaluationIds: ids });
    return ids;
  });
  return { evaluationId, ...result };
}
