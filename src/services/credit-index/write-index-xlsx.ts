import ExcelJS from 'exceljs';
import { neutralizeCell } from '../import/write-rejections.ts';
import {
  loadCreditIndexMethod,
  methodReferences,
  readReadableMethodDocument,
  type CreditIndexMethod,
} from './credit-index-method.ts';
import type { IndexSeries } from './read-index-series.ts';

/** The index workbook: the numbers on one sheet, the method they were computed by on the next. */

export const INDEX_XLSX_HEADERS = [
  '月份',
  '状态',
  '数据来源',
  '维度',
  '分组代码',
  '分组名称',
  '指数',
  '综合测度',
  '信用水平（平均分）',
  '守信面（良好及以上占比）',
  '失信面（较差占比）',
  '企业数',
  '方法摘要',
] as const;

const STATUS_LABELS = { closed: '已结算', provisional: '暂定' } as const;
const SOURCE_LABELS = { evaluations: '评价结果', backfill: '回溯重建（演示）' } as const;

export function indexRows(series: IndexSeries, method: CreditIndexMethod = loadCreditIndexMethod()): unknown[][] {
  const sources = new Map(series.months.map((month) => [month.month, SOURCE_LABELS[month.source]]));
  const rows: unknown[][] = [];
  for (const group of series.series) {
    for (const point of group.points) {
      const common = [
        point.month,
        STATUS_LABELS[point.status],
        sources.get(point.month) ?? '',
        series.dimensionLabel,
        group.group,
        group.label,
      ];
      if (point.withheld)
        rows.push([
          ...common,
          `不公布（少于 ${method.minGroupSize} 家）`,
          null,
          null,
          null,
          null,
          null,
          point.methodDigest,
        ]);
      else
        rows.push([
          ...common,
          point.value ?? '无基期值',
          point.rawMeasure,
          point.meanScore,
          point.goodShare,
          point.poorShare,
          point.enterprises,
          point.methodDigest,
        ]);
    }
  }
  return rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[4]).localeCompare(String(b[4])));
}

export async function writeIndexXlsx(
  series: IndexSeries,
  method: CreditIndexMethod = loadCreditIndexMethod(),
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet('信用指数');
  data.addRow([...INDEX_XLSX_HEADERS]);
  for (const row of indexRows(series, method)) data.addRow(row.map((cell) => neutralizeCell(cell ?? null)));

  const about = workbook.addWorksheet('编制方法');
  about.addRow(['项目', '内容']);
  about.addRow(['指数名称', method.title]);
  about.addRow(['基期（= 100）', method.baseMonth]);
  about.addRow(['最小分组（家）', method.minGroupSize]);
  about.addRow(['方法摘要', method.digest]);
  for (const component of Object.values(method.components))
    about.addRow([`分项：${component.label}（权重 ${component.weight}）`, component.description]);
  for (const reference of methodReferences(method)) about.addRow([`依据：${reference.topic}`, reference.referenceText]);
  about.addRow([]);
  for (const line of readReadableMethodDocument().split('\n')) about.addRow(['', neutralizeCell(line)]);
  about.getColumn(1).width = 28;
  about.getColumn(2).width = 100;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
