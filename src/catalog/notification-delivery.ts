import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/**
 * catalog/notification-delivery.yaml: the Chinese templates of the SMS and e-mail sent for each kind of notice, and the
 * per-address rate limits. A notice's kind is the first whose topics list the message's topic; the last kind lists
 * none and takes every other topic.
 */

const PLACEHOLDER = /\$\{([A-Za-z]+)\}/g;

const NoticeKindSchema = z.object({
  code: z.string().regex(/^[a-z_]+$/),
  label: z.string().min(1),
  topics: z.array(z.string()),
  email: z.object({ subject: z.string().min(1), body: z.string().min(1) }),
  sms: z.object({ text: z.string().min(1) }),
});

const RateLimitSchema = z.object({
  window_minutes: z.number().int().positive(),
  max_messages: z.number().int().positive(),
  reference: z.string().min(1),
});

export const NotificationDeliveryFileSchema = z
  .object({
    notice_kinds: z.array(NoticeKindSchema).min(1),
    rate_limits: z.object({ sms: z.array(RateLimitSchema), email: z.array(RateLimitSchema) }),
  })
  .superRefine((file, context) => {
    const last = file.notice_kinds.length - 1;
    file.notice_kinds.forEach((kind, index) => {
      if (index === last && kind.topics.length > 0)
        context.addIssue({
          code: 'custom',
          path: ['notice_kinds', index, 'topics'],
          message: '最后一个类别不列主题（收下其余一切消息）',
        });
      if (index < last && kind.topics.length === 0)
        context.addIssue({ code: 'custom', path: ['notice_kinds', index, 'topics'], message: '应列出至少一个主题' });
    });
  });

export type NotificationDeliveryFile = z.output<typeof NotificationDeliveryFileSchema>;
export type NoticeKind = z.output<typeof NoticeKindSchema>;
export type DeliveryRateLimit = z.output<typeof RateLimitSchema>;

export const loadNotificationDeliveryFile = catalogFile(
  (): NotificationDeliveryFile => readCatalogYaml('notification-delivery.yaml', NotificationDeliveryFileSchema),
);

/** The kind of notice a message of this topic is (first hit; the last kind is the catch-all). */
export function noticeKindOf(file: NotificationDeliveryFile, topic: string): NoticeKind {
  return file.notice_kinds.find((kind) => kind.topics.includes(topic)) ?? file.notice_kinds.at(-1)!;
}

/** The parameters a template uses, in order of first use: only these are sent to an SMS gateway. */
export function templateParameterNames(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[1]!))];
}

/** Fills `${name}` placeholders; a parameter the message does not have is left empty rather than shown as code. */
export function fillTemplate(template: string, parameters: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (_, name: string) => parameters[name] ?? '');
}
