import { findClusterJob } from '../../store/cluster-job.repository.ts';
import type { Store } from '../../store/connect.ts';
import type { JobQueue } from '../../store/job-queue.ts';
import { findClusterJobView } from '../jobs/find-job.ts';
import type { Job } from '../jobs/job-registry.ts';
import { queueClusterJob, type ClusterJobData } from '../jobs/queue-cluster-job.ts';
import { runClusterJob } from '../jobs/run-cluster-job.ts';
import {
  AUDIT_VERIFICATION_FIRST_MESSAGE,
  AUDIT_VERIFICATION_JOB_GROUP,
  AUDIT_VERIFICATION_JOB_KIND,
  AUDIT_VERIFICATION_LABEL,
  runAuditVerification,
} from './start-audit-verification.ts';

/** The job data of a queued verification (the queue's `audit-verification`): its progress row's id, nothing else. */
export type AuditVerificationQueueJob = ClusterJobData;

/**
 * Several instances on PostgreSQL: verifying the audit chain is handed to the workers (queueClusterJob), so every
 * instance shows its progress and result (GET /api/jobs/{id}, GET /api/jobs). One at a time in the cluster.
 */
export async function queueAuditVerification(store: Store, queue: JobQueue, operator: string): Promise<Job> {
  const jobId = await queueClusterJob(store, queue, {
    queue: 'audit-verification',
    kind: AUDIT_VERIFICATION_JOB_KIND,
    label: AUDIT_VERIFICATION_LABEL,
    group: AUDIT_VERIFICATION_JOB_GROUP,
    total: null,
    startedBy: operator,
    details: {},
    keep: async () => {},
  });
  return findClusterJobView(store, jobId);
}

/**
 * A worker's turn at a queued verification (runAuditVerification, as in one process). It only reads, so one retried
 * after its worker died simply starts over; its progress row is set again from the start.
 */
export async function runQueuedAuditVerification(
  store: Store,
  job: { data: AuditVerificationQueueJob; isLastAttempt: boolean },
): Promise<'done' | 'failed' | 'finished-before'> {
  const { jobId } = job.data;
  if ((await findClusterJob(store.db, jobId))?.status !== 'running') return 'finished-before';
  return runClusterJob(
    store,
    { jobId, isLastAttempt: job.isLastAttempt },
    {
      work: (reporter) => {
        reporter.report({ processed: 0, message: AUDIT_VERIFICATION_FIRST_MESSAGE });
        return runAuditVerification(store, reporter);
      },
      release: async () => {},
    },
  );
}
