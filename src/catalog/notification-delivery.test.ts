import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  fillTemplate,
  loadNotificationDeliveryFile,
  noticeKindOf,
  NotificationDeliveryFileSchema,
  templateParameterNames,
} from './notification-delivery.ts';
import { validateCatalogContent } from './catalog-file.ts';

test('a grade message is a grade change, a decision on an objection a decision, and a policy message falls to the last kind', () => {
  const file = loadNotificationDeliveryFile();
  assert.equal(noticeKindOf(file, 'grade').code, 'grade_change');
  assert.equal(noticeKindOf(file, 'objection').code, 'decision');
  assert.equal(noticeKindOf(file, 'deadline').code, 'deadline');
  assert.equal(noticeKindOf(file, 'policy').code, 'general');
});

test('the grade-change SMS shows the old and new grade and score, and only those are its parameters', () => {
  const kind = noticeKindOf(loadNotificationDeliveryFile(), 'grade');
  assert.deepEqual(templateParameterNames(kind.sms.text), ['oldGrade', 'oldScore', 'newGrade', 'newScore']);
  assert.equal(
    fillTemplate(kind.sms.text, { oldGrade: 'B', oldScore: '72.50', newGrade: 'A', newScore: '85.00' }),
    '贵企业信用评价等级由B（72.50分）调整为A（85.00分），详情请登录信用平台查看。',
  );
});

test('a parameter the message does not have is left empty, not shown as a placeholder', () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the catalog's placeholder syntax, not a JavaScript template.
  assert.equal(fillTemplate('${title}：${missing}。', { title: '标题' }), '标题：。');
});

test('every rate limit has a reference, and a file whose catch-all kind lists topics is refused', () => {
  const file = loadNotificationDeliveryFile();
  const limits = [...file.rate_limits.sms, ...file.rate_limits.email];
  assert.ok(limits.length >= 2);
  for (const limit of limits) assert.ok(limit.reference.length > 0);
  const broken = structuredClone(file);
  broken.notice_kinds.at(-1)!.topics = ['policy'];
  assert.throws(
    () => validateCatalogContent('notification-delivery.yaml', NotificationDeliveryFileSchema, broken),
    (error: { userMessage?: string }) => /最后一个类别不列主题/.test(error.userMessage ?? ''),
  );
});
