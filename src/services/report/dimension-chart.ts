import { formatNumber, formatShare } from './format-report-number.ts';
import type { CreditReport } from './report.ts';

/** One bar of the dimension chart, drawn the same way by the HTML page (SVG) and the PDF (vector graphics). */
export interface ChartBar {
  label: string;
  /** “权重 25%”. */
  weight: string;
  score: string;
  /** Where the bar ends, 0–1 of the dimension's range. */
  fraction: number;
  color: string;
}

// Colours by position in the model's grade table (best first): green, blue, amber, red; grey past the fourth.
const GRADE_COLORS = ['#1a7f37', '#1f6feb', '#bf8700', '#cf222e'];
const OTHER_COLOR = '#6e7781';

/** The colour of a grade (the cover badge and the bars). */
export function gradeColor(report: CreditReport, grade: string): string {
  const index = report.evaluation.grades.findIndex((row) => row.grade === grade);
  return GRADE_COLORS[index] ?? OTHER_COLOR;
}

/**
 * A bar per dimension, coloured by the grade its score would reach on the model's scale (a dimension scoring 90 of
 * 100 is coloured like an A), so the weak dimensions stand out.
 */
export function dimensionChartBars(report: CreditReport): ChartBar[] {
  return report.dimensions.map((dimension) => {
    const span = dimension.max - dimension.min || 1;
    const fraction = Math.min(1, Math.max(0, (dimension.score - dimension.min) / span));
    const onScoreScale = report.evaluation.scoreMax * fraction;
    const grade = report.evaluation.grades.find((row) => row.minScore === null || onScoreScale >= row.minScore)!;
    return {
      label: dimension.label,
      weight: `权重 ${formatShare(dimension.weight)}`,
      score: formatNumber(dimension.score),
      fraction,
      color: gradeColor(report, grade.grade),
    };
  });
}
