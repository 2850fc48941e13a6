import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toHonestCase } from './honest-case.ts';

test('a case published at 01:30 in the district shows that day as its publication date, not the previous UTC day', () => {
  const row = {
    id: 1,
    enterprise_id: 7,
    uscc: '91420704MA4F000001',
    name: '华容示例科技有限公司',
    title: '守信典型',
    story: '按时履约。',
    highlights: ['高新技术企业'],
    grade: 'A',
    grade_as_of: '2026-11-01',
    state: 'published',
    version: 1,
    published_by: 'admin',
    published_at: new Date('2026-11-21T17:30:00Z'),
    withdrawn_by: null,
    withdrawn_at: null,
    withdrawal_reason: null,
    current_grade: 'A',
  };
  const item = toHonestCase(row, ['A']);
  assert.equal(item.publishedOn, '2026-11-22');
  assert.equal(item.publishedAt, '2026-11-21T17:30:00.000Z');
  assert.equal(item.isShownPublicly, true);
});
