import { Progress, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { t } from '../locales/zh-CN.ts';

/** The state of a long job (import, batch evaluation, simulation) as its status API reports it. */
export interface JobState {
  status: 'running' | 'done' | 'failed';
  /** Units done and in total (rows, enterprises); total null when not yet known. */
  processed: number;
  total: number | null;
  /** What is happening, or why it failed, in Chinese. */
  message?: string;
}

/** Shows a long job's progress: a bar with percent when the total is known, the count and the job's own message. */
export function JobProgress({ job, unit = '条' }: { job: JobState; unit?: string }) {
  const percent = job.total
    ? Math.min(100, Math.floor((job.processed / job.total) * 100))
    : job.status === 'done'
      ? 100
      : undefined;
  const status = job.status === 'failed' ? 'exception' : job.status === 'done' ? 'success' : 'active';
  const label = job.status === 'done' ? t('job.done') : job.status === 'failed' ? t('job.failed') : t('job.running');
  return (
    <Space
      direction="vertical"
      style={{ width: '100%' }}
      data-job-status={job.status}
      data-loading={job.status === 'running' ? 'true' : undefined}
    >
      <Progress percent={percent ?? 0} status={status} showInfo={percent !== undefined} />
      <Typography.Text type={job.status === 'failed' ? 'danger' : 'secondary'}>
        {label}：已处理 {job.processed.toLocaleString('zh-CN')}
        {job.total !== null ? ` / ${job.total.toLocaleString('zh-CN')}` : ''} {unit}
        {job.message ? `。${job.message}` : ''}
      </Typography.Text>
    </Space>
  );
}

/**
 * Polls a job's status until it is done or failed: `const job = usePollJob(() => call(api.GET(...)), { enabled, key })`.
 * Returns undefined until the first answer, and again as soon as polling is disabled or `key` (the job's id) changes:
 * a finished job's state must not outlive it (after 继续上传, the next file's preview would stay hidden behind the
 * previous job's result).
 */
export function usePollJob(
  fetchStatus: () => Promise<JobState>,
  {
    enabled = true,
    key,
    intervalMs = 500,
    onFinished,
  }: { enabled?: boolean; key?: string | number; intervalMs?: number; onFinished?: (job: JobState) => void } = {},
): JobState | undefined {
  const [job, setJob] = useState<JobState>();
  const fetchRef = useRef(fetchStatus);
  fetchRef.current = fetchStatus;
  const finishedRef = useRef(onFinished);
  finishedRef.current = onFinished;
  useEffect(() => {
    setJob(undefined);
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let isCurrent = true;
    const poll = async () => {
      try {
        const next = await fetchRef.current();
        if (!isCurrent) return;
        setJob(next);
        if (next.status === 'running') timer = setTimeout(poll, intervalMs);
        else finishedRef.current?.(next);
      } catch (error) {
        if (!isCurrent) return;
        const failed: JobState = {
          status: 'failed',
          processed: 0,
          total: null,
          message: error instanceof Error ? error.message : String(error),
        };
        setJob(failed);
        finishedRef.current?.(failed);
      }
    };
    void poll();
    return () => {
      isCurrent = false;
      if (timer) clearTimeout(timer);
    };
  }, [enabled, key, intervalMs]);
  return enabled ? job : undefined;
}
