import { Alert, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { EmptyState, LoadingState } from '../../../components/page-states.tsx';
import { formatDateTime } from '../../../components/district-time.ts';

type Trace = Schemas['EvaluationTrace'];
type Indicator = Trace['indicators'][number];

const number = (value: number, digits = 2) => (Number.isInteger(value) ? String(value) : value.toFixed(digits));

/**
 * The current evaluation and how every point came about (the engine's trace): the dimensions with weight and score,
 * each indicator's value, points and contribution, the records it counted and the parameters it read with their legal
 * references, the vetoes that capped the grade, and the records left out with the reason.
 */
export function EvaluationTrace({ uscc }: { uscc: string }) {
  const state = useApi(
    () => call(api.GET('/api/enterprises/{uscc}/evaluation', { params: { path: { uscc } } })),
    [uscc],
  );
  if (state.error?.code === 'NOT_FOUND') return <EmptyState description={state.error.message} />;
  if (state.error) return <ErrorAlert error={state.error} onRetry={state.reload} />;
  if (!state.data) return <LoadingState />;
  const trace = state.data;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label="信用等级">
          <GradeTag grade={trace.grade} label={trace.gradeLabel} />
        </Descriptions.Item>
        <Descriptions.Item label="综合得分">
          <Typography.Text strong data-testid="evaluation-score">
            {number(trace.score)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="评价基准日">{trace.asOf}</Descriptions.Item>
        <Descriptions.Item label="评价模型">{trace.modelName}</Descriptions.Item>
        <Descriptions.Item label="评价时间">{formatDateTime(trace.evaluatedAt)}</Descriptions.Item>
        <Descriptions.Item label="可复现">
          {trace.reproduced ? <Tag color="green">按原输入重算一致</Tag> : <Tag color="red">重算结果不一致</Tag>}
        </Descriptions.Item>
      </Descriptions>
      {trace.vetoes.map((veto) => (
        <Alert
          key={veto.id}
          type="warning"
          showIcon
          message={`一票否决：${veto.label}（等级最高为 ${veto.capGrade}，否决前为 ${trace.gradeBeforeVetoes}）`}
          description={`依据：${veto.referenceText}`}
        />
      ))}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        title={() => '维度'}
        dataSource={trace.dimensions}
        columns={[
          { title: '维度', dataIndex: 'label' },
          { title: '权重', dataIndex: 'weight', render: (value: number) => number(value) },
          { title: '基础分', dataIndex: 'base', render: (value: number) => number(value) },
          { title: '得分', dataIndex: 'score', render: (value: number) => number(value) },
          { title: '对总分的贡献', dataIndex: 'contribution', render: (value: number) => number(value) },
        ]}
      />
      <Table<Indicator>
        size="small"
        rowKey="id"
        pagination={false}
        title={() => '指标（展开查看计入的记录与读取的参数）'}
        dataSource={trace.indicators}
        expandable={{
          expandedRowRender: (indicator) => <IndicatorDetail indicator={indicator} />,
          rowExpandable: (indicator) => indicator.records.length > 0 || indicator.parameters.length > 0,
        }}
        columns={[
          { title: '指标', dataIndex: 'label' },
          {
            title: '维度',
            dataIndex: 'dimension',
            render: (id: string) => trace.dimensions.find((dimension) => dimension.id === id)?.label ?? id,
          },
          {
            title: '取值',
            dataIndex: 'value',
            render: (value: Indicator['value']) =>
              value === null ? '—' : typeof value === 'number' ? number(value) : value,
          },
          {
            title: '得分',
            dataIndex: 'points',
            render: (value: number) => (
              <Typography.Text type={value < 0 ? 'danger' : undefined}>{number(value)}</Typography.Text>
            ),
          },
          { title: '贡献', dataIndex: 'contribution', render: (value: number) => number(value) },
          {
            title: '依据',
            dataIndex: 'referenceText',
            ellipsis: true,
          },
        ]}
      />
      {trace.excluded.length > 0 && (
        <Table
          size="small"
          rowKey={(row) => `${row.id}-${row.version}`}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          title={() => '未计入的记录'}
          dataSource={trace.excluded}
          columns={[
            { title: '记录编号', dataIndex: 'id' },
            { title: '类别', dataIndex: 'kind' },
            { title: '日期', dataIndex: 'occurredOn' },
            { title: '原因', dataIndex: 'reason' },
          ]}
        />
      )}
    </Space>
  );
}

function IndicatorDetail({ indicator }: { indicator: Indicator }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {indicator.records.length > 0 && (
        <Typography.Text>
          计入的记录：
          {indicator.records.map((record) => (
            <Tag key={`${record.id}-${record.version}`}>
              #{record.id} {record.occurredOn ?? ''}
              {record.factor !== 1 ? ` ×${number(record.factor)}` : ''}
            </Tag>
          ))}
        </Typography.Text>
      )}
      {indicator.parameters.map((parameter) => (
        <Typography.Text key={parameter.id} type="secondary">
          参数 {parameter.description}：{parameter.valueText}（自 {parameter.effectiveFrom} 起；依据{' '}
          {parameter.referenceText}）
        </Typography.Text>
      ))}
    </Space>
  );
}
