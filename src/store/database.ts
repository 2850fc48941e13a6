import type { ColumnType, Generated } from 'kysely';

/** The typed shape of every table (see the migrations). Dates are 'YYYY-MM-DD' strings. */
export interface Database {
  departments: DepartmentTable;
  record_kinds: RecordKindTable;
  enterprises: EnterpriseTable;
  enterprise_versions: EnterpriseVersionTable;
  legacy_uscc_acceptances: LegacyUsccAcceptanceTable;
  import_batches: ImportBatchTable;
  records: RecordTable;
  record_versions: RecordVersionTable;
  audit_events: AuditEventTable;
  audit_heads: AuditHeadTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  password_history: PasswordHistoryTable;
  unified_identities: UnifiedIdentityTable;
  unified_login_flows: UnifiedLoginFlowTable;
  login_throttles: LoginThrottleTable;
  store_identity: StoreIdentityTable;
  issued_reports: IssuedReportTable;
  model_versions: ModelVersionTable;
  evaluation_runs: EvaluationRunTable;
  evaluations: EvaluationTable;
  evaluation_pending: EvaluationPendingTable;
  attachments: AttachmentTable;
  attachment_uploads: AttachmentUploadTable;
  declarations: DeclarationTable;
  objections: ObjectionTable;
  repair_applications: RepairApplicationTable;
  commitments: CommitmentTable;
  notifications: NotificationTable;
  repair_notices: RepairNoticeTable;
  staff_messages: StaffMessageTable;
  share_events: ShareEventTable;
  subscriptions: SubscriptionTable;
  webhook_deliveries: WebhookDeliveryTable;
  enterprise_authorizations: EnterpriseAuthorizationTable;
  shared_list_entries: SharedListEntryTable;
  share_exports: ShareExportTable;
  inspector_conflicts: InspectorConflictTable;
  inspection_plans: InspectionPlanTable;
  joint_visits: JointVisitTable;
  inspection_visits: InspectionVisitTable;
  inspection_follow_ups: InspectionFollowUpTable;
  whitelist_generations: WhitelistGenerationTable;
  whitelist_entries: WhitelistEntryTable;
  whitelist_recipients: WhitelistRecipientTable;
  applicant_lookups: ApplicantLookupTable;
  loans: LoanTable;
  loan_versions: LoanVersionTable;
  credit_index_months: CreditIndexMonthTable;
  credit_index_values: CreditIndexValueTable;
  requests: RequestTable;
  request_events: RequestEventTable;
  reform_task_reports: ReformTaskReportTable;
  policy_matches: PolicyMatchTable;
  policy_payouts: PolicyPayoutTable;
  incubator_tenancies: IncubatorTenancyTable;
  incubator_evaluations: IncubatorEvaluationTable;
  financing_needs: FinancingNeedTable;
  financing_matches: FinancingMatchTable;
  financing_events: FinancingEventTable;
  financing_event_participants: FinancingEventParticipantTable;
  measure_feedback: MeasureFeedbackTable;
  honest_cases: HonestCaseTable;
  holiday_years: HolidayYearTable;
  audit_checkpoints: AuditCheckpointTable;
  record_versions_before_coverage: RecordVersionBeforeCoverageTable;
  upward_batches: UpwardBatchTable;
  cluster_jobs: ClusterJobTable;
  evaluation_run_shards: EvaluationRunShardTable;
  rate_limit_counters: RateLimitCounterTable;
  queued_imports: QueuedImportTable;
  staged_uploads: StagedUploadTable;
  rejection_files: RejectionFileTable;
  queued_simulations: QueuedSimulationTable;
  upward_items: UpwardItemTable;
  upward_cursors: UpwardCursorTable;
  upward_packages: UpwardPackageTable;
  notification_channels: NotificationChannelTable;
  notification_deliveries: NotificationDeliveryTable;
  department_push_receipts: DepartmentPushReceiptTable;
  department_push_rows: DepartmentPushRowTable;
  enterprise_profile_tags: EnterpriseProfileTagTable;
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

/** The evaluation attributes of an enterprise from `recorded_at` on (enterprise-history.repository.ts). */
export interface EnterpriseVersionTable {
  id: Generated<number>;
  enterprise_id: number;
  registered_on: string | null;
  status: string;
  industry_code: string | null;
  tiers: string[];
  recorded_at: CreatedAt;
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
  /** 住所(经营场所) as registered, where an inspector goes. */
  address: ColumnType<string | null, string | null | undefined, string | null>;
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
  warning_count: Generated<number>;
  warning_summary: string | null;
  /** While 'open': the process running the batch, as JSON (pid, startTime, hostname); null for batches before it. */
  owner_process: string | null;
  /** The queued job the batch was written for (a web import run by a worker), or null. */
  job_id: string | null;
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
  /** 'sha256' for events chained before SM3 was introduced, 'sm3' (or 'sha256' under the international suite) after. */
  hash_algorithm: string;
}

/** The single row naming the latest audit event (seq 0 and the genesis hash while the trail is empty). */
export interface AuditHeadTable {
  id: ColumnType<number, number | undefined, never>;
  seq: number;
  hash: string;
  updated_at: UpdatedAt;
}

/** An account; role, department and USCC binding are checked by the table too. */
export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: string;
  department_code: string | null;
  uscc: string | null;
  /** scrypt$N$r$p$salt$hash (base64): the parameters travel with the hash. */
  password_hash: string;
  disabled: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  /** Initial or reset password: every route but the password change refuses until it is changed. */
  must_change_password: Generated<boolean>;
  password_changed_at: Generated<Date | string>;
  /** When the password must be changed (catalog/account-security.yaml); null: never. */
  password_expires_at: Date | string | null;
}

