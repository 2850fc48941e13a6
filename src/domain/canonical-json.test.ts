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
});
