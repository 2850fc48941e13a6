import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError, ERROR_CODES, isAppError } from './app-error.ts';
import { AUDIT_ACTIONS, isAuditAction } from './audit-actions.ts';
import { BATCH_STATUS_LABELS, BATCH_STATUSES } from './batch-status.ts';
import { addMonthsToMonth, isMonth, monthCloseInstant, monthEnd, monthOf, monthsBetween } from './index-months.ts';
import { MEASURE_FEEDBACK_RESULT_LABELS, MEASURE_FEEDBACK_RESULTS } from './measure-feedback.ts';
import { describeActor, type Principal, TOKEN_SCOPES } from './principal.ts';
import { LONG_TERM_DATE, RECORD_STATUS_LABELS, RECORD_STATUSES } from './record.ts';
import { ADMINISTRATOR_ROLES, AUDIENCE_LABELS, AUDIENCES, isAdministratorRole, isRole, ROLES } from './roles.ts';

const HAS_CHINESE = /[\u4e00-\u9fff]/;

test('an AppError carries its code, a Chinese message for the user and a separate one for the log', () => {
  const cause = new Error('disk full');
  const error = new AppError('CONFLICT', '该记录已被他人更改', {
    message: 'row 7 changed',
    details: { row: 7 },
    cause,
  });
  assert.equal(error.code, 'CONFLICT');
  assert.equal(error.userMessage, '该记录已被他人更改');
  assert.equal(error.message, 'row 7 changed');
  assert.deepEqual(error.details, { row: 7 });
  assert.equal(error.cause, cause);
  assert.equal(error.name, 'AppError');
  assert.ok(isAppError(error));
  assert.equal(isAppError(new Error('x')), false);
});

test('an AppError without a log message logs the user message', () => {
  const error = new AppError('NOT_FOUND', '企业不存在');
  assert.equal(error.message, '企业不存在');
  assert.equal(error.details, undefined);
});

test('the error codes are the closed set the server maps to HTTP statuses', () => {
  assert.deepEqual(ERROR_CODES, [
    'INVALID_INPUT',
    'NOT_FOUND',
    'CONFLICT',
    'FORBIDDEN',
    'UNAUTHENTICATED',
    'PRECONDITION_FAILED',
    'INTERNAL',
  ]);
});

test('every audit action has a Chinese label for the audit console, and only listed actions are accepted', () => {
  const actions = Object.entries(AUDIT_ACTIONS);
  assert.ok(actions.length >= 90, `${actions.length} audit actions`);
  for (const [action, label] of actions) {
    assert.match(action, /^[a-z_]+\.[a-z_]+$/);
    assert.match(label, HAS_CHINESE, action);
  }
  assert.equal(AUDIT_ACTIONS['import.committed'], '导入批次已入库');
  assert.equal(isAuditAction('repair.approved'), true);
  assert.equal(isAuditAction('repair.destroyed'), false);
  assert.equal(isAuditAction('toString'), false);
});

test('an import batch is open, committed, rejected or interrupted, each shown in Chinese', () => {
  assert.deepEqual(BATCH_STATUSES, ['open', 'committed', 'rejected', 'interrupted']);
  assert.deepEqual(BATCH_STATUS_LABELS, {
    open: '进行中',
    committed: '已入库',
    rejected: '整批拒收',
    interrupted: '中断',
  });
});

test('a department reports a measure as applied (已实施) or not applied (未实施)', () => {
  assert.deepEqual(MEASURE_FEEDBACK_RESULTS, ['applied', 'not_applied']);
  assert.deepEqual(MEASURE_FEEDBACK_RESULT_LABELS, { applied: '已实施', not_applied: '未实施' });
});

const operator: Principal = {
  userId: 3,
  username: 'zhangsan',
  displayName: '张三',
  role: 'department_operator',
  departmentCode: 'SCJGJ',
  uscc: null,
  via: 'session',
  tokenId: null,
  scopes: TOKEN_SCOPES,
};

test('the audit trail names a session user by name and a token user by name and token', () => {
  assert.equal(describeActor(operator), 'zhangsan');
  assert.equal(describeActor({ ...operator, via: 'token', tokenId: 12, scopes: ['read'] }), 'zhangsan（令牌 12）');
  assert.deepEqual(TOKEN_SCOPES, ['read', 'write']);
});

test('a record is active, revoked, repaired or removed, each shown in Chinese, and 长期 is written 2099-12-31', () => {
  assert.deepEqual(RECORD_STATUSES, ['active', 'revoked', 'repaired', 'removed']);
  assert.deepEqual(RECORD_STATUS_LABELS, { active: '有效', revoked: '已撤销', repaired: '已修复', removed: '已移出' });
  assert.equal(LONG_TERM_DATE, '2099-12-31');
});

test('every role and the anonymous public have a Chinese label, and the three administrators are separate roles', () => {
  assert.equal(ROLES.length, 9);
  assert.deepEqual(AUDIENCES, [...ROLES, 'anonymous']);
  assert.deepEqual(Object.keys(AUDIENCE_LABELS), [...AUDIENCES]);
  for (const audience of AUDIENCES) assert.match(AUDIENCE_LABELS[audience], HAS_CHINESE, audience);
  assert.equal(AUDIENCE_LABELS.anonymous, '公众（未登录）');
  assert.equal(AUDIENCE_LABELS.audit_admin, '审计管理员');
  for (const role of ROLES) assert.equal(isRole(role), true, role);
  assert.equal(isRole('anonymous'), false);
  assert.equal(isRole('root'), false);
  assert.deepEqual(ADMINISTRATOR_ROLES, ['admin', 'security_admin', 'audit_admin']);
  assert.deepEqual(
    ROLES.filter((role) => isAdministratorRole(role)),
    ['admin', 'security_admin', 'audit_admin'],
  );
});

test('index months are YYYY-MM, end on their last day and close at midnight China time', () => {
  assert.equal(isMonth('2026-02'), true);
  assert.equal(isMonth('2026-13'), false);
  assert.equal(isMonth('2026-00'), false);
  assert.equal(isMonth('2026-2'), false);
  assert.equal(isMonth(' 2026-02'), false);
  assert.equal(isMonth('2026-02 '), false);
  assert.equal(isMonth(202602), false);
  assert.equal(monthOf('2026-02-17'), '2026-02');
  assert.equal(monthEnd('2024-02'), '2024-02-29');
  assert.equal(monthEnd('2026-02'), '2026-02-28');
  assert.equal(monthEnd('2026-12'), '2026-12-31');
  assert.equal(monthCloseInstant('2026-01'), '2026-01-31T16:00:00.000Z');
  assert.equal(addMonthsToMonth('2026-11', 1), '2026-12');
  assert.equal(addMonthsToMonth('2026-12', 1), '2027-01');
  assert.equal(addMonthsToMonth('2026-01', -1), '2025-12');
  assert.equal(addMonthsToMonth('2026-05', 14), '2027-07');
  assert.deepEqual(monthsBetween('2025-11', '2026-02'), ['2025-11', '2025-12', '2026-01', '2026-02']);
  assert.deepEqual(monthsBetween('2026-03', '2026-03'), ['2026-03']);
  assert.deepEqual(monthsBetween('2026-03', '2026-02'), []);
});
