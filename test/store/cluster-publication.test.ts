import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { DEFAULT_MODEL_DIR } from '../../src/services/evaluation/ensure-published-model.ts';
import { editModelFiles } from '../../src/services/evaluation/evaluation-test-support.ts';
import { simulateModel } from '../../src/services/evaluation/simulate-model.ts';
import { findQueuedJobs } from '../../src/store/job-queue.ts';
import { callInstance, POSTGRES_ONLY, prepareCluster, waitFor, type Cluster } from '../support/cluster.ts';
import type { RunningServer } from '../support/xinping-cli.ts';

const ENTERPRISES = 600;
const SHARD_SIZE = 100;

interface JobView {
  id: string;
  kind: string;
  status: string;
  processed: number;
  total: number | null;
  message: string;
  error: { code: string; message: string } | null;
  result: Record<string, unknown> | null;
}

/**
 * Several instances on one PostgreSQL (ARCHITECTURE.md, "Several instances"): publishing a model version on one server
 * re-evaluates every enterprise on the workers, followed to its end from the other server, a worker killed in the middle
 * only delaying it; while it runs no other evaluation job starts anywhere, and the other way round. An audit chain
 * verification started on one server is run by a worker and shown with its progress and result on the other, and a
 * worker killed in the middle of it leaves it to another.
 */
