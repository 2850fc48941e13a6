import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadFinancingProducts } from './financing-products.ts';
import { matchProduct } from './match-products.ts';

const GRADES = ['A', 'B', 'C', 'D'];
const catalog = loadFinancingProducts();
const ipPledge = catalog.products.find((product) => product.code === 'bank-ip-pledge')!;
const facts = { amountWan: 300, termMonths: 24, collaterals: ['ip'], grade: 'A', tiers: [], inventionPatents: 2 };

test('a need from an A-grade enterprise with invention patents pledging IP meets every rule of the IP-pledge loan', () => {
  const result = matchProduct(ipPledge, facts, GRADES, catalog);
  assert.equal(result.isEligible, true);
  assert.deepEqual(
    result.checks.map((check) => check.rule),
    ['amount', 'term', 'grade', 'patents', 'collateral'],
  );
});

test('a C-grade enterprise without patents is told which rules it misses and why', () => {
  const result = matchProduct(ipPledge, { ...facts, grade: 'C', inventionPatents: 0 }, GRADES, catalog);
  assert.equal(result.isEligible, false);
  assert.deepEqual(
    result.checks.filter((check) => !check.isMet).map((check) => check.detail),
    ['当前信用等级 C，产品要求不低于 B', '有效发明专利 0 件，产品要求不少于 1 件'],
  );
});

test('an enterprise never evaluated does not meet a grade rule', () => {
  const result = matchProduct(ipPledge, { ...facts, grade: null }, GRADES, catalog);
  assert.equal(result.isEligible, false);
  assert.equal(result.checks.find((check) => check.rule === 'grade')?.detail, '尚无信用评价结果，产品要求不低于 B');
});