/** An identity of the provincial unified login service mapped to a local account (docs/integration.md). */
export interface UnifiedIdentityTable {
  id: Generated<number>;
  issuer: string;
  /** enterprise: subject is the 统一社会信用代码; staff: the provider's `sub`. */
  kind: 'enterprise' | 'staff';
  subject: string;
  user_id: number;
  /** Who linked it: the administrator, or the enterprise's own consent. */
  linked_by: string;
  created_at: CreatedAt;
}

/** One browser's unified login in progress; the browser's cookie holds the token whose hash is stored. */
export interface UnifiedLoginFlowTable {
  id: Generated<number>;
  token_hash: string;
  state: string;
  nonce: string;
  code_verifier: string;
  expires_at: Date | string;
  /** Set once the provider vouched for an enterprise that has not consented yet. */
  uscc: string | null;
  subject: string | null;
  display_name: string | null;
  created_at: CreatedAt;
}

/** Hashes of an account's past passwords, newest first by id: a new password may not repeat the last few. */
export interface PasswordHistoryTable {
  id: Generated<number>;
  user_id: number;
  password_hash: string;
  created_at: CreatedAt;
}

/** A failed-login counter (key: account from an address, an address, or an account) with its progressive delay. */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  last_failed_at: Date | string;
  blocked_until: Date | string | null;
}

/** One row when the store's kind is known: 'demo' (published demo passwords) or 'production'. */
export interface StoreIdentityTable {
  singleton: Generated<boolean>;
  kind: 'demo' | 'production';
  marked_at: CreatedAt;
}

/** A browser session; only the SHA-256 of its cookie value is stored. */
export interface SessionTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  created_at: CreatedAt;
  expires_at: Date | string;
  revoked_at: Date | string | null;
  ip: string | null;
  user_agent: string | null;
  /** Last request of the session (written at most once a minute): the idle timeout counts from here. */
  last_seen_at: Generated<Date | string>;
}

/** An API token for a machine; only the SHA-256 of the secret is stored, plus a prefix to recognise it by. */
export interface ApiTokenTable {
  id: Generated<number>;
  name: string;
  token_hash: string;
  token_prefix: string;
  user_id: number;
  scopes: ColumnType<string[], string[] | undefined, string[]>;
  created_at: CreatedAt;
  expires_at: Date | string | null;
  revoked_at: Date | string | null;
  last_used_at: Date | string | null;
  /** A token for a department's system: it acts as that department's operator, whoever created it. */
  department_code: ColumnType<string | null, string | null | undefined, string | null>;
  /** The record kinds the token may push (null: every kind its department sends). */
  record_kinds: ColumnType<string[] | null, string[] | null | undefined, string[] | null>;
}

/** An issued credit report: what /verify/{number} checks a presented report against. */
export interface IssuedReportTable {
  id: Generated<number>;
  number: string;
  issued_on: string;
  sequence: number;
  enterprise_id: number;
  uscc: string;
  enterprise_name: string;
  audience: string;
  model_version: string;
  as_of: string;
  score: number;
  grade: string;
  grade_label: string;
  fingerprint: string;
  content_digest: string;
  issued_at: Date | string;
  issued_by: string;
  /** Signature over the report's signed facts (null for reports issued before reports were signed). */
  signature: string | null;
  signature_algorithm: string | null;
  public_key_fingerprint: string | null;
}

