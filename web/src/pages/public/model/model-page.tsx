import { Card, Col, Collapse, Descriptions, Input, Row, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { Chart, type ChartOption } from '../../../components/chart.tsx';
import { GradeLinesTable } from '../../../components/grade-lines-table.tsx';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { MarkdownView } from '../../../components/markdown-view.tsx';

type Documentation = Schemas['ModelDocumentation'];
type Dimension = Documentation['dimensions'][number];
type Parameter = Documentation['parameters'][number];

const percent = (weight: number) => `${Math.round(weight * 1000) / 10}%`;

function weightsOption(documentation: Documentation): ChartOption {
  const dimensions = [...documentation.dimensions].reverse();
  return {
    tooltip: { trigger: 'axis', valueFormatter: (value) => `${String(value)}%` },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: dimensions.map((dimension) => dimension.label) },
    series: [
      {
        type: 'bar',
        name: '权重',
        barMaxWidth: 18,
        label: { show: true, position: 'right', formatter: '{c}%' },
        data: dimensions.map((dimension) => Math.round(dimension.weight * 1000) / 10),
      },
    ],
  };
}

/** A parameter's name as users read it: its description up to the first colon. */
function parameterName(parameters: Parameter[], id: string): string {
  const description = parameters.find((parameter) => parameter.id === id)?.description;
  return description ? (description.split(/[:：]/)[0] ?? description) : id;
}

function DimensionTable({ documentation }: { documentation: Documentation }) {
  return (
    <Table<Dimension>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 720 }}
      dataSource={documentation.dimensions}
      expandable={{
        expandedRowRender: (dimension) => (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={dimension.indicators}
            columns={[
              { title: '指标', dataIndex: 'label', width: 180 },
              { title: '说明', dataIndex: 'description' },
              {
                title: '记录类别',
                dataIndex: 'recordKinds',
                width: 160,
                render: (kinds: string[]) => kinds.join('、') || '企业登记信息',
              },
              { title: '时间窗口', dataIndex: 'window', width: 160 },
              {
                title: '参数',
                dataIndex: 'parameters',
                width: 200,
                // Named by what they mean (their description up to the colon), not by their key in the model files.
                render: (ids: string[]) =>
                  ids.map((id) => <Tag key={id}>{parameterName(documentation.parameters, id)}</Tag>),
              },
            ]}
          />
        ),
      }}
      columns={[
        { title: '维度', dataIndex: 'label', width: 200 },
        { title: '权重', dataIndex: 'weight', width: 80, render: percent },
        { title: '基础分', dataIndex: 'base', width: 80 },
        {
          title: '分值范围',
          key: 'range',
          width: 100,
          render: (_value, dimension) => `${dimension.min}–${dimension.max}`,
        },
        { title: '指标数', key: 'count', width: 80, render: (_value, dimension) => dimension.indicators.length },
        { title: '依据', dataIndex: 'reference' },
      ]}
    />
  );
}

