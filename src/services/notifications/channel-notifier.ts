import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import type { SecretKey } from '../import/protect-personal.ts';
import { startPeriodicJob, type PeriodicJob } from '../scheduling/start-periodic-job.ts';
import { availableChannels, readDeliverySettings, type DeliverySettings } from './delivery-settings.ts';
import { dispatchNotificationDeliveries, type DeliveryPassOutcome } from './dispatch-notification-deliveries.ts';
import { installNotifier, LoggingNotifier, type Notifier, type OutgoingMessage } from './notifier.ts';
import { queueNotificationDeliveries } from './queue-notification-deliveries.ts';

/**
 * The notifier a server with an SMS gateway or an SMTP server installs: each committed message is queued for the
 * enterprise's accounts that turned SMS or e-mail on, and the dispatcher is woken to send it; the logging notifier
 * still logs it (NODE_DEBUG=xinping:notify).
 */
export class ChannelNotifier implements Notifier {
  private readonly log = new LoggingNotifier(0);
  constructor(
    private readonly db: Kysely<Database>,
    private readonly settings: DeliverySettings,
    private readonly onQueued: () => void = () => {},
  ) {}

  async send(message: OutgoingMessage): Promise<void> {
    await this.sendAll([message]);
  }

  async sendAll(messages: OutgoingMessage[]): Promise<void> {
    for (const message of messages) await this.log.send(message);
    if ((await queueNotificationDeliveries(this.db, this.settings, messages)) > 0) this.onQueued();
  }
}

export interface NotificationDelivery {
  notifier: ChannelNotifier;
  dispatcher: PeriodicJob<DeliveryPassOutcome>;
  stop(): Promise<void>;
}

/** The server's runner: a pass every `intervalMs`, and one as soon as something is queued. */
export function startNotificationDelivery(
  db: Kysely<Database>,
  settings: DeliverySettings,
  secretKey: () => SecretKey,
  onError: (error: unknown) => void = () => {},
): NotificationDelivery {
  const stopping = new AbortController();
  const dispatcher = startPeriodicJob({
    run: () => dispatchNotificationDeliveries(db, settings, secretKey, { signal: stopping.signal }),
    firstDelayMs: 5_000,
    nextDelayMs: () => settings.intervalMs,
    onError,
  });
  const notifier = new ChannelNotifier(db, settings, () => void dispatcher.runNow());
  return {
    notifier,
    dispatcher,
    async stop() {
      stopping.abort();
      await dispatcher.stop();
    },
  };
}

/**
 * For a command-line process: when SMS or e-mail is configured, messages are queued (not sent: the server's
 * dispatcher or `xinping notify deliver` sends them). Returns whether it installed the channel notifier.
 */
export function installChannelNotifier(db: Kysely<Database>, env: NodeJS.ProcessEnv = process.env): boolean {
  const settings = readDeliverySettings(env);
  if (availableChannels(settings).length === 0) return false;
  installNotifier(new ChannelNotifier(db, settings));
  return true;
}
