import type { Kysely } from 'kysely';
import { isAppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import {
  clearPendingMarks,
  findEnterprisesTouchedByBatch,
  findPendingMarks,
  insertEvaluations,
} from '../../store/evaluation.repository.ts';
import { resolveAsOf } from './as-of.ts';
import { evaluateBatchForStorage } from './evaluate-batch-for-storage.ts';
import { publishGradeChanges } from '../sharing/publish-share-events.ts';
import { findPublishedModel } from './published-model.ts';
import { readEvaluationBatch } from './read-evaluation-batch.ts';
import { refreshProfileTags } from '../profile/refresh-profile-tags.ts';

/**
 * Any change to an enterprise's records re-evaluates that enterprise at once (a repair must update the
 * evaluation result, 《信用修复管理办法》): an import batch, a correction, a repair call this with the enterprises
 * they touched. The enterprises are evaluated as of today with the published version, a chunk at a time, and a new
 * evaluation is stored for each. Without a published version (a fresh store) there is nothing to evaluate with.
 * The change marks (evaluation_pending) of a chunk are read before its records and removed with its evaluations, so
 * the daily run does not evaluate them again, while a change made meanwhile stays marked.
 */

export interface ReevaluationOutcome {
  enterprises: number;
  gradeCounts: Record<string, number>;
  /** Set when nothing was evaluated: no published model, or the re-evaluation failed (the change itself stands). */
  skipped?: string;
}

const CHUNK = 2000;

export async function reevaluateEnterprises(
  db: Kysely<Database>,
  enterpriseIds: number[],
  options: { reason: string },
): Promise<ReevaluationOutcome> {
  const outcome: ReevaluationOutcome = { enterprises: 0, gradeCounts: {} };
  if (enterpriseIds.length === 0) return outcome;
  const published = await findPublishedModel(db);
  if (!published) return { ...outcome, skipped: '尚未发布评价模型' };
  const asOf = resolveAsOf(undefined);
  const unique = [...new Set(enterpriseIds)].sort((a, b) => a - b);
  for (let start = 0; start < unique.length; start += CHUNK) {
    const chunk = unique.slice(start, start + CHUNK);
    const marks = await findPendingMarks(db, { ids: chunk });
    const { batch, enterpriseIds: ids } = await readEvaluationBatch(db, published.compiled, chunk, asOf);
    const rows = evaluateBatchForStorage(published.compiled, batch, ids, {
      modelVersionId: published.version.id,
      runId: null,
      reason: options.reason,
      asOf: asOf.asOf,
    });
    // Stored and compared with the previous grades in one transaction: a grade change reaches subscribers exactly when it is stored.
    await db.transaction().execute(async (trx) => {
      await publishGradeChanges(trx, { evaluationIds: await insertEvaluations(trx, rows) });
      await clearPendingMarks(trx, marks);
    });
    outcome.enterprises += rows.length;
    for (const row of rows) outcome.gradeCounts[row.grade] = (outcome.gradeCounts[row.grade] ?? 0) + 1;
  }
  // The 信用画像 tags the 企业库 filters on follow the new grades and records of these enterprises.
  await refreshProfileTags(db, { asOf: asOf.asOf, enterpriseIds: unique });
  return outcome;
}

/**
 * Re-evaluates the enterprises a committed import batch touched. Never throws: the batch is committed whatever
 * happens here, so a failure (e.g. the published model's files were changed) is reported in the outcome, and the
 * daily run (`evaluate --due`) catches the enterprises up once the cause is fixed.
 */
export async function reevaluateAfterBatch(db: Kysely<Database>, batchId: number): Promise<ReevaluationOutcome> {
  try {
    return await reevaluateEnterprises(db, await findEnterprisesTouchedByBatch(db, batchId), { reason: 'import' });
  } catch (error) {
    return {
      enterprises: 0,
      gradeCounts: {},
      skipped: isAppError(error) ? error.userMessage : (error as Error).message,
    };
  }
}
