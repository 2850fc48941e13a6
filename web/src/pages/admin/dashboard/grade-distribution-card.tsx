import { Card, Statistic, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { Chart, type ChartOption } from '../../../components/chart.tsx';

const GRADE_COLORS = ['#389e0d', '#73d13d', '#1677ff', '#faad14', '#fa541c', '#cf1322', '#820014'];

function distributionOption(distribution: Schemas['GradeDistribution']): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: distribution.grades.map((row) => `${row.grade} ${row.label}`) },
    yAxis: { type: 'value', name: '企业数' },
    series: [
      {
        type: 'bar',
        name: '企业数',
        barMaxWidth: 48,
        label: { show: true, position: 'top' },
        data: distribution.grades.map((row, index) => ({ value: row.count, itemStyle: { color: GRADE_COLORS[index % GRADE_COLORS.length] } })),
      },
    ],
  };
}

/** 等级分布: how many enterprises hold each grade of the published model. */
export function GradeDistributionCard() {
  const state = useApi(() => call(api.GET('/api/grades/distribution')), []);
  const option = useMemo(() => (state.data ? distributionOption(state.data) : undefined), [state.data]);
  return (
    <Card title="信用等级分布" extra={state.data?.modelVersion && <Typography.Text type="secondary">模型 {state.data.modelVersion}</Typography.Text>}>
      <AsyncContent state={state} isEmpty={(data) => data.grades.length === 0} loadingHeight={300}>
        {(data) => (
          <>
            <Space size={32} style={{ marginBottom: 8 }}>
              <Statistic title="企业总数" value={data.enterprises} />
              <Statistic title="已评价" value={data.enterprises - data.unrated} />
              <Statistic title="尚未评价" value={data.unrated} />
            </Space>
            <Chart option={option!} height={300} ariaLabel="信用等级分布柱状图" />
          </>
        )}
      </AsyncContent>
    </Card>
  );
}
