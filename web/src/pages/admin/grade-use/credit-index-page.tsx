import { Alert, Card, Col, Row, Segmented, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { Chart, type ChartOption } from '../../../components/chart.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
// The public portal's renderer of the repository's Markdown (the model README there, the index method here).
import { MarkdownView } from '../../../components/markdown-view.tsx';

type Series = Schemas['CreditIndexSeries'];
type Dimension = Series['dimension'];

const DIMENSIONS: Array<{ value: Dimension; label: string }> = [
  { value: 'district', label: '全区' },
  { value: 'region', label: '行政区划' },
  { value: 'industry_section', label: '行业门类' },
  { value: 'industry_division', label: '行业大类' },
  { value: 'tier', label: '梯次培育库层级' },
];

type Measure = 'value' | 'rawMeasure';

/**
 * One line per group: the index (base month = 100) or the composite measure it is computed from; a withheld month
 * (group below the minimum size) is a gap; provisional months are marked.
 */
function seriesOption(data: Series, measure: Measure): ChartOption {
  const months = data.months.map((month) => (month.status === 'provisional' ? `${month.month}（暂定）` : month.month));
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (value === null || value === undefined ? '不公布' : String(value)),
    },
    legend: { type: 'scroll', top: 0 },
    // The axis name sits under the legend, not across it (on a phone the two overlapped).
    grid: { left: 48, right: 24, top: 64, bottom: 56 },
    xAxis: { type: 'category', data: months, axisLabel: { rotate: 45 } },
    yAxis: {
      type: 'value',
      name: measure === 'value' ? `指数（${data.baseMonth} = 100）` : '综合测度（0–100）',
      scale: true,
    },
    series: data.series.map((group, index) => ({
      type: 'line',
      name: group.label,
      symbolSize: 5,
      connectNulls: false,
      data: data.months.map((month) => group.points.find((point) => point.month === month.month)?.[measure] ?? null),
      ...(index === 0 && measure === 'value'
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { type: 'dashed', color: '#999' },
              // Inside the plot: at its default place past the line's end a phone cut it to 基其.
              label: { formatter: '基期 100', position: 'insideEndTop' },
              data: [{ yAxis: 100 }],
            },
          }
        : {}),
    })),
  };
}

const hasIndex = (data: Series) => data.series.some((group) => group.points.some((point) => point.value !== null));

/** 信用指数: the monthly index by region, industry or tier as a line chart, with its method beside it. */
export default function CreditIndexPage() {
  const [dimension, setDimension] = useState<Dimension>('district');
  const [chosen, setChosen] = useState<Measure>();
  const state = useApi(() => call(api.GET('/api/credit-index', { params: { query: { dimension } } })), [dimension]);
  const method = useApi(() => call(api.GET('/api/credit-index/method')), []);
  // Without a base month there is no index yet: the composite measure still shows the level.
  const measure: Measure = chosen ?? (state.data && !hasIndex(state.data) ? 'rawMeasure' : 'value');
  const option = useMemo(() => (state.data ? seriesOption(state.data, measure) : undefined), [state.data, measure]);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15}>
        <Card
          title="华容区科创企业信用指数"
          extra={
            <Space wrap>
              <Segmented
                value={measure}
                onChange={(value) => setChosen(value as Measure)}
                options={[
                  { value: 'value', label: '指数' },
                  { value: 'rawMeasure', label: '综合测度' },
                ]}
              />
              <Select
                value={dimension}
                onChange={setDimension}
                options={DIMENSIONS}
                style={{ width: 150 }}
                aria-label="分组维度"
              />
              <ExportButton
                request={() => api.GET('/api/credit-index.xlsx', { params: { query: { dimension } }, parseAs: 'blob' })}
                fileName="信用指数.xlsx"
              />
            </Space>
          }
        >
          <AsyncContent state={state} isEmpty={(data) => data.series.length === 0} loadingHeight={420}>
            {(data) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Chart option={option!} height={420} ariaLabel={`信用指数折线图（按${data.dimensionLabel}）`} />
                <Typography.Text type="secondary">
                  {data.method.summary} 已结算月份冻结不再改变；标“暂定”的月份随评价更新而变化。
                  {data.months.some((month) => month.source === 'backfill')
                    ? '演示区县的历史月份为按当月记录回溯重建。'
                    : ''}
                </Typography.Text>
                {!hasIndex(data) && (
                  <Alert
                    type="info"
                    showIcon
                    message={`基期（${data.baseMonth}）没有评价数据，暂无指数值；图中为各月的综合测度。`}
                  />
                )}
                {data.series.some((group) => group.points.some((point) => point.withheld)) && (
                  <Alert
                    type="info"
                    showIcon
                    message={`企业少于 ${data.minGroupSize} 家的分组当月不公布（图中断开）。`}
                  />
                )}
              </Space>
            )}
          </AsyncContent>
        </Card>
      </Col>
      <Col xs={24} xl={9}>
        <Card title="编制方法" size="small" style={{ maxHeight: 640, overflow: 'auto' }}>
          <AsyncContent state={method}>{(data) => <MarkdownView text={data.readableText} />}</AsyncContent>
        </Card>
      </Col>
    </Row>
  );
}
