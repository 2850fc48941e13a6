import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import type { Store } from '../../store/connect.ts';
import type { Command, CommandContext } from '../command.ts';
import { enterpriseAcceptLegacyCommand } from './enterprise-accept-legacy.ts';
import { enterpriseListCommand } from './enterprise-list.ts';
import { enterpriseRegisterCommand } from './enterprise-register.ts';
import { enterpriseShowCommand } from './enterprise-show.ts';
import { usccCommand } from './uscc.ts';

const code = (serial: number) => makeUscc(`91420703${makeOrganizationCode(`MA${String(serial).padStart(6, '0')}`)}`);
const LEGACY = '91350203M0001QKT19';

/** Runs a command in-process against the test store and captures what it prints. */
async function run(
  command: Command,
  args: string[],
  store: Store,
): Promise<{ exit: number; stdout: string; stderr: string }> {
  const output = { stdout: '', stderr: '' };
  const sink = (key: 'stdout' | 'stderr') =>
    ({ write: (chunk: string) => ((output[key] += chunk), true) }) as unknown as NodeJS.WritableStream;
  const context: CommandContext = {
    args,
    usage: '',
    config: { dataDir: '' },
    store: async () => store,
    hasStore: () => true,
    stdout: sink('stdout'),
    stderr: sink('stderr'),
  };
  const exit = await command.run(context);
  return { exit, ...output };
}

function writeJson(value: unknown): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-register-')), 'enterprises.json');
  fs.writeFileSync(file, JSON.stringify(value));
  return file;
}

describeOnEachEngine('the enterprise commands', (store) => {
  test('register from a JSON file reports each item in Chinese and exits 1 when one is refused', async () => {
    const file = writeJson([
      {
        uscc: code(1),
        name: '鄂州华容光电科技有限公司',
        legalRepresentative: '张三明',
        industryCode: 'C39',
        tiers: ['科技型中小企业'],
      },
      { uscc: code(2), name: '华容光谷智能装备有限公司', status: '营业' },
    ]);
    const result = await run(enterpriseRegisterCommand, ['--file', file, '--operator', '王科员'], store());
    assert.equal(result.exit, 1);
    assert.equal(
      result.stdout,
      `第1项 ${code(1)}：已登记\n第2项 ${code(2)}：被拒绝\n  错误 登记状态：“营业”不是登记状态之一（存续、在业、吊销、注销、迁出）\n共 2 项：新登记 1，更新 0，无变化 0，被拒绝 1\n`,
    );
  });

  test('register from flags exits 0 and prints JSON with --json', async () => {
    const result = await run(
      enterpriseRegisterCommand,
      [
        '--uscc',
        code(2),
        '--name',
        '华容光谷智能装备有限公司',
        '--tiers',
        'tech_sme,gazelle',
        '--operator',
        '王科员',
        '--json',
      ],
      store(),
    );
    assert.equal(result.exit, 0);
    const parsed = JSON.parse(result.stdout);
    assert.deepEqual([parsed.registered, parsed.items[0].outcome], [1, 'registered']);
  });

  test('register without an operator or without input prints the usage and exits 2', async () => {
    assert.equal((await run(enterpriseRegisterCommand, ['--uscc', code(3), '--name', 'x'], store())).exit, 2);
    assert.equal((await run(enterpriseRegisterCommand, ['--operator', 'x'], store())).exit, 2);
  });

  test('a file that is not JSON is refused with a Chinese message', async () => {
    const file = writeJson('x');
    fs.writeFileSync(file, '{ not json');
    await assert.rejects(run(enterpriseRegisterCommand, ['--file', file, '--operator', 'x'], store()), {
      code: 'INVALID_INPUT',
      userMessage: /不是有效的 JSON/,
    });
  });

  test('list prints code, name and a dash for the missing grade, and JSON with total and items', async () => {
    const text = await run(enterpriseListCommand, [], store());
    assert.equal(text.exit, 0);
    assert.equal(
      text.stdout,
      `${code(1)}\t鄂州华容光电科技有限公司\t-\n${code(2)}\t华容光谷智能装备有限公司\t-\n共 2 家企业，显示第 1–2 家\n`,
    );
    const json = JSON.parse(
      (await run(enterpriseListCommand, ['--json', '--query', '光电', '--limit', '5'], store())).stdout,
    );
    assert.equal(json.total, 1);
    assert.deepEqual(
      [json.items[0].uscc, json.items[0].name, json.items[0].grade],
      [code(1), '鄂州华容光电科技有限公司', null],
    );
  });

  test('show prints a readable summary with the legal representative masked', async () => {
    const result = await run(enterpriseShowCommand, [code(1)], store());
    assert.equal(result.exit, 0);
    assert.match(result.stdout, /^鄂州华容光电科技有限公司\n/);
    assert.match(result.stdout, /法定代表人：张\*明\n/);
    assert.match(result.stdout, /科创层级：科技型中小企业\n/);
    assert.match(result.stdout, /信用等级：-（尚未评价）\n/);
    assert.match(result.stdout, /信用记录 0 条\n$/);
    assert.doesNotMatch(result.stdout, /张三明/);
    const json = JSON.parse((await run(enterpriseShowCommand, [code(1), '--json'], store())).stdout);
    assert.deepEqual([json.uscc, json.legal_representative, json.records], [code(1), '张*明', []]);
  });

  test('accept-legacy records the acceptance, after which xinping uscc calls the code valid with a note', async () => {
    const before = await run(usccCommand, [LEGACY], store());
    assert.deepEqual([before.exit, before.stdout], [1, `${LEGACY}\tinvalid\t校验位应为“F”实际为“9”\n`]);
    const accepted = await run(
      enterpriseAcceptLegacyCommand,
      [LEGACY, '--reason', '厦门早期试点代码', '--operator', '李主任'],
      store(),
    );
    assert.equal(accepted.exit, 0);
    assert.equal(
      accepted.stdout,
      `已认可历史代码 ${LEGACY}（未通过校验的原因：校验位应为“F”实际为“9”；认可理由：厦门早期试点代码；认可人：李主任）\n`,
    );
    const after = await run(usccCommand, [LEGACY], store());
    assert.equal(after.exit, 0);
    assert.match(
      after.stdout,
      new RegExp(
        `^${LEGACY}\\tvalid\\t历史代码：校验位应为“F”实际为“9”，已由李主任于\\d{4}-\\d{2}-\\d{2}人工认可\\（厦门早期试点代码\\）\\n$`,
      ),
    );
  });

  test('accept-legacy without a reason prints the usage and exits 2', async () => {
    assert.equal((await run(enterpriseAcceptLegacyCommand, [LEGACY, '--operator', '李主任'], store())).exit, 2);
  });
});
