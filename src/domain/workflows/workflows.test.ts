import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAppError } from '../app-error.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { caseChangedConflict } from './case-conflict.ts';
import {
  COMMITMENT_ACTIONS,
  COMMITMENT_AUDIT_ACTIONS,
  COMMITMENT_STATES,
  COMMITMENT_TYPES,
  COMMITMENT_WORKFLOW,
} from './commitment-workflow.ts';
import {
  DECLARATION_ACTIONS,
  DECLARATION_AUDIT_ACTIONS,
  DECLARATION_CATEGORIES,
  DECLARATION_CATEGORY_LABELS,
  DECLARATION_STATES,
  DECLARATION_WORKFLOW,
} from './declaration-workflow.ts';
import {
  OBJECTION_ACTIONS,
  OBJECTION_AUDIT_ACTIONS,
  OBJECTION_STATES,
  OBJECTION_WORKFLOW,
  OPEN_OBJECTION_STATES,
} from './objection-workflow.ts';
import { REPAIR_ACTIONS, REPAIR_AUDIT_ACTIONS, REPAIR_STATES, REPAIR_WORKFLOW } from './repair-workflow.ts';
import { nextState, statesAllowing, type Workflow } from './state-machine.ts';

const CHINESE = /^[\u4e00-\u9fff（）]+$/;

function refusal(run: () => unknown): { code: string; userMessage: string; message: string } {
  try {
    run();
  } catch (error) {
    assert.ok(isAppError(error), 'the refusal is an AppError');
    return error;
  }
  assert.fail('the action was not refused');
}

test('a declaration is accepted, then approved or rejected, and nothing else', () => {
  assert.equal(nextState(DECLARATION_WORKFLOW, 'submitted', 'accept'), 'accepted');
  assert.equal(nextState(DECLARATION_WORKFLOW, 'submitted', 'reject'), 'rejected');
  assert.equal(nextState(DECLARATION_WORKFLOW, 'accepted', 'approve'), 'approved');
  assert.equal(nextState(DECLARATION_WORKFLOW, 'accepted', 'reject'), 'rejected');
  assert.deepEqual(statesAllowing(DECLARATION_WORKFLOW, 'reject'), ['submitted', 'accepted']);
  assert.deepEqual(statesAllowing(DECLARATION_WORKFLOW, 'approve'), ['accepted']);
});

test('approving a declaration nobody accepted yet is refused with a message naming the state and the action', () => {
  const error = refusal(() => nextState(DECLARATION_WORKFLOW, 'submitted', 'approve'));
  assert.equal(error.code, 'PRECONDITION_FAILED');
  assert.equal(error.userMessage, '自主申报当前状态为“已提交”，不能执行“审核通过”');
  assert.equal(error.message, 'illegal transition submitted --approve--> ?');
});

test('a decided objection cannot be decided again', () => {
  const error = refusal(() => nextState(OBJECTION_WORKFLOW, 'upheld', 'revoke'));
  assert.equal(error.userMessage, '异议申请当前状态为“维持原结果”，不能执行“撤销记录”');
  assert.equal(nextState(OBJECTION_WORKFLOW, 'submitted', 'accept'), 'accepted');
  assert.equal(nextState(OBJECTION_WORKFLOW, 'accepted', 'correct'), 'corrected');
  assert.equal(nextState(OBJECTION_WORKFLOW, 'accepted', 'revoke'), 'revoked');
  assert.equal(nextState(OBJECTION_WORKFLOW, 'accepted', 'reevaluate'), 'reevaluated');
  assert.equal(nextState(OBJECTION_WORKFLOW, 'accepted', 'uphold'), 'upheld');
  assert.deepEqual(statesAllowing(OBJECTION_WORKFLOW, 'uphold'), ['accepted']);
});

test('an objection shows as open (异议中) only while it is submitted or accepted', () => {
  assert.deepEqual(OPEN_OBJECTION_STATES, ['submitted', 'accepted']);
});

