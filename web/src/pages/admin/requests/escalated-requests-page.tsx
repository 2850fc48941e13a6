import { Alert, Card, Segmented } from 'antd';
import { useState } from 'react';
import { api, call } from '../../../api/client.ts';
import { PagedTable } from '../../../components/paged-table.tsx';
import { REQUEST_COLUMNS } from './request-columns.tsx';

type View = 'overdue' | 'escalated' | 'supervision';

const VIEWS: { value: View; label: string; description: string }[] = [
  {
    value: 'overdue',
    label: '超期未答复',
    description: '已过答复（或整改答复）时限仍未答复的诉求：每超过一次时限督办一次，并提醒承办部门与平台管理员。',
  },
  { value: 'escalated', label: '督办过的', description: '曾因超期被督办的全部诉求，含督办后已答复、已办结的。' },
  {
    value: 'supervision',
    label: '列入督查',
    description:
      '整改后仍不满意、按不满意办结并列入督查的诉求（《洪山区营商环境改进提升行动任务措施》第四部分第（一）项：评价、反馈、整改、监督）。',
  },
];

/** 督办 (003 §四(三) “跟踪督办”): overdue cases, cases escalated before, and cases flagged for supervision. */
export default function EscalatedRequestsPage() {
  const [view, setView] = useState<View>('overdue');
  const described = VIEWS.find((item) => item.value === view)!;
  return (
    <Card>
      <Segmented
        options={VIEWS.map(({ value, label }) => ({ value, label }))}
        value={view}
        onChange={(value) => setView(value as View)}
        style={{ marginBottom: 12 }}
      />
      <Alert type="info" showIcon message={described.description} style={{ marginBottom: 16 }} />
      <PagedTable
        rowKey="id"
        columns={REQUEST_COLUMNS}
        filters={[view]}
        scrollX={960}
        emptyText="没有此类诉求"
        load={({ limit, offset }) =>
          call(
            api.GET('/api/requests', {
              params: {
                query: {
                  limit,
                  offset,
                  overdue: view === 'overdue' ? 'true' : undefined,
                  escalated: view === 'escalated' ? 'true' : undefined,
                  supervision: view === 'supervision' ? 'true' : undefined,
                },
              },
            }),
          )
        }
      />
    </Card>
  );
}
