import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadModelVersion } from '../../engine/load-model.ts';
import { describeModelChanges } from './describe-model-changes.ts';

const v1 = loadModelVersion('huarong-sci-tech', 'v1');
const v2 = loadModelVersion('huarong-sci-tech', 'v2');

test('the change log from v1 to v2 lists the new research-integrity and inspection indicators, their parameters and the new veto', () => {
  const log = describeModelChanges(v1, v2);
  assert.deepEqual([log.from, log.to], ['huarong-sci-tech/v1', 'huarong-sci-tech/v2']);
  const added = (subject: string) =>
    log.changes.filter((change) => change.subject === subject && change.change === 'added').map((change) => change.id);
  assert.deepEqual(added('indicator').sort(), [
    'ethics_violations',
    'inspection_findings_pending',
    'research_commitments_broken',
    'research_misconduct_general',
    'research_misconduct_serious',
  ]);
  assert.deepEqual(added('veto'), ['research_serious_misconduct']);
  const finding = log.changes.find((change) => change.id === 'inspection_finding_pending_points');
  assert.equal(
    finding?.text,
    '新增参数 inspection_finding_pending_points（每次检查结果为“发现问题待后续处理”的扣分）：自 2019-01-01 起 -10 分/次',
  );
  const ethics = log.changes.find((change) => change.id === 'ethics_violation_points');
  assert.match(ethics!.text, /自 2019-01-01 起 0 分\/项；自 2023-12-01 起 -10 分\/项/);
  assert.deepEqual(
    log.changes.filter((change) => change.subject === 'model').map((change) => change.text),
    ['作为正式评价模型使用的日期由 2026-12-01 改为 2027-01-01'],
  );
  assert.ok(
    log.changes.every((change) => change.reference.length > 0),
    'every change names its reference',
  );
  assert.equal(
    log.changes.filter((change) => change.change !== 'added' && change.subject !== 'model').length,
    0,
    'v2 changes nothing v1 had',
  );
});

test('a version compared with itself has no changes, and a changed threshold is named with both lines', () => {
  assert.deepEqual(describeModelChanges(v1, v1).changes, []);
  const lowered = {
    ...v1,
    version: 'v1-a80',
    grades: v1.grades.map((row) => (row.grade === 'A' ? { ...row, minScore: 80 } : row)),
  };
  assert.deepEqual(
    describeModelChanges(v1, lowered).changes.map((change) => change.text),
    ['A 级：分数线 84 分 → 80 分'],
  );
});
