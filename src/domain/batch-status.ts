/**
 * The states of an import batch and their labels. A batch is 'open' while its process stores its rows; it ends
 * committed or rejected, or interrupted (中断) when its process died or failed before the rows were committed — in
 * which case none of them were kept.
 */
export const BATCH_STATUS_LABELS = {
  open: '进行中',
  committed: '已入库',
  rejected: '整批拒收',
  interrupted: '中断',
} as const;

export type BatchStatus = keyof typeof BATCH_STATUS_LABELS;
export const BATCH_STATUSES = Object.keys(BATCH_STATUS_LABELS) as [BatchStatus, ...BatchStatus[]];
