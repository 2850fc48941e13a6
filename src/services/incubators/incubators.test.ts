import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { isAppError } from '../../domain/app-error.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import { findCurrentGrades } from '../../store/evaluation.repository.ts';
import { findEnterpriseByUscc } from '../../store/enterprise.repository.ts';
import { createUser } from '../accounts/create-user.ts';
import { DEMO_PASSWORD } from '../accounts/create-demo-accounts.ts';
import { registerEnterprises } from '../enterprises/register-enterprises.ts';
import { ensurePublishedModel } from '../evaluation/ensure-published-model.ts';
import { penaltyRecord, sendRecords } from '../evaluation/evaluation-test-support.ts';
import { reevaluateEnterprises } from '../evaluation/reevaluate-enterprises.ts';
import { computeIncubatorEvaluation, evaluateIncubators, readIncubatorRanking } from './evaluate-incubators.ts';
import { listIncubators } from './list-incubators.ts';
import { endTenancy, recordPastTenancy } from './record-tenancy.ts';
import { showIncubator } from './show-incubator.ts';

/**
 * The incubator registry and its yearly evaluation on a small district: two enterprises hosted by 华容区科技企业孵化器
 * (INC01) since 2020, one by 庙岭众创空间 (INC05), and one that graduated from INC01 this year.
 */
