import { useMemo } from 'react';
import type { Schemas } from '../../../api/client.ts';
import { Chart, type ChartOption } from '../../../components/chart.tsx';

type Dimension = Schemas['EvaluationTrace']['dimensions'][number];

/**
 * The score's composition: each dimension's score (base plus the points of its indicators) as a bar, red when its
 * indicators took points off, its weight in the label; the tooltip says how much it adds to the total. Horizontal, so long dimension names fit a phone.
 */
export function DimensionChart({ dimensions }: { dimensions: Dimension[] }) {
  const option = useMemo((): ChartOption => {
    const rows = [...dimensions].reverse();
    return {
      grid: { left: 8, right: 36, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => {
          const index = (params as Array<{ dataIndex: number }>)[0]?.dataIndex ?? 0;
          const row = rows[index];
          return `${row.label}<br/>维度得分 ${row.score}（基础分 ${row.base}，加减 ${row.points >= 0 ? '+' : ''}${row.points}）<br/>权重 ${Math.round(row.weight * 100)}%，计入总分 ${row.contribution}`;
        },
      },
      xAxis: {
        type: 'value',
        min: 0,
        max: (extent: { max: number }) => Math.max(100, Math.ceil(extent.max / 10) * 10),
        splitLine: { lineStyle: { type: 'dashed' } },
      },
      yAxis: {
        type: 'category',
        data: rows.map((row) => `${row.label}（${Math.round(row.weight * 100)}%）`),
        axisLabel: { width: 128, overflow: 'break', lineHeight: 14, fontSize: 11 },
        axisTick: { show: false },
      },
      series: [
        {
          type: 'bar',
          data: rows.map((row) => ({ value: row.score, itemStyle: { color: row.points < 0 ? '#ff7875' : '#4096ff' } })),
          barMaxWidth: 18,
          label: { show: true, position: 'right', fontSize: 11 },
        },
      ],
    };
  }, [dimensions]);
  return (
    <Chart
      option={option}
      height={Math.max(220, dimensions.length * 40)}
      ariaLabel={`各维度得分：${dimensions.map((row) => `${row.label} ${row.score} 分`).join(',')}`}
    />
  );
}
