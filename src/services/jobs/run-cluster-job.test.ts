import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { AppError } from '../../domain/app-error.ts';
import { insertClusterJob } from '../../store/cluster-job.repository.ts';
import type { Store } from '../../store/connect.ts';
import { findClusterJobView } from './find-job.ts';
import { runClusterJob } from './run-cluster-job.ts';

/** A queued job's progress row, as queueClusterJob leaves it for a worker. */
async function queuedJob(store: Store): Promise<string> {
  const id = randomUUID();
  await insertClusterJob(store.db, {
    id,
    kind: 'import',
    label: '导入“三月处罚.csv”',
    group: `test-${id}`,
    total: 3,
    message: '已排队，等待工作进程领取',
    startedBy: 'dept',
    details: {},
  });
  return id;
}

describeOnEachEngine('a worker running a queued job', (current) => {
  test('a job that ends is done with its result and full progress, and what was queued with it is released', async () => {
    const id = await queuedJob(current());
    const released: string[] = [];
    const outcome = await runClusterJob(
      current(),
      { jobId: id, isLastAttempt: false },
      {
        async work(reporter) {
          reporter.report({ processed: 3, total: 3, message: '正在写入' });
          return { batchId: 7 };
        },
        release: async () => void released.push(id),
      },
    );
    assert.equal(outcome, 'done');
    const job = await findClusterJobView(current(), id);
    assert.deepEqual(
      [job.status, job.progress, job.processed, job.result, job.error],
      ['done', 1, 3, { batchId: 7 }, null],
    );
    assert.deepEqual(released, [id]);
  });

  test('a refused job fails at once with the refusal in Chinese, without waiting for a retry', async () => {
    const id = await queuedJob(current());
    const outcome = await runClusterJob(
      current(),
      { jobId: id, isLastAttempt: false },
      {
        work: async () => {
          throw new AppError('INVALID_INPUT', '找不到报送单位“xyz”');
        },
        release: async () => {},
      },
    );
    assert.equal(outcome, 'failed');
    const job = await findClusterJobView(current(), id);
    assert.deepEqual(
      [job.status, job.message, job.error],
      ['failed', '找不到报送单位“xyz”', { code: 'INVALID_INPUT', message: '找不到报送单位“xyz”' }],
    );
  });

  test('a job that crashes stays running for the queue to retry, and its last attempt fails it without the details', async () => {
    const id = await queuedJob(current());
    const crash = {
      work: async () => {
        throw new TypeError('connection reset');
      },
      release: async () => {},
    };
    await assert.rejects(runClusterJob(current(), { jobId: id, isLastAttempt: false }, crash), TypeError);
    assert.equal((await findClusterJobView(current(), id)).status, 'running', 'left for the retry');
    await assert.rejects(runClusterJob(current(), { jobId: id, isLastAttempt: true }, crash), TypeError);
    const job = await findClusterJobView(current(), id);
    assert.deepEqual(
      [job.status, job.error],
      ['failed', { code: 'INTERNAL', message: '任务意外中止，请查看工作进程日志' }],
    );
  });
});
