import { Table } from 'antd';
import { GradeTag } from './grade-tag.tsx';

interface GradeLine {
  grade: string;
  label: string;
  minScore: number | null;
  samrClass: string;
  samrLabel: string;
  description: string;
}

/** A model's grade table, first hit wins: each grade with its score line and the SAMR risk class it maps to. */
export function GradeLinesTable({ grades }: { grades: GradeLine[] }) {
  return (
    <Table<GradeLine>
      rowKey="grade"
      size="small"
      pagination={false}
      dataSource={grades}
      columns={[
        {
          title: '等级',
          dataIndex: 'grade',
          width: 120,
          render: (grade: string, row) => <GradeTag grade={grade} label={row.label} />,
        },
        {
          title: '分数线',
          dataIndex: 'minScore',
          width: 110,
          render: (score: number | null) => (score === null ? '其余' : `≥ ${score} 分`),
        },
        {
          title: '市场监管信用风险分类',
          key: 'samr',
          width: 170,
          render: (_value, row) => `${row.samrClass} 类（${row.samrLabel}）`,
        },
        { title: '说明', dataIndex: 'description' },
      ]}
    />
  );
}
