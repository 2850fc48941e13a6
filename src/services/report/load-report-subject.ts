import type { Kysely, Selectable } from 'kysely';
import { normalizeUscc } from '../../domain/uscc.ts';
import type { EngineRecord } from '../../engine/engine-input.ts';
import type { Database, EnterpriseTable } from '../../store/database.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';
import { listRecordStatesOfEnterprise } from '../../store/record.repository.ts';

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
export async function loadReportSubject(
  db: Kysely<Database>,
  uscc: string,
  recordedBefore: Date | null = null,
): Promise<ReportSubject> {
  const code = normalizeUscc(uscc);
  const enterprise = await requireEnterprise(db, code || uscc);
  const rows = await listRecordStatesOfEnterprise(db, enterprise.id, recordedBefore);
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
      fields: row.fields,
    })),
  };
}
