import { readNetworkConfig } from '../../config.ts';
import { loadNotificationDeliveryFile } from '../../catalog/notification-delivery.ts';
import { overrideFromEnvironment } from '../sharing/webhook-settings.ts';

/**
 * Where and how enterprise notifications leave the platform by SMS and e-mail (docs/integration.md). Operational
 * settings, read from the environment; a channel whose server is not configured is not offered and nothing is queued
 * for it (the inbox always has the message):
 * - XINPING_SMTP_HOST, _PORT (default 25; 465 means implicit TLS), _SECURE (true: implicit TLS on another port),
 *   _USER, _SECRET, _FROM (the sender address, e.g. `鄂州市信用平台 <notice@example.gov.cn>`);
 * - XINPING_SMS_URL (the gateway's send address), _APP_KEY, _APP_SECRET (the HMAC key the gateway issued), _SIGN_NAME
 *   (the registered 短信签名), XINPING_SMS_TEMPLATE_<KIND> (the gateway's template id for each notice kind of
 *   catalog/notification-delivery.yaml, e.g. XINPING_SMS_TEMPLATE_GRADE_CHANGE; default: the kind's code);
 * - XINPING_DELIVERY_BASE_DELAY_MS, _MAX_DELAY_MS, _MAX_ATTEMPTS, _TIMEOUT_MS, _BATCH_SIZE, _INTERVAL_MS: retries with
 *   exponential backoff and pacing;
 * - XINPING_OUTBOUND_ALLOWED: as for webhooks, lets an intranet gateway through the address checks of services/outbound.
 */
export interface SmtpSettings {
  host: string;
  port: number;
  isSecure: boolean;
  user: string | null;
  secret: string | null;
  from: string;
}

export interface SmsGatewaySettings {
  url: string;
  appKey: string;
  appSecret: string;
  signName: string;
  /** The gateway's template id per notice kind code. */
  templateIds: Record<string, string>;
}

export interface DeliverySettings {
  smtp: SmtpSettings | null;
  sms: SmsGatewaySettings | null;
  baseDelayMs: number;
  maxDelayMs: number;
  /** After this many failed attempts a delivery is marked failed (kept in the list; not retried). */
  maxAttempts: number;
  timeoutMs: number;
  batchSize: number;
  intervalMs: number;
  allowedReceivers: string[];
}

const NUMBERS = {
  baseDelayMs: 'XINPING_DELIVERY_BASE_DELAY_MS',
  maxDelayMs: 'XINPING_DELIVERY_MAX_DELAY_MS',
  maxAttempts: 'XINPING_DELIVERY_MAX_ATTEMPTS',
  timeoutMs: 'XINPING_DELIVERY_TIMEOUT_MS',
  batchSize: 'XINPING_DELIVERY_BATCH_SIZE',
  intervalMs: 'XINPING_DELIVERY_INTERVAL_MS',
} as const;

function text(env: NodeJS.ProcessEnv, name: string): string | null {
  return env[name]?.trim() || null;
}

export function readDeliverySettings(env: NodeJS.ProcessEnv = process.env): DeliverySettings {
  const smtpHost = text(env, 'XINPING_SMTP_HOST');
  const port = Number(env.XINPING_SMTP_PORT);
  const smtpPort = Number.isInteger(port) && port > 0 && port < 65_536 ? port : 25;
  const smsUrl = text(env, 'XINPING_SMS_URL');
  const settings: DeliverySettings = {
    smtp: smtpHost
      ? {
          host: smtpHost,
          port: smtpPort,
          isSecure: smtpPort === 465 || text(env, 'XINPING_SMTP_SECURE') === 'true',
          user: text(env, 'XINPING_SMTP_USER'),
          secret: text(env, 'XINPING_SMTP_SECRET'),
          from: text(env, 'XINPING_SMTP_FROM') ?? `信用平台 <noreply@${smtpHost}>`,
        }
      : null,
    sms: smsUrl
      ? {
          url: smsUrl,
          appKey: text(env, 'XINPING_SMS_APP_KEY') ?? '',
          appSecret: text(env, 'XINPING_SMS_APP_SECRET') ?? '',
          signName: text(env, 'XINPING_SMS_SIGN_NAME') ?? '信用平台',
          templateIds: Object.fromEntries(
            loadNotificationDeliveryFile().notice_kinds.map((kind) => [
              kind.code,
              text(env, `XINPING_SMS_TEMPLATE_${kind.code.toUpperCase()}`) ?? kind.code,
            ]),
          ),
        }
      : null,
    baseDelayMs: 30_000,
    maxDelayMs: 3_600_000,
    maxAttempts: 10,
    timeoutMs: 10_000,
    batchSize: 100,
    intervalMs: 15_000,
    allowedReceivers: readNetworkConfig(env).outboundAllowed,
  };
  return overrideFromEnvironment(settings, NUMBERS, env);
}

/** The channels an account may turn on: those whose server is configured. */
export function availableChannels(settings: Pick<DeliverySettings, 'smtp' | 'sms'>): Array<'sms' | 'email'> {
  return [...(settings.sms ? (['sms'] as const) : []), ...(settings.smtp ? (['email'] as const) : [])];
}
