import type { Kysely, Selectable } from 'kysely';
import { normalizeUscc } from '../../domain/uscc.ts';
import type { EngineRecord } from '../../engine/engine-input.ts';
import type { Database, EnterpriseTable } from '../../store/database.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';

/** One record as the report reads it: the columns the engine needs plus the fields the report shows. */
export type ReportRecordRow = Omit<EngineRecord, 'reportedStatus'> & {
  /** Every field of the record by catalog key; personal values are still protected ({ masked, cipher }). */
  fields: Record<string, unknown>;
};

/** The enterprise and all its records as of the report's date, in id order. */
export interface ReportSubject {
  enterprise: Selectable<EnterpriseTable>;
  records: ReportRecordRow[];
}

/**
 * The enterprise and every one of its records — of all kinds, not only those the model reads — in the state the
 * evaluation read them: the current state, or, with `recordedBefore` (a past as-of date, see
 * services/evaluation/as-of.ts), the latest version of each record recorded before that instant, kept when that
 * version names this enterprise. The same rule as the evaluation's, so the records listed are the records scored.
 */
export async function loadReportSubject(db: Kysely<Database>, uscc: string, recordedBefore: Date | null = null): Promise<ReportSubject> {
  const code = normalizeUscc(uscc);
  const enterprise = await requireEnterprise(db, code || uscc);
  const rows =
    recordedBefore === null
      ? await db
          .selectFrom('records')
          .select(['id', 'version', 'content_hash', 'kind', 'status', 'occurred_on', 'ends_on', 'level', 'subtype', 'grade', 'amount', 'quantity', 'department_code', 'fields'])
          .where('enterprise_id', '=', enterprise.id)
          .orderBy('id')
          .execute()
      : (
          await db
            .selectFrom('record_versions as v')
            .innerJoin('records as r', 'r.id', 'v.record_id')
            .distinctOn('v.record_id')
            .select(['v.record_id as id', 'v.version', 'v.content_hash', 'r.kind', 'v.status', 'v.occurred_on', 'v.ends_on', 'v.level', 'v.subtype', 'v.grade', 'v.amount', 'v.quantity', 'r.department_code', 'v.fields', 'v.enterprise_id'])
            .where('v.record_id', 'in', db.selectFrom('record_versions').select('record_id').where('enterprise_id', '=', enterprise.id))
            .where('v.recorded_at', '<', recordedBefore)
            .orderBy('v.record_id')
            .orderBy('v.version', 'desc')
            .execute()
        ).filter((row) => row.enterprise_id === enterprise.id);
  return {
    enterprise,
    records: rows.map((row) => ({
      id: row.id,
      version: row.version,
      contentHash: row.content_hash,
      kind: row.kind,
      status: row.status,
      occurredOn: row.occurred_on,
      endsOn: row.ends_on,
      level: row.level,
      subtype: row.subtype,
      grade: row.grade,
      amount: row.amount,
      quantity: row.quantity,
      departmentCode: row.department_code,
      fields: row.fields as Record<string, unknown>,
    })),
  };
}
