import { Button, Card, Grid, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { ResultForm } from './inspection-result-form.tsx';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';

type Visit = Schemas['InspectionVisit'];
/** 检查任务: the visits drawn for the inspector (all visits for the administrator), and their results. */
export default function InspectionVisitsPage() {
  const { user } = useSession();
  const state = useApi(() => call(api.GET('/api/inspection-visits')), []);
  const [recording, setRecording] = useState<Visit>();
  const isInspector = user?.role === 'inspector';
  // On a phone the enterprise keeps the width: its risk class goes under its name, the columns left are narrower.
  const isPhone = Grid.useBreakpoint().md === false;
  return (
    <Card>
      <AsyncContent
        state={state}
        empty={
          <Typography.Text type="secondary">{isInspector ? '暂无分配给您的检查任务' : '暂无检查任务'}</Typography.Text>
        }
      >
        {(data) => (
          <Table<Visit>
            rowKey="id"
            size="small"
            dataSource={data.items}
            // Fits the column at 1280 px (the code under the name); on a phone the plan, inspectors, risk class and (for
            // the administrator) publication give way.
            pagination={{ pageSize: 20, showSizeChanger: false }}
            columns={[
              {
                title: '抽查计划',
                dataIndex: 'planTitle',
                width: 180,
                responsive: ['md'],
                render: (title: string, row) =>
                  isInspector ? title : <Link to={`/admin/grade-use/inspections/${row.planId}`}>{title}</Link>,
              },
              {
                title: '企业',
                dataIndex: 'name',
                render: (name: string, row) => (
                  <>
                    {name}
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {isPhone ? `${row.uscc} · ${row.riskClass} 类` : row.uscc}
                    </Typography.Text>
                  </>
                ),
              },
              {
                title: '风险分类',
                dataIndex: 'riskClass',
                width: 90,
                responsive: ['md'],
                render: (value: string) => `${value} 类`,
              },
              {
                title: '检查人员',
                dataIndex: 'inspectorNames',
                width: 140,
                responsive: ['md'],
                render: (names: string[]) => names.join('、'),
              },
              {
                title: '检查结果',
                dataIndex: 'outcome',
                width: isPhone ? 100 : 160,
                render: (outcome: string | null, row) =>
                  outcome ? `${outcome}（${row.inspectedOn}）` : <Tag>待录入</Tag>,
              },
              {
                title: isInspector ? '操作' : '公示',
                width: isPhone ? 80 : 96,
                responsive: isInspector ? undefined : ['md'],
                render: (_, row) =>
                  isInspector && !row.published ? (
                    <Button type="link" size="small" onClick={() => setRecording(row)}>
                      {row.outcome ? '修改结果' : '录入结果'}
                    </Button>
                  ) : row.published ? (
                    <Tag color="green">已公示</Tag>
                  ) : null,
              },
            ]}
          />
        )}
      </AsyncContent>
      {recording && (
        <ResultForm
          visit={recording}
          onCancel={() => setRecording(undefined)}
          onDone={() => {
            setRecording(undefined);
            state.reload();
          }}
        />
      )}
    </Card>
  );
}
