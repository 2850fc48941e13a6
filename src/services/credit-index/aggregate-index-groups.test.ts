import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCatalog } from '../../catalog/catalog.ts';
import { aggregateIndexGroups, indexValue, type IndexCell } from './aggregate-index-groups.ts';
import { loadCreditIndexFile } from '../../catalog/credit-index.ts';
import {
  loadCreditIndexMethod,
  parseCreditIndexMethod,
  readMethodDocument,
  withMethodChanges,
} from './credit-index-method.ts';
import { untilNextDailyRun } from './index-closer.ts';
import { addMonthsToMonth, monthCloseInstant, monthEnd, monthsBetween } from '../../domain/index-months.ts';

const method = loadCreditIndexMethod();
const catalog = loadCatalog();
const cell = (values: Partial<IndexCell> & Pick<IndexCell, 'grade' | 'count' | 'scoreCents'>): IndexCell => ({
  region: '420703',
  industryCode: 'I6513',
  tiers: [],
  ...values,
});

test('the composite measure is the weighted sum of the rounded components, and anyone can recompute it from them', () => {
  // 8 A at 90.00, 3 B at 75.50, 1 D at 40.25: 12 enterprises.
  const cells = [
    cell({ grade: 'A', count: 8, scoreCents: 8 * 9000 }),
    cell({ grade: 'B', count: 3, scoreCents: 3 * 7550 }),
    cell({ grade: 'D', count: 1, scoreCents: 4025 }),
  ];
  const [district] = aggregateIndexGroups(cells, method, catalog);
  assert.equal(district!.dimension, 'district');
  assert.equal(district!.enterprises, 12);
  // (72000 + 22650 + 4025) / 12 / 100 = 82.229166… → 82.23
  assert.equal(district!.meanScore, 82.23);
  assert.equal(district!.goodShare, 0.9167); // 11/12
  assert.equal(district!.poorShare, 0.0833); // 1/12
  // 0.5 × 82.23 + 0.3 × 91.67 + 0.2 × 91.67 = 41.115 + 27.501 + 18.334
  assert.equal(district!.rawMeasure, 86.95);
  assert.equal(district!.rawMeasure, Math.round((0.5 * 82.23 + 0.3 * 91.67 + 0.2 * (100 - 8.33)) * 1e4) / 1e4);
});

test('the index is 100 × the measure over the base measure, rounded to two decimals, and the base against itself is 100', () => {
  assert.equal(indexValue(87.065, 87.065, method), 100);
  assert.equal(indexValue(87.041, 87.065, method), 99.97); // 99.97243…
  assert.equal(indexValue(87.683, 87.065, method), 100.71); // 100.70981…
  assert.equal(indexValue(50, 40, method), 125);
});

test('an enterprise counts in the district, its region, its industry section and division, and each catalog tier it holds', () => {
  const cells = [
    cell({
      grade: 'A',
      count: 10,
      scoreCents: 90_000,
      industryCode: 'C3911',
      tiers: ['high_tech', 'tech_sme', 'not_a_tier'],
    }),
    cell({ grade: 'B', count: 10, scoreCents: 75_000, industryCode: null, region: '420704', tiers: ['tech_sme'] }),
  ];
  const groups = aggregateIndexGroups(cells, method, catalog);
  const names = groups.map((group) => `${group.dimension}/${group.groupCode}:${group.enterprises}`);
  assert.deepEqual(names, [
    'district/all:20',
    'region/420703:10',
    'region/420704:10',
    'industry_section/C:10',
    'industry_division/C39:10',
    'tier/high_tech:10',
    'tier/tech_sme:20',
  ]);
  const labels = Object.fromEntries(groups.map((group) => [group.groupCode, group.groupLabel]));
  assert.equal(labels['420704'], '鄂州市鄂城区');
  assert.equal(labels.C39, '计算机、通信和其他电子设备制造业');
  assert.equal(labels.high_tech, '高新技术企业');
});

