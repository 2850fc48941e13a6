import { readNetworkConfig } from '../../config.ts';

/**
 * How the webhook dispatcher retries and paces itself. Operational settings (not regulation), read from the
 * environment so an operator can tune them without a release.
 */
export interface WebhookSettings {
  /** Delay before the first retry; each further retry doubles it (exponential backoff). */
  baseDelayMs: number;
  /** The backoff never waits longer than this between two attempts. */
  maxDelayMs: number;
  /** After this many failed attempts a delivery is marked failed (kept in the log; not retried). */
  maxAttempts: number;
  /** A receiver that has not answered within this time counts as a failed attempt. */
  timeoutMs: number;
  /** Most deliveries of one subscription claimed at a time (one round of its window). */
  batchSize: number;
  /** Most requests in flight to one subscriber; its window grows up to this while the receiver keeps up. */
  maxInFlight: number;
  /** How often the server's in-process dispatcher runs a pass. */
  intervalMs: number;
  /** Intranet receivers allowed despite a private address: CIDRs or host names (XINPING_OUTBOUND_ALLOWED). */
  allowedReceivers: string[];
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  baseDelayMs: 10_000,
  maxDelayMs: 3_600_000,
  maxAttempts: 15,
  timeoutMs: 10_000,
  batchSize: 500,
  maxInFlight: 32,
  intervalMs: 5_000,
  allowedReceivers: [],
};

const ENVIRONMENT: Record<Exclude<keyof WebhookSettings, 'allowedReceivers'>, string> = {
  baseDelayMs: 'XINPING_WEBHOOK_BASE_DELAY_MS',
  maxDelayMs: 'XINPING_WEBHOOK_MAX_DELAY_MS',
  maxAttempts: 'XINPING_WEBHOOK_MAX_ATTEMPTS',
  timeoutMs: 'XINPING_WEBHOOK_TIMEOUT_MS',
  batchSize: 'XINPING_WEBHOOK_BATCH_SIZE',
  maxInFlight: 'XINPING_WEBHOOK_MAX_IN_FLIGHT',
  intervalMs: 'XINPING_WEBHOOK_INTERVAL_MS',
};

export function readWebhookSettings(env: NodeJS.ProcessEnv = process.env): WebhookSettings {
  const settings = { ...DEFAULT_WEBHOOK_SETTINGS, allowedReceivers: readNetworkConfig(env).outboundAllowed };
  return overrideFromEnvironment(settings, ENVIRONMENT, env);
}

/** Replaces each numeric setting whose environment variable holds a positive integer; other values are ignored. */
export function overrideFromEnvironment<Settings extends Record<Key, number>, Key extends string>(
  settings: Settings,
  variables: Readonly<Record<Key, string>>,
  env: NodeJS.ProcessEnv,
): Settings {
  for (const [key, name] of Object.entries(variables) as Array<[Key, string]>) {
    const value = Number(env[name]);
    if (env[name] && Number.isInteger(value) && value > 0) (settings as Record<Key, number>)[key] = value;
  }
  return settings;
}

/** The wait after the n-th failed attempt (n ≥ 1): base, 2×base, 4×base … capped. */
export function retryDelayMs(
  settings: Pick<WebhookSettings, 'baseDelayMs' | 'maxDelayMs'>,
  failedAttempts: number,
): number {
  return Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** Math.max(0, failedAttempts - 1));
}
