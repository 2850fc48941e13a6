import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'kysely';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { countCurrentGrades } from '../../store/evaluation.repository.ts';
import { generateDemo } from '../demo/generate-demo.ts';
import { ensurePublishedModel } from '../evaluation/ensure-published-model.ts';
import { parseSecretKey } from '../import/protect-personal.ts';
import { backfillIndex } from './backfill-index.ts';
import { closeEndedMonths, closeIndexMonth } from './close-index-month.ts';
import { INDEX_CLOSER_OPERATOR } from './index-closer.ts';
import { createIndexDistrict } from './index-test-support.ts';
import { readIndexSeries } from './read-index-series.ts';

describeOnEachEngine('the credit index', (current) => {
  const today = '2025-04-15';
  const operator = '测试';
  let district: Awaited<ReturnType<typeof createIndexDistrict>>;
  const frozenRows = (month: string) =>
    sql<{
      row: string;
    }>`select t::text as row from credit_index_values t where month = ${month} order by dimension, group_code`.execute(
      current().db,
    );

  before(async () => {
    district = await createIndexDistrict(current().db);
    await district.storeJanuary();
  });

  test('the base month is 100 for every published group, and a group below the minimum size is withheld without any number', async () => {
    const outcome = await closeIndexMonth(current().db, '2025-01', { operator, today });
    assert.deepEqual(outcome, { month: '2025-01', outcome: 'closed', enterprises: 15, groups: 7, withheld: 2 });
    const sections = await readIndexSeries(current().db, {
      dimension: 'industry_section',
      from: '2025-01',
      to: '2025-01',
      today,
    });
    assert.deepEqual(
      sections.series.map((group) => [group.group, group.label, group.points[0]]),
      [
        [
          'C',
          '制造业',
          {
            month: '2025-01',
            status: 'closed',
            withheld: true,
            value: null,
            rawMeasure: null,
            meanScore: null,
            goodShare: null,
            poorShare: null,
            enterprises: null,
            methodDigest: sections.methodDigest,
          },
        ],
        [
          'I',
          '信息传输、软件和信息技术服务业',
          {
            month: '2025-01',
            status: 'closed',
            withheld: false,
            value: 100,
            rawMeasure: 86.95,
            meanScore: 82.23,
            goodShare: 0.9167,
            poorShare: 0.0833,
            enterprises: 12,
            methodDigest: sections.methodDigest,
          },
        ],
      ],
    );
    const whole = await readIndexSeries(current().db, { from: '2025-01', to: '2025-01', today });
    // 15 firms: mean (720 + 226.5 + 40.25 + 216) / 15 = 80.18; good 14/15; poor 1/15.
    assert.deepEqual(
      [
        whole.series[0]!.points[0]!.value,
        whole.series[0]!.points[0]!.rawMeasure,
        whole.series[0]!.points[0]!.enterprises,
      ],
      [100, 86.755, 15],
    );
    assert.equal(whole.months[0]!.source, 'evaluations');
    assert.deepEqual(whole.months[0]!.modelVersions, ['huarong-sci-tech/v1']);
  });

  test('a closed month is frozen: evaluations stored later, even dated back into it, and the close of the next month leave its values byte-identical', async () => {
    // February: one A firm slips to B (78), the D firm recovers to C (62).
    await district.storeEvaluation(0, { asOf: '2025-02-12', score: 78, grade: 'B' });
    await district.storeEvaluation(11, { asOf: '2025-02-12', score: 62, grade: 'C' });
    await closeIndexMonth(current().db, '2025-02', { operator, today });
    const february = (await frozenRows('2025-02')).rows;
    const software = await readIndexSeries(current().db, {
      dimension: 'industry_division',
      group: 'I65',
      from: '2025-02',
      to: '2025-02',
      today,
    });
    // mean (630 + 78 + 226.5 + 62) / 12 = 83.04; good 11/12; poor 0 → 89.021; 100 × 89.021 / 86.95 = 102.38
    assert.deepEqual(
      [software.series[0]!.points[0]!.rawMeasure, software.series[0]!.points[0]!.value],
      [89.021, 102.38],
    );

    // March brings evaluations dated back into February (stored in March) and new ones.
    for (const index of [1, 2, 3])
      await district.storeEvaluation(index, { asOf: '2025-02-20', storedOn: '2025-03-03', score: 30, grade: 'D' });
    await district.storeEvaluation(4, { asOf: '2025-03-05', score: 55, grade: 'D' });
    const march = await closeIndexMonth(current().db, '2025-03', { operator, today });
    assert.equal(march.outcome, 'closed');

    assert.deepEqual((await frozenRows('2025-02')).rows, february, 'February is unchanged, to the byte');
    assert.deepEqual(await closeIndexMonth(current().db, '2025-02', { operator, today }), {
      month: '2025-02',
      outcome: 'already_closed',
    });
    const series = await readIndexSeries(current().db, {
      dimension: 'industry_division',
      group: 'I65',
      from: '2025-01',
      to: '2025-03',
      today,
    });
    const values = series.series[0]!.points.map((point) => point.value);
    assert.equal(values[1], 102.38);
    assert.ok(
      values[2]! < values[1]!,
      `March (${values[2]}) counts the later evaluations February (${values[1]}) did not`,
    );
    await assert.rejects(
      sql`update credit_index_values set value = 1 where month = '2025-02'`.execute(current().db),
      /append-only|permission denied/,
    );
    await assert.rejects(
      sql`delete from credit_index_months where month = '2025-02'`.execute(current().db),
      /append-only|permission denied/,
    );
  });

  test('the current month is provisional, follows new evaluations and cannot be closed before it ends', async () => {
    await district.storeEvaluation(5, { asOf: '2025-04-08', score: 50, grade: 'D' });
    const before = await readIndexSeries(current().db, { from: '2025-01', to: '2025-04', today });
    assert.deepEqual(
      before.months.map((month) => [month.month, month.status]),
      [
        ['2025-01', 'closed'],
        ['2025-02', 'closed'],
        ['2025-03', 'closed'],
        ['2025-04', 'provisional'],
      ],
    );
    const april = before.series[0]!.points[3]!;
    assert.equal(april.status, 'provisional');
    await district.storeEvaluation(6, { asOf: '2025-04-10', score: 45, grade: 'D' });
    const after = (await readIndexSeries(current().db, { from: '2025-04', to: '2025-04', today })).series[0]!
      .points[0]!;
    assert.ok(after.value! < april.value!, 'a provisional value follows the latest evaluations');
    await assert.rejects(closeIndexMonth(current().db, '2025-04', { operator, today }), {
      code: 'PRECONDITION_FAILED',
      userMessage: /2025-04 尚未结束（本月为 2025-04）/,
    });
    await assert.rejects(closeIndexMonth(current().db, '2025-13', { operator, today }), {
      code: 'INVALID_INPUT',
      userMessage: /月份应为 YYYY-MM 格式，实际为“2025-13”/,
    });
  });

  test('the scheduled close freezes every ended month not yet closed, with the value it had as the last provisional one, and audits each', async () => {
    const provisional = (await readIndexSeries(current().db, { from: '2025-04', to: '2025-04', today: '2025-06-02' }))
      .series[0]!.points[0]!;
    assert.equal(provisional.status, 'provisional', 'April has ended but is not closed yet');
    const outcomes = await closeEndedMonths(current().db, { operator: INDEX_CLOSER_OPERATOR, today: '2025-06-02' });
    assert.deepEqual(
      outcomes.map((outcome) => outcome.month),
      ['2025-04', '2025-05'],
    );
    const closed = (await readIndexSeries(current().db, { from: '2025-04', to: '2025-05', today: '2025-06-02' }))
      .series[0]!.points;
    assert.deepEqual(closed[0], { ...provisional, status: 'closed' });
    assert.equal(closed[1]!.value, closed[0]!.value, 'May had no new evaluation: it holds April’s grades');
    assert.deepEqual(
      await closeEndedMonths(current().db, { operator: INDEX_CLOSER_OPERATOR, today: '2025-06-02' }),
      [],
      'a second pass finds nothing to do',
    );
    const events = await current()
      .db.selectFrom('audit_events')
      .select(['actor', 'subject_id', 'payload'])
      .where('action', '=', 'credit_index.month_closed')
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      events.map((event) => event.subject_id),
      ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05'],
    );
    assert.deepEqual(
      events.slice(-2).map((event) => event.actor),
      [INDEX_CLOSER_OPERATOR, INDEX_CLOSER_OPERATOR],
    );
    assert.equal((events[0]!.payload as { districtValue: number }).districtValue, 100);
  });
});

