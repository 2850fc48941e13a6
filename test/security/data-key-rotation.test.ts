import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Command, CommandContext } from '../../src/cli/command.ts';
import { keysRotateCommand } from '../../src/cli/commands/keys-rotate.ts';
import { createServerFixture, type ServerFixture } from '../../src/server/server-test-fixture.ts';
import { createDataKeyRing, isCurrentBytes } from '../../src/services/crypto/data-cipher.ts';
import { recordCryptoChoice } from '../../src/services/crypto/record-crypto-choice.ts';
import { csvLine, PENALTY_HEADERS, samplePenaltyRow } from '../../src/services/import/sample-files.ts';
import { loadSecretKey } from '../../src/services/import/protect-personal.ts';
import { findUpload, keepRejectionFile, readRejectionFile } from '../../src/services/import/staged-uploads.ts';
import { showRecord } from '../../src/services/records/show-record.ts';
import { openAttachment } from '../../src/services/workflows/open-attachment.ts';
import { describeOnEachEngine } from '../support/stores.ts';

async function run(
  command: Command,
  args: string[],
  context: Omit<CommandContext, 'args' | 'usage' | 'stdout' | 'stderr'>,
): Promise<{ exit: number; stdout: string }> {
  let stdout = '';
  const sink = (collect: boolean) =>
    ({ write: (chunk: string) => ((stdout += collect ? chunk : ''), true) }) as unknown as NodeJS.WritableStream;
  const exit = await command.run({ ...context, args, usage: '', stdout: sink(true), stderr: sink(false) });
  return { exit, stdout };
}

