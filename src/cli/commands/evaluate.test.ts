import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { showEnterprise } from '../../services/enterprises/show-enterprise.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_DATASET, loadDataset } from '../../../bench/dataset.ts';
import { createTestStore, describeOnEachEngine, engines } from '../../../test/support/stores.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import { countCurrentGrades } from '../../store/evaluation.repository.ts';
import type { Store } from '../../store/connect.ts';
import type { Command, CommandContext } from '../command.ts';
import { evaluateCommand } from './evaluate.ts';
import { recordShowCommand } from './record-show.ts';
import { addDays } from '../../domain/month-arithmetic.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

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
    stdout: sink('stdout'),
    stderr: sink('stderr'),
  };
  const exit = await command.run(context);
  return { exit, ...output };
}

describeOnEachEngine('xinping evaluate and record show', (store, _engine, owner) => {
  before(async () => {
    await loadDataset(owner(), { ...DEFAULT_DATASET, enterprises: 120 });
    await ensurePublishedModel(store());
  });

  test('evaluate --all prints a summary with the count per grade, the same as the grades now current', async () => {
    const result = await run(evaluateCommand, ['--all'], store());
    assert.equal(result.exit, 0);
    assert.match(
      result.stdout,
      /^全部企业评价完成：任务 2，模型 huarong-sci-tech\/v1，评价基准日 \d{4}-\d{2}-\d{2}\n {2}评价 120 家，保存评价 120 条，用时 [\d.]+ 秒\n {2}等级分布：\n/,
    );
    const current = await countCurrentGrades(store().db);
    for (const [grade, label] of [
      ['A', '优秀'],
      ['B', '良好'],
      ['C', '一般'],
      ['D', '较差'],
    ]) {
      const count = current[grade] ?? 0;
      assert.match(
        result.stdout,
        new RegExp(`\\n {4}${grade} ${label} +${count} 家 +${((100 * count) / 120).toFixed(1)}%`),
      );
    }
    const json = JSON.parse((await run(evaluateCommand, ['--all', '--json'], store())).stdout);
    assert.deepEqual([json.evaluated, json.stored, json.gradeCounts], [120, 120, current]);
  });

  test('evaluate USCC --json prints the contract: score, grade, version, as-of, fingerprint, dimensions and traced indicators', async () => {
    const row = await store().db.selectFrom('enterprises').select('uscc').orderBy('id').executeTakeFirstOrThrow();
    const result = await run(evaluateCommand, [row.uscc, '--json'], store());
    assert.equal(result.exit, 0);
    const printed = JSON.parse(result.stdout);
    for (const key of ['uscc', 'score', 'grade', 'modelVersion', 'asOf', 'fingerprint', 'dimensions', 'indicators'])
      assert.ok(key in printed, key);
    assert.equal(printed.uscc, row.uscc);
    assert.equal(printed.modelVersion, 'huarong-sci-tech/v1');
    assert.equal(printed.dimensions.length, 9);
    for (const key of ['id', 'label', 'value', 'points', 'weight', 'records', 'parameters'])
      assert.ok(key in printed.indicators[0], key);
    const text = await run(evaluateCommand, [row.uscc], store());
    assert.match(text.stdout, new RegExp(`^企业 ${row.uscc}\\n {2}评价结果：${printed.score} 分，${printed.grade} 级`));
    const shown = await showEnterprise(store().db, row.uscc);
    assert.equal(shown.grade, printed.grade, 'enterprise show gives the grade just stored');
  });

  test('evaluate without a code, --all or --due prints the usage and exits 2', async () => {
    // Through the CLI: the usage line comes from the command table (commands/index.ts), as a user sees it.
    const result = await spawnCli(['evaluate'], { XINPING_DATA_DIR: path.join(os.tmpdir(), 'xinping-no-store') });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /用法： xinping evaluate USCC\|--all\|--due/);
  });

  test('record show --json gives a negative record its publicity window and a positive one none', async () => {
    const penalty = await store()
      .db.selectFrom('records')
      .select('id')
      .where('kind', '=', 'administrative_penalty')
      .where('status', '=', 'active')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const printed = JSON.parse(
      (await run(recordShowCommand, [String(penalty.id), '--json', '--as-of', todayInDistrict()], store())).stdout,
    );
    assert.ok(['轻微', '一般', '严重'].includes(printed.publicity.level));
    assert.match(printed.publicity.publicUntil, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(
      printed.publicity.repairableFrom === null || /^\d{4}-\d{2}-\d{2}$/.test(printed.publicity.repairableFrom),
    );
    assert.ok(['公示中', '可申请修复', '公示期满'].includes(printed.publicity.status));
    assert.equal(printed.id, penalty.id);
    const positive = await store()
      .db.selectFrom('records')
      .select('id')
      .where('kind', '=', 'patent')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    assert.equal(
      JSON.parse((await run(recordShowCommand, [String(positive.id), '--json'], store())).stdout).publicity,
      null,
    );
  });

  test('record show --as-of a day before the decision says the record did not exist yet, with its decision and arrival dates', async () => {
    const penalty = await store()
      .db.selectFrom('records')
      .select(['id', 'occurred_on'])
      .where('kind', '=', 'administrative_penalty')
      .where('occurred_on', 'is not', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const dayBefore = addDays(penalty.occurred_on!, -1);
    const arrivedOn = todayInDistrict();
    const text = await run(recordShowCommand, [String(penalty.id), '--as-of', dayBefore], store());
    assert.equal(text.exit, 0);
    assert.ok(
      text.stdout.includes(
        `\n  该记录在 ${dayBefore} 尚不存在（决定日期 ${penalty.occurred_on}，入库日期 ${arrivedOn}）\n`,
      ),
      text.stdout,
    );
    assert.doesNotMatch(text.stdout, /公示：程度/, 'no publicity status on a day the record did not exist');
    const printed = JSON.parse(
      (await run(recordShowCommand, [String(penalty.id), '--json', '--as-of', dayBefore], store())).stdout,
    );
    assert.deepEqual(
      [printed.publicity, printed.notYetExisting.decidedOn, printed.notYetExisting.arrivedOn],
      [null, penalty.occurred_on, arrivedOn],
    );
    const onTheDay = JSON.parse(
      (await run(recordShowCommand, [String(penalty.id), '--json', '--as-of', arrivedOn], store())).stdout,
    );
    assert.equal(onTheDay.notYetExisting, null);
  });
});

/** Runs `xinping ARGS` in a child process; `onStderr` sees its stderr as it comes. */
function spawnCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  onStderr: (text: string, kill: () => void) => void = () => {},
) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/xinping.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    onStderr(stderr, () => child.kill('SIGKILL'));
  });
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

