import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import type { Store } from '../../store/connect.ts';
import type { Command, CommandContext } from '../command.ts';
import { demoCommand } from './demo.ts';
import { indexCloseCommand } from './index-close.ts';
import { indexShowCommand } from './index-show.ts';

async function run(command: Command, store: Store, args: string[]) {
  const output = { stdout: '', stderr: '' };
  const sink = (key: 'stdout' | 'stderr') =>
    ({ write: (chunk: string) => ((output[key] += chunk), true) }) as unknown as NodeJS.WritableStream;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-index-cli-'));
  const context: CommandContext = {
    args,
    usage: '',
    config: { dataDir },
    store: async () => store,
    stdout: sink('stdout'),
    stderr: sink('stderr'),
  };
  const exit = await command.run(context);
  return { exit, ...output };
}

describeOnEachEngine('xinping index', (store) => {
  test('xinping demo gives the district an index history, which index show prints with the base month and the provisional month', async () => {
    const demo = await run(demoCommand, store(), ['--enterprises', '60']);
    assert.match(demo.stdout, /信用指数：已回溯生成 \d{4}-\d{2} 至 \d{4}-\d{2} 共 24 个月的历史并冻结/);
    const shown = await run(indexShowCommand, store(), []);
    assert.equal(shown.exit, 0);
    assert.match(
      shown.stdout,
      /^信用指数（全区，基期 2025-01 = 100，方法摘要 [0-9a-f]{12}），编制方法：docs\/credit-index\.md\n/,
    );
    assert.match(shown.stdout, /\n {2}2025-01 {3}已结算\* +100\.00 /);
    assert.match(shown.stdout, /暂定/, 'the month under way');
    assert.match(shown.stdout, /\* 回溯重建/);
    const tiers = await run(indexShowCommand, store(), [
      '--dimension',
      'tier',
      '--from',
      '2025-01',
      '--to',
      '2025-01',
      '--json',
    ]);
    const series = JSON.parse(tiers.stdout);
    assert.ok(series.series.some((group: { group: string }) => group.group === 'tech_sme'));
    for (const group of series.series) {
      const [point] = group.points;
      assert.ok(
        point.withheld
          ? point.value === null && point.enterprises === null
          : point.value === 100 && point.enterprises >= 10,
        `${group.group}: withheld below 10, else 100 in the base month`,
      );
    }
  });

  test('index close finds the ended months closed already, and says so for a month asked by name', async () => {
    const all = await run(indexCloseCommand, store(), []);
    assert.equal(all.stdout, '没有需要结算的月份（已结束的月份均已结算，或尚无评价结果）\n');
    const named = await run(indexCloseCommand, store(), ['--month', '2025-01']);
    assert.equal(named.stdout, '2025-01：此前已结算，结算值不再改变\n');
  });

  test('index show and close refuse bad arguments in Chinese', async () => {
    await assert.rejects(run(indexShowCommand, store(), ['--dimension', 'city']), {
      code: 'INVALID_INPUT',
      userMessage: /--dimension 应为 district、region、industry_section、industry_division、tier 之一，实际为“city”/,
    });
    await assert.rejects(run(indexCloseCommand, store(), ['--month', '2099-01']), {
      code: 'PRECONDITION_FAILED',
      userMessage: /2099-01 尚未结束/,
    });
  });
});
