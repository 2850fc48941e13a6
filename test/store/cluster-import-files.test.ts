import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { csvLine, PENALTY_HEADERS, samplePenaltyRow } from '../../src/services/import/sample-files.ts';
import { callInstance, POSTGRES_ONLY, prepareCluster, waitFor, type Cluster } from '../support/cluster.ts';
import type { RunningServer } from '../support/xinping-cli.ts';

const ID_NUMBER = '420703198512120042';
const MASKED = '4207**********0042';
const BAD_USCC = '91420703MA4F00000X';

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/**
 * Instances on several machines behind one proxy (ARCHITECTURE.md, "Several instances"), each server and the worker
 * on a data directory of its own: an upload received by one instance is previewed and committed through the other,
 * and the rejection file the worker kept is downloaded from the first, because both live in the store.
 */
describe('an upload and its rejection file on two instances of one PostgreSQL', { skip: POSTGRES_ONLY }, () => {
  let cluster: Cluster;
  let cookie: string;
  let adminCookie: string;

  before(async () => {
    cluster = await prepareCluster({ enterprises: 20, isWorkerDirSeparate: true, isServerDirSeparate: true });
    await cluster.start({ servers: 2, workers: 1 });
    cookie = await cluster.logIn(cluster.servers[0]!, 'dept');
    adminCookie = await cluster.logIn(cluster.servers[0]!, 'admin');
  });
  after(async () => cluster?.close());

  const call = (server: RunningServer, method: string, url: string, body?: unknown, as = cookie) =>
    callInstance(server, as, method, url, body);

  test('uploaded on instance 1, previewed and committed on instance 2, its rejection file downloads from instance 1', {
    timeout: 60_000,
  }, async () => {
    const [one, two] = cluster.servers as [RunningServer, RunningServer];
    const header = csvLine(PENALTY_HEADERS, Object.fromEntries(PENALTY_HEADERS.map((name) => [name, name])));
    const badRow = samplePenaltyRow(602, {
      '行政相对人代码_1(统一社会信用代码)': BAD_USCC,
      法定代表人证件号码: ID_NUMBER,
    });
    const content = header + csvLine(PENALTY_HEADERS, samplePenaltyRow(601)) + csvLine(PENALTY_HEADERS, badRow);
    const uploaded = await call(one, 'POST', '/api/imports/uploads', {
      fileName: '六月处罚.csv',
      contentBase64: Buffer.from(content).toString('base64'),
    });
    assert.equal(uploaded.status, 201, uploaded.text);
    const { uploadId } = uploaded.body;

    // The page reloads its preview through the other instance, and the commit lands there too.
    const preview = await call(two, 'GET', `/api/imports/uploads/${uploadId}`);
    assert.equal(preview.status, 200, preview.text);
    assert.deepEqual(
      {
        fileName: preview.body.fileName,
        totalRows: preview.body.totalRows,
        rejectedRows: preview.body.rejectedRows,
      },
      { fileName: '六月处罚.csv', totalRows: 2, rejectedRows: 1 },
    );
    const committed = await call(two, 'POST', `/api/imports/uploads/${uploadId}/commit`, { mode: 'accept-valid' });
    assert.equal(committed.status, 202, `${committed.text}\n${cluster.dump()}`);
    const again = await call(one, 'POST', `/api/imports/uploads/${uploadId}/commit`, { mode: 'accept-valid' });
    assert.equal(again.status, 404, `a second commit, on the other instance, imports nothing twice: ${again.text}`);

    let result: { batchId: number; status: string; created: number; rejected: number; hasRejectionFile: boolean };
    await waitFor(
      'the worker imported the file',
      async () => {
        const job = (await call(one, 'GET', `/api/imports/jobs/${committed.body.id}`)).body;
        assert.notEqual(job.status, 'failed', JSON.stringify(job));
        result = job.result;
        return job.status === 'done';
      },
      30,
      cluster.dump,
    );
    assert.deepEqual(
      [result!.status, result!.created, result!.rejected, result!.hasRejectionFile],
      ['committed', 1, 1, true],
    );

    const batches = (await call(one, 'GET', '/api/imports/batches?limit=50')).body;
    const batch = (batches.items as Array<{ id: number; hasRejectionFile: boolean }>).find(
      (each) => each.id === result!.batchId,
    );
    assert.equal(batch?.hasRejectionFile, true, 'the batch history of instance 1 offers the rejection file');
    const own = await call(one, 'GET', `/api/imports/batches/${result!.batchId}/rejections`);
    assert.equal(own.status, 200, own.text);
    assert.match(own.text, new RegExp(BAD_USCC));
    assert.match(own.text, /错误原因/);
    assert.ok(own.text.includes(ID_NUMBER), 'the department that sent it sees the identity number');
    const masked = await call(one, 'GET', `/api/imports/batches/${result!.batchId}/rejections`, undefined, adminCookie);
    assert.equal(masked.status, 200, masked.text);
    assert.match(masked.text, new RegExp(BAD_USCC));
    assert.ok(masked.text.includes(MASKED) && !masked.text.includes(ID_NUMBER), 'the administrator gets it masked');

    for (const dir of cluster.dataDirs())
      assert.deepEqual(
        filesUnder(path.join(dir, 'imports')),
        [],
        'no data directory holds an upload or rejection file',
      );
  });
});
