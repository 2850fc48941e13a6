import { createHmac, randomBytes } from 'node:crypto';
import { parseOutboundAllowList } from '../outbound/outbound-address.ts';
import { postOutbound } from '../outbound/post-outbound.ts';
import type { DeliverySettings, SmsGatewaySettings } from './delivery-settings.ts';

/**
 * One SMS request to the gateway, in the template-id + parameters shape common to the domestic SMS gateways
 * (docs/integration.md "短信网关"):
 *
 *   POST <XINPING_SMS_URL>
 *   X-Sms-App-Key:   <app key>
 *   X-Sms-Timestamp: <Unix seconds>
 *   X-Sms-Nonce:     <32 hex characters, new per request>
 *   X-Sms-Signature: hmac-sha256=<hex HMAC-SHA256(app secret, appKey + "\n" + timestamp + "\n" + nonce + "\n" + body)>
 *
 *   { "outId": "xinping-delivery-12", "phoneNumbers": ["13800000000"], "signName": "…", "templateId": "…",
 *     "templateParams": { "oldGrade": "B", … }, "content": "the filled template, for the gateway to check" }
 *
 * The gateway answers 2xx with `{ "code": "OK", "messageId": "…" }`; any other code, or any other status, is a failed
 * attempt. `outId` is the same on every retry, so a gateway that keeps it can refuse a duplicate.
 */
export interface SmsRequest {
  deliveryId: number;
  phoneNumber: string;
  templateId: string;
  templateParams: Record<string, string>;
  content: string;
}

export interface ChannelResult {
  ok: boolean;
  error: string | null;
  providerMessageId: string | null;
}

export const SMS_HEADERS = {
  appKey: 'x-sms-app-key',
  timestamp: 'x-sms-timestamp',
  nonce: 'x-sms-nonce',
  signature: 'x-sms-signature',
} as const;

/** The signature header's value for a request body (the gateway recomputes it the same way). */
export function signSmsRequest(
  gateway: Pick<SmsGatewaySettings, 'appKey' | 'appSecret'>,
  timestamp: string,
  nonce: string,
  body: string,
): string {
  const mac = createHmac('sha256', gateway.appSecret)
    .update(`${gateway.appKey}\n${timestamp}\n${nonce}\n`)
    .update(body)
    .digest('hex');
  return `hmac-sha256=${mac}`;
}

export async function sendSms(
  settings: Pick<DeliverySettings, 'timeoutMs' | 'allowedReceivers'> & { sms: SmsGatewaySettings },
  request: SmsRequest,
  options: { signal?: AbortSignal; now?: () => Date } = {},
): Promise<ChannelResult> {
  const gateway = settings.sms;
  const body = JSON.stringify({
    outId: `xinping-delivery-${request.deliveryId}`,
    phoneNumbers: [request.phoneNumber],
    signName: gateway.signName,
    templateId: request.templateId,
    templateParams: request.templateParams,
    content: request.content,
  });
  const timestamp = String(Math.floor((options.now?.() ?? new Date()).getTime() / 1000));
  const nonce = randomBytes(16).toString('hex');
  const result = await postOutbound(
    gateway.url,
    {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'xinping-sms/1',
        [SMS_HEADERS.appKey]: gateway.appKey,
        [SMS_HEADERS.timestamp]: timestamp,
        [SMS_HEADERS.nonce]: nonce,
        [SMS_HEADERS.signature]: signSmsRequest(gateway, timestamp, nonce, body),
      },
      body,
      timeoutMs: settings.timeoutMs,
      signal: options.signal,
    },
    parseOutboundAllowList(settings.allowedReceivers),
  );
  if (!result.ok) return { ok: false, error: `短信网关：${result.error}`, providerMessageId: null };
  let answer: { code?: unknown; message?: unknown; messageId?: unknown } = {};
  try {
    answer = JSON.parse(result.responseBody ?? '') as typeof answer;
  } catch {
    return { ok: false, error: '短信网关的应答不是 JSON', providerMessageId: null };
  }
  if (answer.code !== 'OK')
    return {
      ok: false,
      error: `短信网关拒绝发送：${String(answer.code ?? '无代码')}${answer.message ? `（${String(answer.message)}）` : ''}`,
      providerMessageId: null,
    };
  return { ok: true, error: null, providerMessageId: answer.messageId ? String(answer.messageId) : null };
}
