/** A credit record as it enters the store: validated, normalised, personal fields already protected. */
export interface NormalizedRecord {
  /** Row number in the source file (1-based, counting the header row as row 1), for provenance and errors. */
  sourceRow: number;
  subjectUscc: string;
  subjectName: string;
  kind: string;
  /** The natural key's field values joined with '|'; a re-sent key updates its record instead of duplicating it. */
  naturalKey: string;
  departmentCode: string;
  status: RecordStatus;
  occurredOn: string | null;
  endsOn: string | null;
  level: string | null;
  subtype: string | null;
  grade: string | null;
  amount: number | null;
  quantity: number | null;
  /** Every field of the row by catalog key, typed (dates as YYYY-MM-DD, amounts as numbers). */
  fields: Record<string, unknown>;
}

/**
 * Lifecycle of a record in the platform. `active` counts in evaluation while its window lasts; `revoked`
 * (the decision was withdrawn), `repaired` (信用修复 approved) and `removed` (taken off a list) never count again
 * but are kept (001 §二(四)).
 */
export const RECORD_STATUSES = ['active', 'revoked', 'repaired', 'removed'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** A record's standing as every screen, report and command names it. */
export const RECORD_STATUS_LABELS: Record<RecordStatus, string> = {
  active: '有效',
  revoked: '已撤销',
  repaired: '已修复',
  removed: '已移出',
};

/** The date written for 长期 (no end) in 双公示 files. */
export const LONG_TERM_DATE = '2099-12-31';
