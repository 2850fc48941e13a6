import type { Transaction } from 'kysely';
import type { Database } from '../../store/database.ts';
import { insertNotifications } from '../../store/notification.repository.ts';
import { currentNotifier, type OutgoingMessage } from './notifier.ts';

/** What a message is about, as the inbox groups it. */
export const NOTIFICATION_TOPICS = {
  record: '信用记录',
  grade: '评价结果',
  declaration: '自主申报',
  objection: '异议申请',
  repair: '信用修复',
  commitment: '信用承诺',
  deadline: '办理时限',
  policy: '惠企政策',
  request: '企呼我应',
} as const;
export type NotificationTopic = keyof typeof NOTIFICATION_TOPICS;

export interface NotificationInput {
  enterpriseId: number;
  topic: NotificationTopic;
  title: string;
  body: string;
  subjectType?: string;
  subjectId?: string;
  /** Filled into the SMS and e-mail templates of the notice's kind (catalog/notification-delivery.yaml). */
  parameters?: Record<string, string>;
}

/**
 * Puts a message in the enterprise's inbox inside the caller's transaction (it commits with the change it reports)
 * and returns the outgoing message to hand to `deliverMessages` once the transaction committed.
 */
export async function notifyEnterprise(trx: Transaction<Database>, input: NotificationInput): Promise<OutgoingMessage> {
  await insertNotifications(trx, [
    {
      enterpriseId: input.enterpriseId,
      topic: input.topic,
      title: input.title,
      body: input.body,
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
    },
  ]);
  return {
    enterpriseId: input.enterpriseId,
    topic: input.topic,
    title: input.title,
    body: input.body,
    parameters: input.parameters,
  };
}

/** Sends committed messages by SMS / e-mail; a failing gateway never undoes the change (the inbox has the message). */
export async function deliverMessages(messages: OutgoingMessage[]): Promise<void> {
  const notifier = currentNotifier();
  if (notifier.sendAll) {
    try {
      await notifier.sendAll(messages);
    } catch {
      // As below: the inbox row is the message of record.
    }
    return;
  }
  for (const message of messages) {
    try {
      await notifier.send(message);
    } catch {
      // The inbox row is the message of record; a resend job can retry from it.
    }
  }
}
