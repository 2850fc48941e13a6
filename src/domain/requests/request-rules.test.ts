import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { HolidayCalendar } from '../working-days.ts';
import { analyzeRequestsByMonth, measureRequests, type AnalyzedCase } from './analyze-requests.ts';
import { normalizeMobileNumber } from './mobile-number.ts';
import { isObjectionInDisguise, ratingAction } from './request-workflow.ts';
import { routeRequest, type RoutingTable } from './route-request.ts';

const TABLE: RoutingTable = {
  rules: [
    { category: 'utilities', keywords: ['停电', '供电'], department: 'power', reference: '示例 1' },
    { category: 'utilities', keywords: [], department: 'water', reference: '示例 2' },
    { category: 'credit', keywords: [], department: 'fgjx', reference: '示例 3' },
  ],
  defaultDepartment: 'fgjx',
  defaultReference: '默认',
};

describe('routing a request by the first matching rule', () => {
  test('a keyword rule wins over the catch-all of its category, and says which keyword matched', () => {
    const decision = routeRequest(TABLE, { category: 'utilities', title: '园区频繁停电', body: '本月三次' });
    assert.equal(decision.departmentCode, 'power');
    assert.equal(decision.ruleIndex, 0);
    assert.equal(decision.matchedKeyword, '停电');
    assert.match(decision.explanation, /关键词“停电”命中第 1 条分办规则/);
  });
  test('without a keyword the catch-all of the category takes it; a category without rules goes to the default', () => {
    assert.equal(
      routeRequest(TABLE, { category: 'utilities', title: '水压不足', body: '长期' }).departmentCode,
      'water',
    );
    const other = routeRequest(TABLE, { category: 'other', title: '公交站点', body: '希望增设' });
    assert.deepEqual([other.departmentCode, other.ruleIndex], ['fgjx', null]);
    assert.match(other.explanation, /没有分办规则命中，交默认承办部门/);
  });
});

describe('a visitor’s mobile number', () => {
  test('is accepted with spaces, hyphens or the +86 prefix and kept as 11 digits', () => {
    assert.equal(normalizeMobileNumber('138 0013 8000'), '13800138000');
    assert.equal(normalizeMobileNumber('+86 139-0000-1111'), '13900001111');
    assert.equal(normalizeMobileNumber('008615912345678'), '15912345678');
  });
  test('is refused when it is a landline, too short, or starts with 1 then 0–2', () => {
    for (const text of ['027-60586058', '1380013800', '12800138000', '138001380001', 'tel13800138000', ''])
      assert.equal(normalizeMobileNumber(text), null, text);
  });
});

describe('what a rating does', () => {
  test('a good rating is recorded; the first bad one reopens the case; a bad one after rectification closes it', () => {
    assert.equal(ratingAction('basically_satisfied', 0), 'rate');
    assert.equal(ratingAction('dissatisfied', 0), 'reopen');
    assert.equal(ratingAction('very_dissatisfied', 1), 'close_unsatisfied');
    assert.equal(ratingAction('very_satisfied', 1), 'rate');
  });
  test('a credit request naming a record or an evaluation is an objection in disguise; other categories are not', () => {
    assert.equal(isObjectionInDisguise({ category: 'credit', recordId: 7 }), true);
    assert.equal(isObjectionInDisguise({ category: 'credit', evaluationId: 3 }), true);
    assert.equal(isObjectionInDisguise({ category: 'credit' }), false);
    assert.equal(isObjectionInDisguise({ category: 'enforcement', recordId: 7 }), false);
  });
});