describeOnEachEngine('the credit index history of the demo district', (current) => {
  let gradesBefore: Record<string, number>;
  let evaluationsBefore: number;
  before(async () => {
    await generateDemo(current().db, { enterprises: 60, secretKey: parseSecretKey('ef'.repeat(32)) });
    await ensurePublishedModel(current());
    gradesBefore = await countCurrentGrades(current().db);
    evaluationsBefore = Number(
      (await sql<{ count: number }>`select count(*) as count from evaluations`.execute(current().db)).rows[0]!.count,
    );
  });

  test('is reconstructed month by month up to last month and frozen, the base month at 100, without touching anyone’s evaluations', async () => {
    const summary = await backfillIndex(current().db, { operator: '演示数据', today: '2026-11-15' });
    const closed = summary.months.filter((month) => month.outcome === 'closed').map((month) => month.month);
    assert.equal(closed.length, 24);
    assert.deepEqual([closed[0], closed.at(-1)], ['2024-11', '2026-10']);

    const series = await readIndexSeries(current().db, { from: '2024-11', to: '2026-10', today: '2026-11-15' });
    assert.equal(series.months.length, 24);
    assert.ok(
      series.months.length > 0 &&
        series.months.every((month) => month.status === 'closed' && month.source === 'backfill'),
    );
    const points = series.series[0]!.points;
    assert.equal(points.find((point) => point.month === '2025-01')!.value, 100);
    assert.ok(
      points.length > 0 && points.every((point) => point.value! > 50 && point.value! < 150),
      'a plausible series',
    );
    // Each month counts the enterprises registered by its end (the registry as it is today).
    const registered = await sql<{
      count: number;
    }>`select count(*) as count from enterprises where registered_on is null or registered_on <= '2024-11-30'`.execute(
      current().db,
    );
    assert.equal(points[0]!.enterprises, Number(registered.rows[0]!.count));
    const registeredByOctober = await sql<{
      count: number;
    }>`select count(*) as count from enterprises where registered_on is null or registered_on <= '2026-10-31'`.execute(
      current().db,
    );
    assert.equal(points.at(-1)!.enterprises, Number(registeredByOctober.rows[0]!.count));
    assert.ok(
      points[0]!.enterprises! < points.at(-1)!.enterprises!,
      'enterprises registered since November 2024 join later months',
    );

    const evaluationsAfter = Number(
      (await sql<{ count: number }>`select count(*) as count from evaluations`.execute(current().db)).rows[0]!.count,
    );
    assert.equal(evaluationsAfter, evaluationsBefore, 'the reconstruction stores no evaluation');
    assert.deepEqual(await countCurrentGrades(current().db), gradesBefore, 'current grades are unchanged');
  });

  test('a second back-fill leaves the closed months alone', async () => {
    const before = (
      await sql<{
        row: string;
      }>`select t::text as row from credit_index_values t order by month, dimension, group_code`.execute(current().db)
    ).rows;
    const summary = await backfillIndex(current().db, { operator: '演示数据', today: '2026-11-15' });
    assert.deepEqual(summary.months, []);
    assert.deepEqual(
      (
        await sql<{
          row: string;
        }>`select t::text as row from credit_index_values t order by month, dimension, group_code`.execute(current().db)
      ).rows,
      before,
    );
  });
});
