/**
 * What a department reports back about a measure it was told applies (措施实施反馈): it applied it, or it did not
 * (then the note says why, e.g. the enterprise withdrew its application). A closed list: the database checks it too.
 */
export const MEASURE_FEEDBACK_RESULTS = ['applied', 'not_applied'] as const;
export type MeasureFeedbackResult = (typeof MEASURE_FEEDBACK_RESULTS)[number];

export const MEASURE_FEEDBACK_RESULT_LABELS: Record<MeasureFeedbackResult, string> = {
  applied: '已实施',
  not_applied: '未实施',
};
