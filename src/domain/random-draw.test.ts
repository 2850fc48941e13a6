import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
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

/** The published method (random-draw.ts, steps 1–5) written out again, as an auditor re-implementing it would. */
function auditorDraw(draw: DrawInputs) {
  const stream = (label: string) => {
    let n = 0;
    return (bound: number) => {
      for (;;) {
        const digest = createHash('sha256').update(`${draw.seed}|${draw.planId}|${label}|${n++}`).digest();
        const value = Number(BigInt(`0x${digest.subarray(0, 6).toString('hex')}`));
        if (value < Math.floor(2 ** 48 / bound) * bound) return value % bound;
      }
    };
  };
  const shuffle = (items: string[], count: number, next: (bound: number) => number) => {
    const pool = [...items];
    for (let i = 0; i < Math.min(count, pool.length); i++) {
      const j = i + next(pool.length - i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    return pool.slice(0, Math.min(count, pool.length));
  };
  const unique = (values: string[]) => [...new Set(values)].sort();
  return Object.keys(draw.classes)
    .sort()
    .flatMap((riskClass) => {
      const { ratio, candidates } = draw.classes[riskClass]!;
      const sorted = unique(candidates);
      const count = Math.floor((Math.round(ratio * 10000) * sorted.length + 5000) / 10000);
      return shuffle(sorted, count, stream(`enterprises:${riskClass}`)).map((uscc) => ({
        uscc,
        inspectors: shuffle(
          unique(draw.inspectors).filter((inspector) => !(draw.conflicts[inspector] ?? []).includes(uscc)),
          draw.inspectorsPerVisit,
          stream(`inspectors:${uscc}`),
        ),
      }));
    });
}

test('an auditor re-implementing the published method from the seed gets the same enterprises and inspectors', () => {
  for (const seed of ['2026-第1期', 'seed-two']) {
    const published = { ...inputs(seed), inspectors: ['赵检', '张检', '李检', '王检', '李检'] };
    published.classes.A!.candidates.push('A0003', 'A0001');
    const visits = drawInspections(published).visits;
    assert.equal(visits.length, 14);
    assert.deepEqual(
      visits.map(({ uscc, inspectors }) => ({ uscc, inspectors })),
      auditorDraw(published),
    );
  }
});

test('a visit short of inspectors says how many were needed and how many were left', () => {
  const draw = drawInspections({ ...inputs('z'), inspectors: ['张检', '李检'], conflicts: { 张检: usccs('B', 33) } });
  const visit = draw.visits.find((item) => item.uscc.startsWith('B'))!;
  assert.equal(visit.problem, '可回避后的检查人员不足：需要 2 名，仅有 1 名');
  assert.equal(draw.visits.find((item) => item.uscc.startsWith('A'))!.problem, null);
  assert.deepEqual(
    draw.visits.map((item) => item.riskClass),
    ['A', 'A', ...Array(7).fill('B'), ...Array(5).fill('D')],
  );
});

test('a bound that is not a positive integer is refused', () => {
  const next = createRandomStream('seed', 1, 'label');
  assert.throws(() => next(0), /bound must be a positive integer, got 0/);
  assert.throws(() => next(-3), RangeError);
  assert.throws(() => next(2.5), RangeError);
  assert.equal(next(1), 0);
});

test('classes listed in any order and candidates in any order draw the same plan', () => {
  const published = inputs('2026-第2期');
  const scrambled: DrawInputs = {
    ...published,
    classes: {
      D: { ...published.classes.D!, candidates: [...published.classes.D!.candidates].reverse() },
      B: {
        ...published.classes.B!,
        candidates: published.classes.B!.candidates.map((_, i, all) => all[(i * 7) % 33]!),
      },
      A: published.classes.A!,
    },
    inspectors: ['王检', '赵检', '李检', '张检'],
  };
  assert.deepEqual(drawInspections(scrambled), drawInspections(published));
  assert.deepEqual(
    drawInspections(scrambled).visits.map(({ uscc, inspectors }) => ({ uscc, inspectors })),
    auditorDraw(scrambled),
  );
});
