import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { findPendingMigrations } from '../../store/migrate.ts';

export type Readiness = { isReady: true } | { isReady: false; reason: string };

/**
 * Whether this instance can serve requests: the store answers and every migration this code knows has run. A load
 * balancer takes an instance out of rotation while it is not ready (docs/deployment.md); the reason is for the
 * operator and names no data.
 */
export async function checkReadiness(db: Kysely<Database>): Promise<Readiness> {
  let pending: string[];
  try {
    pending = await findPendingMigrations(db);
  } catch {
    return { isReady: false, reason: '数据库无法连接或没有应答' };
  }
  if (pending.length > 0)
    return {
      isReady: false,
      reason: `数据库尚未迁移到本版本：缺少 ${pending.length} 个迁移（最早的是 ${pending[0]}），请运行 xinping db migrate`,
    };
  return { isReady: true };
}
