import nodemailer, { type Transporter } from 'nodemailer';
import type { ChannelResult } from './send-sms.ts';
import type { DeliverySettings, SmtpSettings } from './delivery-settings.ts';

export interface EmailMessage {
  deliveryId: number;
  to: string;
  subject: string;
  text: string;
}

/** A transport per SMTP configuration, kept for the process (nodemailer pools nothing unless asked; this reuses setup). */
const transports = new Map<string, Transporter>();

function transportFor(smtp: SmtpSettings, timeoutMs: number): Transporter {
  const key = JSON.stringify([smtp, timeoutMs]);
  let transport = transports.get(key);
  if (!transport) {
    transport = nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.isSecure,
      auth: smtp.user ? { user: smtp.user, pass: smtp.secret ?? '' } : undefined,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
    transports.set(key, transport);
  }
  return transport;
}

/** Sends one plain-text e-mail in UTF-8 through the configured SMTP server; a refusal or timeout is a failed attempt. */
export async function sendEmail(
  settings: Pick<DeliverySettings, 'timeoutMs'> & { smtp: SmtpSettings },
  message: EmailMessage,
): Promise<ChannelResult> {
  try {
    const info = await transportFor(settings.smtp, settings.timeoutMs).sendMail({
      from: settings.smtp.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      // The same on every retry, so a receiving system can tell a resent message from a new one.
      messageId: `<xinping-delivery-${message.deliveryId}@${settings.smtp.host}>`,
    });
    return { ok: true, error: null, providerMessageId: info.messageId ?? null };
  } catch (error) {
    const reason = error as { responseCode?: number; code?: string; message?: string };
    return {
      ok: false,
      error:
        `邮件服务器：${reason.responseCode ? `${reason.responseCode} ` : ''}${reason.code ?? ''} ${reason.message ?? ''}`.trim(),
      providerMessageId: null,
    };
  }
}
