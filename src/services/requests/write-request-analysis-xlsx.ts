import ExcelJS from 'exceljs';
import type { RequestMetrics } from '../../domain/requests/analyze-requests.ts';
import { RATING_CODES, RATINGS } from '../../domain/requests/request-workflow.ts';
import { neutralizeCell } from '../import/write-rejections.ts';
import type { RequestAnalysis } from './analyze-request-months.ts';

const METRIC_HEADERS = [
  '诉求量',
  '已答复',
  '平均响应（工作日）',
  '响应中位数（工作日）',
  '超期件数',
  '超期率',
  '已评价',
  ...RATING_CODES.map((code) => RATINGS[code]),
  '满意率',
];

function metricCells(metrics: RequestMetrics): unknown[] {
  return [
    metrics.volume,
    metrics.answered,
    metrics.meanResponseWorkingDays,
    metrics.medianResponseWorkingDays,
    metrics.overdue,
    metrics.overdueRate,
    metrics.rated,
    ...RATING_CODES.map((code) => metrics.ratings[code]),
    metrics.satisfactionRate,
  ];
}

/**
 * The monthly analysis as a workbook: one sheet per view (month totals, per department, per category, department ×
 * category) with Chinese headers, rates as fractions formatted as percentages, and a sheet stating the method.
 */
export async function writeRequestAnalysisXlsx(analysis: RequestAnalysis): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const addSheet = (name: string, keyHeaders: string[], rows: unknown[][]) => {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([...keyHeaders, ...METRIC_HEADERS]);
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) sheet.addRow(row.map((cell) => neutralizeCell(cell ?? null)));
    // Rates are fractions: show them as percentages.
    for (const header of ['超期率', '满意率'])
      sheet.getColumn(keyHeaders.length + METRIC_HEADERS.indexOf(header) + 1).numFmt = '0.0%';
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  };
  addSheet(
    '按月汇总',
    ['月份'],
    analysis.months.map((month) => [month.month, ...metricCells(month.total)]),
  );
  addSheet(
    '按部门',
    ['月份', '承办部门'],
    analysis.months.flatMap((month) =>
      month.byDepartment.map((item) => [month.month, item.departmentName, ...metricCells(item.metrics)]),
    ),
  );
  addSheet(
    '按类别',
    ['月份', '诉求类别'],
    analysis.months.flatMap((month) =>
      month.byCategory.map((item) => [month.month, item.categoryLabel, ...metricCells(item.metrics)]),
    ),
  );
  addSheet(
    '部门与类别',
    ['月份', '承办部门', '诉求类别'],
    analysis.months.flatMap((month) =>
      month.cells.map((item) => [month.month, item.departmentName, item.categoryLabel, ...metricCells(item.metrics)]),
    ),
  );
  const method = workbook.addWorksheet('统计口径');
  method.addRow(['统计期间', `${analysis.from} 至 ${analysis.to}`]);
  method.addRow(['统计日', analysis.asOf]);
  method.addRow(['统计口径', analysis.method]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
