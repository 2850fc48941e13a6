import type { DemoAccount } from '../services/accounts/create-demo-accounts.ts';
import type { StartAccounts } from '../services/accounts/prepare-start-accounts.ts';
import { padDisplay } from './pad-display.ts';

/** The demo accounts as `start`, `serve` and `demo` show them: one line per role, with the shared password. */
export function printDemoAccounts(stream: NodeJS.WritableStream, accounts: DemoAccount[]): void {
  if (accounts.length === 0) return;
  stream.write(`演示账号（密码均为 ${accounts[0]!.password}，仅供演示）：\n`);
  for (const account of accounts) {
    const binding = account.departmentCode
      ? `部门 ${account.departmentCode}`
      : account.uscc
        ? `企业 ${account.uscc}`
        : '';
    stream.write(`  ${padDisplay(account.username, 14)}${padDisplay(account.roleLabel, 16)}${binding}\n`);
  }
}

/**
 * Who can log in, printed on every start of the server: the demo accounts of a demo store, the initial 系统管理员 of a
 * new production store (its password only this once). Returns the hint for the banner's web-interface line.
 */
export function printStartAccounts(stream: NodeJS.WritableStream, accounts: StartAccounts): string {
  if (accounts.kind === 'demo') {
    printDemoAccounts(stream, accounts.demoAccounts);
    return accounts.demoAccounts.length > 0 ? '用上面的演示账号登录' : '演示账号尚未创建';
  }
  const initial = accounts.initialAdministrator;
  if (!initial) return '用已分配的账号登录';
  stream.write(
    `生产库已初始化：初始系统管理员 ${initial.username}，初始口令 ${initial.password}（只显示这一次，首次登录后必须修改）。\n` +
      '安全管理员、审计管理员请在命令行创建（三权分立，系统管理员不能创建管理员账号）：\n' +
      '  printf %s "$PASSWORD" | npx xinping user create 用户名 --role security_admin --name 姓名 --password-stdin\n' +
      '  printf %s "$PASSWORD" | npx xinping user create 用户名 --role audit_admin --name 姓名 --password-stdin\n',
  );
  return '用上面的初始系统管理员账号登录';
}
