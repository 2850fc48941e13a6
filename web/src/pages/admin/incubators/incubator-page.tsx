import { Alert, Card, Col, Descriptions, Grid, Row, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { Chart, type ChartOption } from '../../../components/chart.tsx';
import { GradeDistributionChart } from '../../../components/grade-distribution-chart.tsx';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { IncubatorGrades, percentText } from './incubator-grades.tsx';

type Detail = Schemas['IncubatorDetail'];
type Hosted = Detail['hosted'][number];

/** Hosted enterprises and mean score at each quarter's end, on two axes. */
function trendOption(trend: Detail['trend']): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 48, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: trend.map((point) => point.date) },
    yAxis: [
      { type: 'value', name: '在孵企业', minInterval: 1 },
      { type: 'value', name: '平均分', min: 0, max: 100 },
    ],
    series: [
      { type: 'bar', name: '在孵企业数', data: trend.map((point) => point.hosted), barMaxWidth: 32 },
      {
        type: 'line',
        name: '信用平均分',
        yAxisIndex: 1,
        data: trend.map((point) => point.meanScore),
        connectNulls: true,
      },
    ],
  };
}

function EnterpriseTable({ items, isPast, isPhone }: { items: Hosted[]; isPast: boolean; isPhone: boolean }) {
  return (
    <Table<Hosted>
      size="small"
      rowKey="tenancyId"
      dataSource={items}
      pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={isPhone ? { x: 'max-content' } : undefined}
      columns={[
        {
          title: '企业',
          dataIndex: 'name',
          render: (name: string, row) => <Link to={`/admin/enterprises/${row.uscc}`}>{name}</Link>,
        },
        { title: '统一社会信用代码', dataIndex: 'uscc', width: 190 },
        { title: '入驻日期', dataIndex: 'enteredOn', width: 110 },
        ...(isPast
          ? [
              { title: '迁出日期', dataIndex: 'exitedOn', width: 110 },
              {
                title: '原因',
                dataIndex: 'exitReasonLabel',
                width: 72,
                render: (label: string, row: Hosted) => (
                  <Tag color={row.exitReason === 'graduated' ? 'green' : undefined}>{label}</Tag>
                ),
              },
            ]
          : [
              {
                title: '信用等级',
                dataIndex: 'grade',
                width: 110,
                render: (grade: string | null, row: Hosted) => (
                  <GradeTag grade={grade} label={row.gradeLabel ?? undefined} />
                ),
              },
              {
                title: '得分',
                dataIndex: 'score',
                width: 72,
                align: 'right' as const,
                render: (score: number | null) => score ?? '—',
              },
            ]),
      ]}
    />
  );
}

/** One incubator: its facts, its enterprises' grades and trend, the risks among them, and its yearly results. */
export default function IncubatorPage() {
  const code = useParams().code ?? '';
  const isPhone = Grid.useBreakpoint().md === false;
  const state = useApi(() => call(api.GET('/api/incubators/{code}', { params: { path: { code } } })), [code]);
  const option = useMemo(() => (state.data ? trendOption(state.data.trend) : null), [state.data]);
  return (
    <AsyncContent state={state}>
      {(detail) => (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card title={detail.name} size="small" extra={<Link to="/admin/incubators">返回名录</Link>}>
            <Descriptions size="small" column={isPhone ? 1 : 3}>
              <Descriptions.Item label="级别">{detail.levelLabel}</Descriptions.Item>
              <Descriptions.Item label="运营机构">{detail.operator}</Descriptions.Item>
              <Descriptions.Item label="面积">{detail.areaM2.toLocaleString('zh-CN')} 平方米</Descriptions.Item>
              <Descriptions.Item label="在孵／可容纳">
                {detail.hosted.length}／{detail.capacity}（入驻率 {percentText(detail.occupancy)}）
              </Descriptions.Item>
              <Descriptions.Item label="信用平均分">{detail.meanScore ?? '—'}</Descriptions.Item>
            </Descriptions>
            <IncubatorGrades grades={detail.grades} unrated={detail.unrated} />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={10}>
              <Card title="在孵企业信用等级分布" size="small">
                <GradeDistributionChart grades={detail.grades} height={240} />
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card title="季度趋势" size="small">
                {option && <Chart option={option} height={240} ariaLabel="在孵企业数与信用平均分的季度趋势图" />}
                <Typography.Text type="secondary">
                  各季度末在孵企业数与其信用平均分，最后一项为今天（{detail.asOf}）。
                </Typography.Text>
              </Card>
            </Col>
          </Row>
          <Card title={`风险提示：近 ${detail.riskMonths} 个月的失信与经营异常记录`} size="small">
            {detail.risks.length === 0 ? (
              <Alert type="success" showIcon message="在孵企业近期没有失信或经营异常记录。" />
            ) : (
              <Table
                size="small"
                rowKey="recordId"
                dataSource={detail.risks}
                pagination={false}
                scroll={isPhone ? { x: 'max-content' } : undefined}
                columns={[
                  {
                    title: '企业',
                    dataIndex: 'name',
                    render: (name: string, row) => <Link to={`/admin/enterprises/${row.uscc}`}>{name}</Link>,
                  },
                  { title: '记录', dataIndex: 'kindLabel', render: (label: string) => <Tag color="red">{label}</Tag> },
                  { title: '日期', dataIndex: 'occurredOn', width: 110 },
                ]}
              />
            )}
          </Card>
          <Card title={`在孵企业（${detail.hosted.length} 家）`} size="small">
            <EnterpriseTable items={detail.hosted} isPast={false} isPhone={isPhone} />
          </Card>
          <Card title={`已毕业或迁出（${detail.past.length} 家）`} size="small">
            <EnterpriseTable items={detail.past} isPast isPhone={isPhone} />
          </Card>
          <Card title="历年评价" size="small" extra={<Link to="/admin/incubators/evaluations">年度评价排名</Link>}>
            <Table
              size="small"
              rowKey="year"
              dataSource={detail.evaluations}
              pagination={false}
              locale={{ emptyText: '尚未评价' }}
              columns={[
                { title: '年度', dataIndex: 'year' },
                { title: '综合得分', dataIndex: 'score', align: 'right' },
                { title: '总排名', dataIndex: 'overallRank', align: 'right' },
                { title: '组内排名', dataIndex: 'groupRank', align: 'right' },
                {
                  title: '奖励名次',
                  dataIndex: 'isAwarded',
                  render: (isAwarded: boolean) => (isAwarded ? <Tag color="gold">在列</Tag> : '—'),
                },
              ]}
            />
          </Card>
        </Space>
      )}
    </AsyncContent>
  );
}
