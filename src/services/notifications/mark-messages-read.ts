import { sql, type Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';

/**
 * Marks one message of the enterprise's inbox read (or all of them when no id is given); reading again changes
 * nothing; a message of another enterprise is refused. Returns how many changed.
 */
export async function markMessagesRead(
  db: Kysely<Database>,
  enterpriseId: number,
  messageId?: number,
): Promise<number> {
  if (messageId !== undefined) {
    const found = await db
      .selectFrom('notifications')
      .select('enterprise_id')
      .where('id', '=', messageId)
      .executeTakeFirst();
    if (!found) throw new AppError('NOT_FOUND', `未找到编号为 ${messageId} 的消息`);
    if (found.enterprise_id !== enterpriseId) throw new AppError('FORBIDDEN', '企业用户只能查看本企业的消息');
  }
  let update = db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`now()` })
    .where('enterprise_id', '=', enterpriseId)
    .where('read_at', 'is', null);
  if (messageId !== undefined) update = update.where('id', '=', messageId);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
