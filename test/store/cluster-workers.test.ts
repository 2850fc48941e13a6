import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { findQueuedJobs } from '../../src/store/job-queue.ts';
import { POSTGRES_ONLY, prepareCluster, waitFor, type Cluster } from '../support/cluster.ts';

const ENTERPRISES = 1_200;
const SHARD_SIZE = 100;

/**
 * Several instances on one PostgreSQL (ARCHITECTURE.md, "Several instances"): two `serve` and two `worker`
 * processes; a worker killed with SIGKILL in the middle of a full evaluation leaves its shard to the other, every
 * enterprise is evaluated once for the run, the run finishes once, the other server shows the progress, and each
 * periodic job is queued and run once for its period although all four processes offer it.
 */
describe('two servers and two workers on one PostgreSQL', { skip: POSTGRES_ONLY }, () => {
  let cluster: Cluster;

  before(async () => {
    cluster = await prepareCluster({
      enterprises: ENTERPRISES,
      env: { XINPING_EVALUATION_SHARD_SIZE: String(SHARD_SIZE) },
    });
  });
  after(async () => cluster?.close());

  test('a worker killed during a full evaluation: the run completes once, each enterprise evaluated once; a periodic job runs once in its period', {
    timeout: 90_000,
  }, async () => {
    await cluster.start({ servers: 2, workers: 2 });
    const { handle, servers, workers, dump } = cluster;

    // Shards are evaluated but cannot be written while this transaction holds the evaluations table: so each
    // worker is caught in the middle of its first shard.
    const blocker = await handle.owner.db.connection().execute(async (connection) => {
      await sql`begin`.execute(connection);
      await sql`lock table evaluations in share mode`.execute(connection);
      const cookie = await cluster.logIn(servers[0]!, 'admin');
      const started = await fetch(`${servers[0]!.url}/api/evaluation-runs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, origin: servers[0]!.url },
        body: '{}',
      });
      assert.equal(started.status, 202, await started.clone().text());
      const job = (await started.json()) as { id: string; status: string; total: number };
      assert.equal(job.total, ENTERPRISES);
      await waitFor(
        'each worker started a shard',
        () => workers.every((worker) => /开始评价分片/.test(worker.output())),
        30,
        dump,
      );
      workers[0]!.child.kill('SIGKILL');
      await new Promise((resolve) => workers[0]!.child.once('exit', resolve));
      // The monitoring system sees the shards waiting in the queue (the other server answers for the whole queue).
      const metrics = await (await fetch(`${servers[1]!.url}/metrics`)).text();
      const waiting = [...metrics.matchAll(/^xinping_queue_jobs\{queue="evaluation-shard",state="\w+"\} (\d+)$/gm)];
      assert.ok(
        waiting.reduce((sum, match) => sum + Number(match[1]), 0) >= 1,
        `the queue depth shows the shards in hand: ${metrics
          .split('\n')
          .filter((line) => line.includes('queue_jobs'))
          .join('\n')}`,
      );
      await sql`commit`.execute(connection);
      return { jobId: job.id, cookie };
    });

    // The other server, which did not start the run, follows it to the end.
    let finished:
      | { status: string; processed: number; total: number; result: { runId: number; evaluated: number } }
      | undefined;
    await waitFor(
      'the run finished',
      async () => {
        const response = await fetch(`${servers[1]!.url}/api/jobs/${blocker.jobId}`, {
          headers: { cookie: blocker.cookie },
        });
        assert.equal(response.status, 200, await response.clone().text());
        const job = await response.json();
        assert.notEqual(job.status, 'failed', JSON.stringify(job));
        if (job.status === 'done') finished = job;
        return job.status === 'done';
      },
      60,
      dump,
    );
    assert.equal(finished!.processed, ENTERPRISES);
    assert.equal(finished!.result.evaluated, ENTERPRISES);
    const runId = finished!.result.runId;

    const { db } = handle.owner;
    const perEnterprise = await db
      .selectFrom('evaluations')
      .select((eb) => [
        eb.fn.count<number>('enterprise_id').distinct().as('enterprises'),
        eb.fn.countAll<number>().as('evaluations'),
      ])
      .where('run_id', '=', runId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      { enterprises: Number(perEnterprise.enterprises), evaluations: Number(perEnterprise.evaluations) },
      { enterprises: ENTERPRISES, evaluations: ENTERPRISES },
      'every enterprise evaluated exactly once in the run',
    );
    const finishedEvents = await db
      .selectFrom('audit_events')
      .select('seq')
      .where('action', '=', 'evaluation.run_finished')
      .where('subject_id', '=', String(runId))
      .execute();
    assert.equal(finishedEvents.length, 1, 'the run finished once');
    const run = await db
      .selectFrom('evaluation_runs')
      .select(['status', 'evaluated'])
      .where('id', '=', runId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(run, { status: 'finished', evaluated: ENTERPRISES });

    // The killed worker's shard went back to the queue and was done by the survivor.
    const shardJobs = await findQueuedJobs(db, 'evaluation-shard');
    assert.equal(shardJobs.length, ENTERPRISES / SHARD_SIZE);
    assert.ok(
      shardJobs.some((job) => job.retry_count > 0),
      `a shard was retried: ${JSON.stringify(shardJobs.map((job) => [job.state, job.retry_count]))}`,
    );
    assert.deepEqual([...new Set(shardJobs.map((job) => job.state))], ['completed']);
    assert.match(workers[1]!.output(), /分片已写入/);

    // The shard that finished the run queued the 信用画像 tag refresh; a worker stored the tags as of the run's day.
    await waitFor(
      'the tag refresh ran',
      async () => (await findQueuedJobs(db, 'profile-tags')).some((job) => job.state === 'completed'),
      30,
      dump,
    );
    const refreshes = await findQueuedJobs(db, 'profile-tags');
    assert.deepEqual(
      refreshes.map((job) => (job.data as { runId: number }).runId),
      [runId],
    );
    const refreshed = await sql<{ is_after_run: boolean; rows: number }>`
      select bool_and(t.refreshed_at >= r.finished_at) as is_after_run, count(*)::int as rows
      from enterprise_profile_tags t, evaluation_runs r where r.id = ${runId}`.execute(db);
    assert.ok(refreshed.rows[0]!.rows > 0 && refreshed.rows[0]!.is_after_run, 'every tag row written after the run');

    // Four processes offered the day's index close; it was queued once for the day and ran once.
    await waitFor(
      'the index close ran',
      async () => (await findQueuedJobs(db, 'periodic-index-close')).every((job) => job.state === 'completed'),
      30,
      dump,
    );
    const closes = await findQueuedJobs(db, 'periodic-index-close');
    const periods = new Set(closes.map((job) => (job.data as { period: string }).period));
    assert.equal(closes.length, periods.size, `one job per period: ${JSON.stringify(closes)}`);
    assert.ok(closes.length >= 1 && closes.length <= 2, 'a day, or two if the test spans midnight in the district');
    const ranClose = workers.map((worker) => worker.output().split('开始定期任务：信用指数月度结算').length - 1);
    assert.equal(ranClose[0]! + ranClose[1]!, closes.length, `the pass ran once per period: ${ranClose}`);

    for (const server of servers) assert.equal((await server.stop()).code, 0, server.output());
    workers[1]!.child.kill('SIGTERM');
    await new Promise((resolve) => workers[1]!.child.once('exit', resolve));
  });
});
