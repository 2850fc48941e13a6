import assert from 'node:assert/strict';
import path from 'node:path';
import { before, test } from 'node:test';
import { DEFAULT_DATASET, loadDataset } from '../../../bench/dataset.ts';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { MODELS_DIR } from '../../engine/load-model.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import type { Store } from '../../store/connect.ts';
import type { CommandContext } from '../command.ts';
import { modelSimulateCommand } from './model-simulate.ts';

const ENTERPRISES = 150;

async function simulate(args: string[], store: Store): Promise<{ exit: number; stdout: string }> {
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
  const exit = await modelSimulateCommand.run(context);
  return { exit, stdout };
}

describeOnEachEngine('xinping model simulate models/huarong-sci-tech/v2', (store, _engine, owner) => {
  before(async () => {
    await loadDataset(owner(), { ...DEFAULT_DATASET, enterprises: ENTERPRISES });
    await ensurePublishedModel(store());
  });

  test('prints the grade distributions, the transition matrix against v1 whose cells add up to every enterprise, and what changed', async () => {
    const result = await simulate(
      [path.join(MODELS_DIR, 'huarong-sci-tech', 'v2'), '--operator', '模型管理员'],
      store(),
    );
    assert.equal(result.exit, 0);
    assert.match(result.stdout, /模拟草稿 huarong-sci-tech\/v2/);
    assert.match(result.stdout, /对比现行发布版本 huarong-sci-tech\/v1/);
    const lines = result.stdout.split('\n');
    const header = lines.findIndex((line) => line.startsWith('等级迁移矩阵（行：现行等级，列：草稿等级）'));
    assert.ok(header >= 0, result.stdout);
    assert.deepEqual(lines[header + 1].trim().split(/\s+/), ['A', 'B', 'C', 'D']);
    const rows = lines.slice(header + 2, header + 6).map((line) => line.trim().split(/\s+/));
    assert.deepEqual(
      rows.map((row) => row[0]),
      ['A', 'B', 'C', 'D'],
    );
    const total = rows
      .flatMap((row) => row.slice(1).map((cell) => Number(cell.replaceAll(',', ''))))
      .reduce((a, b) => a + b, 0);
    assert.equal(total, ENTERPRISES);
    assert.match(result.stdout, /与 huarong-sci-tech\/v1 相比的变更（\d+ 项）/);
    assert.match(result.stdout, /新增否决项“科研失信行为被认定为严重且处理期限未满”：等级不高于 C/);
    assert.doesNotMatch(result.stdout, /维度权重或上下限变化/);
  });
});
