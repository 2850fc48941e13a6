import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countToDraw, createRandomStream, drawInspections, type DrawInputs } from './random-draw.ts';

const usccs = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}${String(index).padStart(4, '0')}`);
const inputs = (seed: string): DrawInputs => ({
  seed,
  planId: 7,
  classes: {
    A: { ratio: 0.05, candidates: usccs('A', 40) },
    B: { ratio: 0.2, candidates: usccs('B', 33) },
    D: { ratio: 0.61, candidates: usccs('D', 9) },
  },
  inspectors: ['张检', '李检', '王检', '赵检'],
  inspectorsPerVisit: 2,
  conflicts: { 张检: usccs('B', 33), 李检: ['D0001'] },
});

test('the same seed always draws the same enterprises and inspectors, whatever order the candidates came in', () => {
  const shuffled = inputs('2026-第1期');
  shuffled.classes.B!.candidates.reverse();
  assert.deepEqual(drawInspections(inputs('2026-第1期')), drawInspections(shuffled));
});

test('a different seed draws a different plan', () => {
  assert.notDeepEqual(drawInspections(inputs('seed-one')).visits, drawInspections(inputs('seed-two')).visits);
});

test('each class draws its ratio of candidates, rounded half up', () => {
  const { counts } = drawInspections(inputs('x'));
  assert.deepEqual(counts, {
    A: { candidates: 40, drawn: 2, ratio: 0.05 },
    B: { candidates: 33, drawn: 7, ratio: 0.2 },
    D: { candidates: 9, drawn: 5, ratio: 0.61 },
  });
  assert.equal(countToDraw(0.05, 10), 1, '0.5 rounds up');
  assert.equal(countToDraw(0.05, 9), 0, '0.45 rounds down');
  assert.equal(countToDraw(0, 100), 0);
  assert.equal(countToDraw(1, 17), 17);
});

test('an inspector is never drawn for an enterprise they are in conflict with', () => {
  for (const seed of ['a', 'b', 'c', 'd', 'e']) {
    for (const visit of drawInspections(inputs(seed)).visits) {
      if (visit.uscc.startsWith('B')) assert.ok(!visit.inspectors.includes('张检'), `${seed} ${visit.uscc}`);
      if (visit.uscc === 'D0001') assert.ok(!visit.inspectors.includes('李检'));
      assert.equal(new Set(visit.inspectors).size, visit.inspectors.length);
    }
  }
});

test('too few inspectors free of conflicts is reported, never filled with a conflicted one', () => {
  const draw = drawInspections({ ...inputs('z'), inspectors: ['张检', '李检'], conflicts: { 张检: usccs('B', 33) } });
  const visit = draw.visits.find((item) => item.uscc.startsWith('B'))!;
  assert.deepEqual(visit.inspectors, ['李检']);
  assert.match(visit.problem!, /检查人员不足/);
});

test('the random stream is the published SHA-256 construction and stays below its bound', () => {
  const next = createRandomStream('seed', 1, 'label');
  const values = Array.from({ length: 200 }, () => next(7));
  assert.ok(values.length > 0 && values.every((value) => value >= 0 && value < 7));
  assert.deepEqual(
    Array.from({ length: 5 }, createRandomStream('seed', 1, 'label').bind(null, 1000)),
    Array.from({ length: 5 }, createRandomStream('seed', 1, 'label').bind(null, 1000)),
  );
});
