import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPasswordProblems, type PasswordRules } from './password-policy.ts';

const rules: PasswordRules = { minLength: 10, minCharacterClasses: 3, commonPasswords: new Set(['password@123']) };

test('a long password of three character classes without the username passes', () => {
  assert.deepEqual(findPasswordProblems(rules, 'Credit-Office-9', 'zhangsan'), []);
  assert.deepEqual(
    findPasswordProblems(rules, '信用办公室口令2026a', 'zhangsan'),
    [],
    'Chinese characters count as other characters',
  );
});

test('every broken rule is named, and the common list is checked without regard to case', () => {
  assert.deepEqual(findPasswordProblems(rules, 'aaaaaaaaaa', 'zhangsan'), [
    '至少包含大写字母、小写字母、数字、其他字符中的 3 类（现有 1 类）',
  ]);
  assert.deepEqual(findPasswordProblems(rules, 'Ab1', 'zhangsan'), ['至少 10 个字符']);
  assert.deepEqual(findPasswordProblems(rules, 'ZhangSan-2026', 'zhangsan'), ['不能包含用户名']);
  assert.deepEqual(findPasswordProblems(rules, 'PASSWORD@123', 'zhangsan'), ['属于常见弱口令']);
  assert.deepEqual(findPasswordProblems(rules, ' Credit-Office-9', 'zhangsan'), ['首尾不能是空白字符']);
});

test('digits are not counted again as other characters', () => {
  const fourClasses = { ...rules, minCharacterClasses: 4 };
  assert.deepEqual(findPasswordProblems(fourClasses, 'Abcdefgh1234', 'zhangsan'), [
    '至少包含大写字母、小写字母、数字、其他字符中的 4 类（现有 3 类）',
  ]);
});

test('the username is looked for whatever its case and surrounding spaces, from three characters on', () => {
  assert.deepEqual(findPasswordProblems(rules, 'Credit-zhangsan-9', ' ZhangSan '), ['不能包含用户名']);
  assert.deepEqual(findPasswordProblems(rules, 'Credit-Wei-2026', 'wei'), ['不能包含用户名']);
});

test('a username too short to be telling is not searched for', () => {
  assert.deepEqual(findPasswordProblems(rules, 'Li-Credit-2026', 'li'), []);
});
