import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { addDays } from '../../domain/month-arithmetic.ts';
import { findCurrentEvaluation, findEnterpriseIdsByUscc } from '../../store/evaluation.repository.ts';
import { listEnterprises } from '../enterprises/list-enterprises.ts';
import { ensurePublishedModel } from './ensure-published-model.ts';
import { evaluateEnterprise } from './evaluate-enterprise.ts';
import {
  insertRecordHistory,
  penaltyRecord,
  sendRecords,
  taxRatingRecord,
  TEST_USCC,
} from './evaluation-test-support.ts';
import { explainEvaluation } from './explain-evaluation.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

const OTHER_USCC = '91420703MA4F1B2D5H';

describeOnEachEngine('evaluating an enterprise', (store) => {
  test('with no model published yet, an import commits and nothing is evaluated', async () => {
    const result = await sendRecords(store().db, [
      taxRatingRecord(),
      taxRatingRecord({ subjectUscc: OTHER_USCC, subjectName: '鄂州华容另一科技有限公司' }),
    ]);
    assert.equal(result.status, 'committed');
    assert.deepEqual(result.reevaluation, { enterprises: 0, gradeCounts: {}, skipped: '尚未发布评价模型' });
    await assert.rejects(evaluateEnterprise(store().db, TEST_USCC), {
      code: 'PRECONDITION_FAILED',
      userMessage: /尚未发布评价模型/,
    });
  });

  test('a fresh store gets model v1 published and everyone evaluated once', async () => {
    const ensured = await ensurePublishedModel(store());
    assert.equal(ensured.outcome?.modelVersion, 'huarong-sci-tech/v1');
    assert.equal(ensured.outcome?.run.evaluated, 2);
    assert.equal((await ensurePublishedModel(store())).published, false);
  });

  test('evaluating the same enterprise twice with the same as-of date gives the same fingerprint and result', async () => {
    const first = await evaluateEnterprise(store().db, TEST_USCC, { asOf: todayInDistrict() });
    const second = await evaluateEnterprise(store().db, TEST_USCC.toLowerCase());
    assert.notEqual(first.evaluationId, second.evaluationId);
    const { evaluationId: _first, ...firstResult } = first;
    const { evaluationId: _second, ...secondResult } = second;
    assert.deepEqual(secondResult, firstResult);
    assert.match(first.fingerprint, /^[0-9a-f]{64}$/);
    // Nothing but the tax rating A counts: 71 points from the dimensions' bases, +30 × 15 % from the rating.
    assert.deepEqual([first.score, first.grade], [75.5, 'B']);
    assert.deepEqual(
      first.indicators.find((indicator) => indicator.id === 'tax_credit_rating')?.records.map((record) => record.kind),
      ['tax_credit_rating'],
    );
  });

  test('the stored evaluation is the same as the one the batch run stored for the same inputs', async () => {
    const [enterpriseId] = (await findEnterpriseIdsByUscc(store().db, [TEST_USCC])).values();
    const current = await findCurrentEvaluation(store().db, enterpriseId);
    const byRun = await store()
      .db.selectFrom('evaluations')
      .select(['fingerprint', 'score', 'grade', 'result_hash'])
      .where('enterprise_id', '=', enterpriseId)
      .where('reason', '=', 'publish')
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [byRun.fingerprint, Number(byRun.score), byRun.grade, Number(byRun.result_hash)],
      [current!.fingerprint, current!.score, current!.grade, current!.result_hash],
    );
  });

  test('as of a date before a record was recorded, the record is ignored', async () => {
    const uscc = '91420703MA4F1B2E7L';
    await insertRecordHistory(store().db, [
      {
        recordedAt: '2026-03-05T10:00:00+08:00',
        record: penaltyRecord({ subjectUscc: uscc, naturalKey: '华市监罚〔2026〕30号|X', occurredOn: '2026-03-01' }),
      },
    ]);
    const before = await evaluateEnterprise(store().db, uscc, { asOf: '2026-03-02' });
    assert.equal(before.indicators.find((indicator) => indicator.id === 'penalties_serious')?.value, 0);
    assert.equal(before.excluded.length, 0);
    const after = await evaluateEnterprise(store().db, uscc, { asOf: '2026-03-06' });
    assert.equal(after.indicators.find((indicator) => indicator.id === 'penalties_serious')?.value, 1);
    assert.ok(after.score < before.score);
    assert.notEqual(after.fingerprint, before.fingerprint);
  });

  test('as of a date before a repair, the version in force then is used: the penalty still counts', async () => {
    const uscc = '91420703MA4F1B2F9Q';
    const penalty = penaltyRecord({
      subjectUscc: uscc,
      naturalKey: '华市监罚〔2026〕31号|X',
      occurredOn: '2026-03-01',
    });
    await insertRecordHistory(store().db, [
      { recordedAt: '2026-03-05T10:00:00+08:00', record: penalty },
      {
        recordedAt: '2026-09-01T10:00:00+08:00',
        record: { ...penalty, status: 'repaired', fields: { ...penalty.fields, repaired_on: '2026-08-30' } },
      },
    ]);
    const beforeRepair = await evaluateEnterprise(store().db, uscc, { asOf: '2026-08-31' });
    assert.deepEqual(
      beforeRepair.indicators
        .find((indicator) => indicator.id === 'penalties_serious')
        ?.records.map((record) => record.version),
      [1],
    );
    const afterRepair = await evaluateEnterprise(store().db, uscc, { asOf: '2026-09-01' });
    assert.equal(afterRepair.indicators.find((indicator) => indicator.id === 'penalties_serious')?.value, 0);
    assert.deepEqual(
      afterRepair.excluded.map((record) => [record.version, record.reason]),
      [[2, '已修复']],
    );
    assert.ok(afterRepair.score > beforeRepair.score);
    const today = await evaluateEnterprise(store().db, uscc);
    assert.equal(today.score, afterRepair.score);
  });

  test('an as-of date after today is refused: the platform does not know the future', async () => {
    await assert.rejects(evaluateEnterprise(store().db, TEST_USCC, { asOf: addDays(todayInDistrict(), 1) }), {
      code: 'INVALID_INPUT',
      userMessage: /晚于今天/,
    });
  });

  test('a committed import re-evaluates the enterprise it touched at once: a serious penalty lowers its grade', async () => {
    const [enterpriseId] = (await findEnterpriseIdsByUscc(store().db, [TEST_USCC])).values();
    const before = await findCurrentEvaluation(store().db, enterpriseId);
    assert.equal(before?.grade, 'B');
    const result = await sendRecords(store().db, [penaltyRecord({ occurredOn: addDays(todayInDistrict(), -30) })]);
    assert.deepEqual(result.reevaluation, { enterprises: 1, gradeCounts: { C: 1 } });
    const after = await findCurrentEvaluation(store().db, enterpriseId);
    // −30 points in 失信行为及其处理结果 (weight 25 %): 75.5 − 7.5.
    assert.deepEqual([after?.grade, after?.score, after?.reason], ['C', 68, 'import']);
    const listing = await listEnterprises(store().db, { query: TEST_USCC });
    assert.equal(listing.items[0].grade, 'C');
  });

  test('the trace of a stored evaluation is recomputed with the same fingerprint, even after a later correction', async () => {
    const evaluation = await evaluateEnterprise(store().db, TEST_USCC);
    await sendRecords(store().db, [penaltyRecord({ occurredOn: addDays(todayInDistrict(), -30), level: '一般' })]);
    const explained = await explainEvaluation(store().db, evaluation.evaluationId);
    assert.equal(explained.reproduced, true);
    assert.equal(explained.result.fingerprint, evaluation.fingerprint);
    // The explained trace adds what people read (references by title, parameter values in words) to the same values.
    const values = explained.result.indicators.map(({ referenceText: _reference, parameters, ...indicator }) => ({
      ...indicator,
      parameters: parameters.map(
        ({ valueText: _value, referenceText: _parameterReference, ...parameter }) => parameter,
      ),
    }));
    assert.deepEqual(values, evaluation.indicators);
    assert.ok(explained.result.indicators.every((indicator) => indicator.referenceText.length > 0));
    const now = await evaluateEnterprise(store().db, TEST_USCC);
    assert.notEqual(now.fingerprint, evaluation.fingerprint);
  });
});
