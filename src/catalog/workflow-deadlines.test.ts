import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isAppError } from '../domain/app-error.ts';
import { validateCatalogContent } from './catalog-file.ts';
import {
  loadWorkflowDeadlinesFile,
  WorkflowDeadlinesFileSchema,
  workflowDeadlineValuesOn,
  type WorkflowDeadlinesFile,
} from './workflow-deadlines.ts';

/** The shipped file with a second, dated value of the objection review limit. */
function withChange(effectiveFrom: string | null, value = 20): WorkflowDeadlinesFile {
  const file = structuredClone(loadWorkflowDeadlinesFile());
  file.objection_review_working_days.values.push({ effective_from: effectiveFrom, value, reference: '测试' });
  return file;
}

describe('dated workflow deadlines', () => {
  test('a day before a change reads the earlier value with its reference, the day of the change and later the new one', () => {
    const file = withChange('2027-03-01');
    const before = workflowDeadlineValuesOn(file, '2027-02-28').objection_review_working_days;
    assert.deepEqual([before.value, before.effectiveFrom], [15, null]);
    assert.match(before.reference, /001 §二（四）/);
    assert.equal(workflowDeadlineValuesOn(file, '2027-03-01').objection_review_working_days.value, 20);
    assert.equal(workflowDeadlineValuesOn(file, '2030-01-01').objection_review_working_days.value, 20);
    assert.equal(workflowDeadlineValuesOn(file, '2027-03-01').request_answer_working_days.value, 5, 'others unchanged');
  });

  test('a later value without a date, or dated before the one above it, is refused naming the place', () => {
    for (const [file, reason] of [
      [withChange(null), /只有第一个取值可以不写生效日期/],
      [
        (() => {
          const twice = withChange('2027-03-01');
          twice.objection_review_working_days.values.push({
            effective_from: '2027-01-01',
            value: 25,
            reference: '测试',
          });
          return twice;
        })(),
        /生效日期应晚于上一个取值的生效日期/,
      ],
    ] as const) {
      assert.throws(
        () => validateCatalogContent('workflow-deadlines.yaml', WorkflowDeadlinesFileSchema, file),
        (error: unknown) =>
          isAppError(error) &&
          reason.test(error.message) &&
          /objection_review_working_days\.values\[\d\]/.test(error.message),
      );
    }
  });
});
