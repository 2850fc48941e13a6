import { Card, Typography } from 'antd';
import { useMemo } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { Chart, type ChartOption } from '../../../components/chart.tsx';

type Series = Schemas['CreditIndexSeries'];

function trendOption(series: Series): ChartOption {
  const district = series.series[0];
  const points = district?.points ?? [];
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 24, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: points.map((point) => point.month) },
    yAxis: { type: 'value', name: '指数', scale: true },
    series: [
      {
        type: 'line',
        name: district?.label ?? '全区',
        smooth: true,
        // A plain spline overshoots between months (a dip below both neighbours that no month had): the curve stays
        // between each pair of points.
        smoothMonotone: 'x',
        // A provisional month (the current one) is drawn hollow: its value still moves with new evaluations.
        data: points.map((point) => ({
          value: point.value ?? undefined,
          symbol: point.status === 'provisional' ? 'emptyCircle' : 'circle',
          symbolSize: point.status === 'provisional' ? 9 : 5,
        })),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#999' },
          data: [{ yAxis: 100, name: '基期' }],
          label: { formatter: `基期 ${series.baseMonth} = 100`, position: 'insideStartTop' },
        },
      },
    ],
  };
}

/** 信用指数走势: the district's index by month (base month = 100), with its method next to the numbers. */
export function IndexTrendCard() {
  const state = useApi(() => call(api.GET('/api/credit-index', { params: { query: { dimension: 'district' } } })), []);
  const option = useMemo(() => (state.data ? trendOption(state.data) : undefined), [state.data]);
  return (
    <Card title="信用指数走势">
      <AsyncContent
        state={state}
        isEmpty={(data) => (data.series[0]?.points ?? []).every((point) => point.value === null)}
        empty={<Typography.Text type="secondary">尚无可公布的指数</Typography.Text>}
        loadingHeight={300}
      >
        {(data) => (
          <>
            <Chart option={option!} height={300} ariaLabel="信用指数走势折线图" />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
              {data.method.summary} 空心点为暂定值（本月，随评价更新而变化）。
            </Typography.Paragraph>
          </>
        )}
      </AsyncContent>
    </Card>
  );
}
