import { Card, Grid, List, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { formatDateTime } from '../../../components/district-time.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { EmptyState } from '../../../components/page-states.tsx';

type Subscription = Schemas['Subscription'];

const DELIVERY_LABELS: Record<Subscription['delivery'], string> = {
  webhook: 'Webhook 推送',
  pull: '定时拉取',
};
const STATUS_FILTERS = [
  { label: '全部', value: 'all' },
  { label: '有效', value: 'active' },
  { label: '已取消', value: 'cancelled' },
] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number]['value'];

function StatusTag({ subscription }: { subscription: Subscription }) {
  return subscription.active ? <Tag color="green">有效</Tag> : <Tag>已取消</Tag>;
}

/** Webhook deliveries in words; a pulled subscription has none to count. */
function deliveriesText(subscription: Subscription): string | null {
  const counts = subscription.deliveries;
  return counts ? `待投递 ${counts.pending}，已送达 ${counts.delivered}，已放弃 ${counts.failed}` : null;
}

/**
 * 共享订阅 as the administrator oversees them: every bank's, association's and department's subscriptions, whether
 * each is still active and how its webhook deliveries went. Read-only: each account registers and cancels its own
 * (docs/sharing.md); the administrator sees whether the sharing works.
 */
export default function AdminSubscriptionsPage() {
  const isPhone = Grid.useBreakpoint().md === false;
  const state = useApi(() => call(api.GET('/api/subscriptions')), []);
  const [status, setStatus] = useState<StatusFilter>('all');
  const items = (state.data?.items ?? []).filter(
    (subscription) => status === 'all' || subscription.active === (status === 'active'),
  );
  const empty = <EmptyState description={status === 'all' ? '还没有机构登记订阅' : '没有符合条件的订阅'} />;
  return (
    <Card
      title="各机构的共享订阅"
      extra={
        <Segmented<StatusFilter>
          aria-label="按状态筛选"
          options={STATUS_FILTERS.map((filter) => ({ label: filter.label, value: filter.value }))}
          value={status}
          onChange={setStatus}
        />
      }
    >
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <ErrorAlert error={state.error} onRetry={state.reload} />
        <div data-loading={state.isLoading ? 'true' : undefined}>
          {isPhone ? (
            <List<Subscription>
              dataSource={items}
              loading={state.isLoading}
              locale={{ emptyText: empty }}
              renderItem={(subscription) => (
                <List.Item>
                  <div style={{ width: '100%' }} data-card="subscription">
                    <Space wrap size={4}>
                      <Typography.Text strong>{subscription.ownerName}</Typography.Text>
                      <StatusTag subscription={subscription} />
                    </Space>
                    <Typography.Text style={{ display: 'block', fontSize: 13 }}>
                      {subscription.name}：{subscription.eventTypeLabels.join('、')}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                      {DELIVERY_LABELS[subscription.delivery]} · 登记于 {formatDateTime(subscription.createdAt)}
                    </Typography.Text>
                    {deliveriesText(subscription) && (
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                        {deliveriesText(subscription)}
                      </Typography.Text>
                    )}
                  </div>
                </List.Item>
              )}
            />
          ) : (
            <Table<Subscription>
              rowKey="id"
              size="small"
              loading={state.isLoading}
              dataSource={items}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              locale={{ emptyText: state.isLoading ? ' ' : empty }}
              columns={[
                { title: '订阅机构', dataIndex: 'ownerName', width: 200 },
                { title: '订阅名称', dataIndex: 'name', ellipsis: true },
                {
                  title: '接收的事件',
                  dataIndex: 'eventTypeLabels',
                  render: (labels: string[]) => labels.join('、'),
                },
                {
                  title: '接收方式',
                  key: 'delivery',
                  width: 230,
                  render: (_: unknown, subscription) => (
                    <Space direction="vertical" size={0}>
                      <span>{DELIVERY_LABELS[subscription.delivery]}</span>
                      {deliveriesText(subscription) && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {deliveriesText(subscription)}
                        </Typography.Text>
                      )}
                    </Space>
                  ),
                },
                {
                  title: '状态',
                  key: 'status',
                  width: 80,
                  render: (_: unknown, subscription) => <StatusTag subscription={subscription} />,
                },
                {
                  title: '登记时间',
                  dataIndex: 'createdAt',
                  width: 160,
                  render: (value: string) => formatDateTime(value),
                },
              ]}
            />
          )}
        </div>
      </Space>
    </Card>
  );
}
