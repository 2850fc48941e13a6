import {
  Card,
  Col,
  DatePicker,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { Chart } from '../../../components/chart.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { EmptyState } from '../../../components/page-states.tsx';
import { breakdownOption, formatMetric, METRICS, trendOption, type MetricKey } from './analysis-charts.ts';
import { useDepartmentChoices } from './use-department-choices.ts';
import { districtToday } from '../../../components/district-time.ts';

type Metrics = Schemas['RequestMetrics'];
type Analysis = Schemas['RequestAnalysis'];

/** How many months the trend shows, ending with the chosen month. */
const TREND_MONTHS = 6;

interface BreakdownRow {
  key: string;
  name: string;
  metrics: Metrics;
}

const BREAKDOWN_COLUMNS = (nameTitle: string): TableColumnsType<BreakdownRow> => [
  { title: nameTitle, dataIndex: 'name' },
  {
    title: '诉求量',
    key: 'volume',
    align: 'right',
    render: (_, row) => row.metrics.volume,
    sorter: (a, b) => a.metrics.volume - b.metrics.volume,
  },
  { title: '已答复', key: 'answered', align: 'right', render: (_, row) => row.metrics.answered },
  {
    title: '平均响应（工作日）',
    key: 'mean',
    align: 'right',
    render: (_, row) => formatMetric(row.metrics, 'meanResponseWorkingDays'),
  },
  {
    title: '响应中位数',
    key: 'median',
    align: 'right',
    render: (_, row) =>
      row.metrics.medianResponseWorkingDays === null ? '—' : row.metrics.medianResponseWorkingDays.toFixed(1),
  },
  {
    title: '超期',
    key: 'overdue',
    align: 'right',
    render: (_, row) => `${row.metrics.overdue}（${formatMetric(row.metrics, 'overdueRate')}）`,
  },
  { title: '已评价', key: 'rated', align: 'right', render: (_, row) => row.metrics.rated },
  {
    title: '满意率',
    key: 'satisfaction',
    align: 'right',
    render: (_, row) => formatMetric(row.metrics, 'satisfactionRate'),
  },
];

/** The months of the trend, oldest first, with the figures of those that had cases. */
function trendMonths(analysis: Analysis, to: Dayjs): { month: string; metrics: Metrics | null }[] {
  return Array.from({ length: TREND_MONTHS }, (_, index) => {
    const month = to.subtract(TREND_MONTHS - 1 - index, 'month').format('YYYY-MM');
    return { month, metrics: analysis.months.find((item) => item.month === month)?.total ?? null };
  });
}

/**
 * 分析研判 (003, closing paragraph “问题反馈-督办解决-分析研判-整改提升”): for a chosen month, volume, response
 * time, overdue rate and satisfaction per department and per category as charts and tables, the trend of the six
 * months up to it, and the .xlsx export. A department operator sees its own department only (the server decides).
 */
export default function RequestAnalysisPage() {
  const { user } = useSession();
  const departments = useDepartmentChoices();
  const [month, setMonth] = useState<Dayjs>(() => dayjs(districtToday()).startOf('month'));
  const [departmentCode, setDepartmentCode] = useState<string>();
  const [metric, setMetric] = useState<MetricKey>('volume');
  const range = { from: month.subtract(TREND_MONTHS - 1, 'month').format('YYYY-MM'), to: month.format('YYYY-MM') };
  const state = useApi(
    () => call(api.GET('/api/requests/analysis', { params: { query: { ...range, departmentCode } } })),
    [range.from, range.to, departmentCode],
  );
  const chosen = state.data?.months.find((item) => item.month === range.to);
  const byDepartment = useMemo<BreakdownRow[]>(
    () =>
      (chosen?.byDepartment ?? []).map((row) => ({
        key: row.departmentCode,
        name: row.departmentName,
        metrics: row.metrics,
      })),
    [chosen],
  );
  const byCategory = useMemo<BreakdownRow[]>(
    () =>
      (chosen?.byCategory ?? []).map((row) => ({ key: row.category, name: row.categoryLabel, metrics: row.metrics })),
    [chosen],
  );
  const metricLabel = METRICS.find((item) => item.key === metric)!.label;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size={12}>
          <DatePicker
            picker="month"
            allowClear={false}
            value={month}
            onChange={(value) => value && setMonth(value.startOf('month'))}
            disabledDate={(day) => day.isAfter(dayjs(districtToday()), 'month')}
            aria-label="统计月份"
          />
          {user?.role !== 'department_operator' && (
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="全部承办部门"
              style={{ width: 200 }}
              options={departments.options}
              value={departmentCode}
              onChange={setDepartmentCode}
              aria-label="承办部门"
            />
          )}
          <ExportButton
            request={() =>
              api.GET('/api/requests/analysis.xlsx', {
                params: { query: { ...range, departmentCode } },
                parseAs: 'blob',
              })
            }
            fileName={`诉求分析研判-${range.from}至${range.to}.xlsx`}
          >
            导出 Excel（{range.from} 至 {range.to}）
          </ExportButton>
        </Space>
      </Card>
      <AsyncContent state={state} isEmpty={() => false} loadingHeight={400}>
        {(analysis) => (
          <>
            <Card size="small" title={`${range.to} 总体情况`}>
              {chosen ? (
                <Row gutter={16}>
                  <Col xs={12} md={4}>
                    <Statistic title="诉求量（件）" value={chosen.total.volume} />
                  </Col>
                  <Col xs={12} md={4}>
                    <Statistic title="已答复（件）" value={chosen.total.answered} />
                  </Col>
                  {METRICS.slice(1).map((item) => (
                    <Col xs={12} md={5} key={item.key}>
                      <Statistic
                        title={item.isRate ? item.label : `${item.label}（${item.unit}）`}
                        value={formatMetric(chosen.total, item.key)}
                      />
                    </Col>
                  ))}
                </Row>
              ) : (
                <EmptyState description={`${range.to} 没有提交的诉求`} />
              )}
            </Card>
            <Card size="small" title={`近 ${TREND_MONTHS} 个月趋势`}>
              <Chart
                option={trendOption(trendMonths(analysis, month))}
                height={260}
                ariaLabel="诉求量、超期率与满意率的月度趋势图"
              />
            </Card>
            {chosen && (
              <>
                <Segmented
                  value={metric}
                  onChange={(value) => setMetric(value as MetricKey)}
                  options={METRICS.map((item) => ({ value: item.key, label: item.label }))}
                />
                <Row gutter={[16, 16]}>
                  <Col xs={24} xl={12}>
                    <Card size="small" title={`按承办部门：${metricLabel}`}>
                      <Chart
                        option={breakdownOption(byDepartment, metric)}
                        height={Math.max(200, byDepartment.length * 32 + 40)}
                        ariaLabel={`按承办部门的${metricLabel}图`}
                      />
                    </Card>
                  </Col>
                  <Col xs={24} xl={12}>
                    <Card size="small" title={`按诉求类别：${metricLabel}`}>
                      <Chart
                        option={breakdownOption(byCategory, metric)}
                        height={Math.max(200, byCategory.length * 32 + 40)}
                        ariaLabel={`按诉求类别的${metricLabel}图`}
                      />
                    </Card>
                  </Col>
                </Row>
                <Card size="small">
                  <Tabs
                    items={[
                      {
                        key: 'department',
                        label: '按承办部门',
                        children: (
                          <Table
                            rowKey="key"
                            size="small"
                            pagination={false}
                            columns={BREAKDOWN_COLUMNS('承办部门')}
                            dataSource={byDepartment}
                            scroll={{ x: 800 }}
                          />
                        ),
                      },
                      {
                        key: 'category',
                        label: '按诉求类别',
                        children: (
                          <Table
                            rowKey="key"
                            size="small"
                            pagination={false}
                            columns={BREAKDOWN_COLUMNS('诉求类别')}
                            dataSource={byCategory}
                            scroll={{ x: 800 }}
                          />
                        ),
                      },
                    ]}
                  />
                </Card>
              </>
            )}
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              统计口径：{analysis.method}
            </Typography.Paragraph>
          </>
        )}
      </AsyncContent>
    </Space>
  );
}
