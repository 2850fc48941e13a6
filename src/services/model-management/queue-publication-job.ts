import { UNIQUE_VIOLATION } from '../../store/cluster-job.repository.ts';
import type { Store } from '../../store/connect.ts';
import type { JobQueue } from '../../store/job-queue.ts';
import { compiledModelOf } from '../evaluation/model-files.ts';
import { publishModelVersion } from '../evaluation/publish-model.ts';
import { queueShardedRun } from '../evaluation/start-sharded-evaluation.ts';
import { findClusterJobView, findRunningJob } from '../jobs/find-job.ts';
import { groupBusyError, type Job } from '../jobs/job-registry.ts';
import { clusterGroupBusyError } from '../jobs/queue-cluster-job.ts';
import {
  EVALUATION_JOB_GROUP,
  findPublishableVersion,
  PUBLICATION_JOB_KIND,
  publicationLabel,
  startPublicationJob,
} from './start-model-jobs.ts';

/**
 * Several instances on PostgreSQL: publishing a version, with the same preconditions as in one process
 * (start-model-jobs.ts). The publication itself (the model's checks, the transaction that retires the previous version
 * and publishes this one, their audit events) is done here, where the version's files are; the re-evaluation of every
 * enterprise is queued in that same transaction as a sharded run of kind `publish` (start-sharded-evaluation.ts), so a
 * published version never lacks its re-evaluation, the workers share it, a worker's death only delays it, and any
 * instance follows it from its progress row (the job returned). Refused while an evaluation job runs anywhere in the
 * cluster; the progress row's unique index settles a race, rolling the publication back.
 *
 * A version published already whose re-evaluation was interrupted in one process (before the cluster) resumes it as a
 * job of this process, as startPublicationJob does.
 */
export async function queuePublicationJob(
  store: Store,
  queue: JobQueue,
  dataDir: string,
  input: { modelId: string; version: string; confirmDigest: string; operator: string },
): Promise<Job> {
  const state = await findPublishableVersion(store, dataDir, input);
  const busy = await findRunningJob(store, EVALUATION_JOB_GROUP);
  if (busy) throw groupBusyError(busy);
  if (state.summary.status === 'published') return startPublicationJob(store, dataDir, input);
  const key = state.summary.key;
  try {
    const publication = await publishModelVersion(store, state.location.dir, {
      operator: input.operator,
      inTransaction: (trx, { version, retired }) =>
        queueShardedRun(trx, queue, {
          kind: 'publish',
          version,
          compiled: compiledModelOf(version),
          operator: input.operator,
          jobKind: PUBLICATION_JOB_KIND,
          label: publicationLabel(key),
          result: { modelVersion: key, digest: version.digest, retired },
        }),
    });
    // Published by another instance since the checks above: its re-evaluation is that instance's job.
    if (publication.isResumed) throw await clusterGroupBusyError(store, EVALUATION_JOB_GROUP, undefined);
    return await findClusterJobView(store, publication.queued!);
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION)
      throw await clusterGroupBusyError(store, EVALUATION_JOB_GROUP, error);
    throw error;
  }
}
