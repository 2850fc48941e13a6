import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { untilNextDailyRun } from '../credit-index/index-closer.ts';
import type { SigningKey } from '../crypto/signing-key.ts';
import { startPeriodicJob, type PeriodicJob } from '../scheduling/start-periodic-job.ts';
import { makeAuditCheckpoint } from './make-audit-checkpoint.ts';

export type AuditCheckpointer = PeriodicJob<unknown>;

/**
 * The server's daily checkpoint of the audit chain: one pass when the server starts (it may have been
 * down at midnight), then one a few minutes after each midnight in the district; a day already checkpointed is left
 * as it is. The key is loaded on the first pass, so a server that cannot read it still starts and reports why.
 */
export function startAuditCheckpointer(
  db: Kysely<Database>,
  signingKey: () => SigningKey,
  onError: (error: unknown) => void = () => {},
): AuditCheckpointer {
  return startPeriodicJob({
    run: () => makeAuditCheckpoint(db, signingKey()),
    firstDelayMs: 0,
    nextDelayMs: () => untilNextDailyRun(new Date()),
    onError,
  });
}