/** A model version the platform knows: its files' digest and its lifecycle draft → simulated → published → retired. */
export interface ModelVersionTable {
  id: Generated<number>;
  model_id: string;
  version: string;
  digest: string;
  title: string;
  /** The model directory, relative to the repository root when inside it. */
  dir: string;
  status: string;
  simulated_at: Date | string | null;
  simulated_by: string | null;
  /** Summary of the last simulation (grade distributions, transition matrix, enterprises moved). */
  simulation: ColumnType<unknown, string | null | undefined, string | null> | null;
  published_at: Date | string | null;
  published_by: string | null;
  retired_at: Date | string | null;
  created_at: CreatedAt;
}

/** A run over many enterprises (evaluate --all, --due, publishing); its cursor makes it resumable. */
export interface EvaluationRunTable {
  id: Generated<number>;
  kind: string;
  model_version_id: number;
  as_of: string;
  status: string;
  operator: string;
  total_enterprises: number;
  evaluated: Generated<number>;
  stored: Generated<number>;
  last_enterprise_id: Generated<number>;
  grade_counts: ColumnType<Record<string, number>, string | undefined, string>;
  started_at: CreatedAt;
  updated_at: UpdatedAt;
  finished_at: Date | string | null;
}

/** One stored evaluation (append-only). Scores and points: float32 little-endian, in the model version's order of dimensions and indicators. */
export interface EvaluationTable {
  id: Generated<number>;
  enterprise_id: number;
  model_version_id: number;
  run_id: number | null;
  reason: string;
  as_of: string;
  score: number;
  grade: string;
  vetoes: string[] | null;
  dimension_scores: Buffer | Uint8Array;
  indicator_points: Buffer | Uint8Array;
  fingerprint: string;
  result_hash: number;
  evaluated_at: CreatedAt;
  /**
   * The first day the result could change with the same inputs ('infinity': only when they change); null on
   * evaluations stored before the column existed (unknown).
   */
  changes_on: ColumnType<string | null, string | undefined, never>;
}

/** An enterprise whose records or attributes changed since the daily run last evaluated it (written by triggers). */
export interface EvaluationPendingTable {
  enterprise_id: number;
  mark: Generated<number>;
}

/** An uploaded file, stored at <dataDir>/attachments/<sha256>; its type was sniffed from its content. */
export interface AttachmentTable {
  sha256: string;
  media_type: string;
  size_bytes: number;
  file_name: string;
  uploaded_by: string;
  created_at: CreatedAt;
}

/** One uploader of an attachment: only its own uploads may be cited in cases or downloaded by its enterprise. */
export interface AttachmentUploadTable {
  sha256: string;
  /** The audit actor (principal.ts describeActor). */
  uploaded_by: string;
  user_id: number | null;
  enterprise_id: number | null;
  department_code: string | null;
  created_at: CreatedAt;
}

