import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import type { SigningKey } from '../crypto/signing-key.ts';
import { startPeriodicJob, type PeriodicJob } from '../scheduling/start-periodic-job.ts';
import { enqueueUpwardItems } from './enqueue-upward-items.ts';
import { pushUpwardBatches, type UpwardPushOutcome } from './push-upward-batches.ts';
import type { UpwardSettings } from './upward-settings.ts';
import { findDaysToPackage, writeUpwardPackage } from './write-upward-package.ts';

export interface UpwardRunOutcome {
  enqueued: number;
  /** The district days packaged in this pass. */
  packagedDays: string[];
  push: UpwardPushOutcome;
}

/**
 * One round of 向上共享: new record versions and changed evaluation results become items, every finished district day
 * not yet packaged gets its signed package, and the pending batches are pushed. Every step is idempotent, so a round
 * repeated (after a crash, by the server and by cron) sends nothing twice.
 */
export async function runUpwardSharing(
  db: Kysely<Database>,
  settings: UpwardSettings,
  signingKey: () => SigningKey,
  options: { now?: () => Date; stop?: AbortSignal; actor?: string } = {},
): Promise<UpwardRunOutcome> {
  const now = options.now ?? (() => new Date());
  const enqueued = await enqueueUpwardItems(db);
  const packagedDays: string[] = [];
  for (const day of await findDaysToPackage(db, now())) {
    await writeUpwardPackage(db, signingKey(), { day, outDir: settings.packageDir, now: now(), actor: options.actor });
    packagedDays.push(day);
  }
  const push = await pushUpwardBatches(db, settings, { now, stop: options.stop });
  return { enqueued, packagedDays, push };
}

/** The server's runner: a round every `intervalMs` while it listens (services/scheduling). */
export function startUpwardSharer(
  db: Kysely<Database>,
  settings: UpwardSettings,
  signingKey: () => SigningKey,
  onError: (error: unknown) => void = () => {},
): PeriodicJob<UpwardRunOutcome> {
  return startPeriodicJob({
    run: () => runUpwardSharing(db, settings, signingKey),
    firstDelayMs: 10_000,
    nextDelayMs: () => settings.intervalMs,
    onError,
  });
}
