import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { parseSecretKey } from './protect-personal.ts';
import { findUpload, readUploadContent, stageUpload } from './staged-uploads.ts';

const { ring } = parseSecretKey('4d'.repeat(32));
const CSV = Buffer.from('行政相对人名称,法定代表人证件号码\r\n甲,420703198512120042\r\n');

let dataDir: string;
before(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-staged-'));
});
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describeOnEachEngine('uploads staged in the store', (current) => {
  const stage = (fileName: string) =>
    stageUpload(current().db, dataDir, ring, {
      fileName,
      content: CSV,
      departmentCode: 'scjg',
      kind: null,
      uploadedBy: 'dept',
    });

  test('an upload reads back as sent, under the name the department gave it', async () => {
    const upload = await stage('C:\\报送\\七月处罚.csv');
    const found = await findUpload(current().db, upload.id, ring);
    assert.deepEqual(
      [found.fileName, found.departmentCode, found.uploadedBy, found.preview],
      ['七月处罚.csv', 'scjg', 'dept', null],
    );
    assert.deepEqual(await readUploadContent(current().db, upload.id, ring), CSV);
  });

  test('an upload older than a day is gone when the next one is staged, with the message to upload it again', async () => {
    const old = await stage('八月处罚.csv');
    await sql`update staged_uploads set uploaded_at = now() - interval '25 hours' where id = ${old.id}`.execute(
      current().db,
    );
    const fresh = await stage('九月处罚.csv');
    await assert.rejects(findUpload(current().db, old.id, ring), {
      message: '上传的文件不存在或已过期（上传后 24 小时内有效），请重新上传',
    });
    assert.equal((await findUpload(current().db, fresh.id, ring)).fileName, '九月处罚.csv');
  });

  test('upload folders an earlier version left in the data directory go after a day, those of the day stay', async () => {
    const folder = (name: string) => path.join(dataDir, 'imports', 'uploads', name);
    for (const name of ['old', 'new']) {
      fs.mkdirSync(folder(name), { recursive: true });
      fs.writeFileSync(path.join(folder(name), 'meta.json'), '{}');
    }
    const dayAgo = new Date(Date.now() - 25 * 3_600_000);
    fs.utimesSync(folder('old'), dayAgo, dayAgo);
    await stage('十月处罚.csv');
    assert.deepEqual(fs.readdirSync(path.join(dataDir, 'imports', 'uploads')), ['new']);
  });
});
