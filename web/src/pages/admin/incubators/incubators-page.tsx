import { Card, Grid, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { IncubatorGrades, percentText } from './incubator-grades.tsx';

type Incubator = Schemas['IncubatorSummary'];

/** 孵化载体名录: the district's 17 incubators with level, occupancy, their enterprises' grades and latest rank. */
export default function IncubatorsPage() {
  const isPhone = Grid.useBreakpoint().md === false;
  const state = useApi(() => call(api.GET('/api/incubators')), []);
  return (
    <Card title="孵化载体名录" size="small">
      <AsyncContent state={state}>
        {({ asOf, items }) => (
          <>
            <Typography.Paragraph type="secondary">
              全区 {items.length}{' '}
              家科技创新孵化载体（《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（二）项），在孵企业与信用等级截至{' '}
              {asOf}。 级别、面积与可容纳企业数来自孵化载体名录。
            </Typography.Paragraph>
            <Table<Incubator>
              size="small"
              rowKey="code"
              pagination={false}
              dataSource={items}
              scroll={isPhone ? { x: 'max-content' } : undefined}
              columns={[
                {
                  title: '孵化载体',
                  dataIndex: 'name',
                  render: (name: string, row) => <Link to={`/admin/incubators/${row.code}`}>{name}</Link>,
                },
                { title: '级别', dataIndex: 'levelLabel', width: 72 },
                {
                  title: '面积（平方米）',
                  dataIndex: 'areaM2',
                  align: 'right',
                  width: 110,
                  render: (value: number) => value.toLocaleString('zh-CN'),
                },
                {
                  title: '在孵／可容纳',
                  key: 'hosted',
                  align: 'right',
                  width: 110,
                  render: (_: unknown, row) => `${row.hosted}／${row.capacity}`,
                },
                {
                  title: '入驻率',
                  dataIndex: 'occupancy',
                  align: 'right',
                  width: 80,
                  render: (value: number) => percentText(value),
                },
                {
                  title: '信用等级分布',
                  key: 'grades',
                  render: (_: unknown, row) => <IncubatorGrades grades={row.grades} unrated={row.unrated} />,
                },
                {
                  title: '平均分',
                  dataIndex: 'meanScore',
                  align: 'right',
                  width: 72,
                  render: (value: number | null) => value ?? '—',
                },
                { title: '近一年毕业', dataIndex: 'graduatedLastYear', align: 'right', width: 90 },
                {
                  title: '最近年度评价',
                  key: 'rank',
                  width: 150,
                  render: (_: unknown, row) =>
                    row.latestEvaluation
                      ? `${row.latestEvaluation.year} 年第 ${row.latestEvaluation.overallRank} 名（${row.latestEvaluation.score} 分）`
                      : '尚未评价',
                },
              ]}
            />
          </>
        )}
      </AsyncContent>
    </Card>
  );
}