function ParameterTable({ parameters }: { parameters: Parameter[] }) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(
    () => parameters.filter((parameter) => !filter || parameter.description.includes(filter)),
    [parameters, filter],
  );
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      <Input.Search
        placeholder="按参数说明筛选"
        allowClear
        style={{ maxWidth: 360 }}
        onSearch={setFilter}
        onChange={(event) => !event.target.value && setFilter('')}
        aria-label="筛选参数"
      />
      <Table<Parameter>
        rowKey="id"
        size="small"
        dataSource={shown}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 个参数` }}
        scroll={{ x: 900 }}
        columns={[
          { title: '参数', dataIndex: 'description' },
          {
            title: '取值（生效日期）',
            dataIndex: 'values',
            width: 320,
            render: (values: Parameter['values'], parameter) =>
              values.map((value) => (
                <div key={value.from}>
                  <Typography.Text type="secondary">{value.from} 起：</Typography.Text>
                  {value.text}
                  {parameter.type === 'number' && parameter.unit ? ` ${parameter.unit}` : ''}
                </div>
              )),
          },
          {
            title: '依据',
            dataIndex: 'reference',
            width: 240,
          },
        ]}
      />
    </Space>
  );
}

const CHANGE_LABELS = { added: '新增', removed: '删除', changed: '修改' } as const;

/** 变更记录: what changed from the version the published one replaced, generated from both versions' files. */
function ChangeLogCard({ changeLog }: { changeLog: NonNullable<Schemas['ModelDocumentation']['changeLog']> }) {
  return (
    <Card title={`版本变更记录（${changeLog.from} → ${changeLog.to}）`}>
      <Table
        rowKey={(change) => `${change.subject}:${change.id}:${change.change}`}
        size="small"
        pagination={false}
        dataSource={changeLog.changes}
        locale={{ emptyText: '两个版本的评价规则相同' }}
        columns={[
          {
            title: '变化',
            dataIndex: 'change',
            width: 80,
            render: (change: keyof typeof CHANGE_LABELS) => <Tag>{CHANGE_LABELS[change]}</Tag>,
          },
          { title: '内容', dataIndex: 'text' },
          { title: '依据', dataIndex: 'reference' },
        ]}
      />
    </Card>
  );
}

/** 模型说明: how grades are made — the published model's dimensions, weights, indicators, parameters, grade table. */
export default function ModelPage() {
  const state = useApi(() => call(api.GET('/api/public/model')), []);
  const option = useMemo(() => (state.data ? weightsOption(state.data) : undefined), [state.data]);
  return (
    <AsyncContent state={state} loadingHeight={320}>
      {(documentation) => (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Card title={documentation.title}>
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    { key: 'version', label: '模型版本', children: documentation.versionLabel },
                    { key: 'published', label: '发布日期', children: documentation.publishedOn ?? '—' },
                    { key: 'effective', label: '正式使用日期', children: documentation.effectiveFrom },
                    {
                      key: 'score',
                      label: '总分',
                      children: `${documentation.score.min}–${documentation.score.max} 分（保留 ${documentation.score.decimals} 位小数）`,
                    },
                    { key: 'reference', label: '依据', children: documentation.reference },
                    {
                      key: 'digest',
                      label: '模型摘要',
                      children: (
                        <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                          {documentation.digest}
                        </Typography.Text>
                      ),
                    },
                  ]}
                />
                <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                  总分 = Σ 维度权重 ×
                  维度得分；每个维度从基础分起，加上各指标的加分、减去扣分。按等级表自上而下，第一个分数线不高于总分的等级即为评价等级；一票否决项成立时等级封顶。每次评价都记录模型摘要，任何一方都可据此复核。
                </Typography.Paragraph>
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card title="维度权重">
                <Chart option={option!} height={300} ariaLabel="评价维度权重条形图" />
              </Card>
            </Col>
          </Row>
          <Card title="等级表">
            <GradeLinesTable grades={documentation.grades} />
          </Card>
          <Card
            title="评价维度与指标"
            extra={<Typography.Text type="secondary">展开一行查看该维度的指标</Typography.Text>}
          >
            <DimensionTable documentation={documentation} />
          </Card>
          <Card title="一票否决项">
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={documentation.vetoes}
              columns={[
                { title: '否决项', dataIndex: 'label', width: 240 },
                { title: '条件', dataIndex: 'condition' },
                {
                  title: '封顶等级',
                  dataIndex: 'capGrade',
                  width: 100,
                  render: (grade: string) => <GradeTag grade={grade} />,
                },
                { title: '依据', dataIndex: 'reference' },
              ]}
            />
          </Card>
          <Card title="参数">
            <ParameterTable parameters={documentation.parameters} />
          </Card>
          {documentation.changeLog && <ChangeLogCard changeLog={documentation.changeLog} />}
          <Collapse
            items={[
              {
                key: 'readme',
                label: '模型编制说明全文（每个权重与分值的理由）',
                children: <MarkdownView text={documentation.readme} />,
              },
            ]}
          />
        </Space>
      )}
    </AsyncContent>
  );
}
