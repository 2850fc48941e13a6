import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findClusterJob } from '../../store/cluster-job.repository.ts';
import type { Store } from '../../store/connect.ts';
import type { JobQueue } from '../../store/job-queue.ts';
import {
  deleteQueuedSimulation,
  findQueuedSimulation,
  insertQueuedSimulation,
} from '../../store/queued-simulation.repository.ts';
import { storedModelDir } from '../evaluation/model-files.ts';
import { findClusterJobView } from '../jobs/find-job.ts';
import type { Job } from '../jobs/job-registry.ts';
import { queueClusterJob, type ClusterJobData } from '../jobs/queue-cluster-job.ts';
import { runClusterJob } from '../jobs/run-cluster-job.ts';
import {
  EVALUATION_JOB_GROUP,
  findSimulatableVersion,
  runSimulation,
  SIMULATION_FIRST_MESSAGE,
  SIMULATION_JOB_KIND,
  simulationLabel,
} from './start-model-jobs.ts';

/** The job data of a queued simulation (the queue's `model-simulation`); the rest waits in queued_simulations. */
export type SimulationQueueJob = ClusterJobData;

/** Every file under a model's directory: path relative to it → content in Base64. */
function readModelFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, entry);
    if (fs.statSync(file).isFile()) files[entry.split(path.sep).join('/')] = fs.readFileSync(file).toString('base64');
  }
  return files;
}

function writeModelFiles(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.resolve(dir, name);
    if (!file.startsWith(`${path.resolve(dir)}${path.sep}`))
      throw new Error(`model file outside its directory: ${name}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(content, 'base64'));
  }
}

/**
 * Several instances on PostgreSQL: simulating a draft is handed to the workers, with the same preconditions as in one
 * process (start-model-jobs.ts). A draft's files are on this instance's disk, so a copy of them goes with the job
 * (queued_simulations, with the directory the version is recorded under), queued in one transaction with its
 * progress row (queueClusterJob). Any instance answers GET /api/jobs/{id}.
 */
export async function queueSimulationJob(
  store: Store,
  queue: JobQueue,
  dataDir: string,
  input: { modelId: string; version: string; operator: string },
): Promise<Job> {
  const state = await findSimulatableVersion(store, dataDir, input);
  const files = readModelFiles(state.location.dir);
  const jobId = await queueClusterJob(store, queue, {
    queue: 'model-simulation',
    kind: SIMULATION_JOB_KIND,
    label: simulationLabel(state.summary.key),
    group: EVALUATION_JOB_GROUP,
    total: null,
    startedBy: input.operator,
    details: { modelVersion: state.summary.key },
    keep: (trx, id) =>
      insertQueuedSimulation(trx, {
        jobId: id,
        modelId: input.modelId,
        version: input.version,
        operator: input.operator,
        modelDir: storedModelDir(state.location.dir),
        files,
      }),
  });
  return findClusterJobView(store, jobId);
}

/**
 * A worker's turn at a queued simulation: the draft's files written to a temporary directory and simulated as in one
 * process (runSimulation), the version recorded under the directory where the queuing instance found it. A simulation
 * writes only its result, in one transaction at its end, so one retried after its worker died starts over.
 */
export async function runQueuedSimulation(
  store: Store,
  job: { data: SimulationQueueJob; isLastAttempt: boolean },
): Promise<'done' | 'failed' | 'finished-before'> {
  const { jobId } = job.data;
  const row = await findClusterJob(store.db, jobId);
  const queued = await findQueuedSimulation(store.db, jobId);
  if (row?.status !== 'running' || !queued) return 'finished-before';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-simulation-'));
  try {
    writeModelFiles(dir, queued.files);
    return await runClusterJob(
      store,
      { jobId, isLastAttempt: job.isLastAttempt },
      {
        work: (reporter) => {
          reporter.report({ message: SIMULATION_FIRST_MESSAGE });
          return runSimulation(store, { dir, operator: queued.operator, storedDir: queued.modelDir }, reporter);
        },
        release: (trx) => deleteQueuedSimulation(trx, jobId),
      },
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