/** Columns every workflow case shares: its state, the version an optimistic decision checks, who decided and why. */
interface WorkflowCaseColumns {
  id: Generated<number>;
  enterprise_id: number;
  attachments: ColumnType<string[], string[] | undefined, string[]>;
  state: Generated<string>;
  version: Generated<number>;
  decision_reason: string | null;
  decided_by: string | null;
  submitted_by: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** 自主申报. */
export interface DeclarationTable extends WorkflowCaseColumns {
  category: string;
  title: string;
  fields: Json;
  record_id: number | null;
}

/** 异议/复评. */
export interface ObjectionTable extends WorkflowCaseColumns {
  record_id: number | null;
  evaluation_id: number | null;
  reason: string;
  accepted_on: string | null;
  due_on: string | null;
}

/** 信用修复. */
export interface RepairApplicationTable extends WorkflowCaseColumns {
  record_id: number;
  correction: string;
  commitment_id: number | null;
  accepted_on: string | null;
  due_on: string | null;
}

/** 信用承诺. */
export interface CommitmentTable {
  id: Generated<number>;
  enterprise_id: number;
  commitment_type: string;
  item_code: string | null;
  department_code: string;
  text_version: string;
  text_digest: string;
  state: Generated<string>;
  version: Generated<number>;
  evidence: string | null;
  decided_by: string | null;
  record_id: number | null;
  signed_by: string;
  signed_on: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** One message in an enterprise's inbox. */
export interface NotificationTable {
  id: Generated<number>;
  enterprise_id: number;
  topic: string;
  title: string;
  body: string;
  subject_type: string | null;
  subject_id: string | null;
  created_at: CreatedAt;
  read_at: Date | string | null;
}

/** 信用修复提示函 issued with a negative record that has a repair path ("两书同达", 003 §一(五)). */
export interface RepairNoticeTable {
  id: Generated<number>;
  record_id: number;
  record_version: number;
  enterprise_id: number;
  batch_id: number | null;
  kind: string;
  department_code: string;
  decision_number: string | null;
  decided_on: string;
  repairable_from: string;
  public_until: string | null;
  basis: string;
  issued_at: CreatedAt;
  reminded_on: string | null;
}

/** A message to the credit office's staff by role (and department), e.g. an objection nearly due. */
export interface StaffMessageTable {
  id: Generated<number>;
  role: string;
  department_code: string | null;
  topic: string;
  title: string;
  body: string;
  subject_type: string | null;
  subject_id: string | null;
  dedupe_key: string;
  created_at: CreatedAt;
  read_at: Date | string | null;
}

/** One event of the sharing feed; its id is the subscribers' cursor. Append-only. */
export interface ShareEventTable {
  id: Generated<number>;
  type: string;
  enterprise_id: number;
  recipient_user_id: number | null;
  payload: Json;
  created_at: CreatedAt;
}

/** What a subscriber (its account) wants, and how it gets it: signed webhooks or pulling the feed. */
export interface SubscriptionTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  event_types: ColumnType<string[], string[], string[]>;
  delivery: string;
  url: string | null;
  /** The webhook signing secret, encrypted with the platform key. */
  secret_cipher: string | null;
  active: Generated<boolean>;
  last_enqueued_event_id: Generated<number>;
  /** Webhooks: most events one request may carry (1: one event per request), the subscriber's setting. */
  batch_size: Generated<number>;
  /** Webhooks: requests the dispatcher keeps in flight to the receiver (grows on success, halves on overload). */
  send_window: Generated<number>;
  /** Webhooks: after the receiver signalled overload, nothing is sent to it before this time. */
  resume_at: Date | string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** The delivery log: one row per event per webhook subscription, retried with backoff until delivered. */
export interface WebhookDeliveryTable {
  id: Generated<number>;
  subscription_id: number;
  event_id: number;
  /** The event's enterprise: deliveries of one enterprise go out in event order. */
  enterprise_id: number;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Date | string | null;
  created_at: CreatedAt;
}

/** 企业授权查询: an enterprise lets a bank (or association) account see it until a date. */
export interface EnterpriseAuthorizationTable {
  id: Generated<number>;
  enterprise_id: number;
  grantee_user_id: number;
  valid_until: string;
  purpose: string;
  granted_by: string;
  granted_at: CreatedAt;
  revoked_at: Date | string | null;
  revoked_by: string | null;
}

/** An enterprise on a list pushed to a bank or an association (e.g. the IP-pledge whitelist). */
export interface SharedListEntryTable {
  id: Generated<number>;
  list_code: string;
  list_label: string;
  recipient_user_id: number;
  enterprise_id: number;
  pushed_by: string;
  pushed_at: CreatedAt;
  withdrawn_at: Date | string | null;
}

/** 定期共享: a recipient of the scheduled xlsx export and the last feed event it was sent. */
export interface ShareExportTable {
  recipient: string;
  out_dir: string;
  every_days: number | null;
  last_event_id: Generated<number>;
  last_exported_at: Date | string | null;
  last_file: string | null;
}

/** An inspector who must not inspect an enterprise (回避). */
export interface InspectorConflictTable {
  inspector: string;
  enterprise_id: number;
  reason: string;
  created_by: string;
  created_at: CreatedAt;
}

/** A department's 双随机 plan; draw_inputs freezes what the draw read, so anyone can re-run it. */
export interface InspectionPlanTable {
  id: Generated<number>;
  department_code: string;
  title: string;
  seed: string;
  scope: Json;
  ratios: Json;
  inspectors: string[];
  inspectors_per_visit: number;
  state: Generated<string>;
  draw_inputs: Json | null;
  created_by: string;
  created_at: CreatedAt;
  drawn_at: Date | string | null;
  published_at: Date | string | null;
  /** 检查事项 and 检查依据 shown to the inspectors on each visit. */
  check_items: ColumnType<string | null, string | null | undefined, string | null>;
  legal_basis: ColumnType<string | null, string | null | undefined, string | null>;
  /** The inspection period (YYYY-MM-DD): a visit without a result after due_on is overdue. */
  starts_on: ColumnType<string | null, string | null | undefined, string | null>;
  due_on: ColumnType<string | null, string | null | undefined, string | null>;
  /** 检查方式 (supervision.yaml inspection_types): 双随机 for drawn plans, else a one-visit inspection with its basis. */
  inspection_type: ColumnType<string, string | undefined, string>;
  basis: ColumnType<unknown, string | null | undefined, string | null>;
}

/** What a published inspection outcome leads to (supervision.yaml inspection_outcomes), decided by its department. */
export interface InspectionFollowUpTable {
  id: Generated<number>;
  visit_id: number;
  enterprise_id: number;
  outcome: string;
  action: 'listing_proposal' | 'task';
  description: string;
  department_code: string;
  proposed_kind: string | null;
  proposed_subtype: string | null;
  reference: string;
  state: Generated<'open' | 'confirmed' | 'rejected'>;
  record_id: number | null;
  decided_by: string | null;
  decided_at: Date | string | null;
  decision_reason: string | null;
  created_at: CreatedAt;
}

/** 综合查一次: several departments' visits to one enterprise merged into one. */
export interface JointVisitTable {
  id: Generated<number>;
  enterprise_id: number;
  plan_ids: number[];
  created_by: string;
  created_at: CreatedAt;
}

/** One drawn enterprise of a plan, its inspectors and, once inspected, the result. */
export interface InspectionVisitTable {
  id: Generated<number>;
  plan_id: number;
  enterprise_id: number;
  risk_class: string;
  inspectors: string[];
  problem: string | null;
  joint_visit_id: number | null;
  outcome: string | null;
  findings: string | null;
  inspected_on: string | null;
  recorded_by: string | null;
  recorded_at: Date | string | null;
  /** SHA-256 of the photos taken on site, uploaded as attachments by the inspector. */
  photos: ColumnType<string[], string[] | undefined, string[]>;
}

/** A closed (frozen) month of the credit index: where its numbers came from and by which method. */
export interface CreditIndexMonthTable {
  month: string;
  source: 'evaluations' | 'backfill';
  method_digest: string;
  model_versions: string[];
  enterprises: number;
  closed_by: string;
  closed_at: CreatedAt;
}

/** One group's numbers of a closed month, as published (null numbers: withheld, or no base). */
export interface CreditIndexValueTable {
  month: string;
  dimension: string;
  group_code: string;
  group_label: string;
  enterprises: number;
  withheld: boolean;
  mean_score: number | null;
  good_share: number | null;
  poor_share: number | null;
  raw_measure: number | null;
  value: number | null;
  method_digest: string;
  computed_at: CreatedAt;
}

/** One generation of the IP-pledge whitelist: as of a date, by the rules whose digest it keeps. */
export interface WhitelistGenerationTable {
  id: Generated<number>;
  list_code: string;
  as_of: string;
  /** YYYY-MM for a scheduled generation (one per month), else null. */
  period: string | null;
  trigger: string;
  triggered_by: string;
  rules_digest: string;
  rules: Json;
  model_version_id: number | null;
  candidates: number;
  ungraded: number;
  excluded_by_grade: number;
  excluded_by_records: number;
  listed: number;
  created_at: CreatedAt;
}

/** An enterprise on a whitelist generation, with what qualified it. */
export interface WhitelistEntryTable {
  generation_id: number;
  enterprise_id: number;
  rank: number;
  grade: string;
  score: number;
  evaluated_on: string;
  valid_patents: number;
  valid_invention_patents: number;
  is_priority: boolean;
}

/** A bank a whitelist generation was pushed to, and how its shared list changed. */
export interface WhitelistRecipientTable {
  generation_id: number;
  recipient_user_id: number;
  added: number;
  withdrawn: number;
  pushed_at: CreatedAt;
}

/** A bank's lookup of its loan applicants, kept as answered (append-only). */
export interface ApplicantLookupTable {
  id: Generated<number>;
  bank_user_id: number;
  requested_by: string;
  as_of: string;
  submitted: number;
  found: number;
  rejected: number;
  results: Json;
  created_at: CreatedAt;
}

/** A loan a bank reported (amount in 万元); its current state, versions in loan_versions. */
export interface LoanTable {
  id: Generated<number>;
  bank_user_id: number;
  bank_reference: string;
  enterprise_id: number;
  amount_wan: number;
  granted_on: string;
  term_months: number;
  pledged_patents: ColumnType<string[], string[] | undefined, string[]>;
  status: Generated<string>;
  version: Generated<number>;
  reported_by: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** Every state a loan report had (append-only). */
export interface LoanVersionTable {
  loan_id: number;
  version: number;
  change: string;
  bank_reference: string;
  enterprise_id: number;
  amount_wan: number;
  granted_on: string;
  term_months: number;
  pledged_patents: string[];
  status: string;
  reason: string | null;
  changed_by: string;
  recorded_at: CreatedAt;
}

/** 企呼我应: a request or complaint, its routing, deadline, answer, rating and escalation. */
export interface RequestTable {
  id: Generated<number>;
  tracking_code: string;
  request_type: string;
  category: string;
  title: string;
  body: string;
  attachments: ColumnType<string[], string[] | undefined, string[]>;
  enterprise_id: number | null;
  /** A visitor's phone number: masked form to show, cipher to compare (never stored in clear). */
  phone_masked: string | null;
  phone_cipher: string | null;
  record_id: number | null;
  evaluation_id: number | null;
  department_code: string;
  routing_explanation: string;
  state: Generated<string>;
  version: Generated<number>;
  filed_on: string;
  due_on: string;
  first_answered_on: string | null;
  is_first_answer_late: boolean | null;
  answer_text: string | null;
  answered_by: string | null;
  answered_on: string | null;
  rating: string | null;
  rating_comment: string | null;
  rated_on: string | null;
  reopen_count: Generated<number>;
  escalated_on: string | null;
  escalation_count: Generated<number>;
  is_flagged_for_supervision: Generated<boolean>;
  outcome: string | null;
  closed_on: string | null;
  duplicate_of: number | null;
  submitted_by: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** One step in a request's history (append-only). */
export interface RequestEventTable {
  id: Generated<number>;
  request_id: number;
  action: string;
  from_state: string | null;
  to_state: string;
  department_code: string | null;
  actor: string;
  note: string | null;
  payload: ColumnType<unknown, string | undefined, never>;
  occurred_on: string;
  created_at: CreatedAt;
}

/** A unit's progress report on a reform task, append-only. */
export interface ReformTaskReportTable {
  id: Generated<number>;
  task_code: string;
  unit_code: string;
  status: string;
  percent: number | null;
  text: string;
  attachments: ColumnType<string[], string[] | undefined, string[]>;
  reported_on: string;
  reported_by: string;
  created_at: CreatedAt;
}

/** An enterprise a policy of catalog/policies.yaml found eligible, kept by `xinping policy match`. */
export interface PolicyMatchTable {
  policy_code: string;
  enterprise_id: number;
  first_seen_on: string;
  eligible_since: string;
  last_seen_on: string;
  ended_on: string | null;
  reasons: ColumnType<string[], string, string>;
  notified_on: string | null;
}

/** One spell of a policy match worked through 兑现 states by the paying department (src/services/policy-payouts). */
export interface PolicyPayoutTable {
  id: Generated<number>;
  policy_code: string;
  enterprise_id: number;
  eligible_since: string;
  state: 'matched' | 'notified' | 'confirmed' | 'approved' | 'paid' | 'refused';
  version: Generated<number>;
  notified_on: string | null;
  confirmed_at: Date | null;
  confirmed_by: string | null;
  approved_at: Date | null;
  approved_by: string | null;
  /** numeric(14,2): read as text. */
  amount: ColumnType<string | null, string | number | null, string | number | null>;
  paid_on: string | null;
  paid_by: string | null;
  /** When the payment was recorded (paid_on is the day the money left). */
  paid_at: Date | null;
  refused_at: Date | null;
  refused_by: string | null;
  decision_reason: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

/** One spell of an enterprise in an incubator (src/store/incubator.repository.ts). */
export interface IncubatorTenancyTable {
  id: Generated<number>;
  incubator_code: string;
  enterprise_id: number;
  entered_on: string;
  exited_on: string | null;
  exit_reason: 'graduated' | 'moved_out' | null;
  recorded_by: string;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

/** One incubator's result in one yearly evaluation run, with its trace (src/store/incubator-evaluation.repository.ts). */
export interface IncubatorEvaluationTable {
  id: Generated<number>;
  year: number;
  run_number: number;
  incubator_code: string;
  model_version: string;
  model_digest: string;
  as_of: string;
  /** numeric(7,2). */
  score: ColumnType<number, number, never>;
  overall_rank: number;
  group_code: string;
  group_rank: number;
  is_awarded: boolean;
  indicators: Json;
  evaluated_by: string;
  evaluated_at: CreatedAt;
}

export interface MeasureFeedbackTable {
  id: Generated<number>;
  measure_code: string;
  enterprise_id: number;
  department_code: string;
  applied_on: string;
  result: 'applied' | 'not_applied';
  note: string | null;
  reported_by: string;
  reported_at: CreatedAt;
}

/** 诚信典型案例 published on the public portal (001 §二(九)); withdrawn ones are kept. */
export interface HonestCaseTable {
  id: Generated<number>;
  enterprise_id: number;
  title: string;
  story: string;
  highlights: ColumnType<string[], string | undefined, string>;
  grade: string;
  grade_as_of: string;
  state: Generated<string>;
  version: Generated<number>;
  published_by: string;
  published_at: CreatedAt;
  withdrawn_by: string | null;
  withdrawn_at: Date | string | null;
  withdrawal_reason: string | null;
}

/** One year of the holiday calendar: the State Council's arrangement, who loaded it and when. */
export interface HolidayYearTable {
  year: number;
  reference: string;
  is_confirmed: boolean;
  /** [{ name, from, to }] with ISO dates. */
  holidays: ColumnType<Array<{ name: string; from: string; to: string }>, string, string>;
  /** ISO dates of the weekend days made working days (调休). */
  workdays: ColumnType<string[], string, string>;
  source: 'catalog' | 'loaded';
  loaded_by: string;
  loaded_at: UpdatedAt;
}

/** A signed daily checkpoint of the audit chain head: published, exported, checked by `audit verify --expect-head`. */
export interface AuditCheckpointTable {
  id: Generated<number>;
  made_on: string;
  seq: number;
  head_hash: string;
  hash_algorithm: string;
  made_at: Date | string;
  signature_algorithm: string;
  signature: string;
  public_key: string;
  public_key_fingerprint: string;
}

/** Record versions written outside import batches before audit events listed the versions they wrote. */
export interface RecordVersionBeforeCoverageTable {
  record_id: number;
  version: number;
}

/** A batch pushed to the provincial platform (向上共享); its items stay the same across retries. */
export interface UpwardBatchTable {
  id: Generated<number>;
  status: ColumnType<string, string | undefined, string>;
  item_count: number;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  last_status_code: number | null;
  last_error: string | null;
  receipt_id: string | null;
  accepted_count: number | null;
  rejected_count: number | null;
  sent_at: Date | string | null;
  acknowledged_at: Date | string | null;
  created_at: CreatedAt;
}

/** One record version or evaluation result to share upward, once, under its idempotency key. */
export interface UpwardItemTable {
  id: Generated<number>;
  idempotency_key: string;
  record_id: number | null;
  version: number | null;
  evaluation_id: number | null;
  enterprise_id: number;
  data_set: string;
  event: string;
  period_day: string;
  status: ColumnType<string, string | undefined, string>;
  batch_id: number | null;
  reason: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface UpwardCursorTable {
  name: string;
  last_id: number;
}

/** The signed file package of one district day. */
export interface UpwardPackageTable {
  period_day: string;
  directory: string;
  manifest: Json;
  signature: string;
  signature_algorithm: string;
  public_key_fingerprint: string;
  created_at: CreatedAt;
}

/** A long job's progress where every instance reads it (PostgreSQL with several instances; services/jobs). */
export interface ClusterJobTable {
  id: string;
  kind: string;
  label: string;
  job_group: string;
  status: ColumnType<string, string | undefined, string>;
  processed: Generated<number>;
  total: number | null;
  message: string;
  result: ColumnType<unknown, string | null | undefined, string | null>;
  error: ColumnType<{ code: string; message: string } | null, string | null | undefined, string | null>;
  started_by: string;
  started_at: CreatedAt;
  finished_at: Date | string | null;
  details: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
}

/** A web import waiting for, or being run by, a worker (queued-import.repository.ts); deleted when its job ends. */
export interface QueuedImportTable {
  job_id: string;
  upload_id: string;
  department_code: string;
  kind: string | null;
  file_name: string;
  mode: string;
  operator: string;
  total_rows: number | null;
  /** The staged file's bytes as staged (staged_uploads): encrypted with the data key ring. */
  content: Buffer;
  queued_at: CreatedAt;
}

/** A web upload between its preview and its commit (import-file.repository.ts); removed when committed or stale. */
export interface StagedUploadTable {
  id: string;
  file_name: string;
  department_code: string;
  kind: string | null;
  uploaded_by: string;
  uploaded_at: CreatedAt;
  /** The file, encrypted with the data key ring. */
  content: Buffer;
  /** The preview as JSON, encrypted with the data key ring (its row errors may quote cell values). */
  preview: Buffer | null;
}

/** A web import's rejection file, kept per batch for download (import-file.repository.ts). */
export interface RejectionFileTable {
  batch_id: number;
  /** The file's extension (.csv, .xlsx, .json…), which its download keeps. */
  extension: string;
  /** The rows refused with their reason, encrypted with the data key ring. */
  content: Buffer;
  /** The same with personal values masked (mask-rejection-file.ts), encrypted too. */
  masked_content: Buffer;
  kept_at: CreatedAt;
}

/** A model simulation waiting for, or run by, a worker (queued-simulation.repository.ts); deleted when its job ends. */
export interface QueuedSimulationTable {
  job_id: string;
  model_id: string;
  version: string;
  operator: string;
  /** The version's directory as stored in model_versions (storedModelDir) by the instance that found the files. */
  model_dir: string;
  /** The draft's files: path relative to its directory → content in Base64. */
  files: ColumnType<Record<string, string>, string, string>;
  queued_at: CreatedAt;
}

/** One enterprise range of a full evaluation run by workers; `done` commits with the range's evaluations. */
export interface EvaluationRunShardTable {
  run_id: number;
  from_enterprise_id: number;
  to_enterprise_id: number;
  status: ColumnType<string, string | undefined, string>;
  evaluated: Generated<number>;
  stored: Generated<number>;
  grade_counts: ColumnType<Record<string, number>, string | undefined, string>;
  worker: string | null;
  finished_at: Date | string | null;
}

/** A fixed-window HTTP rate-limit counter shared by every instance (PostgreSQL only). */
export interface RateLimitCounterTable {
  key: string;
  window_started_at: ColumnType<Date, Date | string, Date | string>;
  hits: number;
}

/** An account's channels besides the inbox (SMS, e-mail: opt-in), with its addresses encrypted and masked. */
export interface NotificationChannelTable {
  user_id: number;
  is_sms_enabled: boolean;
  is_email_enabled: boolean;
  phone_masked: string | null;
  phone_cipher: string | null;
  email_masked: string | null;
  email_cipher: string | null;
  updated_at: UpdatedAt;
}

/** One message to one account by SMS or e-mail: queued, sent, or failed after its attempts, with the last error. */
export interface NotificationDeliveryTable {
  id: Generated<number>;
  user_id: number;
  enterprise_id: number;
  channel: string;
  notice_kind: string;
  topic: string;
  template_id: string | null;
  parameters: Json;
  subject: string;
  content: string;
  recipient_masked: string;
  recipient_cipher: string;
  status: ColumnType<string, string | undefined, string>;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  last_error: string | null;
  provider_message_id: string | null;
  sent_at: Date | string | null;
  created_at: CreatedAt;
}

/** One push from a department's system: what the department reads back as the receipt of that push. */
export interface DepartmentPushReceiptTable {
  id: Generated<number>;
  department_code: string;
  operator: string;
  token_id: number | null;
  total_rows: number;
  accepted_rows: number;
  duplicate_rows: number;
  refused_rows: number;
  received_at: CreatedAt;
}

/** One pushed row in its receipt: accepted (with its record version), a duplicate of an accepted key, or refused. */
export interface DepartmentPushRowTable {
  receipt_id: number;
  row_number: number;
  department_code: string;
  idempotency_key: string;
  content_hash: string;
  kind: string | null;
  status: string;
  outcome: string | null;
  record_id: number | null;
  record_version: number | null;
  batch_id: number | null;
  field: string | null;
  reason: string | null;
}

/** A 信用画像 tag an enterprise carried at the last refresh, with the facts behind it (profile-tag.repository.ts). */
export interface EnterpriseProfileTagTable {
  enterprise_id: number;
  tag_code: string;
  facts: ColumnType<string[], string, string>;
  as_of: string;
  refreshed_at: CreatedAt;
}

/** An enterprise's financing need (src/services/financing; 融资对接). Grade, tiers and patents as matched. */
export interface FinancingNeedTable {
  id: Generated<number>;
  enterprise_id: number;
  /** numeric(14,2): read as text. */
  amount_wan: ColumnType<string, string | number, string | number>;
  term_months: number;
  purpose: string;
  collaterals: ColumnType<string[], string[] | undefined, string[]>;
  has_consent: boolean;
  consent_changed_at: Generated<Date>;
  state: Generated<'open' | 'withdrawn'>;
  grade: string | null;
  invention_patents: number;
  tiers: ColumnType<string[], string[] | undefined, string[]>;
  published_by: string;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

/** One need compared with one product: eligible or not, the checks that say why, the bank's answer and outcome. */
export interface FinancingMatchTable {
  id: Generated<number>;
  need_id: number;
  product_code: string;
  bank: string;
  is_eligible: boolean;
  checks: ColumnType<unknown, string, string>;
  answer: Generated<'pending' | 'interested' | 'declined'>;
  answer_reason: string | null;
  answered_at: Date | null;
  answered_by: string | null;
  outcome: 'granted' | 'refused' | null;
  outcome_reason: string | null;
  loan_id: number | null;
  granted_amount_wan: ColumnType<string | null, string | number | null, string | number | null>;
  granted_on: string | null;
  reported_at: Date | null;
  reported_by: string | null;
  version: Generated<number>;
}

/** A matchmaking event (融资专场, 000 §二（六）). */
export interface FinancingEventTable {
  id: Generated<number>;
  title: string;
  held_on: string;
  venue: string | null;
  created_by: string;
  created_at: CreatedAt;
}

/** An enterprise or a bank taking part in a matchmaking event. */
export interface FinancingEventParticipantTable {
  id: Generated<number>;
  event_id: number;
  enterprise_id: number | null;
  bank: string | null;
}