// Personal data at rest encrypted with SM4, rotation supported, old ciphertexts still readable; where
// international algorithms are required a setting chooses them, and the choice is recorded.
describeOnEachEngine('rotating the data encryption key', (current) => {
  let fixture: ServerFixture;
  let proof: string;
  let uploadId: string;
  let rejectedBatch: number;
  const PROOF = Buffer.from('%PDF-1.7 rotation proof');
  const REJECTED = '统一社会信用代码,错误原因\n91420703MA4F00000X,示例原因\n';
  before(async () => {
    fixture = await createServerFixture(current());
    const uploaded = await fixture.injectAs('enterprise', {
      method: 'POST',
      url: '/api/attachments',
      payload: { fileName: '证明.pdf', contentBase64: PROOF.toString('base64') },
    });
    proof = uploaded.json().sha256;
    // A web upload waiting for its commit, and a batch's rejection file, both kept in the store under key 1.
    const header = csvLine(PENALTY_HEADERS, Object.fromEntries(PENALTY_HEADERS.map((name) => [name, name])));
    const staged = await fixture.injectAs('department_operator', {
      method: 'POST',
      url: '/api/imports/uploads',
      payload: {
        fileName: '轮换前上传.csv',
        contentBase64: Buffer.from(header + csvLine(PENALTY_HEADERS, samplePenaltyRow(901))).toString('base64'),
      },
    });
    assert.equal(staged.statusCode, 201, staged.body);
    uploadId = staged.json().uploadId;
    const batch = await current().db.selectFrom('import_batches').select('id').executeTakeFirstOrThrow();
    rejectedBatch = batch.id;
    const plain = path.join(fixture.dataDir, 'rejected.csv');
    fs.writeFileSync(plain, REJECTED);
    await keepRejectionFile(current().db, {
      batchId: rejectedBatch,
      file: plain,
      kind: 'administrative_penalty',
      ring: loadSecretKey(fixture.dataDir, {}).ring,
    });
  });
  after(async () => fixture?.close());

  test('personal values are stored under SM4 with the first key of the data directory', async () => {
    const record = await current()
      .db.selectFrom('records')
      .select('fields')
      .where('id', '=', fixture.records.aOwnDepartment)
      .executeTakeFirstOrThrow();
    const cipher = (record.fields as Record<string, { cipher?: string }>).legal_representative_id_number?.cipher;
    assert.match(cipher ?? '', /^v2:sm4:1:/);
    assert.equal(fs.statSync(path.join(fixture.dataDir, 'keys', 'sm4-1.key')).mode & 0o777, 0o600);
  });

  test('after `keys rotate --reencrypt` new data uses key 2, and records and files written under key 1 still read', async () => {
    const result = await run(keysRotateCommand, ['--reencrypt'], {
      config: { dataDir: fixture.dataDir },
      store: async () => current(),
    });
    assert.equal(result.exit, 0);
    assert.match(result.stdout, /新密钥编号 2/);
    const key = loadSecretKey(fixture.dataDir, {});
    assert.equal(key.ring.current.id, '2');
    const record = await showRecord(current().db, fixture.records.aOwnDepartment, { key, actor: 'test' });
    assert.equal(record.fields.legal_representative_id_number, fixture.personalIdNumber);
    const file = path.join(fixture.dataDir, 'attachments', proof);
    assert.ok(isCurrentBytes(fs.readFileSync(file), key.ring), 'the attachment was re-encrypted under key 2');
    const enterprise = await current()
      .db.selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', fixture.enterpriseA)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      (await openAttachment(current().db, fixture.dataDir, key.ring, proof, { enterpriseId: enterprise.id })).content,
      PROOF,
    );
    const upload = await current()
      .db.selectFrom('staged_uploads')
      .select(['content', 'preview'])
      .where('id', '=', uploadId)
      .executeTakeFirstOrThrow();
    assert.ok(isCurrentBytes(Buffer.from(upload.content), key.ring), 'the staged upload was re-encrypted under key 2');
    assert.ok(isCurrentBytes(Buffer.from(upload.preview!), key.ring), 'so was its preview');
    const staged = await findUpload(current().db, uploadId, key.ring);
    assert.equal(staged.preview?.totalRows, 1, 'its preview still reads');
    const kept = await current()
      .db.selectFrom('rejection_files')
      .select(['content', 'masked_content'])
      .where('batch_id', '=', rejectedBatch)
      .executeTakeFirstOrThrow();
    assert.ok(
      isCurrentBytes(Buffer.from(kept.content), key.ring) && isCurrentBytes(Buffer.from(kept.masked_content), key.ring),
      'the rejection file and its masked copy were re-encrypted under key 2',
    );
    const rejection = await readRejectionFile(current().db, fixture.dataDir, {
      batchId: rejectedBatch,
      kind: 'administrative_penalty',
      isMasked: false,
      ring: key.ring,
    });
    assert.equal(rejection?.content.toString('utf8'), REJECTED);
    const actions = (
      await current().db.selectFrom('audit_events').select('action').where('action', 'like', 'crypto.%').execute()
    ).map((row) => row.action);
    assert.deepEqual(actions.sort(), ['crypto.configured', 'crypto.key_rotated', 'crypto.reencrypted']);
  });

  test('choosing international algorithms is recorded once, and SM4 data stays readable under it', async () => {
    const key = loadSecretKey(fixture.dataDir, { XINPING_CRYPTO: 'intl' });
    assert.equal(key.ring.algorithm, 'intl');
    assert.equal(await recordCryptoChoice(current().db, key.ring, 'test'), true);
    assert.equal(
      await recordCryptoChoice(current().db, key.ring, 'test'),
      false,
      'the same choice is not recorded twice',
    );
    const last = await current()
      .db.selectFrom('audit_events')
      .select('payload')
      .where('action', '=', 'crypto.configured')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal((last.payload as { algorithm: string }).algorithm, 'AES-256');
    const record = await showRecord(current().db, fixture.records.aOwnDepartment, { key, actor: 'test' });
    assert.equal(record.fields.legal_representative_id_number, fixture.personalIdNumber);
    assert.equal(
      await recordCryptoChoice(current().db, createDataKeyRing(key.ring.current), 'test'),
      true,
      'back to SM4 is recorded again',
    );
  });
});
