import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import type { Store } from '../../store/connect.ts';
import type { Command, CommandContext } from '../command.ts';
import { workingDaysAddCommand } from './working-days-add.ts';
import { workingDaysListCommand } from './working-days-list.ts';
import { workingDaysLoadCommand } from './working-days-load.ts';

const SAMPLE_2027 = path.join(import.meta.dirname, '../../../docs/holidays-2027.sample.yaml');

async function run(command: Command, args: string[], store: Store): Promise<{ exit: number; stdout: string }> {
  let stdout = '';
  const sink = { write: (chunk: string) => ((stdout += chunk), true) } as unknown as NodeJS.WritableStream;
  const context: CommandContext = {
    args,
    usage: '',
    config: { dataDir: '' },
    store: async () => store,
    stdout: sink,
    stderr: sink,
  };
  return { exit: await command.run(context), stdout };
}

const add = async (store: Store, from: string, days: string) =>
  JSON.parse((await run(workingDaysAddCommand, [from, days, '--json'], store)).stdout);

describeOnEachEngine('the working-days commands', (store) => {
  test('before 2027 is loaded a deadline reaching it says covered:false; once loaded it skips 1 January and the Spring Festival', async () => {
    assert.deepEqual(await add(store(), '2026-12-17', '15'), { date: '2027-01-07', covered: false });
    assert.equal(
      (await run(workingDaysAddCommand, ['2026-12-17', '15'], store())).stdout,
      '2026-12-17 之后第 15 个工作日：2027-01-07（按现行节假日安排推算，待次年安排公布后更新）\n',
    );
    assert.deepEqual(await add(store(), '2026-12-30', '1'), { date: '2026-12-31', covered: true });

    const loaded = await run(workingDaysLoadCommand, [SAMPLE_2027, '--operator', '王五'], store());
    assert.equal(loaded.exit, 0);
    assert.equal(
      loaded.stdout,
      '已载入 2027 年节假日安排（示例安排，非正式通知；载入前替换为国务院办公厅关于2027年部分节假日安排的通知名称及文号）：放假 29 天，调休上班 4 天。\n没有需要调整的办理期限。\n',
    );

    assert.deepEqual(await add(store(), '2026-12-17', '15'), { date: '2027-01-08', covered: true });
    assert.deepEqual(
      await add(store(), '2026-12-31', '1'),
      { date: '2027-01-04', covered: true },
      '2027-01-01 is not a working day',
    );
    assert.deepEqual(
      await add(store(), '2027-02-04', '1'),
      { date: '2027-02-15', covered: true },
      'the Spring Festival days are skipped',
    );
    assert.deepEqual(
      await add(store(), '2027-02-19', '1'),
      { date: '2027-02-20', covered: true },
      'a Saturday made a working day',
    );

    const listed = (await run(workingDaysListCommand, [], store())).stdout;
    assert.match(listed, /^ {2}2027 年 .+：王五 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 载入$/m);
    assert.match(listed, /^ {2}2026 年 .+：随平台发布$/m);
    assert.doesNotMatch(listed, /\.yaml|T\d{2}:|§/, listed);
    const listing = JSON.parse((await run(workingDaysListCommand, ['--json'], store())).stdout);
    assert.equal(listing.lastCoveredDay, '2027-12-31');
    assert.deepEqual(
      listing.years
        .map((year: { year: number; source: string; loadedBy: string }) => [year.year, year.source, year.loadedBy])
        .at(-1),
      [2027, 'loaded', '王五'],
    );
  });

  test('a bad date or count is refused in Chinese', async () => {
    await assert.rejects(run(workingDaysAddCommand, ['2026-02-30', '3'], store()), {
      userMessage: '起算日期“2026-02-30”不是有效日期（格式 YYYY-MM-DD）',
    });
    await assert.rejects(run(workingDaysAddCommand, ['2026-02-03', '0'], store()), {
      userMessage: '工作日数“0”应为 1 至 3650 之间的整数',
    });
  });
});
