import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalJson } from './canonical-json.ts';

describe('canonical JSON', () => {
  it('writes the same text for objects whose keys were inserted in a different order, at every level', () => {
    assert.equal(
      canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: '信' } }),
      '{"a":{"c":"信","d":[2,{"x":0,"y":1}]},"b":1}',
    );
    assert.equal(
      canonicalJson({ a: { c: '信', d: [2, { x: 0, y: 1 }] }, b: 1 }),
      canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: '信' } }),
    );
  });

  it('leaves out undefined members, writes null for a missing value and a date as its ISO time', () => {
    assert.equal(
      canonicalJson({ kept: null, dropped: undefined, at: new Date('2026-12-07T00:00:00Z') }),
      '{"at":"2026-12-07T00:00:00.000Z","kept":null}',
    );
    assert.equal(canonicalJson(undefined), 'null');
    assert.equal(canonicalJson([undefined, 1]), '[null,1]');
  });

  it('writes what JSON.stringify writes with sorted keys, for more shapes than it remembers and in any key order', () => {
    const keys = ['kind', 'a', 'b_2', 'é', '证件号码', 'quote"d', 'back\\slash', 'line\nbreak', 'zeta', 'Alpha', '_x'];
    const values = [null, 0, -1.5, 1e21, 'text', '含“引号”和\t制表符', 'lone \ud800 half', '😀', true, false];
    let seed = 7;
    const next = (limit: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % limit;
    };
    const makeObject = (depth: number): Record<string, unknown> => {
      const object: Record<string, unknown> = {};
      for (let count = next(keys.length); count > 0; count -= 1) {
        const key = keys[next(keys.length)]!;
        const choice = next(values.length + 3);
        object[key] =
          choice === values.length && depth < 2
            ? makeObject(depth + 1)
            : choice === values.length + 1
              ? [next(9), makeObject(depth + 1), 'x']
              : choice === values.length + 2
                ? undefined
                : values[choice];
      }
      return object;
    };
    const sortedStringify = (value: unknown) =>
      JSON.stringify(value, (_key, item) =>
        item && typeof item === 'object' && !Array.isArray(item)
          ? Object.fromEntries(
              Object.keys(item)
                .sort()
                .map((key) => [key, item[key]]),
            )
          : item,
      );
    const objects = Array.from({ length: 500 }, () => makeObject(0));
    for (const round of [1, 2]) {
      for (const object of objects) assert.equal(canonicalJson(object), sortedStringify(object), `round ${round}`);
    }
  });
});
