import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { loadRecordKinds } from '../../catalog/record-kinds.ts';
import { loadUsccAuthorities } from '../../catalog/uscc-authorities.ts';
import { canonicalJson } from '../../domain/canonical-json.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { isValidUscc } from '../../domain/uscc.ts';
import { createServerFixture, type ServerFixture } from '../../server/server-test-fixture.ts';
import { digestHex } from '../crypto/crypto-suite.ts';
import { loadSigningKey, verifySignedData } from '../crypto/signing-key.ts';
import { importFile } from '../import/import-file.ts';
import { loadSecretKey } from '../import/protect-personal.ts';
import {
  LICENSE_HEADERS,
  PENALTY_HEADERS,
  sampleLicenseRow,
  samplePenaltyRow,
  writeSampleCsv,
} from '../import/sample-files.ts';
import { verifyWebhookSignature } from '../sharing/webhook-signature.ts';
import { findRecordForWorkflow, writeRecordVersion } from '../workflows/rewrite-record-status.ts';
import { runUpwardSharing } from './run-upward-sharing.ts';
import type { UpwardSettings } from './upward-settings.ts';
import { writeUpwardPackage, type UpwardManifest } from './write-upward-package.ts';

const RECEIVER_KEY = 'upward-test-key';

interface ReceivedItem {
  idempotencyKey: string;
  event: string;
  dataSet: string;
  recordId: number | null;
  recordVersion: number | null;
  row: Record<string, string>;
}

/**
 * Checks a row the way the provincial platform checks it, from the catalog's national field rules (DOMAIN.md §5):
 * exactly the data set's columns, required ones filled, enumerations from their lists, dates, amounts and codes well
 * formed. Returns the first problem in Chinese, or null.
 */
