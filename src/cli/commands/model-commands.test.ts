import assert from 'node:assert/strict';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import type { CommandContext } from '../command.ts';
import { modelLintCommand } from './model-lint.ts';
import { modelTestCommand } from './model-test.ts';

const brokenModel = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../engine/test-fixtures/broken-model',
);

async function run(command: typeof modelLintCommand, args: string[]): Promise<{ code: number; output: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let output = '';
  stdout.on('data', (chunk) => (output += chunk));
  stderr.on('data', (chunk) => (output += chunk));
  const context: CommandContext = {
    args,
    usage: '',
    config: { dataDir: '' },
    store: () => Promise.reject(new Error('model commands do not open the store')),
    stdout,
    stderr,
  };
  const code = await command.run(context);
  return { code, output };
}

describe('xinping model lint and model test', () => {
  test('`model lint` with no directory checks every model and passes on models v1 and v2', async () => {
    const { code, output } = await run(modelLintCommand, []);
    assert.equal(code, 0);
    assert.match(output, /✓ models\/huarong-sci-tech\/v1：检查通过（9 个维度、28 个指标/);
    assert.match(output, /✓ models\/huarong-sci-tech\/v2：检查通过（9 个维度、33 个指标/);
  });

  test('`model lint` on the broken model exits 1 and lists its problems', async () => {
    const { code, output } = await run(modelLintCommand, [brokenModel]);
    assert.equal(code, 1);
    assert.match(output, /发现 13 处问题/);
    assert.match(output, /各维度权重合计为 90%，应为 100%/);
    assert.match(output, /等级表缺少兜底行/);
  });

  test('`model test` prints each case’s sentence and exits 0 when all pass', async () => {
    const { code, output } = await run(modelTestCommand, []);
    assert.equal(code, 0);
    assert.match(output, /✓ \[penalties_minor\] 2026 年 4 月 1 日起评价时,同一条轻微失信处罚只扣 1 分/);
    assert.match(output, /✓ \[inspection_findings_pending\] 近 12 个月内一次“发现问题待后续处理”的抽查结果扣 10 分/);
    assert.match(output, /全部 \d+ 个用例通过/);
  });
});