test('a group smaller than the minimum size is withheld with no number at all', () => {
  const small = aggregateIndexGroups(
    [cell({ grade: 'A', count: method.minGroupSize - 1, scoreCents: 9000 * (method.minGroupSize - 1) })],
    method,
    catalog,
  );
  // One enterprise cell counts in the district, its region, industry section and division: four groups, all withheld.
  assert.equal(small.length, 4);
  assert.ok(
    small.length > 0 &&
      small.every(
        (group) =>
          group.withheld &&
          group.meanScore === null &&
          group.goodShare === null &&
          group.poorShare === null &&
          group.rawMeasure === null,
      ),
  );
  const enough = aggregateIndexGroups(
    [cell({ grade: 'A', count: method.minGroupSize, scoreCents: 9000 * method.minGroupSize })],
    method,
    catalog,
  );
  assert.equal(enough.length, 4);
  assert.ok(enough.length > 0 && enough.every((group) => !group.withheld && group.rawMeasure === 95)); // 0.5 × 90 + 0.3 × 100 + 0.2 × 100
});

test('the method digest changes with a parameter that decides the numbers', () => {
  assert.match(method.digest, /^[0-9a-f]{64}$/);
  assert.notEqual(withMethodChanges(method, { minGroupSize: 5 }).digest, method.digest);
  assert.equal(withMethodChanges(method, {}).digest, method.digest);
});

test('a revised wording (title, labels, references) leaves the digest, so months settled before still match the published method', () => {
  const raw = loadCreditIndexFile();
  const reworded = parseCreditIndexMethod({
    ...raw,
    title: '另一个标题',
    components_reference: '另一处依据',
    base_month_reference: '另一处依据',
    components: raw.components.map((component) => ({
      ...component,
      label: `${component.label}（新）`,
      description: '新说明',
    })),
  });
  assert.equal(reworded.digest, method.digest);
  assert.notEqual(parseCreditIndexMethod({ ...raw, decimals: { ...raw.decimals, value: 3 } }).digest, method.digest);
});

test('the published method text states the parameters the numbers are computed with', () => {
  const text = readMethodDocument();
  const [year, month] = method.baseMonth.split('-');
  assert.ok(text.includes(`${year} 年 ${Number(month)} 月`), 'base month');
  assert.ok(text.includes(`少于 **${method.minGroupSize} 家**`), 'minimum group size');
  for (const component of Object.values(method.components))
    assert.ok(text.includes(`| ${component.label} |`) && text.includes(`| ${component.weight} |`), component.code);
  assert.ok(
    text.includes(
      `${method.components.mean_score.weight} × 信用水平 + ${method.components.good_share.weight} × 100 × 守信面 + ${method.components.poor_share.weight} × 100 × （1 − 失信面）`,
    ),
  );
});

test('months: ends, the instant a month closes in the district (UTC+8), and ranges across a year', () => {
  assert.equal(monthEnd('2024-02'), '2024-02-29');
  assert.equal(monthEnd('2025-02'), '2025-02-28');
  assert.equal(monthCloseInstant('2025-12'), '2025-12-31T16:00:00.000Z');
  assert.equal(addMonthsToMonth('2025-01', -3), '2024-10');
  assert.deepEqual(monthsBetween('2025-11', '2026-02'), ['2025-11', '2025-12', '2026-01', '2026-02']);
  assert.deepEqual(monthsBetween('2026-02', '2025-11'), []);
});

test('the daily close runs at 00:05 in the district: just before it waits a minute, just after it waits a day', () => {
  assert.equal(untilNextDailyRun(new Date('2026-11-30T16:04:00Z')), 60_000); // 00:04 on 1 December in the district
  assert.equal(untilNextDailyRun(new Date('2026-11-30T16:05:00Z')), 86_400_000);
  assert.equal(untilNextDailyRun(new Date('2026-11-30T15:59:00Z')), 6 * 60_000); // 23:59 on 30 November
});