describe('a publication and an audit verification run by the workers of one PostgreSQL', {
  skip: POSTGRES_ONLY,
}, () => {
  let cluster: Cluster;
  /** The administrator's session (models) and the audit administrator's (审计). */
  let cookie: string;
  let auditorCookie: string;

  before(async () => {
    cluster = await prepareCluster({
      enterprises: ENTERPRISES,
      env: { XINPING_EVALUATION_SHARD_SIZE: String(SHARD_SIZE) },
    });
    await cluster.start({ servers: 2, workers: 2 });
    cookie = await cluster.logIn(cluster.servers[0]!, 'admin');
    auditorCookie = await cluster.logIn(cluster.servers[0]!, 'auditor');
  });
  after(async () => cluster?.close());

  const call = (server: RunningServer, method: string, url: string, body?: unknown, as = cookie) =>
    callInstance(server, as, method, url, body);

  /** Polls the job through server B, which did not start it, until it ends; the job as it ended. */
  async function followOnServerB(jobId: string, seconds: number, as = cookie): Promise<JobView> {
    let finished: JobView | undefined;
    await waitFor(
      'the job finished',
      async () => {
        const job = await call(cluster.servers[1]!, 'GET', `/api/jobs/${jobId}`, undefined, as);
        assert.equal(job.status, 200, job.text);
        if (job.body.status !== 'running') finished = job.body;
        return finished !== undefined;
      },
      seconds,
      cluster.dump,
    );
    return finished!;
  }

  /** Holds `table` locked while `during` runs, so the workers' jobs are caught where they need it. */
  function holdingTable<T>(table: string, mode: string, during: () => Promise<T>): Promise<T> {
    return cluster.handle.owner.db.connection().execute(async (connection) => {
      await sql`begin`.execute(connection);
      await sql`lock table ${sql.table(table)} in ${sql.raw(mode)} mode`.execute(connection);
      try {
        return await during();
      } finally {
        await sql`commit`.execute(connection);
      }
    });
  }

  /**
   * Kills the worker whose output says it started `line`, once it has.
   */
  async function killWorkerThatStarted(line: RegExp): Promise<void> {
    const { workers, dump } = cluster;
    const alive = () => workers.filter((worker) => worker.child.exitCode === null && worker.child.signalCode === null);
    await waitFor('a worker started the job', () => alive().some((worker) => line.test(worker.output())), 30, dump);
    const claimer = alive().find((worker) => line.test(worker.output()))!;
    claimer.child.kill('SIGKILL');
    await new Promise((resolve) => claimer.child.once('exit', resolve));
  }

  /** Starts a worker in place of a killed one, as a supervisor would, so each test has two. */
  const replaceKilledWorker = () => cluster.start({ servers: 0, workers: 1 });

  /** A draft copied from the published model under another version name, simulated: ready to publish. */
  async function simulatedDraft(version: string): Promise<{ digest: string }> {
    const draftDir = path.join(cluster.dataDir, 'models', 'huarong-sci-tech', version);
    fs.cpSync(DEFAULT_MODEL_DIR, draftDir, { recursive: true });
    editModelFiles(draftDir, { 'model.yaml': [['version: v1\n', `version: ${version}\n`]] });
    await simulateModel(cluster.handle.store, draftDir, { operator: 'admin' });
    const detail = await call(cluster.servers[0]!, 'GET', `/api/model-versions/huarong-sci-tech/${version}`);
    assert.equal(detail.body.status, 'simulated', detail.text);
    return detail.body;
  }

  test('a version published on one server is re-evaluated by the workers, a killed worker’s shard redone, and the other server follows it to the end', {
    timeout: 120_000,
  }, async () => {
    const [serverA, serverB] = cluster.servers;
    const { db } = cluster.handle.owner;
    const draft = await simulatedDraft('v1-cluster');

    // Shards are evaluated but cannot be written while the evaluations table is held: a worker is caught mid-shard.
    const started = await holdingTable('evaluations', 'share', async () => {
      const published = await call(serverA!, 'POST', '/api/model-versions/huarong-sci-tech/v1-cluster/publication', {
        confirmDigest: draft.digest,
      });
      assert.equal(published.status, 202, `${published.text}\n${cluster.dump()}`);
      assert.deepEqual(
        [published.body.kind, published.body.status, published.body.total],
        ['model.publish', 'running', ENTERPRISES],
      );
      // The version is published at once; its re-evaluation holds the evaluation jobs of every server.
      const version = await call(serverB!, 'GET', '/api/model-versions/huarong-sci-tech/v1-cluster');
      assert.equal(version.body.status, 'published', version.text);
      const evaluation = await call(serverB!, 'POST', '/api/evaluation-runs', {});
      assert.equal(evaluation.status, 409, evaluation.text);
      assert.match(evaluation.body.error.message, /发布模型版本 huarong-sci-tech\/v1-cluster 并重新评价全部企业/);
      const runs = await call(serverB!, 'GET', '/api/evaluation-runs?limit=1');
      assert.deepEqual(
        [runs.body.items[0].kind, runs.body.items[0].status],
        ['publish', 'running'],
        'the other server shows the run as under way, not interrupted',
      );
      await killWorkerThatStarted(/开始评价分片/);
      return published.body as JobView;
    });

    await replaceKilledWorker();
    const done = await followOnServerB(started.id, 60);
    assert.equal(done.status, 'done', JSON.stringify(done));
    assert.equal(done.processed, ENTERPRISES);
    assert.deepEqual(
      [done.result!.modelVersion, done.result!.retired, done.result!.evaluated, done.result!.digest],
      ['huarong-sci-tech/v1-cluster', 'huarong-sci-tech/v1', ENTERPRISES, draft.digest],
    );
    const runId = Number(done.result!.runId);

    const evaluations = await sql<{ enterprises: number; evaluations: number; reasons: string[]; versions: string[] }>`
      select count(distinct e.enterprise_id)::int as enterprises, count(*)::int as evaluations,
        array_agg(distinct e.reason) as reasons, array_agg(distinct m.version) as versions
      from evaluations e join model_versions m on m.id = e.model_version_id
      where e.run_id = ${runId}`.execute(db);
    assert.deepEqual(
      evaluations.rows[0],
      { enterprises: ENTERPRISES, evaluations: ENTERPRISES, reasons: ['publish'], versions: ['v1-cluster'] },
      'every enterprise evaluated once by the new version, because of the publication',
    );
    const events = await sql<{ action: string; kind: string | null }>`
      select action, payload->>'kind' as kind from audit_events
      where (action = 'model.published' and payload->>'modelVersion' = 'huarong-sci-tech/v1-cluster')
        or (action = 'evaluation.run_finished' and subject_id = ${String(runId)})
      order by seq`.execute(db);
    assert.deepEqual(
      events.rows.map((event) => [event.action, event.kind]),
      [
        ['model.published', null],
        ['evaluation.run_finished', 'publish'],
      ],
      'published once, its run finished once',
    );
    const shardJobs = (await findQueuedJobs(db, 'evaluation-shard')).filter(
      (job) => (job.data as { runId: number }).runId === runId,
    );
    assert.equal(shardJobs.length, ENTERPRISES / SHARD_SIZE);
    assert.ok(
      shardJobs.some((job) => job.retry_count > 0),
      `the killed worker's shard was retried: ${JSON.stringify(shardJobs.map((job) => [job.state, job.retry_count]))}`,
    );
    await waitFor(
      'the tag refresh after the publication ran',
      async () =>
        (await findQueuedJobs(db, 'profile-tags')).some(
          (job) => (job.data as { runId: number }).runId === runId && job.state === 'completed',
        ),
      30,
      cluster.dump,
    );
  });

  test('a full evaluation running on the workers refuses a publication on the other server', {
    timeout: 90_000,
  }, async () => {
    const [serverA, serverB] = cluster.servers;
    const draft = await simulatedDraft('v1-next');
    const jobId = await holdingTable('evaluations', 'share', async () => {
      const evaluation = await call(serverA!, 'POST', '/api/evaluation-runs', {});
      assert.equal(evaluation.status, 202, evaluation.text);
      const publication = await call(serverB!, 'POST', '/api/model-versions/huarong-sci-tech/v1-next/publication', {
        confirmDigest: draft.digest,
      });
      assert.equal(publication.status, 409, publication.text);
      assert.match(publication.body.error.message, /重新评价全部企业/);
      return evaluation.body.id as string;
    });
    assert.equal((await followOnServerB(jobId, 60)).status, 'done');
  });

  test('an audit verification started on one server is run by a worker, redone after its worker is killed, and shown with its result on the other', {
    timeout: 90_000,
  }, async () => {
    const [serverA, serverB] = cluster.servers;
    const { db } = cluster.handle.owner;
    // The chain's head cannot be read while it is held: the worker that claimed the verification is caught at its start.
    const started = await holdingTable('audit_heads', 'access exclusive', async () => {
      const verification = await call(serverA!, 'POST', '/api/audit/verifications', undefined, auditorCookie);
      assert.equal(verification.status, 202, verification.text);
      assert.deepEqual([verification.body.kind, verification.body.status], ['audit.verify', 'running']);
      const listed = await call(serverB!, 'GET', '/api/jobs?kind=audit.verify', undefined, auditorCookie);
      assert.deepEqual(
        listed.body.items.map((job: JobView) => [job.id, job.status]),
        [[verification.body.id, 'running']],
        'the other server lists the verification under way',
      );
      await killWorkerThatStarted(new RegExp(`开始审计链校验任务 ${verification.body.id}`));
      return verification.body as JobView;
    });

    await replaceKilledWorker();
    const done = await followOnServerB(started.id, 60, auditorCookie);
    assert.equal(done.status, 'done', JSON.stringify(done));
    const result = done.result as { ok: boolean; eventsChecked: number; head: { seq: number; hash: string } };
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(result.eventsChecked, result.head.seq, 'every event up to the head checked');
    const atHead = await db
      .selectFrom('audit_events')
      .select('hash')
      .where('seq', '=', result.head.seq)
      .executeTakeFirstOrThrow();
    assert.equal(result.head.hash, atHead.hash, 'the head reported is the chain’s event at that seq');
    assert.deepEqual(
      [done.processed, done.total],
      [result.eventsChecked, result.eventsChecked],
      'its progress counted every event',
    );
    const queued = (await findQueuedJobs(db, 'audit-verification')).filter(
      (job) => (job.data as { jobId: string }).jobId === started.id,
    );
    assert.deepEqual(
      queued.map((job) => job.retry_count > 0),
      [true],
      'the killed worker’s verification went back to the queue and was done on another attempt',
    );
  });
});
