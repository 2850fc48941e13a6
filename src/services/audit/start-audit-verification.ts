import type { Store } from '../../store/connect.ts';
import { jobsOf, type Job, type JobReporter } from '../jobs/job-registry.ts';
import { verifyAuditChain, type AuditVerification } from './verify-audit-chain.ts';

/**
 * `xinping audit verify` from the console (审计): the whole chain is walked in the background, page by page,
 * with progress; the job's result is the verification (ok, events checked, the head, the first problem found).
 * One verification at a time: a second would only read the same pages again.
 */

export const AUDIT_VERIFICATION_JOB_KIND = 'audit.verify';
export const AUDIT_VERIFICATION_JOB_GROUP = 'audit-verify';
export const AUDIT_VERIFICATION_LABEL = '校验审计链';
export const AUDIT_VERIFICATION_FIRST_MESSAGE = '正在读取审计链…';

/** A verification's work, the same in one process and on a worker: the chain walked, progress told to `reporter`. */
export function runAuditVerification(store: Store, reporter: JobReporter): Promise<AuditVerification> {
  return verifyAuditChain(store.db, {
    onProgress: ({ checked, total }) =>
      reporter.report({
        processed: checked,
        total,
        message: `已校验 ${checked.toLocaleString('zh-CN')} / ${total.toLocaleString('zh-CN')} 条事件`,
      }),
  });
}

/** The verification as a job of this process (with several instances, queue-audit-verification.ts queues it). */
export function startAuditVerificationJob(store: Store, operator: string): Job {
  return jobsOf(store).start({
    kind: AUDIT_VERIFICATION_JOB_KIND,
    label: AUDIT_VERIFICATION_LABEL,
    group: AUDIT_VERIFICATION_JOB_GROUP,
    startedBy: operator,
    message: AUDIT_VERIFICATION_FIRST_MESSAGE,
    work: (reporter) => runAuditVerification(store, reporter),
  });
}
