import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextState, statesAllowing } from '../workflows/state-machine.ts';
import {
  AWAITING_ANSWER_STATES,
  BAD_RATINGS,
  HANDLING_ACTIONS,
  isBadRating,
  RATING_CODES,
  RATINGS,
  REQUEST_ACTIONS,
  REQUEST_CATEGORIES,
  REQUEST_OUTCOMES,
  REQUEST_STATES,
  REQUEST_TYPES,
  REQUEST_WORKFLOW,
} from './request-workflow.ts';

const HAS_CHINESE = /[\u4e00-\u9fff]/;

test('a request is accepted, handled and answered, then rated, reopened once or closed', () => {
  const path = (from: (typeof REQUEST_STATES)[number], action: (typeof REQUEST_ACTIONS)[number]) =>
    nextState(REQUEST_WORKFLOW, from, action);
  assert.equal(path('submitted', 'accept'), 'accepted');
  assert.equal(path('accepted', 'start'), 'in_progress');
  assert.equal(path('accepted', 'answer'), 'answered');
  assert.equal(path('in_progress', 'answer'), 'answered');
  assert.equal(path('rectifying', 'answer'), 'answered');
  assert.equal(path('submitted', 'point_to_objection'), 'answered');
  assert.equal(path('answered', 'rate'), 'rated');
  assert.equal(path('answered', 'reopen'), 'rectifying');
  assert.equal(path('answered', 'close_unsatisfied'), 'closed');
  assert.equal(path('rated', 'close'), 'closed');
  assert.equal(path('answered', 'close'), 'closed');
  assert.throws(() => path('closed', 'reopen'), {
    code: 'PRECONDITION_FAILED',
    userMessage: '诉求当前状态为“已办结”，不能执行“差评后重新办理（整改）”',
  });
  assert.throws(() => path('in_progress', 'point_to_objection'), {
    userMessage: '诉求当前状态为“处理中”，不能执行“引导至异议申请”',
  });
});

test('a transfer or a linked duplicate is possible until the case is answered, and a transfer starts it anew', () => {
  const open = ['submitted', 'accepted', 'in_progress', 'rectifying'];
  assert.deepEqual(statesAllowing(REQUEST_WORKFLOW, 'transfer'), open);
  assert.deepEqual(statesAllowing(REQUEST_WORKFLOW, 'follow_original'), open);
  for (const from of open) {
    assert.equal(nextState(REQUEST_WORKFLOW, from as 'submitted', 'transfer'), 'submitted');
    assert.equal(nextState(REQUEST_WORKFLOW, from as 'submitted', 'follow_original'), 'answered');
  }
  assert.deepEqual(AWAITING_ANSWER_STATES, open);
  assert.deepEqual(HANDLING_ACTIONS, ['accept', 'start', 'answer', 'close']);
});

test('every state, action, type, category, rating and outcome of a request is shown in Chinese', () => {
  assert.deepEqual(Object.keys(REQUEST_WORKFLOW.stateLabels), [...REQUEST_STATES]);
  assert.deepEqual(Object.keys(REQUEST_WORKFLOW.actionLabels), [...REQUEST_ACTIONS]);
  assert.equal(REQUEST_WORKFLOW.label, '诉求');
  const labels = [
    ...Object.values(REQUEST_WORKFLOW.stateLabels),
    ...Object.values(REQUEST_WORKFLOW.actionLabels),
    ...Object.values(REQUEST_TYPES),
    ...Object.values(REQUEST_CATEGORIES),
    ...Object.values(RATINGS),
    ...Object.values(REQUEST_OUTCOMES),
  ];
  assert.equal(labels.length, 7 + 10 + 2 + 7 + 5 + 3);
  for (const label of labels) assert.match(label, HAS_CHINESE);
  assert.equal(new Set(Object.values(REQUEST_WORKFLOW.stateLabels)).size, REQUEST_STATES.length, 'states read apart');
  assert.equal(
    new Set(Object.values(REQUEST_WORKFLOW.actionLabels)).size,
    REQUEST_ACTIONS.length,
    'actions read apart',
  );
  assert.deepEqual(REQUEST_TYPES, { request: '诉求', complaint: '投诉' });
  assert.deepEqual(Object.keys(REQUEST_CATEGORIES), [
    'policy',
    'approval',
    'financing',
    'credit',
    'enforcement',
    'utilities',
    'other',
  ]);
  assert.equal(REQUEST_OUTCOMES.unsatisfied, '不满意办结（已列入督查）');
});

test('the five ratings run from best to worst and the two worst are 差评', () => {
  assert.deepEqual(RATING_CODES, [
    'very_satisfied',
    'satisfied',
    'basically_satisfied',
    'dissatisfied',
    'very_dissatisfied',
  ]);
  assert.deepEqual(Object.values(RATINGS), ['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
  assert.deepEqual(BAD_RATINGS, ['dissatisfied', 'very_dissatisfied']);
  assert.deepEqual(
    RATING_CODES.filter((rating) => isBadRating(rating)),
    ['dissatisfied', 'very_dissatisfied'],
  );
});
