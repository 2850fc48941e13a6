import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { insertClusterJob } from '../../store/cluster-job.repository.ts';
import type { Store } from '../../store/connect.ts';
import { takeStagedUpload } from '../../store/import-file.repository.ts';
import { insertQueuedImport } from '../../store/queued-import.repository.ts';
import { findClusterJobView } from '../jobs/find-job.ts';
import { importFile } from './import-file.ts';
import { runQueuedImport } from './import-jobs.ts';
import { parseSecretKey } from './protect-personal.ts';
import { PENALTY_HEADERS, samplePenaltyRow, writeSampleCsv } from './sample-files.ts';
import { stageUpload } from './staged-uploads.ts';

const secretKey = parseSecretKey('3c'.repeat(32));
let dataDir: string;

before(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-queued-retry-'));
});
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** A department file of twelve new penalties, numbered from `first`. */
function penaltyFile(first: number): string {
  const file = path.join(dataDir, `处罚${first}.csv`);
  writeSampleCsv(
    file,
    PENALTY_HEADERS,
    Array.from({ length: 12 }, (_, n) => samplePenaltyRow(first + n)),
  );
  return file;
}

/** A web import queued for the workers, as queueImportJob leaves it: the job's progress row and the file moved from its upload. */
async function queueImport(store: Store, csv: string): Promise<string> {
  const jobId = randomUUID();
  const upload = await stageUpload(store.db, dataDir, secretKey.ring, {
    fileName: '三月处罚.csv',
    content: fs.readFileSync(csv),
    departmentCode: 'scjg',
    kind: null,
    uploadedBy: 'dept',
  });
  await insertClusterJob(store.db, {
    id: jobId,
    kind: 'import',
    label: '导入“三月处罚.csv”',
    group: `retry-${jobId}`,
    total: 12,
    message: '已排队，等待工作进程领取',
    startedBy: 'dept',
    details: {},
  });
  await insertQueuedImport(store.db, {
    jobId,
    uploadId: upload.id,
    departmentCode: 'scjg',
    kind: null,
    fileName: upload.fileName,
    mode: 'all-or-nothing',
    operator: 'dept',
    totalRows: 12,
    content: (await takeStagedUpload(store.db, upload.id))!,
  });
  return jobId;
}

async function batchesOf(store: Store, jobId: string) {
  const batches = await sql<{ id: number; status: string; created_rows: number }>`
    select id, status, created_rows from import_batches where job_id = ${jobId} order by id`.execute(store.db);
  const audited = await sql<{ count: number }>`
    select count(*)::integer as count from audit_events
    where action = 'import.committed' and subject_id = any(${batches.rows.map((row) => String(row.id))}::text[])`.execute(
    store.db,
  );
  return { batches: batches.rows.map((row) => [row.status, Number(row.created_rows)]), audited: audited.rows[0].count };
}

describeOnEachEngine('a queued import taken over by another worker', (current) => {
  test('a worker imports a queued file once, and its batch names the job', async () => {
    const jobId = await queueImport(current(), penaltyFile(700));
    const outcome = await runQueuedImport(current(), { data: { jobId }, isLastAttempt: false }, { secretKey });
    assert.equal(outcome, 'done');
    assert.deepEqual(await batchesOf(current(), jobId), { batches: [['committed', 12]], audited: 1 });
  });

  test('a worker that died after the batch committed leaves the job to be finished with that batch, not imported twice', async () => {
    const csv = penaltyFile(800);
    const jobId = await queueImport(current(), csv);
    // The first worker's import committed (the records and their batch naming the job), then the worker died before
    // finishing the job: its progress row still says running and the queued file is still there.
    const first = await importFile(current().db, {
      file: csv,
      department: 'scjg',
      mode: 'all-or-nothing',
      operator: 'dept',
      secretKey,
      jobId,
    });
    assert.deepEqual([first.status, first.created], ['committed', 12]);
    assert.equal((await findClusterJobView(current(), jobId)).status, 'running');

    const outcome = await runQueuedImport(current(), { data: { jobId }, isLastAttempt: false }, { secretKey });
    assert.equal(outcome, 'done');
    assert.deepEqual(await batchesOf(current(), jobId), { batches: [['committed', first.created]], audited: 1 });
    const job = await findClusterJobView(current(), jobId);
    const result = job.result as { batchId: number; status: string; created: number; unchanged: number };
    assert.deepEqual(
      [job.status, result.batchId, result.status, result.created, result.unchanged],
      ['done', first.batchId, 'committed', first.created, 0],
    );
    const left = await sql<{ count: number }>`
      select count(*)::integer as count from queued_imports where job_id = ${jobId}`.execute(current().db);
    assert.equal(left.rows[0].count, 0, 'the queued file is released with the job');
  });
});
