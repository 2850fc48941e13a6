import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import { registerEnterprises } from '../../services/enterprises/register-enterprises.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import type { Store } from '../../store/connect.ts';
import type { CommandContext } from '../command.ts';
import { reportCommand } from './report.ts';

const uscc = makeUscc(`91420703${makeOrganizationCode('MA4R0001')}`);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-report-cli-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** Runs the command in-process against the test store (its key in a temporary data directory) and captures its output. */
async function run(args: string[], store: Store): Promise<{ exit: number; stdout: string; stderr: string }> {
  const output = { stdout: '', stderr: '' };
  const sink = (key: 'stdout' | 'stderr') =>
    ({
      write: (chunk: string | Buffer) => ((output[key] += chunk.toString()), true),
    }) as unknown as NodeJS.WritableStream;
  const context: CommandContext = {
    args,
    usage: '',
    config: { dataDir },
    store: async () => store,
    stdout: sink('stdout'),
    stderr: sink('stderr'),
  };
  const exit = await reportCommand.run(context);
  return { exit, ...output };
}

describeOnEachEngine('the report command', (store) => {
  before(async () => {
    await registerEnterprises(
      store().db,
      '测试',
      [
        {
          uscc,
          name: '鄂州华容光电科技有限公司',
          legalRepresentative: '张三明',
          industryCode: 'C39',
          registeredOn: '2019-03-01',
          tiers: ['tech_sme'],
        },
      ],
      { today: '2026-11-01' },
    );
    await ensurePublishedModel(store());
  });

  test('writes a numbered PDF and says where, with its verification code', async () => {
    const out = path.join(dataDir, 'report.pdf');
    const result = await run(
      [uscc, '--format', 'pdf', '--out', out, '--as-of', '2026-11-01', '--operator', '王科员'],
      store(),
    );
    assert.equal(result.exit, 0, result.stderr);
    assert.equal(fs.readFileSync(out).subarray(0, 5).toString(), '%PDF-');
    assert.match(
      result.stdout,
      /^已签发信用报告 XP-420703-\d{8}-\d{6}（完整版）：鄂州华容光电科技有限公司，信用等级 [A-D] 级/,
    );
    assert.match(result.stdout, /验证码 [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}，核验地址 \/verify\/XP-/);
  });

  test('takes the format from the file name, and prints JSON to standard output with --out -', async () => {
    const out = path.join(dataDir, 'report.html');
    assert.equal((await run([uscc, '--out', out, '--audience', 'public'], store())).exit, 0);
    assert.match(fs.readFileSync(out, 'utf8'), /公示版/);
    const printed = await run([uscc, '--format', 'json', '--out', '-'], store());
    assert.equal(printed.exit, 0);
    assert.equal(JSON.parse(printed.stdout).enterprise.uscc, uscc);
  });

  test('without an output file it prints the usage and exits 2; an unknown format or audience is refused in Chinese', async () => {
    assert.equal((await run([uscc], store())).exit, 2);
    await assert.rejects(run([uscc, '--out', path.join(dataDir, 'report.doc')], store()), /请用 --format 指定格式/);
    await assert.rejects(
      run([uscc, '--out', '-', '--format', 'json', '--audience', 'bank'], store()),
      /--audience 应为 full（完整版）或 public（公示版）/,
    );
  });
});
