import { AppError } from '../../domain/app-error.ts';
import type { Store } from '../../store/connect.ts';
import { publishModel } from '../evaluation/publish-model.ts';
import { requirePublishedModel } from '../evaluation/published-model.ts';
import { runEvaluation, type RunProgress } from '../evaluation/run-evaluation.ts';
import { simulateModel } from '../evaluation/simulate-model.ts';
import { jobsOf, type Job, type JobReporter } from '../jobs/job-registry.ts';
import { startProfileTagRefreshJob } from '../profile/start-profile-tag-refresh.ts';
import { findModelVersionState } from './list-model-versions.ts';

/**
 * The console's long model jobs: simulating a draft, publishing a simulated version and re-evaluating
 * everyone, run in the background with progress. They share one job group: each of them reads or writes every
 * enterprise's evaluation, so only one runs at a time. Preconditions an administrator can fix are checked before the
 * job starts, so they are answered at once; the services check them again when the job runs.
 */

/** Every job that evaluates enterprises or changes the published model. */
export const EVALUATION_JOB_GROUP = 'evaluation';

const formatCount = (value: number) => value.toLocaleString('zh-CN');

function reportRun(reporter: JobReporter, progress: RunProgress): void {
  reporter.report({
    processed: progress.evaluated,
    total: progress.total,
    message: `已评价 ${formatCount(progress.evaluated)} / ${formatCount(progress.total)} 家，已保存 ${formatCount(progress.stored)} 条评价`,
  });
}

async function stateOfVersion(store: Store, dataDir: string, modelId: string, version: string) {
  const state = await findModelVersionState(store.db, dataDir, modelId, version);
  if (!state.location)
    throw new AppError(
      'PRECONDITION_FAILED',
      `模型版本 ${modelId}/${version} 的文件已不在原处（${state.summary.dir}）`,
    );
  return { ...state, location: state.location };
}

/** A version that may be simulated (on disk, not the published one, its files without problems), or why not. */
export async function findSimulatableVersion(
  store: Store,
  dataDir: string,
  input: { modelId: string; version: string },
) {
  const state = await stateOfVersion(store, dataDir, input.modelId, input.version);
  const key = state.summary.key;
  if (state.summary.status === 'published')
    throw new AppError('PRECONDITION_FAILED', `版本 ${key} 就是现行发布的版本，无需模拟`);
  if (state.summary.problemCount > 0)
    throw new AppError(
      'INVALID_INPUT',
      `模型 ${key} 的文件有 ${state.summary.problemCount} 处错误，请先修正（详见版本详情中的检查结果）`,
    );
  return state;
}

export const SIMULATION_JOB_KIND = 'model.simulate';
export const simulationLabel = (key: string) => `模拟模型版本 ${key}`;
export const SIMULATION_FIRST_MESSAGE = '正在读取企业信用记录…';

/**
 * A simulation's work, the same in one process and on a worker: simulateModel on the draft's files in `dir`, progress
 * told to `reporter`, and the job's result. `storedDir`: where the version's files are kept when `dir` is a copy.
 */
export async function runSimulation(
  store: Store,
  input: { dir: string; operator: string; storedDir?: string },
  reporter: JobReporter,
) {
  const report = await simulateModel(store, input.dir, {
    operator: input.operator,
    storedDir: input.storedDir,
    onProgress: ({ simulated, total }) =>
      reporter.report({
        processed: simulated,
        total,
        message: `已模拟 ${formatCount(simulated)} / ${formatCount(total)} 家`,
      }),
  });
  return {
    modelVersion: report.draft.modelVersion,
    digest: report.draft.digest,
    enterprises: report.enterprises,
    movedCount: report.movedCount,
    seconds: report.seconds,
  };
}

/**
 * Simulates a draft against the published version on every enterprise (simulate-model.ts), as a job of this process
 * (with several instances, queue-simulation-job.ts queues it for the workers instead).
 */
export async function startSimulationJob(
  store: Store,
  dataDir: string,
  input: { modelId: string; version: string; operator: string },
): Promise<Job> {
  const state = await findSimulatableVersion(store, dataDir, input);
  return jobsOf(store).start({
    kind: SIMULATION_JOB_KIND,
    label: simulationLabel(state.summary.key),
    group: EVALUATION_JOB_GROUP,
    startedBy: input.operator,
    message: SIMULATION_FIRST_MESSAGE,
    work: (reporter) => runSimulation(store, { dir: state.location.dir, operator: input.operator }, reporter),
  });
}

