import type { Store } from '../../store/connect.ts';
import { jobsOf, type Job } from '../jobs/job-registry.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

/**
 * `xinping audit verify` from the console (审计): the whole chain is walked in the background, page by page,
 * with progress; the job's result is the verification (ok, events checked, the head, the first problem found).
 * One verification at a time: a second would only read the same pages again.
 */
export function startAuditVerificationJob(store: Store, operator: string): Job {
  return jobsOf(store).start({
    kind: 'audit.verify',
    label: '校验审计链',
    group: 'audit-verify',
    startedBy: operator,
    message: '正在读取审计链…',
    work: (reporter) =>
      verifyAuditChain(store.db, {
        onProgress: ({ checked, total }) =>
          reporter.report({
            processed: checked,
            total,
            message: `已校验 ${checked.toLocaleString('zh-CN')} / ${total.toLocaleString('zh-CN')} 条事件`,
          }),
      }),
  });
}
