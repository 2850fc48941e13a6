import type { DemoAccount } from '../services/accounts/create-demo-accounts.ts';
import { padDisplay } from './pad-display.ts';

/** The demo accounts as `start` shows them on first start: one line per role, with the shared password. */
export function printDemoAccounts(stream: NodeJS.WritableStream, accounts: DemoAccount[]): void {
  if (accounts.length === 0) return;
  stream.write(`演示账号(密码均为 ${accounts[0]!.password},仅供演示):\n`);
  for (const account of accounts) {
    const binding = account.departmentCode ? `部门 ${account.departmentCode}` : account.uscc ? `企业 ${account.uscc}` : '';
    stream.write(`  ${padDisplay(account.username, 14)}${padDisplay(account.roleLabel, 16)}${binding}\n`);
  }
}
