import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { printDemoAccounts } from './print-demo-accounts.ts';

test('the demo accounts are listed one per line with their role, binding and the shared password', () => {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => (text += String(chunk)));
  printDemoAccounts(stream, [
    {
      username: 'admin',
      password: 'xinping-demo',
      role: 'admin',
      roleLabel: '系统管理员',
      displayName: '系统管理员（演示）',
      departmentCode: null,
      uscc: null,
      created: true,
    },
    {
      username: 'dept',
      password: 'xinping-demo',
      role: 'department_operator',
      roleLabel: '数据报送单位',
      displayName: '报送员',
      departmentCode: 'scjg',
      uscc: null,
      created: true,
    },
  ]);
  assert.deepEqual(text.split('\n'), [
    '演示账号（密码均为 xinping-demo，仅供演示）：',
    '  admin         系统管理员      ',
    '  dept          数据报送单位    部门 scjg',
    '',
  ]);
});
