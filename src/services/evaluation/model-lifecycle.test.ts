import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEFAULT_DATASET, loadDataset } from '../../../bench/dataset.ts';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { findPublishedModelVersion } from '../../store/evaluation.repository.ts';
import { DEFAULT_MODEL_DIR } from './ensure-published-model.ts';
import { evaluateEnterprise } from './evaluate-enterprise.ts';
import { copyModelV1, currentGrades, editModelFiles, removeModelCopies } from './evaluation-test-support.ts';
import { publishModel } from './publish-model.ts';
import { runEvaluation } from './run-evaluation.ts';
import { simulateModel } from './simulate-model.ts';

const ENTERPRISES = 300;
const operator = '模型管理员';

describeOnEachEngine('the model lifecycle: simulate, publish, freeze', (store, _engine, owner) => {
  before(async () => {
    await loadDataset(owner(), { ...DEFAULT_DATASET, enterprises: ENTERPRISES });
  });
  after(removeModelCopies);

  test('publishing refuses a version that was not simulated first', async () => {
    await assert.rejects(publishModel(store(), DEFAULT_MODEL_DIR, { operator }), {
      code: 'PRECONDITION_FAILED',
      userMessage: /尚未模拟/,
    });
    assert.equal(await findPublishedModelVersion(store().db), undefined);
  });

  test('the first version simulates against nothing, then publishing it evaluates everyone with the grades simulated', async () => {
    const simulation = await simulateModel(store(), DEFAULT_MODEL_DIR, { operator });
    assert.equal(simulation.published, null);
    assert.equal(simulation.transitions, null);
    assert.equal(
      Object.values(simulation.distribution.draft).reduce((sum, count) => sum + count, 0),
      ENTERPRISES,
    );
    const published = await publishModel(store(), DEFAULT_MODEL_DIR, { operator });
    assert.equal(published.run.evaluated, ENTERPRISES);
    for (const [grade, count] of Object.entries(simulation.distribution.draft))
      assert.equal(published.run.gradeCounts[grade] ?? 0, count, `grade ${grade}`);
    const actions = await store()
      .db.selectFrom('audit_events')
      .select('action')
      .where('actor', '=', operator)
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      actions.map((row) => row.action),
      ['model.simulated', 'model.published', 'evaluation.run_started', 'evaluation.run_finished'],
    );
    await assert.rejects(publishModel(store(), DEFAULT_MODEL_DIR, { operator }), { userMessage: /已是现行发布的版本/ });
  });

  test('simulating a draft that lowers the A threshold moves exactly the B enterprises scoring between the two thresholds', async () => {
    const draft = copyModelV1({
      'model.yaml': [
        ['version: v1\n', 'version: v1-a80\n'],
        ['min_score: 84', 'min_score: 80'],
      ],
    });
    const grades = await currentGrades(store().db);
    const expected = [...grades]
      .filter(([, current]) => current.grade === 'B' && current.score >= 80)
      .map(([uscc]) => uscc)
      .sort();
    assert.ok(expected.length > 0, 'the data set has B enterprises scoring 80–84');
    const report = await simulateModel(store(), draft, { operator });
    assert.equal(report.published?.modelVersion, 'huarong-sci-tech/v1');
    assert.equal(report.transitions!.B.A, expected.length);
    assert.equal(report.transitions!.A.A, report.distribution.published!.A);
    for (const from of report.grades)
      for (const to of report.grades)
        if (from !== to && !(from === 'B' && to === 'A'))
          assert.equal(report.transitions![from][to], 0, `${from}→${to}`);
    assert.deepEqual(report.distribution.draft, {
      ...report.distribution.published!,
      A: report.distribution.published!.A + expected.length,
      B: report.distribution.published!.B - expected.length,
    });
    assert.deepEqual(report.moved.map((moved) => moved.uscc).sort(), expected);
    // Nothing in the scores changed: the threshold alone moved them, no indicator did, and that is the reason given.
    for (const moved of report.moved)
      assert.deepEqual(
        [moved.fromGrade, moved.toGrade, moved.toScore, moved.indicators, moved.reasons],
        ['B', 'A', moved.fromScore, [], ['A 级分数线 84 → 80 分']],
      );
    assert.deepEqual(
      report.changeLog?.changes.map((change) => change.text),
      ['A 级：分数线 84 分 → 80 分'],
    );
    const row = await store()
      .db.selectFrom('model_versions')
      .select(['status', 'version'])
      .where('version', '=', 'v1-a80')
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'simulated');
  });

  test('a draft that changes a penalty’s points names that indicator as what moved each enterprise', async () => {
    const draft = copyModelV1({
      'model.yaml': [['version: v1\n', 'version: v1-penalty\n']],
      'parameters/dishonesty.yaml': [['    2019-01-01: -10\n', '    2019-01-01: -40\n']],
    });
    const report = await simulateModel(store(), draft, { operator });
    assert.ok(report.movedCount > 0, 'some enterprise has a general penalty heavy enough to move');
    for (const moved of report.moved) {
      assert.equal(moved.indicators[0].id, 'penalties_general');
      assert.match(moved.reasons[0], /^指标“一般失信行政处罚”-\d/);
      assert.ok(moved.indicators[0].contributionChange < 0);
      assert.ok(moved.toScore < moved.fromScore);
    }
    // Simulated, but its own test cases still expect −10 a penalty: publishing refuses it.
    await assert.rejects(publishModel(store(), draft, { operator }), {
      code: 'INVALID_INPUT',
      userMessage: /测试用例未通过/,
    });
  });

  test('a published version is frozen: once its files change, evaluating with it and publishing it again are refused', async () => {
    const local = copyModelV1({ 'model.yaml': [['version: v1\n', 'version: v1-local\n']] });
    await simulateModel(store(), local, { operator });
    const outcome = await publishModel(store(), local, { operator });
    assert.deepEqual(
      [outcome.modelVersion, outcome.retired, outcome.run.evaluated],
      ['huarong-sci-tech/v1-local', 'huarong-sci-tech/v1', ENTERPRISES],
    );
    const versions = await store()
      .db.selectFrom('model_versions')
      .select(['version', 'status'])
      .where('status', 'in', ['published', 'retired'])
      .orderBy('id')
      .execute();
    assert.deepEqual(versions, [
      { version: 'v1', status: 'retired' },
      { version: 'v1-local', status: 'published' },
    ]);

    editModelFiles(local, { 'parameters/dishonesty.yaml': [['    2019-01-01: -10\n', '    2019-01-01: -12\n']] });
    const [uscc] = (await currentGrades(store().db)).keys();
    await assert.rejects(evaluateEnterprise(store().db, uscc), {
      code: 'PRECONDITION_FAILED',
      userMessage: /文件已被修改/,
    });
    await assert.rejects(runEvaluation(store(), { kind: 'all', operator }), {
      code: 'PRECONDITION_FAILED',
      userMessage: /文件已被修改/,
    });
    await assert.rejects(simulateModel(store(), local, { operator }), {
      code: 'PRECONDITION_FAILED',
      userMessage: /已经发布过/,
    });
    await assert.rejects(publishModel(store(), local, { operator }), {
      code: 'PRECONDITION_FAILED',
      userMessage: /已发布的版本不可修改/,
    });
  });
});
