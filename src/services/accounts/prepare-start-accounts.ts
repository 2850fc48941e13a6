import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { createDemoAccounts, type DemoAccount } from './create-demo-accounts.ts';
import { createInitialAdministrator } from './create-initial-administrator.ts';
import { markStoreKind, readStoreKind } from './store-kind.ts';

export type StartAccounts =
  | { kind: 'demo'; demoAccounts: DemoAccount[] }
  | { kind: 'production'; initialAdministrator: { username: string; password: string } | null };

/**
 * Who can log in, settled on every start of the server: a demo store gets its demo
 * accounts (created when missing; refused under NODE_ENV=production), any other store is production and, while it
 * has no account at all, gets its initial 系统管理员.
 */
export async function prepareStartAccounts(
  db: Kysely<Database>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<StartAccounts> {
  if ((await readStoreKind(db)) === 'demo') return { kind: 'demo', demoAccounts: await createDemoAccounts(db, env) };
  await markStoreKind(db, 'production', '初始化');
  return { kind: 'production', initialAdministrator: await createInitialAdministrator(db) };
}
