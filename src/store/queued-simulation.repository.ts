import type { Executor } from './executor.ts';

/** SQL of queued_simulations: a model simulation's files and settings while a worker runs it. */

export interface QueuedSimulation {
  jobId: string;
  modelId: string;
  version: string;
  operator: string;
  /** The version's directory as the instance that queued it stores it (storedModelDir). */
  modelDir: string;
  /** Path relative to the model's directory → content in Base64. */
  files: Record<string, string>;
}

export async function insertQueuedSimulation(trx: Executor, queued: QueuedSimulation): Promise<void> {
  await trx
    .insertInto('queued_simulations')
    .values({
      job_id: queued.jobId,
      model_id: queued.modelId,
      version: queued.version,
      operator: queued.operator,
      model_dir: queued.modelDir,
      files: JSON.stringify(queued.files),
    })
    .execute();
}

export async function findQueuedSimulation(db: Executor, jobId: string): Promise<QueuedSimulation | undefined> {
  const row = await db.selectFrom('queued_simulations').selectAll().where('job_id', '=', jobId).executeTakeFirst();
  if (!row) return undefined;
  return {
    jobId: row.job_id,
    modelId: row.model_id,
    version: row.version,
    operator: row.operator,
    modelDir: row.model_dir,
    files: row.files,
  };
}

export async function deleteQueuedSimulation(trx: Executor, jobId: string): Promise<void> {
  await trx.deleteFrom('queued_simulations').where('job_id', '=', jobId).execute();
}
