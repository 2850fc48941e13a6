import { useMemo } from 'react';
import { Chart, type ChartOption } from './chart.tsx';
import { colorOfGrade } from './grade-colors.ts';

interface GradeCount {
  grade: string;
  label: string;
  count: number;
}

function distributionOption(grades: GradeCount[]): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: grades.map((row) => `${row.grade} ${row.label}`) },
    // Enterprises are counted whole: no 0.5 or 1.5 on the axis when a group holds only a few.
    yAxis: { type: 'value', name: '企业数', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: '企业数',
        barMaxWidth: 56,
        label: { show: true, position: 'top' },
        data: grades.map((row) => ({ value: row.count, itemStyle: { color: colorOfGrade(row.grade) } })),
      },
    ],
  };
}

/** How many enterprises hold each grade, as bars in the grade's colour (the console's 工作台 and the public home page). */
export function GradeDistributionChart({ grades, height }: { grades: GradeCount[]; height: number }) {
  const option = useMemo(() => distributionOption(grades), [grades]);
  return <Chart option={option} height={height} ariaLabel="信用等级分布柱状图" />;
}
