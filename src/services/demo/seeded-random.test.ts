import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SeededRandom } from './seeded-random.ts';

test('the same seed gives the same numbers, pinned so a change to the generator cannot slip in unnoticed', () => {
  const random = new SeededRandom('1');
  assert.deepEqual(
    [random.nextUint32(), random.nextUint32(), random.nextUint32(), random.nextUint32()],
    [663261097, 853986954, 1331713668, 2079947259],
  );
  assert.equal(new SeededRandom('1').fork('x').nextUint32(), 3710842139);
});

test('different seeds and different forks give unrelated streams', () => {
  const draw = (random: SeededRandom) => Array.from({ length: 8 }, () => random.nextUint32());
  assert.notDeepEqual(draw(new SeededRandom('1')), draw(new SeededRandom('2')));
  const root = new SeededRandom('1');
  assert.notDeepEqual(draw(root.fork('penalties')), draw(root.fork('licenses')));
});

test('a fork does not move its parent, so adding a part of the data never shifts the others', () => {
  const a = new SeededRandom('7');
  const b = new SeededRandom('7');
  a.fork('extra').next();
  assert.equal(a.next(), b.next());
});

test('draws stay in their ranges and follow their weights', () => {
  const random = new SeededRandom('ranges');
  const counts = { A: 0, B: 0 };
  for (let index = 0; index < 20_000; index += 1) {
    const value = random.int(3, 5);
    assert.ok(value >= 3 && value <= 5 && Number.isInteger(value));
    counts[random.weighted({ A: 1, B: 3 })] += 1;
  }
  assert.ok(Math.abs(counts.B / 20_000 - 0.75) < 0.02, `B drawn ${counts.B} times`);
  const mean = Array.from({ length: 20_000 }, () => random.poisson(2)).reduce((sum, value) => sum + value, 0) / 20_000;
  assert.ok(Math.abs(mean - 2) < 0.1, `poisson mean ${mean}`);
});
