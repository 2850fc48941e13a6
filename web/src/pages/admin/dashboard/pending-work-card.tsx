import { Card, List, Space, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { DeadlineTag, type Case } from '../review/case-table.tsx';
import { formatDate } from '../../../components/district-time.ts';

const OPEN = new Set(['submitted', 'accepted']);

interface Pending {
  kind: '自主申报' | '异议申请' | '信用修复';
  path: string;
  item: Case;
}

/** Days left first: overdue, then nearly due, then by due date; cases whose clock has not started last, oldest first. */
function byUrgency(a: Pending, b: Pending): number {
  const due = (entry: Pending) => entry.item.deadline?.dueOn ?? '9999-12-31';
  return due(a).localeCompare(due(b)) || a.item.createdAt.localeCompare(b.item.createdAt);
}

/** 待办: open declarations, objections and repairs, with their working-day deadlines, the most urgent first. */
export function PendingWorkCard() {
  const state = useApi(async () => {
    const [declarations, objections, repairs] = await Promise.all([
      call(api.GET('/api/declarations', { params: { query: {} } })),
      call(api.GET('/api/objections', { params: { query: {} } })),
      call(api.GET('/api/repairs', { params: { query: {} } })),
    ]);
    const open = (kind: Pending['kind'], path: string, items: Case[]) =>
      items.filter((item) => OPEN.has(item.state)).map((item) => ({ kind, path, item }));
    return {
      declarations: open('自主申报', '/admin/review/declarations', declarations.items),
      objections: open('异议申请', '/admin/review/objections', objections.items),
      repairs: open('信用修复', '/admin/review/repairs', repairs.items),
    };
  }, []);
  return (
    <Card title="待办事项">
      <AsyncContent state={state} isEmpty={() => false}>
        {(data) => {
          const all = [...data.objections, ...data.repairs, ...data.declarations].sort(byUrgency);
          const overdue = all.filter((entry) => entry.item.deadline?.isOverdue).length;
          return (
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              <Space size={32} wrap>
                <Link to="/admin/review/declarations">
                  <Statistic title="自主申报" value={data.declarations.length} suffix="件" />
                </Link>
                <Link to="/admin/review/objections">
                  <Statistic title="异议申请" value={data.objections.length} suffix="件" />
                </Link>
                <Link to="/admin/review/repairs">
                  <Statistic title="信用修复" value={data.repairs.length} suffix="件" />
                </Link>
                <Statistic
                  title="已超期"
                  value={overdue}
                  suffix="件"
                  valueStyle={{ color: overdue > 0 ? '#cf1322' : undefined }}
                />
              </Space>
              <List
                size="small"
                locale={{ emptyText: '没有待处理的事项' }}
                dataSource={all.slice(0, 6)}
                renderItem={(entry) => (
                  <List.Item
                    extra={
                      entry.item.deadline ? (
                        <DeadlineTag deadline={entry.item.deadline} />
                      ) : (
                        <Typography.Text type="secondary">{formatDate(entry.item.createdAt)} 提交</Typography.Text>
                      )
                    }
                  >
                    <Space>
                      <Tag>{entry.kind}</Tag>
                      <Link to={entry.path}>{entry.item.enterpriseName}</Link>
                      <Typography.Text type="secondary">{entry.item.stateLabel}</Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            </Space>
          );
        }}
      </AsyncContent>
    </Card>
  );
}
