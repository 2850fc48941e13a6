import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { DEFAULT_DATASET, loadDataset } from '../../../bench/dataset.ts';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { findCurrentEvaluation, findEnterprisesTouchedByBatch } from '../../store/evaluation.repository.ts';
import { commitBatch } from '../records/commit-batch.ts';
import type { Store } from '../../store/connect.ts';
import { ensurePublishedModel } from './ensure-published-model.ts';
import { evaluateEnterprise } from './evaluate-enterprise.ts';
import { insertRecordHistory, penaltyRecord } from './evaluation-test-support.ts';
import { reevaluateEnterprises } from './reevaluate-enterprises.ts';
import { runEvaluation } from './run-evaluation.ts';

const ENTERPRISES = 150;
const operator = '测试员';

const bytesOf = (values: Float32Array) => Buffer.from(values.buffer, values.byteOffset, values.byteLength);

async function storedByRun(store: Store, runId: number): Promise<string[]> {
  const rows = await store.db
    .selectFrom('evaluations')
    .select(['enterprise_id', 'fingerprint', 'result_hash', 'score', 'grade'])
    .where('run_id', '=', runId)
    .orderBy('enterprise_id')
    .execute();
  return rows.map(
    (row) => `${row.enterprise_id}|${row.fingerprint}|${row.result_hash}|${Number(row.score)}|${row.grade}`,
  );
}

