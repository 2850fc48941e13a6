import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { test } from 'node:test';
import { makeUscc } from '../../domain/uscc.ts';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/xinping.js');

async function xinping(args: string[], dataDir: string): Promise<{ code: number; stdout: string }> {
  const env = { ...process.env, XINPING_DATA_DIR: dataDir, DATABASE_URL: '' };
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, ...args], { env });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

test('xinping uscc prints one line per code and exits 0 when all are valid, without touching the database', async () => {
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-uscc-')), 'data');
  const warned = makeUscc('91110000600037342');
  const { code, stdout } = await xinping(['uscc', '91110000600037341L', '9115 2201-0783 7628 60', warned], dataDir);
  assert.equal(code, 0);
  assert.equal(
    stdout,
    `91110000600037341L\tvalid\n911522010783762860\tvalid\n${warned}\tvalid\t警告：组织机构代码（第9–17位）校验位应为“1”实际为“2”（GB 11714，仅提示）\n`,
  );
  assert.equal(fs.existsSync(dataDir), false);
});

test('xinping uscc exits 1 and gives the reason of each invalid code, in JSON lines with --json', async () => {
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-uscc-')), 'data');
  const text = await xinping(['uscc', '91110000600037341L', '9111000060003734'], dataDir);
  assert.equal(text.code, 1);
  assert.equal(text.stdout, '91110000600037341L\tvalid\n9111000060003734\tinvalid\t长度不是18位（实际16位）\n');
  const json = await xinping(['uscc', '--json', '91110000600037341N'], dataDir);
  assert.equal(json.code, 1);
  assert.deepEqual(JSON.parse(json.stdout), {
    input: '91110000600037341N',
    code: '91110000600037341N',
    valid: false,
    failure: 'check',
    reason: '校验位应为“L”实际为“N”',
  });
  assert.equal(
    fs.existsSync(dataDir),
    false,
    'no store exists, so none is created just to look for accepted legacy codes',
  );
});
