import { Space, Table, Tag, Typography } from 'antd';
import type { Schemas } from '../../../api/client.ts';
import { GradeLinesTable } from '../../../components/grade-lines-table.tsx';
import { GradeTag } from '../../../components/grade-tag.tsx';

type Detail = Schemas['ModelVersionDetail'];
type Parameter = Detail['parameters'][number];
type Dimension = Detail['dimensions'][number];

const PARAMETER_TYPES: Record<string, string> = {
  number: '数值',
  lookup: '对照表',
  bands: '分段表',
  decay: '时间衰减',
};
const percent = (weight: number) => `${Math.round(weight * 1000) / 10}%`;

/** Every parameter with its unit, reference and value from each effective date (the rules-as-code data, DESIGN.md). */
export function ParametersTable({ detail }: { detail: Detail }) {
  const labelOf = new Map(detail.indicators.map((indicator) => [indicator.id, indicator.label]));
  return (
    <Table<Parameter>
      rowKey="id"
      size="small"
      dataSource={detail.parameters}
      pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => `共 ${total} 个参数` }}
      scroll={{ x: 960 }}
      columns={[
        {
          title: '参数',
          dataIndex: 'id',
          width: 260,
          render: (id: string, row) => (
            <Space direction="vertical" size={0}>
              <span>{row.description}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {id} · {PARAMETER_TYPES[row.type] ?? row.type}
                {row.unit ? ` · 单位：${row.unit}` : ''}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: '取值（自生效日期起）',
          dataIndex: 'values',
          render: (values: Parameter['values']) => (
            <Space direction="vertical" size={4}>
              {values.map((value) => (
                <span key={value.from}>
                  <Tag>{value.from} 起</Tag>
                  {value.text}
                </span>
              ))}
            </Space>
          ),
        },
        {
          title: '依据',
          dataIndex: 'referenceText',
          width: 260,
        },
        {
          title: '使用指标',
          dataIndex: 'usedBy',
          width: 160,
          render: (ids: string[]) => ids.map((id) => labelOf.get(id) ?? id).join('、') || '—',
        },
      ]}
    />
  );
}

/** Dimensions with weights, bases and caps; each expands to its indicators. */
export function DimensionsTable({ detail }: { detail: Detail }) {
  return (
    <Table<Dimension>
      rowKey="id"
      size="small"
      dataSource={detail.dimensions}
      pagination={false}
      scroll={{ x: 900 }}
      expandable={{
        expandedRowRender: (dimension) => (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={detail.indicators.filter((indicator) => indicator.dimension === dimension.id)}
            columns={[
              { title: '指标', dataIndex: 'label', width: 200 },
              { title: '说明', dataIndex: 'description' },
              {
                title: '依据',
                dataIndex: 'referenceText',
                width: 240,
              },
              { title: '测试用例', dataIndex: 'testCount', width: 90 },
            ]}
          />
        ),
      }}
      columns={[
        { title: '维度', dataIndex: 'label', width: 220 },
        { title: '权重', dataIndex: 'weight', width: 80, render: percent },
        { title: '基础分', dataIndex: 'base', width: 80 },
        { title: '得分范围', width: 100, render: (_, row) => `${row.min}–${row.max}` },
        { title: '指标数', dataIndex: 'indicators', width: 80, render: (ids: string[]) => ids.length },
        { title: '依据', dataIndex: 'referenceText' },
      ]}
    />
  );
}

/** The first-hit grade table and the vetoes that cap a grade. */
export function GradesTable({ detail }: { detail: Detail }) {
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <GradeLinesTable grades={detail.grades} />
      <Typography.Title level={5}>否决项（一票否决：适用时等级不高于封顶等级）</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={detail.vetoes}
        columns={[
          { title: '否决项', dataIndex: 'label', width: 260 },
          {
            title: '封顶等级',
            dataIndex: 'capGrade',
            width: 100,
            render: (grade: string) => <GradeTag grade={grade} />,
          },
          { title: '依据', dataIndex: 'referenceText' },
        ]}
      />
    </Space>
  );
}
