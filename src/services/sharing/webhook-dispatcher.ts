import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import type { SecretKey } from '../import/protect-personal.ts';
import { dispatchWebhooks, type DispatchOutcome } from './dispatch-webhooks.ts';
import type { WebhookSettings } from './webhook-settings.ts';

export interface WebhookDispatcher {
  /** Runs a pass now (or waits for the one under way); passes never overlap. */
  runNow(): Promise<DispatchOutcome | undefined>;
  /** Stops the interval and the pass under way (its unsent deliveries stay queued, due at once) and waits for it. */
  stop(): Promise<void>;
}

/**
 * The server's in-process dispatcher: one pass every `intervalMs`, one at a time (a pass that takes longer than the
 * interval delays the next instead of overlapping it); a pass that stopped at its bounds with work left is followed
 * at once by the next, so a long queue drains at the receivers' pace rather than one bounded pass per interval. Errors (e.g. the database restarting) are reported and the
 * next pass tries again; the deliveries themselves are in the database, so nothing is lost in between.
 */
export function startWebhookDispatcher(
  db: Kysely<Database>,
  secretKey: () => SecretKey,
  settings: WebhookSettings,
  onError: (error: unknown) => void = () => {},
): WebhookDispatcher {
  let running: Promise<DispatchOutcome | undefined> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const stopping = new AbortController();

  const pass = (): Promise<DispatchOutcome | undefined> => {
    running ??= dispatchWebhooks(db, secretKey(), settings, { stop: stopping.signal })
      .catch((error: unknown) => {
        onError(error);
        return undefined;
      })
      .then((outcome) => {
        running = null;
        schedule(outcome?.hasMore ? 0 : settings.intervalMs);
        return outcome;
      });
    return running;
  };
  const schedule = (delayMs: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(pass, delayMs);
    timer.unref();
  };
  schedule(settings.intervalMs);

  return {
    runNow: pass,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      stopping.abort();
      await running;
    },
  };
}
