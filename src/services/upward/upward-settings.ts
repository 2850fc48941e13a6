import path from 'node:path';
import { readNetworkConfig } from '../../config.ts';
import {
  DEFAULT_WEBHOOK_SETTINGS,
  overrideFromEnvironment,
  type WebhookSettings,
} from '../sharing/webhook-settings.ts';

/**
 * Where and how the district shares upward (docs/integration.md). Operational settings, read from the environment:
 * - XINPING_UPWARD_URL: the provincial platform's receiving address; unset, nothing is pushed (packages are still
 *   written, for an exchange by files);
 * - XINPING_UPWARD_KEY: the key the provincial platform issued to this district; every push is signed with it
 *   (HMAC-SHA256, the webhook signature format);
 * - XINPING_UPWARD_DIR: where the daily signed packages go (default `<dataDir>/upward`);
 * - XINPING_UPWARD_BASE_DELAY_MS, _MAX_DELAY_MS, _TIMEOUT_MS, _BATCH_SIZE, _INTERVAL_MS: retry backoff and pacing;
 * - XINPING_OUTBOUND_ALLOWED: as for webhooks, lets an intranet receiver (the 政务外网 address) through the address
 *   checks of services/outbound.
 */
export interface UpwardSettings
  extends Pick<WebhookSettings, 'baseDelayMs' | 'maxDelayMs' | 'timeoutMs' | 'batchSize' | 'allowedReceivers'> {
  url: string | null;
  key: string | null;
  packageDir: string;
  /** How often the server's runner makes a pass. */
  intervalMs: number;
}

const NUMBERS = {
  baseDelayMs: 'XINPING_UPWARD_BASE_DELAY_MS',
  maxDelayMs: 'XINPING_UPWARD_MAX_DELAY_MS',
  timeoutMs: 'XINPING_UPWARD_TIMEOUT_MS',
  batchSize: 'XINPING_UPWARD_BATCH_SIZE',
  intervalMs: 'XINPING_UPWARD_INTERVAL_MS',
} as const;

export function readUpwardSettings(dataDir: string, env: NodeJS.ProcessEnv = process.env): UpwardSettings {
  const settings: UpwardSettings = {
    url: env.XINPING_UPWARD_URL?.trim() || null,
    key: env.XINPING_UPWARD_KEY?.trim() || null,
    packageDir: path.resolve(env.XINPING_UPWARD_DIR || path.join(dataDir, 'upward')),
    baseDelayMs: DEFAULT_WEBHOOK_SETTINGS.baseDelayMs,
    maxDelayMs: DEFAULT_WEBHOOK_SETTINGS.maxDelayMs,
    timeoutMs: 30_000,
    batchSize: 500,
    intervalMs: 300_000,
    allowedReceivers: readNetworkConfig(env).outboundAllowed,
  };
  return overrideFromEnvironment(settings, NUMBERS, env);
}
