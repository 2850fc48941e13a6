import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';

export type StoreKind = 'demo' | 'production';

/** True when the platform runs as production (NODE_ENV=production): demo stores and demo accounts are refused. */
export function isProductionEnvironment(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

/** What the store was created as; null while nothing has marked it (an empty store before its first start). */
export async function readStoreKind(db: Kysely<Database>): Promise<StoreKind | null> {
  return (await db.selectFrom('store_identity').select('kind').executeTakeFirst())?.kind ?? null;
}

/** Marks the store once; marking it as the other kind later is refused (a demo store never becomes production). */
export async function markStoreKind(db: Kysely<Database>, kind: StoreKind, actor: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('store_identity').select('kind').forUpdate().executeTakeFirst();
    if (current?.kind === kind) return;
    if (current)
      throw new AppError(
        'PRECONDITION_FAILED',
        `此数据库已标记为${current.kind === 'demo' ? '演示库' : '生产库'}，不能改为${kind === 'demo' ? '演示库' : '生产库'}`,
      );
    await trx.insertInto('store_identity').values({ kind }).execute();
    await appendAuditEvent(trx, {
      actor,
      action: 'store.kind_marked',
      subjectType: 'store',
      subjectId: kind,
      payload: { kind },
    });
  });
}

/**
 * Demo data and demo accounts (published password) only go into a demo store, never under NODE_ENV=production and
 * never into a production store. Marks an unmarked store as a demo.
 */
export async function claimDemoStore(db: Kysely<Database>, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (isProductionEnvironment(env))
    throw new AppError(
      'PRECONDITION_FAILED',
      '生产环境（NODE_ENV=production）不能使用演示数据和演示账号；请使用新的空数据库，平台将创建初始系统管理员',
    );
  if ((await readStoreKind(db)) === 'production')
    throw new AppError('PRECONDITION_FAILED', '此数据库是生产库，不能生成演示数据或演示账号');
  await markStoreKind(db, 'demo', '演示数据');
}
