import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { normalizeMobileNumber } from '../../domain/requests/mobile-number.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { protectPersonal, type SecretKey } from '../import/protect-personal.ts';
import { availableChannels, type DeliverySettings } from './delivery-settings.ts';

/** An account's channels as it sees them: the inbox always, SMS and e-mail as it chose, addresses masked. */
export interface NotificationChannelsView {
  /** The channels this platform can send through (their server is configured). */
  availableChannels: Array<'sms' | 'email'>;
  isSmsEnabled: boolean;
  isEmailEnabled: boolean;
  phoneMasked: string | null;
  emailMasked: string | null;
}

export interface NotificationChannelsInput {
  isSmsEnabled: boolean;
  isEmailEnabled: boolean;
  /** A new mobile number; '' removes the stored one; absent keeps it. */
  phone?: string;
  /** A new e-mail address; '' removes the stored one; absent keeps it. */
  email?: string;
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** z******@example.com: the first character of the mailbox and the whole domain stay, so the owner recognises it. */
export function maskEmailAddress(address: string): string {
  const at = address.lastIndexOf('@');
  const local = [...address.slice(0, at)];
  return `${local[0] ?? ''}${'*'.repeat(Math.max(local.length - 1, 1))}${address.slice(at)}`;
}

/** 138****5678: the usual masked form of a mainland mobile number. */
export function maskMobileNumber(number: string): string {
  return `${number.slice(0, 3)}****${number.slice(-4)}`;
}

export async function readNotificationChannels(
  db: Kysely<Database>,
  settings: Pick<DeliverySettings, 'sms' | 'smtp'>,
  userId: number,
): Promise<NotificationChannelsView> {
  const row = await db
    .selectFrom('notification_channels')
    .select(['is_sms_enabled', 'is_email_enabled', 'phone_masked', 'email_masked'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return {
    availableChannels: availableChannels(settings),
    isSmsEnabled: row?.is_sms_enabled ?? false,
    isEmailEnabled: row?.is_email_enabled ?? false,
    phoneMasked: row?.phone_masked ?? null,
    emailMasked: row?.email_masked ?? null,
  };
}

/**
 * Sets an account's SMS and e-mail channels (opt-in; nothing is verified by a code: the account holder gives its own
 * address). Addresses are stored as the platform's field cipher (SM4 by default, data-cipher.ts) with a masked form;
 * the change is audited without the addresses. A channel the platform has no server for cannot be turned on.
 */
export async function setNotificationChannels(
  db: Kysely<Database>,
  settings: Pick<DeliverySettings, 'sms' | 'smtp'>,
  secretKey: () => SecretKey,
  account: { userId: number; actor: string },
  input: NotificationChannelsInput,
): Promise<NotificationChannelsView> {
  const available = availableChannels(settings);
  if (input.isSmsEnabled && !available.includes('sms'))
    throw new AppError('INVALID_INPUT', '字段“短信通知”：本平台未接入短信网关，暂不能开通短信通知');
  if (input.isEmailEnabled && !available.includes('email'))
    throw new AppError('INVALID_INPUT', '字段“邮件通知”：本平台未接入邮件服务器，暂不能开通邮件通知');
  let phone: { masked: string; cipher: string } | null | undefined;
  if (input.phone !== undefined) {
    const number = input.phone.trim() === '' ? null : normalizeMobileNumber(input.phone);
    if (input.phone.trim() !== '' && !number)
      throw new AppError('INVALID_INPUT', '字段“手机号码”：应为中国大陆手机号码（11 位数字，以 1 开头，第二位为 3–9）');
    phone = number ? { masked: maskMobileNumber(number), cipher: protectPersonal(number, secretKey()).cipher } : null;
  }
  let email: { masked: string; cipher: string } | null | undefined;
  if (input.email !== undefined) {
    const address = input.email.trim();
    if (address !== '' && (!EMAIL.test(address) || address.length > 254))
      throw new AppError('INVALID_INPUT', '字段“电子邮箱”：邮箱地址格式不正确');
    email = address
      ? { masked: maskEmailAddress(address), cipher: protectPersonal(address, secretKey()).cipher }
      : null;
  }
  await db.transaction().execute(async (trx) => {
    const stored = await trx
      .selectFrom('notification_channels')
      .select(['phone_masked', 'phone_cipher', 'email_masked', 'email_cipher'])
      .where('user_id', '=', account.userId)
      .forUpdate()
      .executeTakeFirst();
    const values = {
      is_sms_enabled: input.isSmsEnabled,
      is_email_enabled: input.isEmailEnabled,
      phone_masked: phone === undefined ? (stored?.phone_masked ?? null) : (phone?.masked ?? null),
      phone_cipher: phone === undefined ? (stored?.phone_cipher ?? null) : (phone?.cipher ?? null),
      email_masked: email === undefined ? (stored?.email_masked ?? null) : (email?.masked ?? null),
      email_cipher: email === undefined ? (stored?.email_cipher ?? null) : (email?.cipher ?? null),
      updated_at: new Date(),
    };
    if (values.is_sms_enabled && !values.phone_cipher)
      throw new AppError('INVALID_INPUT', '字段“手机号码”：开通短信通知须填写手机号码');
    if (values.is_email_enabled && !values.email_cipher)
      throw new AppError('INVALID_INPUT', '字段“电子邮箱”：开通邮件通知须填写电子邮箱');
    await trx
      .insertInto('notification_channels')
      .values({ user_id: account.userId, ...values })
      .onConflict((conflict) => conflict.column('user_id').doUpdateSet(values))
      .execute();
    await appendAuditEvent(trx, {
      actor: account.actor,
      action: 'notification.channels_changed',
      subjectType: 'user',
      subjectId: String(account.userId),
      payload: {
        isSmsEnabled: values.is_sms_enabled,
        isEmailEnabled: values.is_email_enabled,
        phone: values.phone_masked,
        email: values.email_masked,
      },
    });
  });
  return readNotificationChannels(db, settings, account.userId);
}
