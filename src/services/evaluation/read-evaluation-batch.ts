import type { Kysely } from 'kysely';
import type { CompiledModel } from '../../engine/compile-model.ts';
import type { EngineEnterprise, EvaluationSubject } from '../../engine/engine-input.ts';
import { createRecordBatch, type RecordBatch } from '../../engine/record-batch.ts';
import type { Database } from '../../store/database.ts';
import {
  findEnterprisesForEvaluation,
  findEvaluationRecords,
  type EnterpriseAttributes,
  type RecordSelection,
} from '../../store/evaluation.repository.ts';
import type { AsOf } from './as-of.ts';
import { findEnterprisesAsOf } from '../../store/enterprise-history.repository.ts';

/**
 * The inputs of an evaluation: an enterprise's attributes and its records of the kinds the model reads (in their
 * current state, or the versions of both in force on a past as-of date). The fingerprint covers exactly these records, so a
 * record of a kind the model ignores is no input and changing it changes nothing.
 */

/** Which records the model reads, and how. */
export function recordSelection(compiled: CompiledModel, asOf: AsOf): RecordSelection {
  return {
    kinds: compiled.inputKinds,
    reportedStatusKeys: compiled.reportedStatusKeys,
    recordedBefore: asOf.recordedBeforeExact ?? asOf.recordedBefore?.toISOString() ?? null,
  };
}

/** Whether the rows are exactly the enterprises asked for, in the same order. */
function sameIds(rows: EnterpriseAttributes[], ids: number[]): boolean {
  return rows.length === ids.length && rows.every((row, index) => row.id === ids[index]);
}

export function engineEnterprise(row: EnterpriseAttributes): EngineEnterprise {
  return {
    uscc: row.uscc,
    registeredOn: row.registered_on,
    industryCode: row.industry_code,
    status: row.status,
    tiers: row.tiers,
  };
}

/**
 * A few enterprises (by id) read through ordinary queries into one batch, in ascending id order; ids that name no
 * enterprise are left out. For everyone at once, the run reads with COPY instead (read-record-shards.ts).
 * `current`: the enterprises' rows as the caller has just read them (their current attributes, used when the
 * evaluation reads the current state instead of reading them again).
 */
export async function readEvaluationBatch(
  db: Kysely<Database>,
  compiled: CompiledModel,
  enterpriseIds: number[],
  asOf: AsOf,
  current?: EnterpriseAttributes[],
): Promise<{ batch: RecordBatch; enterpriseIds: number[] }> {
  const { subjects, enterpriseIds: found } = await readEvaluationSubjects(db, compiled, enterpriseIds, asOf, current);
  return { batch: createRecordBatch(subjects), enterpriseIds: found };
}

/**
 * The same inputs as readEvaluationBatch, one subject per enterprise before they are packed into a batch: for a
 * what-if (信用体检) that changes a record or adds one before evaluating.
 */
export async function readEvaluationSubjects(
  db: Kysely<Database>,
  compiled: CompiledModel,
  enterpriseIds: number[],
  asOf: AsOf,
  current?: EnterpriseAttributes[],
): Promise<{ subjects: EvaluationSubject[]; enterpriseIds: number[] }> {
  const selection = recordSelection(compiled, asOf);
  // As of a past date, the enterprise's attributes (status, tiers …) in force then, like its records.
  const enterprises =
    selection.recordedBefore !== null
      ? await findEnterprisesAsOf(db, enterpriseIds, selection.recordedBefore)
      : current && sameIds(current, enterpriseIds)
        ? current
        : await findEnterprisesForEvaluation(db, enterpriseIds);
  const records = await findEvaluationRecords(
    db,
    enterprises.map((row) => row.id),
    selection,
  );
  const subjects = new Map<number, EvaluationSubject>(
    enterprises.map((row) => [row.id, { enterprise: engineEnterprise(row), records: [] }]),
  );
  for (const row of records) {
    subjects.get(row.enterprise_id)?.records.push({
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
      amount: row.amount === null ? null : Number(row.amount),
      quantity: row.quantity === null ? null : Number(row.quantity),
      departmentCode: row.department_code,
      reportedStatus: row.reported_status,
    });
  }
  return { subjects: [...subjects.values()], enterpriseIds: enterprises.map((row) => row.id) };
}