/**
 * A version that may be published (simulated with the files as they are, and as the administrator reviewed them:
 * `confirmDigest`), or why not.
 */
export async function findPublishableVersion(
  store: Store,
  dataDir: string,
  input: { modelId: string; version: string; confirmDigest: string },
) {
  const state = await stateOfVersion(store, dataDir, input.modelId, input.version);
  const key = state.summary.key;
  if (state.summary.status === 'draft')
    throw new AppError('PRECONDITION_FAILED', `版本 ${key} 的当前文件尚未模拟：请先模拟，查看对现有等级的影响后再发布`);
  if (state.summary.status === 'retired')
    throw new AppError('PRECONDITION_FAILED', `版本 ${key} 已停用：如需恢复使用，请先重新模拟`);
  if (input.confirmDigest !== state.summary.digest) {
    throw new AppError(
      'CONFLICT',
      `版本 ${key} 的文件在您查看之后有变化（您确认的摘要 ${input.confirmDigest.slice(0, 12)}…，现在为 ${state.summary.digest.slice(0, 12)}…）：请刷新，重新查看模拟结果后再发布`,
    );
  }
  return state;
}

export const PUBLICATION_JOB_KIND = 'model.publish';
export const publicationLabel = (key: string) => `发布模型版本 ${key} 并重新评价全部企业`;

/**
 * Publishes a simulated version and re-evaluates everyone with it (publish-model.ts), as a job of this process (with
 * several instances, queue-publication-job.ts publishes and queues the re-evaluation for the workers instead).
 * `confirmDigest` is the digest the administrator reviewed: if the files changed since, nothing is published.
 */
export async function startPublicationJob(
  store: Store,
  dataDir: string,
  input: { modelId: string; version: string; confirmDigest: string; operator: string },
): Promise<Job> {
  const state = await findPublishableVersion(store, dataDir, input);
  return jobsOf(store).start({
    kind: PUBLICATION_JOB_KIND,
    label: publicationLabel(state.summary.key),
    group: EVALUATION_JOB_GROUP,
    startedBy: input.operator,
    message: '正在检查模型并发布…',
    async work(reporter) {
      const outcome = await publishModel(store, state.location.dir, {
        operator: input.operator,
        onProgress: (progress) => reportRun(reporter, progress),
      });
      const run = outcome.run;
      startProfileTagRefreshJob(store, { ...run, startedBy: input.operator });
      return {
        modelVersion: outcome.modelVersion,
        digest: outcome.digest,
        retired: outcome.retired,
        runId: run.runId,
        evaluated: run.evaluated,
        stored: run.stored,
        gradeCounts: run.gradeCounts,
        seconds: run.seconds,
      };
    },
  });
}

/** Re-evaluates every enterprise with the published version as of a day (run-evaluation.ts, kind `all`), as a job. */
export async function startEvaluationJob(store: Store, input: { asOf?: string; operator: string }): Promise<Job> {
  const published = await requirePublishedModel(store.db);
  const key = `${published.version.model_id}/${published.version.version}`;
  return jobsOf(store).start({
    kind: 'evaluation.run',
    label: `按现行模型 ${key} 重新评价全部企业${input.asOf ? `（基准日 ${input.asOf}）` : ''}`,
    group: EVALUATION_JOB_GROUP,
    startedBy: input.operator,
    message: '正在读取企业信用记录…',
    async work(reporter) {
      const run = await runEvaluation(store, {
        kind: 'all',
        asOf: input.asOf,
        operator: input.operator,
        published,
        onProgress: (progress) => reportRun(reporter, progress),
      });
      startProfileTagRefreshJob(store, { ...run, startedBy: input.operator });
      return {
        runId: run.runId,
        modelVersion: run.modelVersion,
        asOf: run.asOf,
        evaluated: run.evaluated,
        stored: run.stored,
        gradeCounts: run.gradeCounts,
        resumedAfter: run.resumedAfter,
        seconds: run.seconds,
      };
    },
  });
}