for (const engine of engines()) {
  describe(`evaluate --all killed mid-run [${engine}]`, () => {
    const ENTERPRISES = 400;
    let env: NodeJS.ProcessEnv;
    let drop: () => Promise<void>;
    let dataDir: string | undefined;

    before(async () => {
      dataDir = engine === 'pglite' ? fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-resume-')) : undefined;
      const handle = await createTestStore(engine, { dataDir });
      await loadDataset(handle.owner, { ...DEFAULT_DATASET, enterprises: ENTERPRISES });
      await ensurePublishedModel(handle.store);
      // PGlite is one process's database: the children open it after this process lets go.
      if (engine === 'pglite') await handle.store.close();
      drop = engine === 'pglite' ? async () => fs.rmSync(dataDir!, { recursive: true, force: true }) : handle.drop;
      env = {
        XINPING_EVALUATION_SHARD_SIZE: '5',
        ...(engine === 'pglite'
          ? { XINPING_DATA_DIR: dataDir, DATABASE_URL: '' }
          : { DATABASE_URL: handle.databaseUrl }),
      };
    });
    after(async () => drop?.());

    test('a run killed with SIGKILL resumes after the last committed shard instead of starting over', async () => {
      // The benchmark dataset writes records without their first version, which `audit verify` reports: what matters
      // here is that the kill and the resumed run add no finding of their own.
      const verifiedBefore = await spawnCli(['audit', 'verify'], env);
      let killed = false;
      const first = await spawnCli(['evaluate', '--all', '--progress'], env, (text, kill) => {
        if (!killed && text.includes('评价进度')) {
          killed = true;
          kill();
        }
      });
      assert.equal(
        first.signal,
        'SIGKILL',
        `the first run should have been killed mid-way; it printed: ${first.stdout}${first.stderr}`,
      );
      // The killed process left its lock on the data directory: the next command finds its owner gone and clears it.
      if (engine === 'pglite') assert.ok(fs.existsSync(path.join(dataDir!, 'xinping.lock')));

      const second = await spawnCli(['evaluate', '--all', '--json'], env);
      assert.equal(second.code, 0, second.stderr);
      const summary = JSON.parse(second.stdout);
      assert.ok(summary.resumedAfter > 0, 'resumed after the committed shards');
      assert.equal(summary.evaluated, ENTERPRISES);
      assert.ok(summary.runId >= 2);

      const handle =
        engine === 'pglite'
          ? { store: await (await import('../../store/connect.ts')).openStore({ dataDir: dataDir! }) }
          : { store: undefined };
      const store =
        handle.store ??
        (await (await import('../../store/connect.ts')).openStore({ databaseUrl: env.DATABASE_URL, dataDir: '' }));
      try {
        const stored = await store.db
          .selectFrom('evaluations')
          .select((eb) => [
            eb.fn.countAll<number>().as('rows'),
            eb.fn.count<number>('enterprise_id').distinct().as('enterprises'),
          ])
          .where('run_id', '=', summary.runId)
          .executeTakeFirstOrThrow();
        // Every enterprise exactly once in the run: the shards done before the kill were not evaluated again.
        assert.deepEqual([Number(stored.rows), Number(stored.enterprises)], [ENTERPRISES, ENTERPRISES]);
        const runs = await store.db
          .selectFrom('evaluation_runs')
          .select(['id', 'status'])
          .where('kind', '=', 'all')
          .execute();
        assert.deepEqual(
          runs.map((row) => row.status),
          ['finished'],
        );
      } finally {
        await store.close();
      }
      const verify = await spawnCli(['audit', 'verify'], env);
      const findings = (run: { stdout: string; stderr: string }) =>
        (run.stdout + run.stderr).replace(/[已共]校验 \d+ 条事件/, '').replace(/链头：.*\n/, '');
      assert.equal(verify.code, verifiedBefore.code);
      assert.equal(findings(verify), findings(verifiedBefore));
    });
  });
}
