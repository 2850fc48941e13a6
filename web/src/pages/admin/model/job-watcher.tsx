import { Card } from 'antd';
import { useRef } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { JobProgress, usePollJob, type JobState } from '../../../components/job-progress.tsx';

export type Job = Schemas['Job'];

/** A job as the shared progress bar shows it; a failed job shows its error in Chinese. */
export function toJobState(job: Job): JobState {
  // The bar already says 已完成; a running job's message says what it is doing, a failed one's why it stopped.
  const message =
    job.status === 'failed' ? (job.error?.message ?? job.message) : job.status === 'running' ? job.message : undefined;
  return { status: job.status, processed: job.processed, total: job.total, message };
}

/**
 * The progress of one background job (GET /api/jobs/{id}, polled until it ends): `<JobWatcher key={job.id} job={job}
 * onFinished={…} />`. Render it with the job's id as key, so a new job starts a new watcher.
 */
export function JobWatcher({
  job: started,
  unit = '家',
  onFinished,
}: {
  job: Job;
  unit?: string;
  onFinished?: (job: Job) => void;
}) {
  const latest = useRef<Job>(started);
  const polled = usePollJob(
    async () => {
      latest.current = await call(api.GET('/api/jobs/{id}', { params: { path: { id: started.id } } }));
      return toJobState(latest.current);
    },
    { intervalMs: 400, onFinished: () => latest.current.status !== 'running' && onFinished?.(latest.current) },
  );
  return (
    <div aria-label={started.label}>
      <JobProgress job={polled ?? toJobState(started)} unit={unit} />
    </div>
  );
}

/**
 * The jobs that evaluate enterprises or change the published model (one runs at a time), and the 信用画像 tag refresh
 * that follows a run: the 企业库 tag filter is behind the new grades until it ends.
 */
export const MODEL_JOB_KINDS = 'model.simulate,model.publish,evaluation.run,profile.refresh_tags';

/** A model job under way (started here or by a colleague), shown until it ends. */
export function RunningModelJob({ onFinished }: { onFinished: () => void }) {
  const jobs = useApi(() => call(api.GET('/api/jobs', { params: { query: { kind: MODEL_JOB_KINDS } } })), []);
  const running = jobs.data?.items.find((job) => job.status === 'running');
  if (!running) return null;
  return (
    <Card size="small" title={`正在运行：${running.label}（${running.startedByName} 发起）`}>
      <JobWatcher key={running.id} job={running} onFinished={onFinished} />
    </Card>
  );
}
