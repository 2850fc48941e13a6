import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../test/support/stores.ts';
import { buildServer } from './build-server.ts';
import type { ZodApp } from './server-context.ts';

describeOnEachEngine('the web application served by the platform', (current) => {
  let app: ZodApp;
  let webDist: string;
  before(async () => {
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-web-'));
    fs.mkdirSync(path.join(webDist, 'assets'));
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>信评</title><div id="root"></div>');
    fs.writeFileSync(path.join(webDist, 'assets', 'index-abc123.js'), 'console.log（"信评"）');
    app = await buildServer(current(), { webDist });
  });
  after(async () => {
    await app?.close();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  test('a deep link of the web application gets index.html, revalidated on every load', async () => {
    for (const url of ['/', '/admin', '/admin/enterprises/91420703MA4F1B2C3D?tab=records', '/login']) {
      const response = await app.inject({ method: 'GET', url });
      assert.equal(response.statusCode, 200, url);
      assert.match(response.headers['content-type'] as string, /^text\/html/);
      assert.match(response.body, /<div id="root">/);
      assert.equal(response.headers['cache-control'], 'no-cache');
    }
  });

  test('a built asset is served as a file and cached for a year', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-type'] as string, /javascript/);
    assert.equal(response.body, 'console.log（"信评"）');
    assert.match(response.headers['cache-control'] as string, /max-age=31536000.*immutable/);
  });

  test('a missing asset of an old build is a 404, not index.html', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-old999.js' });
    assert.equal(response.statusCode, 404);
  });

  test('API, documentation and verification paths are never hidden behind the web application', async () => {
    const unknownApi = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    assert.equal(unknownApi.statusCode, 404);
    assert.equal(unknownApi.json().error.message, '不存在的接口：GET /api/no-such-thing');
    assert.equal((await app.inject({ method: 'GET', url: '/healthz' })).json().status, 'ok');
    assert.equal((await app.inject({ method: 'GET', url: '/openapi.json' })).json().info.title, '信评 xinping API');
    const verification = await app.inject({ method: 'GET', url: '/verify/XP-NOPE?code=123' });
    assert.match(verification.headers['content-type'] as string, /application\/json/);
    const traversal = await app.inject({ method: 'GET', url: '/..%2f..%2fetc%2fpasswd' });
    assert.ok(!traversal.body.includes('root:'), 'no file outside web/dist is served');
  });

  test('the web routes are not API operations: they are not in the OpenAPI document', async () => {
    const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    assert.ok(!Object.keys(document.paths).some((url) => url === '/' || url.includes('*')));
    assert.ok(!app.apiRoutes.some((route) => route.url === '/*' || route.url === '/'));
  });

  test('without a built web application the server still starts and / says in Chinese how to build it', async () => {
    const bare = await buildServer(current(), { webDist: path.join(webDist, 'missing') });
    try {
      const response = await bare.inject({ method: 'GET', url: '/' });
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /网页界面尚未构建/);
      assert.match(response.body, /npm run build:web/);
      assert.equal((await bare.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
    } finally {
      await bare.close();
    }
  });
});