describeOnEachEngine('孵化载体 registry and yearly evaluation', (current) => {
  const today = todayInDistrict();
  const year = Number(today.slice(0, 4));
  const code = (n: number) => makeUscc(`91420703${makeOrganizationCode(`MA4C000${n}`)}`);
  const [first, second, third, graduate] = [code(1), code(2), code(3), code(4)];
  const idOf = async (uscc: string) => (await findEnterpriseByUscc(current().db, uscc))!.id;

  before(async () => {
    const result = await registerEnterprises(
      current().db,
      '测试',
      [
        { uscc: first, name: '鄂州孵甲科技有限公司', registeredOn: '2020-05-01', incubator: 'INC01' },
        { uscc: second, name: '鄂州孵乙科技有限公司', registeredOn: '2020-08-01', incubator: '华容区科技企业孵化器' },
        { uscc: third, name: '鄂州孵丙科技有限公司', registeredOn: `${year}-02-01`, incubator: 'INC05' },
        { uscc: graduate, name: '鄂州孵丁科技有限公司', registeredOn: '2019-01-01' },
      ],
      { today },
    );
    assert.equal(result.rejected, 0, JSON.stringify(result.items));
  });

  test('an enterprise registered in an incubator is hosted there from its registration date', async () => {
    const registry = await listIncubators(current().db, { today });
    assert.equal(registry.incubators.length, 17, 'the 17 incubators of the catalog');
    const inc01 = registry.incubators.find((item) => item.code === 'INC01')!;
    assert.deepEqual(
      [inc01.name, inc01.levelLabel, inc01.operator, inc01.areaM2, inc01.hosted, inc01.occupancy],
      ['华容区科技企业孵化器', '国家级', '鄂州市华容区科创投资发展有限公司', 18000, 2, 0.0167],
    );
    const detail = await showIncubator(current().db, 'INC01', { today });
    assert.deepEqual(
      detail.hosted.map((item) => [item.uscc, item.enteredOn, item.exitedOn]),
      [
        [first, '2020-05-01', null],
        [second, '2020-08-01', null],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  test('a past spell is recorded with its dates and reason, and an overlapping one is refused', async () => {
    await recordPastTenancy(
      current().db,
      '测试',
      'INC01',
      { uscc: graduate, enteredOn: '2022-03-01', exitedOn: `${year}-01-15`, exitReason: 'graduated' },
      { today },
    );
    const detail = await showIncubator(current().db, 'INC01', { today });
    assert.deepEqual(
      detail.past.map((item) => [item.uscc, item.enteredOn, item.exitedOn, item.exitReasonLabel]),
      [[graduate, '2022-03-01', `${year}-01-15`, '毕业']],
    );
    await assert.rejects(
      recordPastTenancy(
        current().db,
        '测试',
        'INC05',
        { uscc: graduate, enteredOn: '2023-01-01', exitedOn: '2023-06-30', exitReason: 'moved_out' },
        { today },
      ),
      (error) => isAppError(error) && error.code === 'CONFLICT' && error.userMessage.includes('重叠'),
    );
  });

  test('ending a current spell clears the enterprise’s incubator and lists it as past', async () => {
    const spell = (await showIncubator(current().db, 'INC05', { today })).hosted.find((item) => item.uscc === third)!;
    await endTenancy(current().db, '测试', spell.tenancyId, { exitedOn: today, exitReason: 'moved_out' }, { today });
    const enterprise = await findEnterpriseByUscc(current().db, third);
    assert.equal(enterprise!.incubator_code, null);
    const detail = await showIncubator(current().db, 'INC05', { today });
    assert.deepEqual(detail.hosted, []);
    assert.deepEqual(
      detail.past.map((item) => [item.uscc, item.exitReasonLabel]),
      [[third, '迁出']],
    );
  });

  test('the yearly evaluation ranks all 17 incubators with a trace per indicator, and is stored as run 1 naming who ran it', async () => {
    await ensurePublishedModel(current());
    await createUser(
      current().db,
      '测试',
      {
        username: 'kjj-incubators',
        displayName: '区科技局孵化载体专员',
        role: 'admin',
        password: DEMO_PASSWORD,
      },
      { isDemo: true },
    );
    const ranking = await evaluateIncubators(current().db, { year, actor: 'kjj-incubators', today });
    assert.equal(ranking.runNumber, 1);
    assert.equal(ranking.evaluatedByName, '区科技局孵化载体专员', 'the run names the person, not the account');
    assert.equal(ranking.results.length, 17);
    assert.equal(ranking.modelVersion, 'incubator-evaluation/1');
    const inc01 = ranking.results.find((result) => result.code === 'INC01')!;
    assert.equal(inc01.overallRank, 1, 'the only incubator with hosted, rated and graduated enterprises leads');
    assert.deepEqual(
      inc01.indicators.map((indicator) => indicator.label),
      ['入驻率', '新增在孵企业数', '毕业企业数', '在孵企业信用平均分', '在孵企业优秀等级占比', '孵化服务成效'],
    );
    const graduated = inc01.indicators.find((indicator) => indicator.code === 'graduated')!;
    assert.deepEqual(
      [graduated.value, graduated.valueText, graduated.points, graduated.weight, graduated.contribution],
      [1, '年内毕业 1 家', 20, 0.15, 3],
    );
    assert.deepEqual(graduated.enterprises, [graduate]);
    assert.match(graduated.source, /迁出日期与原因/);
    assert.match(graduated.reference, /002 §\(十三\)/);
    const total = inc01.indicators.reduce((sum, indicator) => sum + indicator.contribution, 0);
    assert.equal(inc01.score, Math.round(total * 100) / 100, 'the score is the sum of the weighted points');
    const empty = ranking.results.find((result) => result.code === 'INC17')!;
    assert.deepEqual([empty.score, empty.groupLabel], [0, '5000平方米以下']);
    assert.equal(ranking.results.find((result) => result.code === 'INC16')!.groupLabel, '5000平方米及以上');
  });

  test('a lower grade for one hosted enterprise lowers its incubator’s credit indicator by its share', async () => {
    const db = current().db;
    const before = (await readIncubatorRanking(db, year))!;
    const credit = (ranking: typeof before) =>
      ranking.results
        .find((result) => result.code === 'INC01')!
        .indicators.find((i) => i.code === 'credit_mean_score')!;
    const ids = [await idOf(first), await idOf(second)];
    const gradesBefore = await findCurrentGrades(db, ids);
    assert.equal(credit(before).value, (gradesBefore.get(ids[0]!)!.score + gradesBefore.get(ids[1]!)!.score) / 2);

    await sendRecords(db, [
      penaltyRecord({
        subjectUscc: first,
        subjectName: '鄂州孵甲科技有限公司',
        naturalKey: `华市监罚〔${year}〕88号|11420703MB1234567X`,
        occurredOn: today,
      }),
    ]);
    await reevaluateEnterprises(db, [ids[0]!], { reason: '测试：严重处罚' });
    const gradesAfter = await findCurrentGrades(db, ids);
    const drop = gradesBefore.get(ids[0]!)!.score - gradesAfter.get(ids[0]!)!.score;
    assert.ok(drop > 0, 'the severe penalty lowers the first enterprise’s score');

    const after = await evaluateIncubators(db, { year, actor: '测试', today });
    assert.equal(after.runNumber, 2);
    const expected = Math.round(((gradesAfter.get(ids[0]!)!.score + gradesAfter.get(ids[1]!)!.score) / 2) * 100) / 100;
    assert.equal(credit(after).value, expected);
    assert.equal(
      Math.round((credit(before).value! - credit(after).value!) * 100) / 100,
      Math.round((drop / 2) * 100) / 100,
    );
    assert.equal(
      credit(after).points,
      Math.round(Math.min(1, Math.max(0, (expected - 60) / 30)) * 10000) / 100,
      'points follow the model’s linear scale from 60 to 90',
    );
    const first_run = (await readIncubatorRanking(db, year, 1))!;
    assert.deepEqual(credit(first_run), credit(before), 'the first run is kept as it was computed');
  });

  test('a year not yet begun cannot be evaluated', async () => {
    await assert.rejects(
      computeIncubatorEvaluation(current().db, year + 1, { today }),
      (error) => isAppError(error) && error.code === 'INVALID_INPUT',
    );
  });
});
