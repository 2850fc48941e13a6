import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { demoSnapshot } from './e2e/support/start-demo-platform.ts';
import { testCacheDir } from './support/stores.ts';

/**
 * The README's 常用命令 are what a new user copies first: every line runs here, in the order written, on a data
 * directory the way `xinping demo` leaves it, and must finish without an error. A command added to the README is
 * covered by this test without changing it.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const XINPING = path.join(ROOT, 'bin/xinping.js');

interface CommandRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string, dataDir: string): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [XINPING, ...args], {
      cwd,
      env: { ...process.env, XINPING_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `xinping serve`: runs until it prints its address, answers /healthz, then stops on SIGTERM. */
function runServe(args: string[], cwd: string, dataDir: string): Promise<CommandRun & { health: number }> {
  const portIndex = args.indexOf('--port');
  const free = [...args];
  if (portIndex >= 0) free[portIndex + 1] = '0'; // the README's 8080 may be taken on the machine running the tests
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [XINPING, ...free], {
      cwd,
      env: { ...process.env, XINPING_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let health = 0;
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.stdout.on('data', async (chunk) => {
      stdout += String(chunk);
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match && !health) {
        health = -1;
        health = (await fetch(`${match[1]}/healthz`)).status;
        child.kill('SIGTERM');
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, health }));
  });
}

/**
 * A data directory as `xinping demo` leaves it (demo district, demo store, demo accounts, model v1 published). Within
 * a run of the suite (testCacheDir) it is a copy of the run's demo district, which scripts/test.sh generates anyway
 * for the browser tests: generating it again here was a third of this file's CPU time. Run alone, `xinping demo`.
 */
async function prepareDemoDataDir(dataDir: string, cwd: string): Promise<void> {
  const cacheDir = testCacheDir();
  if (!cacheDir) {
    const demo = await run(['demo'], cwd, dataDir);
    assert.equal(demo.code, 0, demo.stderr);
    return;
  }
  fs.cpSync((await demoSnapshot(cacheDir, {})).dataDir, dataDir, { recursive: true });
}

/** The `npx xinping …` lines of the README's 常用命令 block, each split on `&&`, comments removed. */
function readmeCommands(): string[][] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## 常用命令'));
  const block = /```bash\n([\s\S]*?)```/.exec(section)![1]!;
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.startsWith('npx xinping'))
    .flatMap((line) => line.split('&&'))
    .map((part) => part.trim().split(/\s+/).slice(2));
}

describe('the README’s example commands', () => {
  const commands = readmeCommands();
  let workDir: string;
  let dataDir: string;

  before(async () => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-readme-'));
    dataDir = path.join(workDir, 'data');
    await prepareDemoDataDir(dataDir, workDir);
  });
  after(() => fs.rmSync(workDir, { recursive: true, force: true }));

  test('the README lists the commands a new user tries first', () => {
    const names = commands.map((args) => args.slice(0, 2).join(' '));
    for (const expected of [
      'uscc 914207035492727832',
      'import ./样例文件/区市场监管局-行政处罚-2026-11-01.xlsx',
      'evaluate 914207035492727832',
      'audit verify',
      'serve --port',
    ]) {
      assert.ok(names.includes(expected), `README 缺少示例“${expected}”：${names.join(';')}`);
    }
  });

  test('every README command runs on the demo district without an error', async () => {
    assert.ok(commands.length >= 15, `only ${commands.length} commands found`);
    for (const args of commands) {
      const shown = `xinping ${args.join(' ')}`;
      if (args[0] === 'serve') {
        const served = await runServe(args, workDir, dataDir);
        assert.equal(
          served.health,
          200,
          `${shown}: /healthz answered ${served.health}\n${served.stdout}\n${served.stderr}`,
        );
        assert.equal(served.code, 0, `${shown} did not stop cleanly on SIGTERM\n${served.stderr}`);
        continue;
      }
      const result = await run(args, workDir, dataDir);
      assert.equal(result.code, 0, `${shown} exited with ${result.code}\n${result.stdout}\n${result.stderr}`);
      assert.ok(result.stdout.trim().length > 0, `${shown} printed nothing`);
      assert.doesNotMatch(result.stderr, /^\s+at /m, `${shown} printed a stack trace\n${result.stderr}`);
    }
  });

  test('the examples did what their comments say', async () => {
    assert.equal(fs.readFileSync(path.join(workDir, '报告.pdf')).subarray(0, 5).toString(), '%PDF-');
    assert.equal(fs.readFileSync(path.join(workDir, '通报.pdf')).subarray(0, 5).toString(), '%PDF-');
    const vetoed = await run(['evaluate', '91420703MA447HA309', '--json'], workDir, dataDir);
    assert.equal((JSON.parse(vetoed.stdout) as { grade: string }).grade, 'D');
    const checked = await run(['uscc', '914207035492727832', '--json'], workDir, dataDir);
    assert.match(checked.stdout, /"valid":\s*true/);
  });
});
