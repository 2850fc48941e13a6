import type { Schemas } from '../../../api/client.ts';

/**
 * The words of the reform task board (000 附件1 §三 统筹调度、定期通报): a task's standing on a date and a
 * unit's reported progress, with the colours the board, the lists and the charts share.
 */
export type TaskStatus = Schemas['ReformTask']['status'];
export type ProgressStatus = Schemas['ReformTaskReport']['status'];

// Text colours with a contrast of 4.5:1 or more on white (GB/T 37668-2019 / WCAG 2.1 1.4.3).
export const TASK_STATUSES: { value: TaskStatus; label: string; color: string; tag: string }[] = [
  { value: 'done', label: '已完成', color: '#237804', tag: 'success' },
  { value: 'on_track', label: '正常推进', color: '#0958d9', tag: 'processing' },
  { value: 'at_risk', label: '临期', color: '#ad6800', tag: 'warning' },
  { value: 'late', label: '逾期', color: '#cf1322', tag: 'error' },
];

export const PROGRESS_STATUSES: { value: ProgressStatus; label: string }[] = [
  { value: 'not_started', label: '未开始' },
  { value: 'in_progress', label: '推进中' },
  { value: 'done', label: '已完成' },
];

export const LIST_OPTIONS: { value: '000' | '001'; label: string }[] = [
  { value: '000', label: '000 先行区创建任务清单' },
  { value: '001', label: '001 信用评价创新试点任务清单' },
];

export function taskStatusOf(status: string) {
  return TASK_STATUSES.find((item) => item.value === status) ?? TASK_STATUSES[1];
}

export function progressLabelOf(status: string): string {
  return PROGRESS_STATUSES.find((item) => item.value === status)?.label ?? status;
}

/** The units of a task, by short name. */
export function unitNames(units: { shortName: string; name: string }[], others: string[] = []): string {
  return [...units.map((unit) => unit.shortName || unit.name), ...others].join('、');
}
