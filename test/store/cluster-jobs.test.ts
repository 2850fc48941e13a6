import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { DEFAULT_MODEL_DIR } from '../../src/services/evaluation/ensure-published-model.ts';
import { editModelFiles } from '../../src/services/evaluation/evaluation-test-support.ts';
import { csvLine, PENALTY_HEADERS, samplePenaltyRow } from '../../src/services/import/sample-files.ts';
import { findQueuedJobs } from '../../src/store/job-queue.ts';
import { callInstance, POSTGRES_ONLY, prepareCluster, waitFor, type Cluster } from '../support/cluster.ts';
import type { RunningServer } from '../support/xinping-cli.ts';

/** A department's penalty file of `count` rows, numbered from `first` (each row a different enterprise). */
function penaltyCsv(first: number, count: number): string {
  const header = csvLine(PENALTY_HEADERS, Object.fromEntries(PENALTY_HEADERS.map((name) => [name, name])));
  const rows = Array.from({ length: count }, (_, index) => csvLine(PENALTY_HEADERS, samplePenaltyRow(first + index)));
  return header + rows.join('');
}

interface ImportJobView {
  id: string;
  status: string;
  processed: number;
  total: number | null;
  message: string;
  result: { batchId: number; status: string; totalRows: number; created: number; rejected: number } | null;
}

const ENTERPRISES = 50;

/**
 * Long jobs on several instances (ARCHITECTURE.md, "Several instances"), with the workers on a data directory of
 * their own as on another machine: the department uploads and commits through one server, the import is run by a
 * worker, and the page's polling, landing on another server behind the proxy, follows it to its result; a worker killed
 * in the middle of an import leaves it to the other worker, and the file is stored once. A draft model found on one
 * server is simulated by a worker and recorded as that server's draft.
 */
