import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { loadCatalog, type RecordKind } from '../../catalog/catalog.ts';
import { AppError, isAppError } from '../../domain/app-error.ts';
import { canonicalJson } from '../../domain/canonical-json.ts';
import { describeActor, type Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { findRecordsByNaturalKeys, findVersionsWrittenByBatch } from '../../store/record.repository.ts';
import { resolveKind } from '../import/map-headers.ts';
import type { SecretKey } from '../import/protect-personal.ts';
import { showPushReceipt, type PushReceipt } from './list-push-receipts.ts';
import { pushRecords } from './push-records.ts';
import { explainPushRefusal } from './push-scope.ts';

/** One row of a versioned push: the department's own key for it, its kind and its fields by Chinese header. */
export interface PushedRow {
  idempotencyKey: string;
  /** Record kind code or Chinese label. */
  kind: string;
  record: Record<string, string | number | null>;
}

export interface PushDepartmentRecordsInput {
  principal: Principal;
  departmentCode: string;
  rows: PushedRow[];
  secretKey: SecretKey;
}

type RowOutcome =
  | {
      status: 'accepted';
      kind: string;
      outcome: 'created' | 'updated' | 'unchanged';
      recordId: number;
      version: number;
      batchId: number;
    }
  | {
      status: 'duplicate';
      kind: string;
      outcome: null;
      recordId: number | null;
      version: number | null;
      batchId: number | null;
      reason: string;
    }
  | { status: 'refused'; kind: string | null; field: string; reason: string; batchId?: number | null };

/** The field a refusal of the row's kind or key names in the receipt (the JSON field of the pushed row). */
const KIND_FIELD = 'kind';
const KEY_FIELD = 'idempotencyKey';

/** What a key stands for: the kind (by code, however the row named it) and the fields as sent. */
const hashRow = (kind: string, row: PushedRow) =>
  createHash('sha256')
    .update(canonicalJson({ kind, record: row.record }))
    .digest('hex');

/**
 * A department's system pushes rows of any of its kinds, each under its own idempotency key, and gets a receipt
 * (kept, to be read again later) saying for each row whether it was accepted — with the record and version it became —
 * or refused, with the row, the field and the reason in Chinese. Rows are independent: a refused row does not hold
 * back the others, and is sent again under the same key once corrected. A key already accepted is not stored again
 * (the row is a duplicate pointing at the first acceptance); the same key with other content is refused.
 *
 * Each kind's rows go through the same importer as files and the unversioned push (pushRecords), one batch per kind,
 * so validation, de-duplication, versioning, provenance and the audit trail are those of every other import.
 */
export async function pushDepartmentRecords(
  db: Kysely<Database>,
  input: PushDepartmentRecordsInput,
): Promise<PushReceipt> {
  const { principal, departmentCode, rows } = input;
  if (principal.departmentCode !== departmentCode) throw new AppError('FORBIDDEN', '只能查看或报送本部门的数据');
  const catalog = loadCatalog();
  const outcomes = new Map<number, RowOutcome>();
  const kindCodeOf = (row: PushedRow) => {
    try {
      return resolveKind(catalog, row.kind).code;
    } catch {
      return row.kind; // an unknown kind: the row is refused below
    }
  };
  const hashes = rows.map((row) => hashRow(kindCodeOf(row), row));

  const firstRowOfKey = new Map<string, number>();
  const kindOf = new Map<number, RecordKind>();
  rows.forEach((row, index) => {
    const rowNumber = index + 1;
    const earlier = firstRowOfKey.get(row.idempotencyKey);
    if (earlier !== undefined) {
      outcomes.set(rowNumber, {
        status: 'refused',
        kind: null,
        field: KEY_FIELD,
        reason: `第${rowNumber}行字段 ${KEY_FIELD}：幂等键“${row.idempotencyKey}”与本次报送第${earlier}行重复`,
      });
      return;
    }
    firstRowOfKey.set(row.idempotencyKey, rowNumber);
    let kind: RecordKind;
    try {
      kind = resolveKind(catalog, row.kind);
    } catch (error) {
      if (!isAppError(error)) throw error;
      outcomes.set(rowNumber, {
        status: 'refused',
        kind: null,
        field: KIND_FIELD,
        reason: `第${rowNumber}行字段 ${KIND_FIELD}：${error.userMessage}`,
      });
      return;
    }
    const refusal = explainPushRefusal(principal, kind);
    if (refusal) {
      outcomes.set(rowNumber, {
        status: 'refused',
        kind: kind.code,
        field: KIND_FIELD,
        reason: `第${rowNumber}行字段 ${KIND_FIELD}：${refusal}`,
      });
      return;
    }
    kindOf.set(rowNumber, kind);
  });

  // Keys the department had accepted before: the same row again is a duplicate, other content under it is refused.
  const pendingKeys = [...kindOf.keys()].map((rowNumber) => rows[rowNumber - 1]!.idempotencyKey);
  const accepted =
    pendingKeys.length === 0
      ? []
      : await db
          .selectFrom('department_push_rows')
          .select([
            'idempotency_key',
            'content_hash',
            'receipt_id',
            'row_number',
            'record_id',
            'record_version',
            'batch_id',
          ])
          .where('department_code', '=', departmentCode)
          .where('status', '=', 'accepted')
          .where('idempotency_key', 'in', pendingKeys)
          .execute();
  const acceptedByKey = new Map(accepted.map((row) => [row.idempotency_key, row]));
  for (const [rowNumber, kind] of kindOf) {
    const earlier = acceptedByKey.get(rows[rowNumber - 1]!.idempotencyKey);
    if (!earlier) continue;
    kindOf.delete(rowNumber);
    const where = `回执 ${earlier.receipt_id} 第${earlier.row_number}行`;
    outcomes.set(
      rowNumber,
      earlier.content_hash === hashes[rowNumber - 1]
        ? {
            status: 'duplicate',
            kind: kind.code,
            outcome: null,
            recordId: earlier.record_id,
            version: earlier.record_version,
            batchId: earlier.batch_id,
            reason: `此幂等键已于${where}接收，未重复入库`,
          }
        : {
            status: 'refused',
            kind: kind.code,
            field: KEY_FIELD,
            reason: `第${rowNumber}行字段 ${KEY_FIELD}：幂等键“${rows[rowNumber - 1]!.idempotencyKey}”已用于内容不同的记录（${where}）；新记录请使用新的幂等键`,
          },
    );
  }

  // One batch per kind, rows in the order they came.
  const groups = new Map<string, number[]>();
  for (const [rowNumber, kind] of kindOf) groups.set(kind.code, [...(groups.get(kind.code) ?? []), rowNumber]);
  const operator = describeActor(principal);
  for (const [kindCode, rowNumbers] of groups) {
    for (const [rowNumber, outcome] of await pushKindGroup(db, input, operator, kindCode, rowNumbers)) {
      outcomes.set(rowNumber, outcome);
    }
  }

  const receiptId = await db.transaction().execute(async (trx) => {
    // Two pushes of the same key at once both store it (storing is idempotent), but only the first receipt to get
    // here accepts the key: under the department's lock, keys another receipt accepted meanwhile become duplicates.
    await sql`select pg_advisory_xact_lock(hashtext(${`department-push:${departmentCode}`}))`.execute(trx);
    const acceptedHere = [...outcomes]
      .filter(([, outcome]) => outcome.status === 'accepted')
      .map(([rowNumber]) => rows[rowNumber - 1]!.idempotencyKey);
    const raced =
      acceptedHere.length === 0
        ? []
        : await trx
            .selectFrom('department_push_rows')
            .select(['idempotency_key', 'receipt_id', 'row_number'])
            .where('department_code', '=', departmentCode)
            .where('status', '=', 'accepted')
            .where('idempotency_key', 'in', acceptedHere)
            .execute();
    const racedByKey = new Map(raced.map((row) => [row.idempotency_key, row]));
    for (const [rowNumber, outcome] of outcomes) {
      const earlier = racedByKey.get(rows[rowNumber - 1]!.idempotencyKey);
      if (outcome.status !== 'accepted' || !earlier) continue;
      outcomes.set(rowNumber, {
        ...outcome,
        status: 'duplicate',
        outcome: null,
        reason: `此幂等键已于回执 ${earlier.receipt_id} 第${earlier.row_number}行接收，未重复入库`,
      });
    }
    const ordered = rows.map((row, index) => ({ row, rowNumber: index + 1, outcome: outcomes.get(index + 1)! }));
    const count = (status: RowOutcome['status']) => ordered.filter(({ outcome }) => outcome.status === status).length;
    const { id } = await trx
      .insertInto('department_push_receipts')
      .values({
        department_code: departmentCode,
        operator,
        token_id: principal.tokenId,
        total_rows: rows.length,
        accepted_rows: count('accepted'),
        duplicate_rows: count('duplicate'),
        refused_rows: count('refused'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('department_push_rows')
      .values(
        ordered.map(({ row, rowNumber, outcome }) => ({
          receipt_id: id,
          row_number: rowNumber,
          department_code: departmentCode,
          idempotency_key: row.idempotencyKey,
          content_hash: hashes[rowNumber - 1]!,
          kind: outcome.kind,
          status: outcome.status,
          outcome: outcome.status === 'refused' ? null : outcome.outcome,
          record_id: outcome.status === 'refused' ? null : outcome.recordId,
          record_version: outcome.status === 'refused' ? null : outcome.version,
          batch_id: outcome.batchId ?? null,
          field: outcome.status === 'refused' ? outcome.field : null,
          reason: outcome.status === 'accepted' ? null : outcome.reason,
        })),
      )
      .execute();
    return id;
  });
  return showPushReceipt(db, { departmentCode, receiptId });
}

/** Pushes one kind's rows as one batch and says, per row, which record version it became or why it was refused. */
async function pushKindGroup(
  db: Kysely<Database>,
  input: PushDepartmentRecordsInput,
  operator: string,
  kindCode: string,
  rowNumbers: number[],
): Promise<Map<number, RowOutcome>> {
  const outcomes = new Map<number, RowOutcome>();
  // The importer numbers JSON records from 1 in the order given: position p in this group is row rowNumbers[p - 1].
  const naturalKeys = new Map<number, string>();
  let result: Awaited<ReturnType<typeof pushRecords>>;
  try {
    result = await pushRecords(db, {
      departmentCode: input.departmentCode,
      kind: kindCode,
      mode: 'accept-valid',
      records: rowNumbers.map((rowNumber) => input.rows[rowNumber - 1]!.record),
      operator,
      secretKey: input.secretKey,
      recordKinds: input.principal.recordKinds,
      maxListedErrors: Number.POSITIVE_INFINITY,
      onRecordAccepted: (record) => naturalKeys.set(record.sourceRow, record.naturalKey),
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    for (const rowNumber of rowNumbers)
      outcomes.set(rowNumber, {
        status: 'refused',
        kind: kindCode,
        field: KIND_FIELD,
        reason: `第${rowNumber}行：${error.userMessage}`,
      });
    return outcomes;
  }

  const errorsByPosition = new Map<number, { column: string; reason: string }[]>();
  for (const error of result.errors)
    errorsByPosition.set(error.row, [...(errorsByPosition.get(error.row) ?? []), error]);
  const stored =
    result.status === 'committed' ? await findRecordsByNaturalKeys(db, kindCode, [...naturalKeys.values()]) : [];
  const recordOf = new Map(stored.map((record) => [record.natural_key, record]));
  const written = await findVersionsWrittenByBatch(
    db,
    result.batchId,
    stored.map((record) => record.id),
  );
  const writtenVersion = new Map(written.map((version) => [version.record_id, version.version]));

  rowNumbers.forEach((rowNumber, index) => {
    const position = index + 1;
    const record = recordOf.get(naturalKeys.get(position) ?? '');
    if (record) {
      const version = writtenVersion.get(record.id);
      outcomes.set(rowNumber, {
        status: 'accepted',
        kind: kindCode,
        outcome: version === undefined ? 'unchanged' : version === 1 ? 'created' : 'updated',
        recordId: record.id,
        version: version ?? record.version,
        batchId: result.batchId,
      });
      return;
    }
    const errors = errorsByPosition.get(position) ?? [];
    const first = errors[0];
    outcomes.set(rowNumber, {
      status: 'refused',
      kind: kindCode,
      batchId: result.batchId,
      field: first?.column ?? KIND_FIELD,
      reason: first
        ? `第${rowNumber}行${errors.map((error) => `字段“${error.column}”：${error.reason}`).join('；')}`
        : `第${rowNumber}行：${result.reason ?? '未能入库'}`,
    });
  });
  return outcomes;
}
