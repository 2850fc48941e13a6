import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { findRecordWithEnterprise, listVersionsWithBatch } from '../../store/record.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { maskRecordFields } from '../enterprises/show-enterprise.ts';
import { revealPersonal, type ProtectedValue, type SecretKey } from '../import/protect-personal.ts';

/** Where a version came from: the batch that wrote it (department file, API push or demo). */
export interface Provenance {
  batchId: number;
  departmentCode: string;
  fileName: string;
  fileHash: string;
  format: string;
  operator: string;
  receivedAt: string;
}

export interface RecordVersionView {
  version: number;
  change: string;
  status: string;
  occurredOn: string | null;
  endsOn: string | null;
  level: string | null;
  subtype: string | null;
  grade: string | null;
  amount: number | null;
  quantity: number | null;
  fields: Record<string, unknown>;
  contentHash: string;
  sourceRow: number | null;
  operator: string;
  recordedAt: string;
  provenance: Provenance | null;
}

export interface RecordDetail {
  id: number;
  kind: string;
  kindLabel: string;
  naturalKey: string;
  enterprise: { uscc: string; name: string };
  departmentCode: string;
  departmentName: string;
  /** The current version; the same as the last entry of `versions`. */
  version: number;
  status: string;
  fields: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  /** True when personal values are shown in clear (owning department, audited). */
  revealed: boolean;
  /** Every state the record has had, oldest first. */
  versions: RecordVersionView[];
}

/** Who a record belongs to: what access rules are checked against before it is shown. */
export async function findRecordOwner(
  db: Kysely<Database>,
  id: number,
): Promise<{ uscc: string; departmentCode: string }> {
  const row = await findRecordWithEnterprise(db, id);
  if (!row) throw new AppError('NOT_FOUND', `信用记录 ${id} 不存在`);
  return { uscc: row.uscc, departmentCode: row.department_code };
}

export interface RevealOptions {
  key: SecretKey;
  /** Who reads the clear values: recorded in the audit trail. */
  actor: string;
}

/**
 * A record with its full history and provenance. Personal values are masked unless `reveal` is given: then they
 * are decrypted, and the read itself is appended to the audit trail (who, which record, which fields) before the
 * values leave the service.
 */
export async function showRecord(db: Kysely<Database>, id: number, reveal?: RevealOptions): Promise<RecordDetail> {
  const record = await findRecordWithEnterprise(db, id);
  if (!record) throw new AppError('NOT_FOUND', `信用记录 ${id} 不存在`);
  const versions = await listVersionsWithBatch(db, id);

  const present = reveal
    ? (fields: unknown) => revealFields(fields as Record<string, unknown>, reveal.key)
    : (fields: unknown) => maskRecordFields(record.kind, fields as Record<string, unknown>);
  if (reveal) {
    const personalKeys = new Set<string>();
    for (const fields of [record.fields, ...versions.map((version) => version.fields)]) {
      for (const [key, value] of Object.entries(fields as Record<string, unknown>))
        if (isProtectedValue(value)) personalKeys.add(key);
    }
    await db.transaction().execute((trx) =>
      appendAuditEvent(trx, {
        actor: reveal.actor,
        action: 'personal.revealed',
        subjectType: 'record',
        subjectId: String(id),
        payload: { uscc: record.uscc, kind: record.kind, fields: [...personalKeys].sort(), versions: versions.length },
      }),
    );
  }
  return {
    id: record.id,
    kind: record.kind,
    kindLabel: record.kind_label,
    naturalKey: record.natural_key,
    enterprise: { uscc: record.uscc, name: record.name },
    departmentCode: record.department_code,
    departmentName: record.department_name,
    version: record.version,
    status: record.status,
    fields: present(record.fields),
    createdAt: new Date(record.created_at).toISOString(),
    updatedAt: new Date(record.updated_at).toISOString(),
    revealed: Boolean(reveal),
    versions: versions.map((version) => ({
      version: version.version,
      change: version.change,
      status: version.status,
      occurredOn: version.occurred_on,
      endsOn: version.ends_on,
      level: version.level,
      subtype: version.subtype,
      grade: version.grade,
      amount: version.amount,
      quantity: version.quantity,
      fields: present(version.fields),
      contentHash: version.content_hash,
      sourceRow: version.source_row,
      operator: version.operator,
      recordedAt: new Date(version.recorded_at).toISOString(),
      provenance:
        version.batch_id === null
          ? null
          : {
              batchId: version.batch_id,
              departmentCode: version.batch_department!,
              fileName: version.file_name!,
              fileHash: version.file_hash!,
              format: version.format!,
              operator: version.batch_operator!,
              receivedAt: new Date(version.started_at!).toISOString(),
            },
    })),
  };
}

function isProtectedValue(value: unknown): value is ProtectedValue {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as ProtectedValue).masked === 'string' &&
    typeof (value as ProtectedValue).cipher === 'string'
  );
}

function revealFields(fields: Record<string, unknown>, key: SecretKey): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [name, isProtectedValue(value) ? revealPersonal(value, key) : value]),
  );
}
