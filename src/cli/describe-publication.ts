import type { EnsuredModel } from '../services/evaluation/ensure-published-model.ts';

/** One line saying that the first model version was published and how everyone was graded (nothing if it was not). */
export function describePublication(ensured: EnsuredModel): string {
  const run = ensured.outcome?.run;
  if (!ensured.published || !run) return '';
  const counts = run.grades.map(({ grade, label }) => `${grade} ${label} ${run.gradeCounts[grade] ?? 0} 家`).join('，');
  return `已发布评价模型 ${ensured.outcome!.modelVersion} 并完成 ${run.evaluated} 家企业的评价（${run.seconds} 秒）：${counts}。\n`;
}