test('a repair application is accepted, then repaired or refused', () => {
  assert.equal(nextState(REPAIR_WORKFLOW, 'submitted', 'accept'), 'accepted');
  assert.equal(nextState(REPAIR_WORKFLOW, 'submitted', 'reject'), 'rejected');
  assert.equal(nextState(REPAIR_WORKFLOW, 'accepted', 'approve'), 'approved');
  assert.equal(nextState(REPAIR_WORKFLOW, 'accepted', 'reject'), 'rejected');
  assert.equal(
    refusal(() => nextState(REPAIR_WORKFLOW, 'approved', 'reject')).userMessage,
    '信用修复申请当前状态为“已修复”，不能执行“不予修复”',
  );
});

test('a signed commitment is checked once, as kept or as broken', () => {
  assert.equal(nextState(COMMITMENT_WORKFLOW, 'signed', 'keep'), 'kept');
  assert.equal(nextState(COMMITMENT_WORKFLOW, 'signed', 'break'), 'broken');
  assert.equal(
    refusal(() => nextState(COMMITMENT_WORKFLOW, 'kept', 'break')).userMessage,
    '信用承诺当前状态为“已履行”，不能执行“核查为未履行”',
  );
  assert.deepEqual(COMMITMENT_TYPES, ['审批替代型', '主动公示型', '行业自律型', '修复型']);
});

const WORKFLOWS: Array<{
  workflow: Workflow<string, string>;
  states: readonly string[];
  actions: readonly string[];
  auditActions: Record<string, string>;
  prefix: string;
}> = [
  {
    workflow: DECLARATION_WORKFLOW,
    states: DECLARATION_STATES,
    actions: DECLARATION_ACTIONS,
    auditActions: DECLARATION_AUDIT_ACTIONS,
    prefix: 'declaration',
  },
  {
    workflow: OBJECTION_WORKFLOW,
    states: OBJECTION_STATES,
    actions: OBJECTION_ACTIONS,
    auditActions: OBJECTION_AUDIT_ACTIONS,
    prefix: 'objection',
  },
  {
    workflow: REPAIR_WORKFLOW,
    states: REPAIR_STATES,
    actions: REPAIR_ACTIONS,
    auditActions: REPAIR_AUDIT_ACTIONS,
    prefix: 'repair',
  },
  {
    workflow: COMMITMENT_WORKFLOW,
    states: COMMITMENT_STATES,
    actions: COMMITMENT_ACTIONS,
    auditActions: COMMITMENT_AUDIT_ACTIONS,
    prefix: 'commitment',
  },
];

test('every state and action of a workflow has a Chinese label, and reaching a state writes its own audit action', () => {
  for (const { workflow, states, actions, auditActions, prefix } of WORKFLOWS) {
    assert.deepEqual(Object.keys(workflow.stateLabels), [...states]);
    assert.deepEqual(Object.keys(workflow.actionLabels), [...actions]);
    assert.match(workflow.label, CHINESE);
    for (const state of states) {
      assert.match(workflow.stateLabels[state], CHINESE, `${prefix} state ${state}`);
      assert.equal(auditActions[state], `${prefix}.${state}`);
      assert.ok(Object.hasOwn(AUDIT_ACTIONS, auditActions[state]), `${auditActions[state]} is in the closed list`);
    }
    for (const action of actions) assert.match(workflow.actionLabels[action], CHINESE, `${prefix} action ${action}`);
    const used = new Set(workflow.transitions.map((transition) => transition.action));
    assert.deepEqual([...used].sort(), [...actions].sort(), `${prefix}: every action is used by a transition`);
  }
});

test('a declaration names what is declared in Chinese (荣誉表彰、专业资质或其他信息)', () => {
  assert.deepEqual(DECLARATION_CATEGORIES, ['honor', 'qualification', 'other']);
  assert.deepEqual(DECLARATION_CATEGORY_LABELS, { honor: '荣誉表彰', qualification: '专业资质', other: '其他信息' });
});

test('a lost race tells the user to refresh and names the case', () => {
  const error = caseChangedConflict('异议申请', 42);
  assert.equal(error.code, 'CONFLICT');
  assert.equal(error.userMessage, '该异议申请已被他人处理或更改（编号 42），请刷新后查看最新情况');
  assert.equal(error.message, 'case 42 (异议申请) changed concurrently');
});
