import { Card, Segmented, Space, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { formatDateTime } from '../../../components/district-time.ts';
import { PagedTable } from '../../../components/paged-table.tsx';

type Delivery = Schemas['NotificationDelivery'];
type Status = Delivery['status'];
type Channel = Delivery['channel'];

const STATUS_COLORS: Record<Status, string> = { queued: 'blue', sent: 'green', failed: 'red' };

/**
 * 短信与邮件: every SMS and e-mail the platform sent, or is still trying to send, for enterprise notifications —
 * counts by state, then each delivery with its attempts, next retry and last error. Addresses are shown masked.
 */
export default function NotificationDeliveriesPage() {
  const [status, setStatus] = useState<Status | 'all'>('all');
  const [channel, setChannel] = useState<Channel | 'all'>('all');
  const [counts, setCounts] = useState<Record<Status, number>>();

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space size={32} wrap>
          <Statistic title="待发送（含等待重试）" value={counts?.queued ?? '—'} />
          <Statistic title="已发送" value={counts?.sent ?? '—'} />
          <Statistic
            title="发送失败"
            value={counts?.failed ?? '—'}
            valueStyle={counts?.failed ? { color: '#cf1322' } : undefined}
          />
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          站内消息始终送达，是通知的正式记录；短信和邮件由企业账号自愿开通。发送失败的按指数退避重试，超过同一号码或邮箱的发送频率上限时顺延发送。
        </Typography.Paragraph>
      </Card>
      <Card
        title="发送记录"
        extra={
          <Space wrap>
            <Segmented
              aria-label="渠道"
              value={channel}
              onChange={(value) => setChannel(value as Channel | 'all')}
              options={[
                { label: '全部渠道', value: 'all' },
                { label: '短信', value: 'sms' },
                { label: '电子邮件', value: 'email' },
              ]}
            />
            <Segmented
              aria-label="状态"
              value={status}
              onChange={(value) => setStatus(value as Status | 'all')}
              options={[
                { label: '全部', value: 'all' },
                { label: '待发送', value: 'queued' },
                { label: '已发送', value: 'sent' },
                { label: '发送失败', value: 'failed' },
              ]}
            />
          </Space>
        }
      >
        <PagedTable<Delivery>
          rowKey="id"
          filters={[status, channel]}
          scrollX={940}
          load={async ({ limit, offset }) => {
            const page = await call(
              api.GET('/api/notification-deliveries', {
                params: {
                  query: {
                    limit,
                    offset,
                    ...(status === 'all' ? {} : { status }),
                    ...(channel === 'all' ? {} : { channel }),
                  },
                },
              }),
            );
            setCounts(page.counts);
            return page;
          }}
          columns={[
            { title: '编号', dataIndex: 'id', width: 70 },
            { title: '渠道', dataIndex: 'channelLabel', width: 90 },
            { title: '类别', dataIndex: 'noticeKindLabel', width: 120 },
            {
              title: '企业与账号',
              key: 'enterprise',
              render: (_: unknown, item: Delivery) => (
                <Space direction="vertical" size={0}>
                  <span>{item.enterpriseName}</span>
                  <Typography.Text type="secondary">
                    {item.username} · {item.recipient}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: '标题', dataIndex: 'subject' },
            {
              title: '状态',
              dataIndex: 'status',
              width: 260,
              render: (value: Status, item: Delivery) => (
                <Space direction="vertical" size={0}>
                  <Tag color={STATUS_COLORS[value]}>{item.statusLabel}</Tag>
                  <Typography.Text type="secondary">已尝试 {item.attempts} 次</Typography.Text>
                  {item.nextAttemptAt && (
                    <Typography.Text type="secondary">下次尝试：{formatDateTime(item.nextAttemptAt)}</Typography.Text>
                  )}
                  {item.lastError && <Typography.Text type="danger">{item.lastError}</Typography.Text>}
                </Space>
              ),
            },
            {
              title: '时间',
              key: 'time',
              width: 170,
              render: (_: unknown, item: Delivery) => formatDateTime(item.sentAt ?? item.createdAt),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
