import type { ColumnType, Generated } from 'kysely';

/** The typed shape of every table (see the migrations). Dates are 'YYYY-MM-DD' strings. */
export interface Database {
  departments: DepartmentTable;
  record_kinds: RecordKindTable;
  enterprises: EnterpriseTable;
  legacy_uscc_acceptances: LegacyUsccAcceptanceTable;
  import_batches: ImportBatchTable;
  records: RecordTable;
  record_versions: RecordVersionTable;
  audit_events: AuditEventTable;
  audit_heads: AuditHeadTable;
}

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface DepartmentTable {
  code: string;
  name: string;
  short_name: string;
  uscc: string | null;
  kind: string;
}

export interface RecordKindTable {
  code: string;
  label: string;
  category: string;
  polarity: string;
}

export interface EnterpriseTable {
  id: Generated<number>;
  uscc: string;
  name: string;
  legal_representative: string | null;
  industry_code: string | null;
  region_code: string | null;
  registered_on: string | null;
  status: Generated<string>;
  tiers: ColumnType<string[], string[] | undefined, string[]>;
  incubator_code: string | null;
  uscc_warning: string | null;
  source: Generated<string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface LegacyUsccAcceptanceTable {
  uscc: string;
  reason: string;
  accepted_by: string;
  accepted_at: CreatedAt;
}

export interface ImportBatchTable {
  id: Generated<number>;
  department_code: string;
  kind: string;
  file_name: string;
  file_hash: string;
  format: string;
  mode: string;
  status: string;
  operator: string;
  total_rows: Generated<number>;
  created_rows: Generated<number>;
  updated_rows: Generated<number>;
  unchanged_rows: Generated<number>;
  rejected_rows: Generated<number>;
  error_summary: string | null;
  started_at: CreatedAt;
  finished_at: Date | null;
}

/** Columns the engine reads, shared by the current record and each of its versions. */
export interface RecordContent {
  status: string;
  occurred_on: string | null;
  ends_on: string | null;
  level: string | null;
  subtype: string | null;
  grade: string | null;
  amount: number | null;
  quantity: number | null;
  fields: Json;
  content_hash: string;
  batch_id: number | null;
  source_row: number | null;
}

export interface RecordTable extends RecordContent {
  id: Generated<number>;
  enterprise_id: number;
  kind: string;
  natural_key: string;
  version: number;
  department_code: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RecordVersionTable extends RecordContent {
  record_id: number;
  version: number;
  enterprise_id: number;
  change: string;
  operator: string;
  recorded_at: CreatedAt;
}

export interface AuditEventTable {
  seq: number;
  occurred_at: Date | string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  payload: Json;
  prev_hash: string;
  hash: string;
}

/** The single row naming the latest audit event (seq 0 and the genesis hash while the trail is empty). */
export interface AuditHeadTable {
  id: ColumnType<number, number | undefined, never>;
  seq: number;
  hash: string;
  updated_at: UpdatedAt;
}