describeOnEachEngine('evaluating everyone', (store, _engine, owner) => {
  before(async () => {
    await loadDataset(owner(), { ...DEFAULT_DATASET, enterprises: ENTERPRISES });
    await ensurePublishedModel(store());
  });

  test('the evaluation worker stores exactly what evaluating in this thread stores', async () => {
    const inThread = await runEvaluation(store(), { kind: 'all', operator, worker: false, shardSize: 40 });
    const inWorker = await runEvaluation(store(), { kind: 'all', operator, worker: true, shardSize: 40 });
    assert.deepEqual(
      [inThread.evaluated, inWorker.evaluated, inWorker.stored],
      [ENTERPRISES, ENTERPRISES, ENTERPRISES],
    );
    assert.deepEqual(inWorker.gradeCounts, inThread.gradeCounts);
    assert.deepEqual(await storedByRun(store(), inWorker.runId), await storedByRun(store(), inThread.runId));
  });

  test('the batch run stores the fingerprint a single evaluation with the full trace computes', async () => {
    const row = await store()
      .db.selectFrom('enterprises')
      .select(['id', 'uscc'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const single = await evaluateEnterprise(store().db, row.uscc);
    const byRun = await store()
      .db.selectFrom('evaluations')
      .select(['fingerprint', 'grade'])
      .where('enterprise_id', '=', row.id)
      .where('reason', '=', 'all')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.deepEqual([byRun.fingerprint, byRun.grade], [single.fingerprint, single.grade]);
  });

  test('the daily run evaluates no one when no result can have changed and nothing was changed, in this thread or the worker', async () => {
    for (const worker of [false, true]) {
      const due = await runEvaluation(store(), { kind: 'due', operator, worker });
      assert.deepEqual([due.evaluated, due.stored, due.total], [0, 0, 0]);
    }
  });

  test('the daily run evaluates exactly the enterprises changed without a re-evaluation, whose day has come, or whose day is unknown', async () => {
    const rows = await store().db.selectFrom('enterprises').select(['id', 'uscc']).orderBy('id').limit(3).execute();
    const [changed, dayCome, unknown] = rows.map((row) => ({ id: Number(row.id), uscc: row.uscc }));
    const today = todayInDistrict();
    // A serious penalty written straight into the store, as a change whose re-evaluation failed would leave it.
    await insertRecordHistory(store().db, [
      {
        recordedAt: new Date().toISOString(),
        record: penaltyRecord({ subjectUscc: changed!.uscc, naturalKey: '华市监罚〔2026〕88号|X', occurredOn: today }),
      },
    ]);
    // The current evaluation of the second says its result can change today; the third's was stored before the
    // evaluations said when (no changes_on).
    for (const [target, changesOn] of [
      [dayCome!, today],
      [unknown!, undefined],
    ] as const) {
      const now = (await findCurrentEvaluation(store().db, target.id))!;
      await store()
        .db.insertInto('evaluations')
        .values({
          enterprise_id: target.id,
          model_version_id: now.model_version_id,
          run_id: null,
          reason: 'test',
          as_of: today,
          score: now.score,
          grade: now.grade,
          vetoes: now.vetoes,
          dimension_scores: bytesOf(now.dimension_scores),
          indicator_points: bytesOf(now.indicator_points),
          fingerprint: now.fingerprint,
          result_hash: now.result_hash,
          ...(changesOn ? { changes_on: changesOn } : {}),
        })
        .execute();
    }
    const due = await runEvaluation(store(), { kind: 'due', operator, worker: false });
    assert.equal(due.evaluated, 3);
    const stored = await store()
      .db.selectFrom('evaluations')
      .select(['enterprise_id', 'fingerprint', 'changes_on'])
      .where('run_id', '=', due.runId)
      .orderBy('enterprise_id')
      .execute();
    // All three stored: the first's result changed; the other two hold, and now say until when.
    assert.deepEqual(
      stored.map((row) => Number(row.enterprise_id)),
      [changed!.id, dayCome!.id, unknown!.id],
    );
    for (const row of stored) assert.ok(String(row.changes_on) > today, `changes_on ${row.changes_on} after ${today}`);
    const single = await evaluateEnterprise(store().db, changed!.uscc);
    assert.equal(stored[0]!.fingerprint, single.fingerprint);
    assert.equal(
      single.indicators.find((indicator) => indicator.id === 'penalties_serious')?.value,
      1,
      'the penalty counts in the stored result',
    );
    // Its marks taken and its results stored with their days, the next daily run has nothing to do.
    const next = await runEvaluation(store(), { kind: 'due', operator, worker: true });
    assert.deepEqual([next.evaluated, next.stored], [0, 0]);
  });

  test('a change re-evaluated at once (an import, a decision) leaves nothing for the daily run', async () => {
    const row = await store()
      .db.selectFrom('enterprises')
      .select(['id', 'uscc'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await insertRecordHistory(store().db, [
      {
        recordedAt: new Date().toISOString(),
        record: penaltyRecord({
          subjectUscc: row.uscc,
          naturalKey: '华市监罚〔2026〕89号|X',
          occurredOn: todayInDistrict(),
        }),
      },
    ]);
    const outcome = await reevaluateEnterprises(store().db, [Number(row.id)], { reason: 'import' });
    assert.equal(outcome.enterprises, 1);
    const due = await runEvaluation(store(), { kind: 'due', operator, worker: false });
    assert.deepEqual([due.evaluated, due.stored], [0, 0]);
  });

  test('a record re-sent under another enterprise touches both: the one it leaves and the one it joins are re-evaluated', async () => {
    const [a, b] = await store().db.selectFrom('enterprises').select(['id', 'uscc']).orderBy('id').limit(2).execute();
    const send = (uscc: string) =>
      commitBatch(
        store().db,
        {
          departmentCode: 'scjg',
          kind: 'administrative_penalty',
          fileName: 'push.json',
          fileHash: uscc,
          format: 'api',
          mode: 'all-or-nothing',
          operator,
        },
        [
          [
            penaltyRecord({
              subjectUscc: uscc,
              naturalKey: '华市监罚〔2026〕90号|moved',
              occurredOn: todayInDistrict(),
            }),
          ],
        ],
        () => ({ commit: true, totalRows: 1, rejectedRows: 0 }),
      );
    await send(a!.uscc);
    const moved = await send(b!.uscc);
    assert.deepEqual(await findEnterprisesTouchedByBatch(store().db, moved.batchId), [Number(a!.id), Number(b!.id)]);
    assert.equal(moved.reevaluation?.enterprises, 2);
  });

  test('as of a past date, the run reads the record versions in force then, as a single evaluation does', async () => {
    const row = await store()
      .db.selectFrom('enterprises')
      .select(['id', 'uscc'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const penalty = penaltyRecord({
      subjectUscc: row.uscc,
      naturalKey: '华市监罚〔2026〕77号|X',
      occurredOn: '2026-03-01',
    });
    await insertRecordHistory(store().db, [
      { recordedAt: '2026-03-05T10:00:00+08:00', record: penalty },
      { recordedAt: '2026-09-01T10:00:00+08:00', record: { ...penalty, status: 'repaired' } },
    ]);
    for (const [asOf, worker] of [
      ['2026-08-31', false],
      ['2026-09-02', true],
    ] as const) {
      const run = await runEvaluation(store(), { kind: 'all', asOf, operator, worker });
      const byRun = await store()
        .db.selectFrom('evaluations')
        .select(['fingerprint', 'score'])
        .where('run_id', '=', run.runId)
        .where('enterprise_id', '=', row.id)
        .executeTakeFirstOrThrow();
      const single = await evaluateEnterprise(store().db, row.uscc, { asOf });
      assert.deepEqual([byRun.fingerprint, Number(byRun.score)], [single.fingerprint, single.score], asOf);
      // The bench data set has no history rows: as of a past date only the versioned penalty exists.
      assert.equal(
        single.indicators.find((indicator) => indicator.id === 'penalties_serious')?.value,
        asOf === '2026-08-31' ? 1 : 0,
      );
    }
  });
});
