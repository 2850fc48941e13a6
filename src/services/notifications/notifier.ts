import { debuglog } from 'node:util';

/**
 * Sending a message outside the platform (SMS, e-mail) sits behind this interface; the inbox row is
 * the message of record, sending is best effort after the change committed. The platform ships a logging
 * implementation; the server installs the channel notifier (channel-notifier.ts) that queues SMS and e-mail for the
 * enterprise's accounts that asked for them.
 */
export interface OutgoingMessage {
  enterpriseId: number;
  topic: string;
  title: string;
  body: string;
  /** What the SMS and e-mail templates of the notice's kind fill in besides title and body (e.g. the old grade). */
  parameters?: Record<string, string>;
}

export interface Notifier {
  send(message: OutgoingMessage): Promise<void>;
  /** Many messages at once, when the notifier can take them in one go (deliverMessages prefers it). */
  sendAll?(messages: OutgoingMessage[]): Promise<void>;
}

const log = debuglog('xinping:notify');

/** Logs each message (NODE_DEBUG=xinping:notify) and keeps the last ones, so an operator or a test can see them. */
export class LoggingNotifier implements Notifier {
  readonly sent: OutgoingMessage[] = [];
  constructor(private readonly keep = 1000) {}

  async send(message: OutgoingMessage): Promise<void> {
    log('to enterprise %d [%s] %s: %s', message.enterpriseId, message.topic, message.title, message.body);
    this.sent.push(message);
    if (this.sent.length > this.keep) this.sent.shift();
  }
}

let current: Notifier = new LoggingNotifier();

export function currentNotifier(): Notifier {
  return current;
}

/** Installs the notifier the platform sends through (a gateway in production; the logging one by default). */
export function installNotifier(notifier: Notifier): void {
  current = notifier;
}
