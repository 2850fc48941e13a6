import { loadCatalog } from '../../catalog/catalog.ts';
import { MEASURE_FEEDBACK_RESULT_LABELS } from '../../domain/measure-feedback.ts';
import { countMeasuresAnswered } from '../../store/audit.repository.ts';
import type { Executor } from '../../store/executor.ts';
import {
  countMeasureFeedback,
  listMeasureFeedbackRows,
  type MeasureFeedbackRow,
} from '../../store/measure-feedback.repository.ts';
import { loadMeasureCatalog } from './grade-use-settings.ts';

export interface MeasureUse {
  code: string;
  label: string;
  kind: 'incentive' | 'restriction';
  /** Answers of the decision API (资源挂接) that named the measure, every department's. */
  answers: number;
  feedbacks: number;
  applied: number;
  notApplied: number;
  /** Enterprises the feedback concerns. */
  enterprises: number;
}

/**
 * Per measure of the catalog, in its order: how often the decision API named it and what departments reported back
 * (all feedback, or one department's when `departmentCode` is given).
 */
export async function summarizeMeasureUse(db: Executor, filter: { departmentCode?: string }): Promise<MeasureUse[]> {
  const [answered, feedback] = await Promise.all([countMeasuresAnswered(db), countMeasureFeedback(db, filter)]);
  return loadMeasureCatalog().measures.map((measure) => {
    const counts = feedback.get(measure.code);
    return {
      code: measure.code,
      label: measure.label,
      kind: measure.kind,
      answers: answered.get(measure.code) ?? 0,
      feedbacks: counts?.feedbacks ?? 0,
      applied: counts?.applied ?? 0,
      notApplied: counts?.notApplied ?? 0,
      enterprises: counts?.enterprises ?? 0,
    };
  });
}

export interface MeasureFeedbackItem extends MeasureFeedbackRow {
  measureLabel: string;
  departmentName: string;
  resultLabel: string;
}

/** The feedback, newest first, with the measures', departments' and results' Chinese names. */
export async function listMeasureFeedback(
  db: Executor,
  filter: { departmentCode?: string; measureCode?: string; limit?: number },
): Promise<MeasureFeedbackItem[]> {
  const labels = new Map(loadMeasureCatalog().measures.map((measure) => [measure.code, measure.label]));
  const rows = await listMeasureFeedbackRows(db, { ...filter, limit: filter.limit ?? 1000 });
  return rows.map((row) => ({
    ...row,
    measureLabel: labels.get(row.measureCode) ?? row.measureCode,
    departmentName: loadCatalog().department(row.departmentCode)?.name ?? row.departmentCode,
    resultLabel: MEASURE_FEEDBACK_RESULT_LABELS[row.result],
  }));
}
