import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { isIsoDate } from '../../domain/month-arithmetic.ts';
import type { PublicityWindow } from '../../domain/publicity.ts';
import type { Database } from '../../store/database.ts';
import { findRecordState } from '../../store/evaluation.repository.ts';
import { showRecord, type RecordDetail } from '../records/show-record.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { publicityOfRecord } from '../records/publicity-of-record.ts';

export interface RecordWithPublicity extends RecordDetail {
  /**
   * For a negative record: its publicity window under the rules in force on its decision date (DOMAIN.md §4) and its
   * status today (公示中, 可申请修复, 公示期满, 已修复, 已撤销). Null for kinds without publicity rules.
   */
  publicity: (PublicityWindow & { asOf: string }) | null;
  /**
   * Set when the as-of date precedes the record's decision date or its arrival on the platform (the day its first
   * version was recorded, in the district's calendar): on that date the record did not exist yet, so it has no
   * publicity status then.
   */
  notYetExisting: { asOf: string; decidedOn: string | null; arrivedOn: string; message: string } | null;
}

/**
 * `xinping record show ID`: a record with every version and its provenance (services/records/show-record.ts), plus
 * its publicity window, computed from its current state.
 */
export async function describeRecord(
  db: Kysely<Database>,
  id: number,
  options: { asOf?: string } = {},
): Promise<RecordWithPublicity> {
  const detail = await showRecord(db, id);
  const state = await findRecordState(db, id);
  const asOf = options.asOf ?? todayInDistrict();
  if (!isIsoDate(asOf)) throw new AppError('INVALID_INPUT', `日期应为 YYYY-MM-DD 格式的有效日期，实际为“${asOf}”`);
  const decidedOn = state?.occurred_on ?? null;
  const arrivedOn = todayInDistrict(new Date(detail.versions[0]?.recordedAt ?? detail.createdAt));
  if (asOf < arrivedOn || (decidedOn !== null && asOf < decidedOn)) {
    const message = `该记录在 ${asOf} 尚不存在（决定日期 ${decidedOn ?? '不详'}，入库日期 ${arrivedOn}）`;
    return { ...detail, publicity: null, notYetExisting: { asOf, decidedOn, arrivedOn, message } };
  }
  const window = state ? publicityOfRecord(state, asOf) : null;
  return { ...detail, publicity: window ? { ...window, asOf } : null, notYetExisting: null };
}