describe('imports and simulations run by the workers of one PostgreSQL', { skip: POSTGRES_ONLY }, () => {
  let cluster: Cluster;
  let cookie: string;
  let adminCookie: string;

  before(async () => {
    cluster = await prepareCluster({ enterprises: ENTERPRISES, isWorkerDirSeparate: true });
    await cluster.start({ servers: 2, workers: 2 });
    cookie = await cluster.logIn(cluster.servers[0]!, 'dept');
    adminCookie = await cluster.logIn(cluster.servers[0]!, 'admin');
  });
  after(async () => cluster?.close());

  const call = (server: RunningServer, method: string, url: string, body?: unknown, as = cookie) =>
    callInstance(server, as, method, url, body);

  /** Uploads a file through server A and commits it there, as the upload card does; the job as returned. */
  async function uploadAndCommit(fileName: string, content: string): Promise<ImportJobView> {
    const [serverA] = cluster.servers;
    const uploaded = await call(serverA!, 'POST', '/api/imports/uploads', {
      fileName,
      contentBase64: Buffer.from(content).toString('base64'),
    });
    assert.equal(uploaded.status, 201, uploaded.text);
    assert.equal(uploaded.body.errorCount, 0, uploaded.text);
    const committed = await call(serverA!, 'POST', `/api/imports/uploads/${uploaded.body.uploadId}/commit`, {
      mode: 'all-or-nothing',
    });
    assert.equal(committed.status, 202, `${committed.text}\n${cluster.dump()}`);
    assert.equal(committed.body.status, 'running');
    return committed.body;
  }

  /** Polls the job through server B, which did not receive the upload, until it ends. */
  async function followOnServerB(jobId: string, seconds: number): Promise<ImportJobView> {
    let finished: ImportJobView | undefined;
    await waitFor(
      'the import finished',
      async () => {
        const job = await call(cluster.servers[1]!, 'GET', `/api/imports/jobs/${jobId}`);
        assert.equal(job.status, 200, job.text);
        if (job.body.status !== 'running') finished = job.body;
        return finished !== undefined;
      },
      seconds,
      cluster.dump,
    );
    return finished!;
  }

  async function batchesOnServerB(fileName: string) {
    const page = await call(cluster.servers[1]!, 'GET', '/api/imports/batches?limit=50');
    assert.equal(page.status, 200, page.text);
    return (page.body.items as Array<{ id: number; fileName: string; status: string; totalRows: number }>).filter(
      (batch) => batch.fileName === fileName,
    );
  }

  test('a file uploaded through one server is imported by a worker, and another server shows its progress and result', {
    timeout: 60_000,
  }, async () => {
    // The servers run without XINPING_SERVE_WORKS: each tells its operator at start that only workers import.
    for (const server of cluster.servers)
      assert.match(server.output(), /本实例只排队，请至少启动一个 xinping worker，或设置 XINPING_SERVE_WORKS=1/);
    const rows = 40;
    const job = await uploadAndCommit('一月处罚.csv', penaltyCsv(1, rows));
    assert.equal(job.total, rows);

    const done = await followOnServerB(job.id, 30);
    assert.equal(done.status, 'done', JSON.stringify(done));
    assert.deepEqual(
      { status: done.result!.status, totalRows: done.result!.totalRows, created: done.result!.created },
      { status: 'committed', totalRows: rows, created: rows },
    );
    assert.equal(done.processed, rows);
    assert.match(done.message, new RegExp(`^已入库：新增 ${rows} 条`));
    const batches = await batchesOnServerB('一月处罚.csv');
    assert.deepEqual(
      batches.map((batch) => [batch.id, batch.status, batch.totalRows]),
      [[done.result!.batchId, 'committed', rows]],
    );
    const { db } = cluster.handle.owner;
    const stored = await db
      .selectFrom('records')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('batch_id', '=', done.result!.batchId)
      .executeTakeFirstOrThrow();
    assert.equal(Number(stored.count), rows);
    const kept = await db.selectFrom('queued_imports').select('job_id').where('job_id', '=', job.id).execute();
    assert.deepEqual(kept, [], 'the queued copy of the file is deleted once the import ended');
  });

  test('a worker killed in the middle of an import: the other worker imports the file once, with one audit event', {
    timeout: 90_000,
  }, async () => {
    const rows = 300;
    const fileName = '二月处罚.csv';
    const { handle, workers, dump } = cluster;
    const { db } = handle.owner;
    // The import reads and stages its rows but cannot merge them into the records while this transaction holds the
    // table: so the worker that claimed it is caught in the middle of the import, its transaction still open.
    const { jobId, killed } = await handle.owner.db.connection().execute(async (connection) => {
      await sql`begin`.execute(connection);
      await sql`lock table records in share mode`.execute(connection);
      const job = await uploadAndCommit(fileName, penaltyCsv(1001, rows));
      await waitFor(
        'a worker is writing the import',
        async () => {
          const waiting = await sql<{ count: number }>`
            select count(*)::int as count from pg_locks where not granted and relation = 'records'::regclass`.execute(
            db,
          );
          return waiting.rows[0]!.count > 0;
        },
        30,
        dump,
      );
      const claimer = workers.findIndex((worker) => worker.output().includes(`开始导入任务 ${job.id}`));
      assert.ok(claimer >= 0, `a worker claimed the import:\n${dump()}`);
      workers[claimer]!.child.kill('SIGKILL');
      await new Promise((resolve) => workers[claimer]!.child.once('exit', resolve));
      await sql`commit`.execute(connection);
      return { jobId: job.id, killed: claimer };
    });

    const done = await followOnServerB(jobId, 60);
    assert.equal(done.status, 'done', JSON.stringify(done));
    assert.deepEqual(
      { status: done.result!.status, totalRows: done.result!.totalRows, created: done.result!.created },
      { status: 'committed', totalRows: rows, created: rows },
    );
    const survivor = workers[1 - killed]!;
    const importJobsOf = async () =>
      (await findQueuedJobs(db, 'import')).filter((queued) => (queued.data as { jobId: string }).jobId === jobId);
    // The job's row is finished before the worker prints it and hands the queued job back as completed.
    await waitFor(
      'the other worker reported the import',
      async () =>
        survivor.output().includes(`导入任务 ${jobId}已完成`) &&
        (await importJobsOf()).every((queued) => queued.state === 'completed'),
      10,
      dump,
    );
    const importJobs = await importJobsOf();
    assert.deepEqual(
      importJobs.map((queued) => [queued.state, queued.retry_count > 0]),
      [['completed', true]],
      'the killed worker’s job went back to the queue and was done on another attempt',
    );

    // The batch history: the file stored once; the killed attempt, which stored nothing, is shown as 中断.
    const batches = await batchesOnServerB(fileName);
    assert.deepEqual(
      batches.map((batch) => [batch.status, batch.status === 'committed' ? batch.totalRows : 0]).sort(),
      [
        ['committed', rows],
        ['interrupted', 0],
      ],
    );
    const versions = await sql<{ versions: number; records: number }>`
      select count(*)::int as versions, count(distinct record_id)::int as records
      from record_versions where batch_id in (select id from import_batches where file_name = ${fileName})`.execute(db);
    assert.deepEqual(versions.rows[0], { versions: rows, records: rows }, 'each row of the file stored once');
    const committedEvents = await db
      .selectFrom('audit_events')
      .select('subject_id')
      .where('action', '=', 'import.committed')
      .where(sql<boolean>`payload->>'file_name' = ${fileName}`)
      .execute();
    assert.deepEqual(
      committedEvents.map((event) => Number(event.subject_id)),
      [done.result!.batchId],
    );
  });

  test('a draft found on one server is simulated by a worker, and the other server shows the job and the simulated version', {
    timeout: 60_000,
  }, async () => {
    const [serverA, serverB] = cluster.servers;
    const draftDir = path.join(cluster.dataDir, 'models', 'huarong-sci-tech', 'v1-cluster');
    fs.cpSync(DEFAULT_MODEL_DIR, draftDir, { recursive: true });
    editModelFiles(draftDir, { 'model.yaml': [['version: v1\n', 'version: v1-cluster\n']] });

    // Every enterprise of the district, those the imports above added included.
    const enterprises = Number(
      (
        await cluster.handle.owner.db
          .selectFrom('enterprises')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow()
      ).count,
    );
    const started = await call(
      serverA!,
      'POST',
      '/api/model-versions/huarong-sci-tech/v1-cluster/simulations',
      undefined,
      adminCookie,
    );
    assert.equal(started.status, 202, `${started.text}\n${cluster.dump()}`);
    let job: { status: string; kind: string; processed: number; result: { enterprises: number; modelVersion: string } };
    await waitFor(
      'the simulation finished',
      async () => {
        const polled = await call(serverB!, 'GET', `/api/jobs/${started.body.id}`, undefined, adminCookie);
        assert.equal(polled.status, 200, polled.text);
        job = polled.body;
        return job.status !== 'running';
      },
      30,
      cluster.dump,
    );
    assert.equal(job!.status, 'done', JSON.stringify(job!));
    assert.deepEqual(
      [job!.kind, job!.processed, job!.result.enterprises, job!.result.modelVersion],
      ['model.simulate', enterprises, enterprises, 'huarong-sci-tech/v1-cluster'],
    );
    await waitFor(
      'a worker reported the simulation',
      () => cluster.workers.some((worker) => worker.output().includes(`模型模拟任务 ${started.body.id}已完成`)),
      10,
      cluster.dump,
    );

    const version = await call(
      serverB!,
      'GET',
      '/api/model-versions/huarong-sci-tech/v1-cluster',
      undefined,
      adminCookie,
    );
    assert.equal(version.status, 200, version.text);
    assert.equal(version.body.status, 'simulated');
    assert.equal(version.body.simulation.enterprises, enterprises);
    assert.equal(version.body.simulation.simulatedBy, 'admin');
    const row = await cluster.handle.owner.db
      .selectFrom('model_versions')
      .select('dir')
      .where('model_id', '=', 'huarong-sci-tech')
      .where('version', '=', 'v1-cluster')
      .executeTakeFirstOrThrow();
    assert.equal(row.dir, draftDir, 'the version is recorded as the server’s draft, not the worker’s copy of it');
  });
});
