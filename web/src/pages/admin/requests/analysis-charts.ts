import type { Schemas } from '../../../api/client.ts';
import type { ChartOption } from '../../../components/chart.tsx';

type Metrics = Schemas['RequestMetrics'];

export type MetricKey = 'volume' | 'meanResponseWorkingDays' | 'overdueRate' | 'satisfactionRate';

/** The four figures of 分析研判 (003, closing paragraph), how each is labelled and formatted. */
export const METRICS: { key: MetricKey; label: string; unit: string; isRate: boolean; color: string }[] = [
  { key: 'volume', label: '诉求量', unit: '件', isRate: false, color: '#1677ff' },
  { key: 'meanResponseWorkingDays', label: '平均响应时间', unit: '工作日', isRate: false, color: '#13c2c2' },
  { key: 'overdueRate', label: '超期率', unit: '%', isRate: true, color: '#f5222d' },
  { key: 'satisfactionRate', label: '满意率', unit: '%', isRate: true, color: '#52c41a' },
];

/** A figure for display: rates in percent with one decimal, days with one decimal, "—" when there is nothing to divide. */
export function formatMetric(metrics: Metrics, key: MetricKey): string {
  const value = metrics[key];
  if (value === null) return '—';
  if (key === 'overdueRate' || key === 'satisfactionRate') return `${(value * 100).toFixed(1)}%`;
  if (key === 'meanResponseWorkingDays') return value.toFixed(1);
  return String(value);
}

function chartValue(metrics: Metrics, key: MetricKey): number | null {
  const value = metrics[key];
  if (value === null) return null;
  return key === 'overdueRate' || key === 'satisfactionRate' ? Math.round(value * 1000) / 10 : value;
}

/** One figure per department or category, as horizontal bars (long department names read better on the y axis). */
export function breakdownOption(rows: { name: string; metrics: Metrics }[], key: MetricKey): ChartOption {
  const metric = METRICS.find((item) => item.key === key)!;
  const sorted = [...rows].reverse();
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (value === null || value === undefined ? '—' : `${String(value)} ${metric.unit}`),
    },
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    xAxis: {
      type: 'value',
      name: metric.unit,
      max: metric.isRate ? 100 : undefined,
      minInterval: key === 'volume' ? 1 : undefined,
    },
    yAxis: { type: 'category', data: sorted.map((row) => row.name), axisLabel: { width: 170, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name: metric.label,
        barMaxWidth: 20,
        itemStyle: { color: metric.color },
        label: { show: true, position: 'right' },
        data: sorted.map((row) => chartValue(row.metrics, key)),
      },
    ],
  };
}

/** The months of the range: volume as bars, overdue and satisfaction rates as lines on a percent axis. */
export function trendOption(months: { month: string; metrics: Metrics | null }[]): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months.map((row) => row.month) },
    yAxis: [
      { type: 'value', name: '件', minInterval: 1 },
      { type: 'value', name: '%', max: 100, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: '诉求量',
        barMaxWidth: 32,
        itemStyle: { color: '#1677ff' },
        data: months.map((row) => row.metrics?.volume ?? 0),
      },
      {
        type: 'line',
        name: '超期率',
        yAxisIndex: 1,
        itemStyle: { color: '#f5222d' },
        connectNulls: true,
        data: months.map((row) => (row.metrics ? chartValue(row.metrics, 'overdueRate') : null)),
      },
      {
        type: 'line',
        name: '满意率',
        yAxisIndex: 1,
        itemStyle: { color: '#52c41a' },
        connectNulls: true,
        data: months.map((row) => (row.metrics ? chartValue(row.metrics, 'satisfactionRate') : null)),
      },
    ],
  };
}
