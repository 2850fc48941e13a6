import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildHolidayCalendar, checkHolidayArrangement, describeProblem } from './holiday-arrangement.ts';
import { addWorkingDays, describeDeadline, isDeadlineCovered, isWorkingDay, lastCoveredDay } from './working-days.ts';

const STATUTORY = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];

function arrangement(overrides: Record<string, unknown> = {}) {
  return {
    year: 2027,
    reference: '测试安排',
    holidays: [
      { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
      { name: '春节', from: '2027-02-05', to: '2027-02-13' },
      { name: '清明节', from: '2027-04-03', to: '2027-04-05' },
      { name: '劳动节', from: '2027-05-01', to: '2027-05-05' },
      { name: '端午节', from: '2027-06-09', to: '2027-06-09' },
      { name: '国庆节、中秋节', from: '2027-10-01', to: '2027-10-07' },
    ],
    workdays: ['2027-02-20', '2027-10-09'],
    ...overrides,
  };
}

const problemsOf = (raw: unknown) => checkHolidayArrangement(raw, STATUTORY).problems.map(describeProblem);

test('a complete year is accepted, a combined 国庆节、中秋节 counting for both holidays', () => {
  const checked = checkHolidayArrangement(arrangement(), STATUTORY);
  assert.deepEqual(checked.problems, []);
  assert.equal(checked.arrangement?.holidays.length, 6);
});

test('a 调休 working day on a weekday, a date twice, a holiday on a 调休 day and a date outside the year are each named', () => {
  const problems = problemsOf(
    arrangement({
      holidays: [
        ...arrangement().holidays,
        { name: '春节补充', from: '2027-02-13', to: '2028-01-01' },
        { name: '元旦', from: '2027-01-03', to: '2027-01-03' },
      ],
      workdays: ['2027-02-17', '2027-02-06', '2027-10-09', '2027-10-09'],
    }),
  );
  assert.deepEqual(problems, [
    '放假安排第 7 项（春节补充）字段“to”：2028-01-01 不在 2027 年内',
    '放假安排第 8 项（元旦）字段“from”：2027-01-03 已在放假安排第 1 项（元旦）中出现，同一日期不能出现两次',
    '调休上班日第 1 项字段“workdays”：2027-02-17 不是周六或周日，调休上班日只能是周末',
    '调休上班日第 2 项字段“workdays”：2027-02-06 已在放假安排第 2 项（春节）中出现，同一日期不能出现两次',
    '调休上班日第 4 项字段“workdays”：2027-10-09 已在调休上班日第 3 项中出现，同一日期不能出现两次',
  ]);
});

test('a file without its year, its 文号 or one of the statutory holidays is refused as incomplete', () => {
  const holidays = arrangement().holidays.filter((holiday) => holiday.name !== '春节');
  assert.deepEqual(problemsOf(arrangement({ year: '明年', reference: ' ', holidays })), [
    '文件字段“year”：须写明安排所属年份（四位数字，如 2027）',
    '文件字段“reference”：须写明国务院办公厅通知的名称和文号',
    '文件字段“holidays”：缺少法定节假日：春节（须列出全年的全部节假日）',
  ]);
  assert.deepEqual(problemsOf([1, 2]), [
    '文件字段“year”：文件应为一个年度的安排，包含 year、reference、holidays、workdays',
  ]);
});

test('once 2027 is loaded its holidays and 调休 days count, and a deadline reaching 2028 says it is not covered', () => {
  const calendar = buildHolidayCalendar([checkHolidayArrangement(arrangement(), STATUTORY).arrangement!]);
  assert.equal(isWorkingDay(calendar, '2027-01-01'), false);
  assert.equal(isWorkingDay(calendar, '2027-02-20'), true, 'a Saturday made a working day');
  assert.deepEqual(addWorkingDays(calendar, '2027-02-04', 1), { date: '2027-02-15', isCovered: true });
  assert.deepEqual(addWorkingDays(calendar, '2027-12-30', 2), { date: '2028-01-03', isCovered: false });
  assert.equal(lastCoveredDay(calendar), '2027-12-31');
  assert.equal(isDeadlineCovered(calendar, '2027-12-20', '2028-01-04'), false);
  assert.equal(isDeadlineCovered(calendar, '2027-12-20', '2027-12-31'), true);
  assert.equal(describeDeadline('2028-01-03', false), '2028-01-03（按现行节假日安排推算，待次年安排公布后更新）');
});

test('a holiday without a name, with an impossible date, ending before it starts, or not an entry at all is named', () => {
  const holidays = [
    ...arrangement().holidays,
    { from: '2027-13-01', to: '2027-03-01' },
    { name: ' 补 ', from: '2027-03-10', to: '2027-03-09' },
    'x',
  ];
  assert.deepEqual(problemsOf(arrangement({ holidays })), [
    '放假安排第 7 项字段“name”：须写明节日名称',
    '放假安排第 7 项字段“from”：“2027-13-01”不是有效日期（格式 YYYY-MM-DD）',
    '放假安排第 8 项（补）字段“to”：结束日期 2027-03-09 早于开始日期 2027-03-10',
    '放假安排第 9 项字段“name”：须写明节日名称',
    '放假安排第 9 项字段“from”：“”不是有效日期（格式 YYYY-MM-DD）',
    '放假安排第 9 项字段“to”：“”不是有效日期（格式 YYYY-MM-DD）',
  ]);
});

test('no holidays, a workday list that is not a list, and workdays malformed or of another year are refused', () => {
  assert.deepEqual(problemsOf(arrangement({ holidays: [] })), ['文件字段“holidays”：须列出全年的放假安排']);
  assert.deepEqual(problemsOf(arrangement({ holidays: 'all' })), ['文件字段“holidays”：须列出全年的放假安排']);
  assert.deepEqual(problemsOf(arrangement({ workdays: '2027-02-20' })), [
    '文件字段“workdays”：调休上班日应为日期列表（没有调休时写 []）',
  ]);
  assert.deepEqual(problemsOf(arrangement({ workdays: ['2027-2-20', '2026-02-21'] })), [
    '调休上班日第 1 项字段“workdays”：“2027-2-20”不是有效日期（格式 YYYY-MM-DD）',
    '调休上班日第 2 项字段“workdays”：2026-02-21 不在 2027 年内',
  ]);
});

test('the year is a whole number from 1949 to 9999', () => {
  const yearProblem = '文件字段“year”：须写明安排所属年份（四位数字，如 2027）';
  for (const year of [2027.5, 1948, 10000])
    assert.deepEqual(problemsOf(arrangement({ year })), [yearProblem], String(year));
  const first = arrangement({
    year: 1949,
    holidays: [{ name: '元旦', from: '1949-01-01', to: '1949-01-01' }],
    workdays: [],
  });
  assert.deepEqual(problemsOf(first), [
    '文件字段“holidays”：缺少法定节假日：春节、清明节、劳动节、端午节、中秋节、国庆节（须列出全年的全部节假日）',
  ]);
  assert.deepEqual(problemsOf(null), [
    '文件字段“year”：文件应为一个年度的安排，包含 year、reference、holidays、workdays',
  ]);
});

test('a date YAML read as a Date counts as written, no workdays means none, and a draft says it is not confirmed', () => {
  const holidays = arrangement().holidays.map((holiday, index) =>
    index === 0 ? { ...holiday, from: new Date('2027-01-01T00:00:00Z') } : holiday,
  );
  const draft = checkHolidayArrangement(arrangement({ holidays, workdays: undefined, confirmed: false }), STATUTORY);
  assert.deepEqual(draft.problems, []);
  assert.equal(draft.arrangement?.holidays[0].from, '2027-01-01');
  assert.deepEqual(draft.arrangement?.workdays, []);
  assert.equal(draft.arrangement?.isConfirmed, false);
  assert.equal(checkHolidayArrangement(arrangement(), STATUTORY).arrangement?.isConfirmed, true);
});
