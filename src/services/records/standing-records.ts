import type { PublicityWindow } from '../../domain/publicity.ts';
import type { Executor } from '../../store/executor.ts';
import { listStandingRecords, type StandingRecordRow } from '../../store/record.repository.ts';
import { publicityOfRecord } from './publicity-of-record.ts';

export type { StandingRecordRow };

/**
 * The records of these kinds that stand (status active) and had happened by the date, for the given enterprises:
 * what the whitelist, the 免打扰 list and the measures weigh against an enterprise.
 */
export async function findStandingRecords(
  db: Executor,
  enterpriseIds: readonly number[],
  kinds: readonly string[],
  asOf: string,
): Promise<StandingRecordRow[]> {
  return listStandingRecords(db, enterpriseIds, kinds, asOf);
}

/**
 * The record's publicity window when it is still published on the date (公示中 or 可申请修复), else null: repaired,
 * revoked, removed and expired records no longer count (001 §二(四)).
 */
export function publishedWindowOf(row: StandingRecordRow, asOf: string): PublicityWindow | null {
  const window = publicityOfRecord(row, asOf);
  return window && (window.status === '公示中' || window.status === '可申请修复') ? window : null;
}
