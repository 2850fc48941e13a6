import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadProfileTags } from './load-profile-tags.ts';

test('the shipped 信用画像 tags load with a name, an explanation and a reference each, local examples marked', () => {
  const tags = loadProfileTags();
  assert.deepEqual(
    tags.map((tag) => tag.name),
    ['高成长', '研发强度高', '知识产权密集', '守信典型', '近期失信', '经营异常风险'],
  );
  for (const tag of tags) {
    assert.ok(tag.explanation.length > 0 && tag.reference.length > 0, tag.code);
    if (/本地示例/.test(tag.reference))
      assert.equal(tag.isLocalExample, true, `${tag.code} is marked as a local example`);
  }
  const rnd = tags.find((tag) => tag.code === 'rnd_intensive')!;
  assert.deepEqual(rnd.condition, {
    type: 'rnd_intensity',
    withinMonths: 18,
    bands: [
      { revenueBelow: 5000, minRatio: 0.05 },
      { revenueBelow: 20000, minRatio: 0.04 },
      { revenueBelow: null, minRatio: 0.03 },
    ],
  });
});
