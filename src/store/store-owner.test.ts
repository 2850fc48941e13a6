import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from './connect.ts';
import { claimStore, LOCK_FILE, readOwner, type StoreOwner } from './store-owner.ts';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-owner-'));
}

/** The pid of a process that has exited (so no process runs with it, barring immediate reuse). */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

test('a second opener of a directory held by a non-serving process stops at once, naming the pid and the command', async () => {
  const dataDir = tempDir();
  const holder = await openStore({ dataDir }, { migrate: false, command: 'xinping import 样例.csv' });
  try {
    await assert.rejects(openStore({ dataDir }, { migrate: false }), (error: { userMessage: string }) => {
      assert.match(error.userMessage, new RegExp(`进程 ${process.pid}\\（xinping import 样例\\.csv\\）`));
      assert.match(error.userMessage, /请等它结束/);
      return true;
    });
  } finally {
    await holder.close();
  }
  assert.equal(fs.existsSync(path.join(dataDir, LOCK_FILE)), false, 'closing the store removes the lock');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('a lock left by a killed process is cleared and the directory opens', async () => {
  const dataDir = tempDir();
  const stale: StoreOwner = {
    pid: deadPid(),
    startTime: '1',
    hostname: os.hostname(),
    command: 'xinping serve',
    socket: path.join(dataDir, '.s.PGSQL.5432'),
  };
  fs.writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify(stale));
  fs.writeFileSync(stale.socket!, '');
  const store = await openStore({ dataDir }, { migrate: false, serve: true, command: 'xinping serve' });
  try {
    const owner = readOwner(dataDir)!;
    assert.equal(owner.pid, process.pid);
    assert.equal(owner.socket, stale.socket, 'the dead owner’s socket file was replaced by a live one');
  } finally {
    await store.close();
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('a lock whose pid now belongs to another process (started later) counts as stale', () => {
  const dataDir = tempDir();
  fs.writeFileSync(
    path.join(dataDir, LOCK_FILE),
    JSON.stringify({
      pid: process.pid,
      startTime: '0',
      hostname: os.hostname(),
      command: 'xinping import',
      socket: null,
    }),
  );
  const claim = claimStore(dataDir, 'xinping db migrate', null);
  assert.equal(claim.claimed, true);
  if (claim.claimed) claim.release();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('of many processes clearing the same stale lock at once, exactly one becomes the owner', async () => {
  const dataDir = tempDir();
  fs.writeFileSync(
    path.join(dataDir, LOCK_FILE),
    JSON.stringify({ pid: deadPid(), startTime: '1', hostname: os.hostname(), command: 'xinping start', socket: null }),
  );
  // Each racer loads, says it is ready, claims on 'go' and holds its claim until its stdin closes.
  const script = `import { claimStore } from ${JSON.stringify(path.resolve(import.meta.dirname, 'store-owner.ts'))};
    let claim;
    process.stdout.write('ready\\n');
    process.stdin.once('data', () => {
      claim = claimStore(process.argv[1], 'racer', null);
      process.stdout.write(claim.claimed ? 'owner\\n' : 'refused\\n');
    });
    process.stdin.on('end', () => claim?.claimed && claim.release());`;
  const racers = Array.from({ length: 6 }, () =>
    spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dataDir], {
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  );
  const lines = racers.map((child) => {
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    return (count: number) =>
      new Promise<string[]>((resolve) => {
        const look = () => output.split('\n').length > count && resolve(output.trim().split('\n'));
        child.stdout.on('data', look);
        look();
      });
  });
  await Promise.all(lines.map((read) => read(1)));
  racers.forEach((child) => child.stdin.write('go\n'));
  const results = (await Promise.all(lines.map((read) => read(2)))).map((output) => output[1]);
  racers.forEach((child) => child.stdin.end());
  await Promise.all(racers.map((child) => new Promise((resolve) => child.on('close', resolve))));
  assert.deepEqual(results.filter((result) => result === 'owner').length, 1, results.join(','));
  assert.deepEqual(results.filter((result) => result === 'refused').length, 5, results.join(','));
  fs.rmSync(dataDir, { recursive: true, force: true });
});
