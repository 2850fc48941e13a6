import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { readListenAddress } from './serve.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

test('serve listens on 127.0.0.1:8080 unless --port, --host or PORT say otherwise', () => {
  assert.deepEqual(readListenAddress([], {}), { host: '127.0.0.1', port: 8080 });
  assert.deepEqual(readListenAddress([], { PORT: '9000' }), { host: '127.0.0.1', port: 9000 });
  assert.deepEqual(readListenAddress(['--port', '7000', '--host', '0.0.0.0'], { PORT: '9000' }), {
    host: '0.0.0.0',
    port: 7000,
  });
  assert.throws(() => readListenAddress(['--port', 'eighty'], {}), {
    userMessage: '端口应为 0–65535 的整数，实际为“eighty”',
  });
});

test('xinping serve on a port already in use says which port and what to do, without a stack trace', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-serve-'));
  const taken = net.createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const port = (taken.address() as net.AddressInfo).port;
  try {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/xinping.js'), 'serve', '--port', String(port)], {
      env: { ...process.env, XINPING_DATA_DIR: dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr, new RegExp(`端口 ${port} 已被占用`));
    assert.match(run.stderr, /--port 0 表示自动选择空闲端口/);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  } finally {
    taken.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('xinping serve prints its address in Chinese, answers /healthz and stops on SIGTERM', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-serve-'));
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/xinping.js'), 'serve', '--port', '0'], {
    env: { ...process.env, XINPING_DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed: ${output}`)), 60_000);
      child.stdout.on('data', () => {
        const match = /信评已启动：(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    assert.match(output, /接口文档：http:\/\/127\.0\.0\.1:\d+\/docs/);
    const health = await fetch(`${url}/healthz`);
    assert.deepEqual(await health.json(), { status: 'ok', database: 'pglite' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(output, /信评已停止/);
  } finally {
    child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
