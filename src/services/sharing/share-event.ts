/**
 * What the platform shares with subscribers: a closed list of event types, each with the Chinese label
 * subscribers and the export read. An event is about one enterprise; its payload says what happened.
 */
export const SHARE_EVENT_TYPES = ['grade_changed', 'negative_record', 'record_repaired', 'list_updated'] as const;
export type ShareEventType = (typeof SHARE_EVENT_TYPES)[number];

export const SHARE_EVENT_LABELS: Record<ShareEventType, string> = {
  grade_changed: '信用等级变化',
  negative_record: '新增失信（负面）记录',
  record_repaired: '信用记录已修复（停止共享和使用）',
  list_updated: '推送名单更新',
};

export interface ShareEventInput {
  type: ShareEventType;
  enterpriseId: number;
  /** Set for an event addressed to one account only (a list pushed to a bank); null: everyone entitled. */
  recipientUserId?: number | null;
  payload: Record<string, unknown>;
}

/** An event as subscribers receive it, by webhook or from the feed. */
export interface SharedEvent {
  id: number;
  type: ShareEventType;
  typeLabel: string;
  uscc: string;
  enterpriseName: string;
  createdAt: string;
  data: Record<string, unknown>;
}

export function isShareEventType(value: string): value is ShareEventType {
  return (SHARE_EVENT_TYPES as readonly string[]).includes(value);
}
