import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../domain/app-error.ts';
import { districtDateTimeOf } from '../../domain/district-date.ts';
import { JobRegistry } from './job-registry.ts';

/** A promise and the function that settles it, to hold a job open while the test looks at it. */
function gate(): { opened: Promise<void>; open(): void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('the job registry', () => {
  test('a running job reports its progress, and when done its result with full progress', async () => {
    const jobs = new JobRegistry();
    const hold = gate();
    const reported = gate();
    const job = jobs.start({
      kind: 'test.count',
      label: '计数',
      group: 'count',
      startedBy: '张三',
      async work(reporter) {
        reporter.report({ processed: 250, total: 1000, message: '已处理 250 / 1000' });
        reported.open();
        await hold.opened;
        return { counted: 1000 };
      },
    });
    assert.deepEqual([job.status, job.progress, job.message], ['running', 0, '已开始']);
    await reported.opened;
    const running = jobs.find(job.id);
    assert.deepEqual(
      [running.status, running.progress, running.processed, running.total, running.message],
      ['running', 0.25, 250, 1000, '已处理 250 / 1000'],
    );
    hold.open();
    await jobs.whenIdle();
    const done = jobs.find(job.id);
    assert.deepEqual(
      [done.status, done.progress, done.processed, done.result, done.error],
      ['done', 1, 1000, { counted: 1000 }, null],
    );
    assert.ok(done.finishedAt);
  });

  test('a second job of the same group is refused while the first runs, one of another group is not', async () => {
    const jobs = new JobRegistry();
    const hold = gate();
    const first = jobs.start({
      kind: 'model.simulate',
      label: '模拟模型版本 v2',
      group: 'evaluation',
      startedBy: 'admin',
      work: () => hold.opened,
    });
    assert.throws(
      () =>
        jobs.start({
          kind: 'evaluation.run',
          label: '重新评价',
          group: 'evaluation',
          startedBy: 'admin2',
          work: async () => null,
        }),
      (error: AppError) => {
        assert.equal(error.code, 'CONFLICT');
        const startedAt = districtDateTimeOf(first.startedAt).slice(11, 16);
        assert.ok(error.userMessage.includes(`模拟模型版本 v2（${startedAt} 开始）`), error.userMessage);
        assert.ok(!error.userMessage.includes(first.id) && !/admin/.test(error.userMessage), error.userMessage);
        return true;
      },
    );
    const other = jobs.start({
      kind: 'audit.verify',
      label: '校验审计链',
      group: 'audit-verify',
      startedBy: 'admin',
      work: async () => ({ ok: true }),
    });
    hold.open();
    await jobs.whenIdle();
    assert.equal(jobs.find(other.id).status, 'done');
    assert.equal(
      jobs.start({
        kind: 'evaluation.run',
        label: '重新评价',
        group: 'evaluation',
        startedBy: 'admin',
        work: async () => null,
      }).status,
      'running',
      'free again once the first is done',
    );
    await jobs.whenIdle();
  });

  test('a failed job keeps the Chinese message of an AppError, and hides the details of any other error', async () => {
    const jobs = new JobRegistry();
    const refused = jobs.start({
      kind: 'k',
      label: '发布',
      group: 'a',
      startedBy: 'admin',
      work: async () => {
        throw new AppError('INVALID_INPUT', '模型有 3 个测试用例未通过');
      },
    });
    const crashed = jobs.start({
      kind: 'k',
      label: '发布',
      group: 'b',
      startedBy: 'admin',
      work: async () => {
        throw new TypeError('secret internals');
      },
    });
    const originalError = console.error;
    console.error = () => {};
    try {
      await jobs.whenIdle();
    } finally {
      console.error = originalError;
    }
    assert.deepEqual(
      [jobs.find(refused.id).status, jobs.find(refused.id).error],
      ['failed', { code: 'INVALID_INPUT', message: '模型有 3 个测试用例未通过' }],
    );
    assert.deepEqual(jobs.find(crashed.id).error, { code: 'INTERNAL', message: '任务意外中止，请查看服务器日志' });
  });

  test('jobs are listed newest first, by kind, and an unknown id is not found', async () => {
    const jobs = new JobRegistry();
    const first = jobs.start({ kind: 'a', label: '甲', group: 'a', startedBy: 'x', work: async () => null });
    const second = jobs.start({ kind: 'b', label: '乙', group: 'b', startedBy: 'x', work: async () => null });
    await jobs.whenIdle();
    assert.deepEqual(
      jobs.list().map((job) => job.id),
      [second.id, first.id],
    );
    assert.deepEqual(
      jobs.list(['a']).map((job) => job.id),
      [first.id],
    );
    assert.throws(() => jobs.find('00000000-0000-4000-8000-000000000000'), { code: 'NOT_FOUND' });
  });
});