describe('the monthly analysis of a small known set', () => {
  // Weekends only (no holidays): 2026-03-02 is a Monday.
  const calendar: HolidayCalendar = { years: new Set([2026]), holidays: new Set(), workdays: new Set() };
  const base = { departmentCode: 'scjg', category: 'enforcement' as const, dueOn: '2026-03-09' };
  const cases: AnalyzedCase[] = [
    // Filed Monday, answered Wednesday: 2 working days, on time, rated 满意.
    { ...base, filedOn: '2026-03-02', firstAnsweredOn: '2026-03-04', isFirstAnswerLate: false, rating: 'satisfied' },
    // Filed Monday, answered the next Tuesday: 6 working days, late, rated 不满意.
    { ...base, filedOn: '2026-03-02', firstAnsweredOn: '2026-03-10', isFirstAnswerLate: true, rating: 'dissatisfied' },
    // Filed Friday, answered Monday: 1 working day, unrated.
    {
      ...base,
      category: 'policy',
      filedOn: '2026-03-06',
      dueOn: '2026-03-13',
      firstAnsweredOn: '2026-03-09',
      isFirstAnswerLate: false,
      rating: null,
    },
    // Never answered, deadline passed before the analysis date: overdue.
    {
      ...base,
      departmentCode: 'tax',
      filedOn: '2026-03-02',
      firstAnsweredOn: null,
      isFirstAnswerLate: null,
      rating: null,
    },
    // April: answered in 3 working days, 非常满意.
    {
      ...base,
      filedOn: '2026-04-06',
      dueOn: '2026-04-13',
      firstAnsweredOn: '2026-04-09',
      isFirstAnswerLate: false,
      rating: 'very_satisfied',
    },
  ];

  test('gives volume, mean and median response in working days, the overdue rate and the satisfaction rate', () => {
    const march = measureRequests(cases.slice(0, 4), calendar, '2026-04-30');
    assert.equal(march.volume, 4);
    assert.equal(march.answered, 3);
    assert.equal(march.meanResponseWorkingDays, 3, '(2 + 6 + 1) / 3');
    assert.equal(march.medianResponseWorkingDays, 2);
    assert.equal(march.overdue, 2, 'the late answer and the case still unanswered past its deadline');
    assert.equal(march.overdueRate, 0.5);
    assert.equal(march.rated, 2);
    assert.deepEqual(march.ratings, {
      very_satisfied: 0,
      satisfied: 1,
      basically_satisfied: 0,
      dissatisfied: 1,
      very_dissatisfied: 0,
    });
    assert.equal(march.satisfactionRate, 0.5);
  });

  test('groups by month of filing, then by department, category and both', () => {
    const months = analyzeRequestsByMonth(cases, calendar, '2026-04-30');
    assert.deepEqual(
      months.map((month) => [month.month, month.total.volume]),
      [
        ['2026-03', 4],
        ['2026-04', 1],
      ],
    );
    const march = months[0]!;
    assert.deepEqual(
      march.byDepartment.map((item) => [item.departmentCode, item.metrics.volume, item.metrics.overdue]),
      [
        ['scjg', 3, 1],
        ['tax', 1, 1],
      ],
    );
    assert.deepEqual(
      march.byCategory.map((item) => [item.category, item.metrics.volume]),
      [
        ['enforcement', 3],
        ['policy', 1],
      ],
    );
    assert.deepEqual(
      march.cells.map((item) => [item.departmentCode, item.category, item.metrics.volume]),
      [
        ['scjg', 'enforcement', 2],
        ['scjg', 'policy', 1],
        ['tax', 'enforcement', 1],
      ],
    );
    assert.equal(months[1]!.total.medianResponseWorkingDays, 3);
    assert.equal(months[1]!.total.satisfactionRate, 1);
  });

  test('an unanswered case is not overdue while its deadline has not passed, and an empty group has no rates', () => {
    assert.equal(measureRequests([cases[3]!], calendar, '2026-03-09').overdue, 0, 'due that day: not yet overdue');
    assert.equal(measureRequests([cases[3]!], calendar, '2026-03-10').overdue, 1);
    const empty = measureRequests([], calendar, '2026-03-10');
    assert.deepEqual(
      [empty.meanResponseWorkingDays, empty.medianResponseWorkingDays, empty.overdueRate, empty.satisfactionRate],
      [null, null, null, null],
    );
  });
});
