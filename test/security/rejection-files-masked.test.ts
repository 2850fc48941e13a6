import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createServerFixture, type ServerFixture } from '../../src/server/server-test-fixture.ts';
import { csvLine, PENALTY_HEADERS, samplePenaltyRow } from '../../src/services/import/sample-files.ts';
import { describeOnEachEngine } from '../support/stores.ts';

const ID_NUMBER = '420703198512120042';
const MASKED = '4207**********0042';

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

function assertNoIdNumberInClear(ciphers: Array<Buffer | null>, what: string): void {
  assert.ok(ciphers.length > 0, what);
  for (const cipher of ciphers)
    assert.ok(
      cipher && !Buffer.from(cipher).includes(Buffer.from(ID_NUMBER)),
      `${what} holds no identity number in clear`,
    );
}

// An admin downloaded a rejection file with plaintext 证件号码, nothing was audited, and upload and
// rejection files were world-readable on disk. They now live in the store (any instance serves them), encrypted.
describeOnEachEngine('rejection files follow the masking and audit rules of records', (current) => {
  let fixture: ServerFixture;
  let operator: string;
  let batchId: number;
  before(async () => {
    fixture = await createServerFixture(current());
    operator = await fixture.logIn('department_operator');
  });
  after(async () => fixture?.close());

  const downloadAs = (role: 'admin' | 'department_operator', id: number) =>
    fixture.injectAs(
      role,
      { method: 'GET', url: `/api/imports/batches/${id}/rejections` },
      role === 'department_operator' ? operator : undefined,
    );
  const downloadsOf = async (id: number) =>
    current()
      .db.selectFrom('audit_events')
      .select(['actor', 'payload'])
      .where('action', '=', 'import.rejections_downloaded')
      .where('subject_id', '=', String(id))
      .orderBy('seq')
      .execute();

  test('an uploaded file waits encrypted in the store; the bad row of a committed upload goes to an encrypted rejection file there', async () => {
    const text =
      csvLine(PENALTY_HEADERS, Object.fromEntries(PENALTY_HEADERS.map((header) => [header, header]))) +
      csvLine(PENALTY_HEADERS, samplePenaltyRow(501)) +
      csvLine(
        PENALTY_HEADERS,
        samplePenaltyRow(502, {
          '行政相对人代码_1(统一社会信用代码)': '91420703MA4F00000X',
          法定代表人证件号码: ID_NUMBER,
        }),
      );
    const uploaded = await fixture.injectAs(
      'department_operator',
      {
        method: 'POST',
        url: '/api/imports/uploads',
        payload: { fileName: '五月处罚.csv', contentBase64: Buffer.from(text).toString('base64') },
      },
      operator,
    );
    assert.equal(uploaded.statusCode, 201, uploaded.body);
    const staged = await current()
      .db.selectFrom('staged_uploads')
      .select(['content', 'preview'])
      .where('id', '=', uploaded.json().uploadId)
      .executeTakeFirstOrThrow();
    assertNoIdNumberInClear([staged.content, staged.preview], 'the staged upload and its preview');
    assert.deepEqual(filesUnder(path.join(fixture.dataDir, 'imports')), [], 'the data directory holds no upload');

    const started = await fixture.injectAs(
      'department_operator',
      {
        method: 'POST',
        url: `/api/imports/uploads/${uploaded.json().uploadId}/commit`,
        payload: { mode: 'accept-valid' },
      },
      operator,
    );
    let job = started.json();
    for (let attempt = 0; job.status === 'running' && attempt < 200; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = (
        await fixture.injectAs('department_operator', { method: 'GET', url: `/api/imports/jobs/${job.id}` }, operator)
      ).json();
    }
    assert.equal(job.result?.hasRejectionFile, true, JSON.stringify(job));
    batchId = job.result.batchId;
    const kept = await current()
      .db.selectFrom('rejection_files')
      .select(['content', 'masked_content'])
      .where('batch_id', '=', batchId)
      .executeTakeFirstOrThrow();
    assertNoIdNumberInClear([kept.content, kept.masked_content], 'the rejection file and its masked copy');
    assert.deepEqual(filesUnder(path.join(fixture.dataDir, 'imports')), [], 'the data directory holds no import file');
    const left = await current().db.selectFrom('staged_uploads').select('id').execute();
    assert.deepEqual(left, [], 'the committed upload is removed');
  });

  test('the administrator gets the rejection file with the identity number masked, and the download is audited', async () => {
    const download = await downloadAs('admin', batchId);
    assert.equal(download.statusCode, 200, download.body);
    assert.ok(download.body.includes(MASKED), download.body);
    assert.ok(!download.body.includes(ID_NUMBER));
    assert.match(download.body, /错误原因/);
    assert.match(download.body, /91420703MA4F00000X/, 'the fields that are not personal stay as sent, to be corrected');
    const events = await downloadsOf(batchId);
    assert.equal(events.length, 1);
    assert.equal(events[0]!.actor, fixture.accounts.find((account) => account.role === 'admin')!.username);
    assert.equal((events[0]!.payload as { isMasked: boolean }).isMasked, true);
  });

  test('the department that sent the batch gets the identity number in clear, and that download is audited too', async () => {
    const download = await downloadAs('department_operator', batchId);
    assert.equal(download.statusCode, 200);
    assert.ok(download.body.includes(ID_NUMBER));
    const events = await downloadsOf(batchId);
    assert.equal(events.length, 2);
    assert.equal((events[1]!.payload as { isMasked: boolean }).isMasked, false);
  });

  test('a rejection file an earlier version kept in clear on disk is masked for the administrator and moved into the store, encrypted, on that read', async () => {
    const plain = (await downloadAs('department_operator', batchId)).rawPayload;
    const other = await current()
      .db.selectFrom('import_batches')
      .select('id')
      .where('department_code', '=', 'scjg')
      .where('id', '!=', batchId)
      .executeTakeFirstOrThrow();
    const legacy = path.join(fixture.dataDir, 'imports', 'rejections', `${other.id}.csv`);
    fs.mkdirSync(path.dirname(legacy), { recursive: true });
    fs.writeFileSync(legacy, plain, { mode: 0o644 });
    const listed = await fixture.injectAs('admin', { method: 'GET', url: '/api/imports/batches?limit=200' });
    assert.equal(
      (listed.json().items as Array<{ id: number; hasRejectionFile: boolean }>).find((batch) => batch.id === other.id)
        ?.hasRejectionFile,
      true,
      'the batch history offers the file kept on disk',
    );
    const download = await downloadAs('admin', other.id);
    assert.equal(download.statusCode, 200);
    assert.ok(download.body.includes(MASKED) && !download.body.includes(ID_NUMBER));
    assert.deepEqual(filesUnder(path.join(fixture.dataDir, 'imports')), [], 'the file left the data directory');
    const moved = await current()
      .db.selectFrom('rejection_files')
      .select(['content', 'masked_content'])
      .where('batch_id', '=', other.id)
      .executeTakeFirstOrThrow();
    assertNoIdNumberInClear([moved.content, moved.masked_content], 'the moved rejection file');
    const again = await downloadAs('department_operator', other.id);
    assert.equal(again.statusCode, 200);
    assert.ok(again.body.includes(ID_NUMBER), 'the department still gets it in clear, from the store');
  });
});
