import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { findNotificationEnterpriseId, markNotificationsRead } from '../../store/notification.repository.ts';

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
    const owner = await findNotificationEnterpriseId(db, messageId);
    if (owner === null) throw new AppError('NOT_FOUND', `未找到编号为 ${messageId} 的消息`);
    if (owner !== enterpriseId) throw new AppError('FORBIDDEN', '企业用户只能查看本企业的消息');
  }
  return markNotificationsRead(db, enterpriseId, messageId);
}
