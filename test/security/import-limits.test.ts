import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { SESSION_COOKIE } from '../../src/server/authenticate.ts';
import { createServerFixture, type ServerFixture } from '../../src/server/server-test-fixture.ts';
import { csvLine, PENALTY_HEADERS, samplePenaltyRow } from '../../src/services/import/sample-files.ts';
import { buildTestZip } from '../../src/services/import/test-zip.ts';
import { describeOnEachEngine } from '../support/stores.ts';

/** Replayed over HTTP: upload probes get a 400 with a Chinese reason, never a 500 or minutes of parsing. */
describeOnEachEngine('upload probes against the import preview', (current) => {
  let fixture: ServerFixture;
  let operator: string;
  before(async () => {
    fixture = await createServerFixture(current());
    operator = await fixture.logIn('department_operator');
  });
  after(async () => fixture?.close());

  const upload = (fileName: string, content: Buffer) =>
    fixture.injectAs(
      'department_operator',
      { method: 'POST', url: '/api/imports/uploads', payload: { fileName, contentBase64: content.toString('base64') } },
      operator,
    );
  const stagedUploads = async () =>
    (await current().db.selectFrom('staged_uploads').select('id').execute()).map((row) => row.id);

  test('a zip bomb named .xlsx (100 MB of zeros in 100 KB) is refused at once, naming the limit, before it is expanded', async () => {
    const bomb = buildTestZip([
      { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(100 * 1024 * 1024) },
    ]);
    assert.ok(bomb.length < 200 * 1024, `the bomb is small (${bomb.length} bytes)`);
    const started = performance.now();
    const response = await upload('三月处罚.xlsx', bomb);
    const elapsed = performance.now() - started;
    assert.equal(response.statusCode, 400, response.body);
    assert.equal(
      response.json().error.message,
      'Excel 文件“三月处罚.xlsx”未读取：“xl/worksheets/sheet1.xml”的压缩比超过 100 倍（压缩比限制），疑似压缩炸弹',
    );
    assert.ok(elapsed < 5000, `refused in ${Math.round(elapsed)} ms`);
  });

  test('malformed CSV quoting is a 400 naming the row and the problem in Chinese, never a 500', async () => {
    const header = csvLine(PENALTY_HEADERS, Object.fromEntries(PENALTY_HEADERS.map((header) => [header, header])));
    const good = csvLine(PENALTY_HEADERS, samplePenaltyRow(1));
    const unclosed = await upload('四月处罚.csv', Buffer.from(header + good + good + '"未闭合的引号,罚款\r\n'));
    assert.equal(unclosed.statusCode, 400, unclosed.body);
    assert.equal(unclosed.json().error.message, 'CSV 格式错误（第4行附近）：引号没有闭合');
    const stray = await upload('五月处罚.csv', Buffer.from(header + good + 'a,"x"y\r\n' + good));
    assert.equal(stray.statusCode, 400, stray.body);
    assert.equal(
      stray.json().error.message,
      'CSV 格式错误（第3行附近）：引号后面紧跟了其他字符（单元格内的引号应写成两个引号 ""）',
    );
  });

  test('the preview stops, and the staged upload is removed, when the uploader disconnects', async () => {
    await fixture.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = fixture.app.server.address() as AddressInfo;
    // A large valid file: reading it takes far longer than noticing the disconnect.
    const lines = [csvLine(PENALTY_HEADERS, Object.fromEntries(PENALTY_HEADERS.map((header) => [header, header])))];
    for (let n = 0; lines.length < 30_000; n += 1) lines.push(csvLine(PENALTY_HEADERS, samplePenaltyRow(n)));
    const body = JSON.stringify({
      fileName: '全年处罚.csv',
      contentBase64: Buffer.from(lines.join('')).toString('base64'),
    });
    const before = new Set(await stagedUploads());
    const request = http.request({
      port,
      host: '127.0.0.1',
      method: 'POST',
      path: '/api/imports/uploads',
      headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${operator}` },
    });
    request.on('error', () => undefined);
    request.end(body);
    const waitFor = async (condition: () => Promise<boolean>, what: string) => {
      for (let attempt = 0; attempt < 600 && !(await condition()); attempt += 1)
        await new Promise((resolve) => setTimeout(resolve, 50));
      assert.ok(await condition(), what);
    };
    const added = async () => (await stagedUploads()).filter((id) => !before.has(id));
    await waitFor(async () => (await added()).length > 0, 'the upload was staged and its preview started');
    const [id] = await added();
    request.destroy();
    await waitFor(async () => !(await stagedUploads()).includes(id!), 'the abandoned upload was removed');
  });
});
