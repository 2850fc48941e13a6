import { sql, type Kysely } from 'kysely';
import { AUDIENCE_LABELS, type Role } from '../../domain/roles.ts';
import type { Database } from '../../store/database.ts';
import { createUser } from './create-user.ts';
import { claimDemoStore } from './store-kind.ts';
import { listFirstEnterprises } from '../../store/enterprise.repository.ts';

/** The one password of every demo account; printed on every start of a demo store, refused in production. */
export const DEMO_PASSWORD = 'xinping-demo';

/** The department the demo operator reports for (区市场监管局 sends the most kinds of records). */
const DEMO_DEPARTMENT = 'scjg';

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  roleLabel: string;
  displayName: string;
  departmentCode: string | null;
  uscc: string | null;
  /** False when the account already existed (its password may have been changed since). */
  created: boolean;
}

const DEMO_USERS: Array<{ username: string; role: Role; displayName: string }> = [
  { username: 'admin', role: 'admin', displayName: '系统管理员（演示）' },
  { username: 'security', role: 'security_admin', displayName: '安全管理员（演示）' },
  { username: 'auditor', role: 'audit_admin', displayName: '审计管理员（演示）' },
  { username: 'dept', role: 'department_operator', displayName: '区市场监管局报送员（演示）' },
  { username: 'reviewer', role: 'reviewer', displayName: '信用办审核员（演示）' },
  { username: 'enterprise', role: 'enterprise', displayName: '企业用户（演示）' },
  { username: 'bank', role: 'bank', displayName: '合作银行（演示）' },
  { username: 'association', role: 'association', displayName: '行业协会（演示）' },
  { username: 'inspector', role: 'inspector', displayName: '检查人员（演示）' },
];

/**
 * One account per role with the known demo password, for trying the platform out. The department operator is bound
 * to a real department of the catalog and the enterprise account to the first enterprise in the registry (the
 * enterprise account is skipped while the registry is empty). Accounts that already exist are left as they are, so
 * calling this on every start is harmless. Only in a demo store (claimDemoStore: marks an unmarked store, refuses a
 * production store and NODE_ENV=production); the demo accounts need no password change (their password is published).
 */
export async function createDemoAccounts(
  db: Kysely<Database>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<DemoAccount[]> {
  await claimDemoStore(db, env);
  const department =
    (await db.selectFrom('departments').select('code').where('code', '=', DEMO_DEPARTMENT).executeTakeFirst()) ??
    (await db.selectFrom('departments').select('code').orderBy('code').limit(1).executeTakeFirst());
  const [enterprise] = await listFirstEnterprises(db, 1);
  const accounts: DemoAccount[] = [];
  for (const demo of DEMO_USERS) {
    const departmentCode = demo.role === 'department_operator' ? (department?.code ?? null) : null;
    const uscc = demo.role === 'enterprise' ? (enterprise?.uscc ?? null) : null;
    if ((demo.role === 'department_operator' && !departmentCode) || (demo.role === 'enterprise' && !uscc)) continue;
    const existing = await db
      .selectFrom('users')
      .selectAll()
      .where(sql`lower(username)`, '=', demo.username)
      .executeTakeFirst();
    const user =
      existing ??
      (await createUser(db, '演示数据', { ...demo, password: DEMO_PASSWORD, departmentCode, uscc }, { isDemo: true }));
    accounts.push({
      username: demo.username,
      password: DEMO_PASSWORD,
      role: demo.role,
      roleLabel: AUDIENCE_LABELS[demo.role],
      displayName: existing ? existing.display_name : demo.displayName,
      departmentCode: existing ? existing.department_code : departmentCode,
      uscc: existing ? existing.uscc : uscc,
      created: !existing,
    });
  }
  return accounts;
}