function checkNationalRow(item: ReceivedItem): string | null {
  if (item.dataSet === 'evaluation_result') return item.row['信用等级'] ? null : '缺少“信用等级”';
  const kind = loadRecordKinds().find((candidate) => candidate.code === item.dataSet);
  if (!kind) return `未知数据集“${item.dataSet}”`;
  const expected = kind.fields.map((field) => field.header).sort();
  if (JSON.stringify(Object.keys(item.row).sort()) !== JSON.stringify(expected)) return '字段与国家标准表头不一致';
  const authorities = loadUsccAuthorities();
  for (const field of kind.fields) {
    const value = item.row[field.header] ?? '';
    if (!value) {
      if (field.required) return `必填字段“${field.header}”为空`;
      continue;
    }
    if (field.type === 'enum' && !field.values?.includes(value)) return `“${field.header}”的值“${value}”不在代码表中`;
    if (field.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return `“${field.header}”不是日期`;
    if (field.type === 'amount' && !Number.isFinite(Number(value))) return `“${field.header}”不是金额`;
    if (field.type === 'uscc' && !isValidUscc(value, authorities)) return `“${field.header}”不是有效的统一社会信用代码`;
    if (field.personal && /\d{17}[\dX]/.test(value)) return `“${field.header}”含未脱敏的证件号码`;
  }
  return null;
}

/**
 * The provincial platform, as the tests run it: checks the district's signature, validates every row, takes each
 * idempotency key once (answering `duplicate` to a key it already holds) and answers a receipt per batch. While
 * `isDown` it answers 503 without reading anything.
 */
async function startProvincialReceiver() {
  const taken = new Map<string, ReceivedItem>();
  const requests: Array<{ batchKey: string; keys: string[] }> = [];
  const state = { isDown: false, loseNextAnswer: false };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (state.isDown) return void response.writeHead(503).end('维护中');
      const body = Buffer.concat(chunks).toString('utf8');
      const verdict = verifyWebhookSignature(RECEIVER_KEY, request.headers, body, 300, new Set());
      if (!verdict.ok) return void response.writeHead(401).end(verdict.reason);
      const batch = JSON.parse(body) as { format: string; items: ReceivedItem[] };
      requests.push({
        batchKey: String(request.headers['idempotency-key']),
        keys: batch.items.map((item) => item.idempotencyKey),
      });
      const results = batch.items.map((item) => {
        if (taken.has(item.idempotencyKey)) return { idempotencyKey: item.idempotencyKey, status: 'duplicate' };
        const problem = checkNationalRow(item);
        if (problem) return { idempotencyKey: item.idempotencyKey, status: 'rejected', reason: problem };
        taken.set(item.idempotencyKey, item);
        return { idempotencyKey: item.idempotencyKey, status: 'accepted' };
      });
      if (state.loseNextAnswer) {
        state.loseNextAnswer = false;
        return void response.writeHead(502).end();
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ receiptId: `HB-${requests.length}`, results }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/credit/upward`,
    taken,
    requests,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describeOnEachEngine('向上共享 to the provincial platform', (current) => {
  let fixture: ServerFixture;
  let receiver: Awaited<ReturnType<typeof startProvincialReceiver>>;
  let dir: string;
  let settings: UpwardSettings;
  const today = todayInDistrict();
  const signingKey = () => loadSigningKey(fixture.dataDir, {});

  before(async () => {
    fixture = await createServerFixture(current());
    receiver = await startProvincialReceiver();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-upward-'));
    settings = {
      url: receiver.url,
      key: RECEIVER_KEY,
      packageDir: path.join(dir, 'packages'),
      baseDelayMs: 20,
      maxDelayMs: 200,
      timeoutMs: 5_000,
      batchSize: 4,
      intervalMs: 1_000,
      allowedReceivers: ['127.0.0.1/32'],
    };
  });
  after(async () => {
    await receiver?.close();
    await fixture?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const importCsv = async (name: string, headers: string[], rows: Array<Record<string, unknown>>) => {
    const file = path.join(dir, name);
    writeSampleCsv(file, headers, rows as never);
    const result = await importFile(current().db, {
      file,
      department: '区市场监管局',
      mode: 'all-or-nothing',
      operator: '测试员',
      secretKey: loadSecretKey(fixture.dataDir, {}),
      today,
    });
    assert.equal(result.status, 'committed', JSON.stringify(result.errors));
  };
  const itemStates = async () =>
    current()
      .db.selectFrom('upward_items')
      .select(['idempotency_key', 'event', 'status', 'reason'])
      .orderBy('id')
      .execute();
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  test('during a receiver outage (503) everything stays pending, and the next run after it sends every version once, a correction as a correction and a repair as a repair', async () => {
    // The day: 区市场监管局 imports two licences and two penalties, corrects a licence, and one penalty is repaired.
    await importCsv('licences.csv', LICENSE_HEADERS, [sampleLicenseRow(1), sampleLicenseRow(2)]);
    await importCsv('penalties.csv', PENALTY_HEADERS, [samplePenaltyRow(1), samplePenaltyRow(2)]);
    await importCsv('licences-corrected.csv', LICENSE_HEADERS, [
      sampleLicenseRow(1, { 许可内容: '更正后的许可内容' }),
      sampleLicenseRow(2),
    ]);
    const penalty = await current()
      .db.selectFrom('records')
      .select('id')
      .where('kind', '=', 'administrative_penalty')
      .where('natural_key', 'like', `${String(samplePenaltyRow(1)['行政处罚决定书文号'])}|%`)
      .executeTakeFirstOrThrow();
    await current()
      .db.transaction()
      .execute(async (trx) =>
        writeRecordVersion(trx, await findRecordForWorkflow(trx, Number(penalty.id)), '审核员', {
          status: 'repaired',
          fields: { repaired_on: today },
        }),
      );
    // Enterprise A is evaluated three times by a published model: B 80, B 80 again (nothing new), then A 90.
    const model = await current()
      .db.insertInto('model_versions')
      .values({
        model_id: 'upward-test',
        version: 'v1',
        digest: 'test',
        title: 'v1',
        dir: 'models/upward-test/v1',
        status: 'published',
        published_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const enterpriseA = await current()
      .db.selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', fixture.enterpriseA)
      .executeTakeFirstOrThrow();
    for (const [grade, score] of [
      ['B', 80],
      ['B', 80],
      ['A', 90],
    ] as const)
      await current()
        .db.insertInto('evaluations')
        .values({
          enterprise_id: enterpriseA.id,
          model_version_id: model.id,
          reason: 'test',
          as_of: today,
          score,
          grade,
          vetoes: null,
          dimension_scores: Buffer.alloc(0),
          indicator_points: Buffer.alloc(0),
          fingerprint: 'f',
          result_hash: 0,
        })
        .execute();
    const versions = await current().db.selectFrom('record_versions').select(['record_id', 'version']).execute();
    const expectedItems = versions.length + 2;

    receiver.state.isDown = true;
    const duringOutage = await runUpwardSharing(current().db, settings, signingKey);
    assert.equal(duringOutage.enqueued, expectedItems);
    assert.match(duringOutage.push.failure ?? '', /HTTP 503/);
    assert.equal(receiver.taken.size, 0);
    const pending = await itemStates();
    assert.equal(pending.length, expectedItems);
    assert.deepEqual(new Set(pending.map((item) => item.status)), new Set(['pending']));
    const firstBatch = await current()
      .db.selectFrom('upward_batches')
      .selectAll()
      .orderBy('id')
      .executeTakeFirstOrThrow();
    assert.equal(firstBatch.status, 'pending');
    assert.equal(Number(firstBatch.attempts), 1);
    assert.match(firstBatch.last_error ?? '', /503/);

    receiver.state.isDown = false;
    await sleep(settings.baseDelayMs + 10);
    const afterOutage = await runUpwardSharing(current().db, settings, signingKey);
    assert.equal(afterOutage.enqueued, 0, 'nothing new to list: the versions were listed during the outage');
    assert.equal(afterOutage.push.failure, null);

    // Each version reached the province once, under its own key.
    const sentKeys = receiver.requests.flatMap((request) => request.keys);
    assert.equal(sentKeys.length, expectedItems);
    assert.equal(new Set(sentKeys).size, expectedItems);
    const events = [...receiver.taken.values()].map((item) => `${item.dataSet}:${item.event}`).sort();
    assert.deepEqual(events, [
      'administrative_license:correction',
      'administrative_license:new',
      'administrative_license:new',
      'administrative_penalty:new',
      'administrative_penalty:new',
      'administrative_penalty:repair',
      'evaluation_result:evaluation',
      'evaluation_result:evaluation',
    ]);
    const grades = [...receiver.taken.values()].filter((item) => item.event === 'evaluation');
    assert.deepEqual(
      grades.map((item) => `${item.row['信用等级']} ${item.row['综合得分']}`),
      ['B 80', 'A 90'],
    );
    const repair = [...receiver.taken.values()].find((item) => item.event === 'repair')!;
    assert.equal(repair.recordVersion, 2);
    assert.equal(repair.row['行政处罚决定书文号'], samplePenaltyRow(1)['行政处罚决定书文号']);
    assert.match(repair.row['法定代表人证件号码'] ?? '', /\*/, 'the identity number goes masked');

    // The fixture's own penalties lack national columns: the province refused them, and says why.
    const states = await itemStates();
    const rejected = states.filter((item) => item.status === 'rejected');
    assert.equal(rejected.length, 3);
    assert.match(rejected[0]!.reason ?? '', /必填字段“行政相对人类别”为空/);
    assert.equal(states.filter((item) => item.status === 'acknowledged').length, 8);
  });

  test('a further run sends nothing again, and a batch whose receipt was lost is answered as duplicates, not taken twice as new', async () => {
    const requestsBefore = receiver.requests.length;
    const again = await runUpwardSharing(current().db, settings, signingKey);
    assert.equal(again.enqueued, 0);
    assert.equal(again.push.batchesDelivered, 0);
    assert.equal(receiver.requests.length, requestsBefore);

    await importCsv('licence-3.csv', LICENSE_HEADERS, [sampleLicenseRow(3)]);
    receiver.state.loseNextAnswer = true;
    const lost = await runUpwardSharing(current().db, settings, signingKey);
    assert.match(lost.push.failure ?? '', /HTTP 502/);
    await sleep(settings.baseDelayMs + 10);
    const retried = await runUpwardSharing(current().db, settings, signingKey);
    assert.equal(retried.push.failure, null);
    const [first, second] = receiver.requests.slice(-2);
    assert.equal(first!.batchKey, second!.batchKey, 'the retry is the same batch');
    const licence3 = [...receiver.taken.values()].filter(
      (item) => item.row['行政许可决定文书号'] === sampleLicenseRow(3)['行政许可决定文书号'],
    );
    assert.equal(licence3.length, 1);
    const state = await current()
      .db.selectFrom('upward_items')
      .select('status')
      .where('idempotency_key', '=', licence3[0]!.idempotencyKey)
      .executeTakeFirstOrThrow();
    assert.equal(state.status, 'acknowledged');
  });

  test('the day’s package holds every item once, its manifest counts and digests match the files, and the signature verifies with the public key', async () => {
    const written = await writeUpwardPackage(current().db, signingKey(), { day: today, outDir: settings.packageDir });
    assert.equal(written.isNew, true);
    const manifest = JSON.parse(
      fs.readFileSync(path.join(written.directory, 'manifest.json'), 'utf8'),
    ) as UpwardManifest;
    const items = await itemStates();
    assert.equal(manifest.counts.total, items.length);
    assert.equal(manifest.counts.byEvent.repair, 1);
    assert.equal(manifest.counts.byEvent.correction, 1);
    assert.equal(manifest.counts.byEvent.evaluation, 2);
    assert.deepEqual(manifest.period.day, today);
    for (const file of manifest.files) {
      const content = fs.readFileSync(path.join(written.directory, file.name));
      assert.equal(digestHex(manifest.hashAlgorithm, content), file.digest);
      assert.equal(content.toString('utf8').trim().split('\r\n').length - 1, file.rows);
    }
    assert.deepEqual(manifest.files.map((file) => file.name).sort(), [
      '信用评价结果.csv',
      '双公示行政处罚.csv',
      '双公示行政许可.csv',
    ]);
    const penalties = fs.readFileSync(path.join(written.directory, '双公示行政处罚.csv'), 'utf8');
    assert.match(
      penalties.split('\r\n')[0]!,
      /^\uFEFF数据标识,事件类型,记录编号,记录版本,行政相对人名称,行政相对人类别/,
    );
    assert.match(penalties, /,信用修复,/);
    const signed = JSON.parse(fs.readFileSync(path.join(written.directory, 'manifest.sig.json'), 'utf8'));
    assert.equal(
      verifySignedData(signed.signatureAlgorithm, signed.publicKey, canonicalJson(manifest), signed.signature),
      true,
    );
    assert.equal(
      verifySignedData(
        signed.signatureAlgorithm,
        signed.publicKey,
        canonicalJson({ ...manifest, counts: { ...manifest.counts, total: 1 } }),
        signed.signature,
      ),
      false,
    );
    const again = await writeUpwardPackage(current().db, signingKey(), { day: today, outDir: settings.packageDir });
    assert.equal(again.isNew, false);
    assert.equal(again.signature, written.signature);
  });

  test('the console API shows the batches with their receipts and the refused rows with the province’s reason, to the administrator only', async () => {
    const batches = await fixture.injectAs('admin', { method: 'GET', url: '/api/upward/batches?limit=50' });
    assert.equal(batches.statusCode, 200);
    const page = batches.json() as {
      total: number;
      items: Array<{ status: string; receiptId: string | null; attempts: number; rejectedCount: number | null }>;
    };
    assert.ok(page.total >= 3);
    assert.deepEqual(new Set(page.items.map((batch) => batch.status)), new Set(['acknowledged']));
    assert.ok(page.items.every((batch) => batch.receiptId?.startsWith('HB-')));
    assert.equal(
      page.items.reduce((sum, batch) => sum + (batch.rejectedCount ?? 0), 0),
      3,
    );
    assert.ok(
      page.items.some((batch) => batch.attempts === 2),
      'the batch of the outage took two attempts',
    );

    const refused = await fixture.injectAs('admin', { method: 'GET', url: '/api/upward/items?status=rejected' });
    const rows = (refused.json() as { items: Array<{ statusLabel: string; reason: string; dataSetLabel: string }> })
      .items;
    assert.equal(rows.length, 3);
    assert.equal(rows[0]!.statusLabel, '被退回');
    assert.equal(rows[0]!.dataSetLabel, '双公示行政处罚');
    assert.match(rows[0]!.reason, /行政相对人类别/);

    const summary = await fixture.injectAs('admin', { method: 'GET', url: '/api/upward/summary' });
    const body = summary.json() as { counts: { rejected: number; pending: number }; packages: Array<{ day: string }> };
    assert.equal(body.counts.rejected, 3);
    assert.equal(body.counts.pending, 0);
    assert.deepEqual(
      body.packages.map((item) => item.day),
      [today],
    );

    const operator = await fixture.injectAs('department_operator', { method: 'GET', url: '/api/upward/batches' });
    assert.equal(operator.statusCode, 403);
  });
});
