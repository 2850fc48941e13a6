import type { Schemas } from '../../../api/client.ts';
import type { ChartOption } from '../../../components/chart.tsx';
import { TASK_STATUSES } from './task-terms.ts';

type Counts = Schemas['ReformTaskCounts'];

/** Tasks per status as stacked bars, one bar per row (phase or unit); `isHorizontal` puts the rows on the y axis. */
export function stackedStatusOption(
  rows: { name: string; counts: Counts }[],
  { isHorizontal = false }: { isHorizontal?: boolean } = {},
): ChartOption {
  const ordered = isHorizontal ? [...rows].reverse() : rows;
  const categoryAxis = {
    type: 'category' as const,
    data: ordered.map((row) => row.name),
    axisLabel: isHorizontal
      ? { width: 170, overflow: 'truncate' as const }
      : { interval: 0, width: 90, overflow: 'break' as const },
  };
  const valueAxis = { type: 'value' as const, name: '项', minInterval: 1 };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: isHorizontal ? valueAxis : categoryAxis,
    yAxis: isHorizontal ? categoryAxis : valueAxis,
    series: TASK_STATUSES.map((status) => ({
      type: 'bar' as const,
      name: status.label,
      stack: 'tasks',
      barMaxWidth: isHorizontal ? 18 : 48,
      itemStyle: { color: status.color },
      label: {
        show: true,
        formatter: (params: { value: unknown }) => (Number(params.value) > 0 ? String(params.value) : ''),
      },
      data: ordered.map((row) => row.counts[status.value]),
    })),
  };
}
