import { Button, Card, Descriptions, Segmented, Space, Statistic, Table, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { api, call, messageOf, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { formatDateTime } from '../../../components/district-time.ts';
import { PagedTable } from '../../../components/paged-table.tsx';

type Batch = Schemas['UpwardBatch'];
type Item = Schemas['UpwardItem'];
type ItemStatus = Item['status'];

const ITEM_COLORS: Record<ItemStatus, string> = {
  pending: 'blue',
  sent: 'gold',
  acknowledged: 'green',
  rejected: 'red',
};
const BATCH_COLORS: Record<Batch['status'], string> = { pending: 'blue', sent: 'gold', acknowledged: 'green' };
const STATUS_FILTERS: Array<{ label: string; value: ItemStatus | 'all' }> = [
  { label: '全部', value: 'all' },
  { label: '待报送', value: 'pending' },
  { label: '已报送待回执', value: 'sent' },
  { label: '已确认', value: 'acknowledged' },
  { label: '被退回', value: 'rejected' },
];

const ITEM_COLUMNS = [
  { title: '数据标识', dataIndex: 'idempotencyKey', width: 170 },
  {
    title: '事件',
    dataIndex: 'eventLabel',
    width: 90,
    render: (label: string, item: Item) => <Tag color={item.event === 'repair' ? 'purple' : undefined}>{label}</Tag>,
  },
  { title: '数据集', dataIndex: 'dataSetLabel', width: 130 },
  {
    title: '企业',
    key: 'enterprise',
    render: (_: unknown, item: Item) => (
      <Space direction="vertical" size={0}>
        <span>{item.enterpriseName}</span>
        <Typography.Text type="secondary">{item.uscc}</Typography.Text>
      </Space>
    ),
  },
  { title: '日包', dataIndex: 'periodDay', width: 100 },
  {
    title: '状态',
    dataIndex: 'status',
    width: 200,
    render: (status: ItemStatus, item: Item) => (
      <Space direction="vertical" size={0}>
        <Tag color={ITEM_COLORS[status]}>{item.statusLabel}</Tag>
        {item.reason && <Typography.Text type="danger">退回理由：{item.reason}</Typography.Text>}
      </Space>
    ),
  },
];

/** The items of one batch, shown when its row is expanded. */
function BatchItems({ batchId }: { batchId: number }) {
  return (
    <PagedTable<Item>
      rowKey="idempotencyKey"
      size="small"
      pageSize={10}
      load={({ limit, offset }) =>
        call(api.GET('/api/upward/items', { params: { query: { batchId, limit, offset } } }))
      }
      columns={ITEM_COLUMNS}
    />
  );
}

/**
 * 向上共享: what the district has shared with the provincial platform — counts by state, the signed daily packages,
 * each batch with its receipt (or why it is still waiting), and every item with the province's reason when refused.
 */
export default function UpwardPage() {
  const { user } = useSession();
  const [reloadKey, setReloadKey] = useState(0);
  const [status, setStatus] = useState<ItemStatus | 'all'>('all');
  const [isRunning, setIsRunning] = useState(false);
  const summary = useApi(() => call(api.GET('/api/upward/summary')), [reloadKey]);

  const runNow = async () => {
    setIsRunning(true);
    try {
      const outcome = await call(api.POST('/api/upward/run'));
      if (outcome.push.failure) message.warning(`未送达：${outcome.push.failure}；将按退避时间重试`);
      else
        message.success(
          `新列入 ${outcome.enqueued} 条；${outcome.push.isConfigured ? `已确认 ${outcome.push.acknowledged} 条，被退回 ${outcome.push.rejected} 条` : '未配置接收地址，仅生成日包'}`,
        );
      setReloadKey((key) => key + 1);
    } catch (failure) {
      message.error(messageOf(failure));
    } finally {
      setIsRunning(false);
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title="报送概况"
        extra={
          user?.role === 'admin' && (
            <Button type="primary" loading={isRunning} onClick={runNow}>
              立即执行一轮
            </Button>
          )
        }
      >
        <AsyncContent state={summary}>
          {(data) => (
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="接收地址">
                  {data.receiver ?? (
                    <Typography.Text type="secondary">未配置（只生成签名日包，不推送）</Typography.Text>
                  )}
                </Descriptions.Item>
              </Descriptions>
              <Space size={48} wrap>
                <Statistic title="待报送" value={data.counts.pending} />
                <Statistic title="已报送待回执" value={data.counts.sent} />
                <Statistic title="已确认" value={data.counts.acknowledged} />
                <Statistic
                  title="被退回"
                  value={data.counts.rejected}
                  valueStyle={data.counts.rejected > 0 ? { color: '#cf1322' } : undefined}
                />
              </Space>
              <Table
                size="small"
                rowKey="day"
                pagination={false}
                dataSource={data.packages}
                locale={{ emptyText: '尚未生成签名日包（每天零点后为前一天生成）' }}
                columns={[
                  { title: '日包日期', dataIndex: 'day' },
                  { title: '条数', dataIndex: 'items' },
                  { title: '文件数', dataIndex: 'files' },
                  { title: '生成时间', dataIndex: 'generatedAt', render: (value: string) => formatDateTime(value) },
                ]}
              />
            </Space>
          )}
        </AsyncContent>
      </Card>

      <Card title="报送批次与回执">
        <PagedTable<Batch>
          rowKey="id"
          filters={[reloadKey]}
          pageSize={10}
          scrollX={900}
          load={({ limit, offset }) => call(api.GET('/api/upward/batches', { params: { query: { limit, offset } } }))}
          expandable={{ expandedRowRender: (batch) => <BatchItems batchId={batch.id} /> }}
          columns={[
            { title: '批次', dataIndex: 'id', width: 64 },
            {
              title: '状态',
              dataIndex: 'status',
              width: 130,
              render: (value: Batch['status'], batch) => <Tag color={BATCH_COLORS[value]}>{batch.statusLabel}</Tag>,
            },
            { title: '条数', dataIndex: 'itemCount', width: 64 },
            {
              title: '回执',
              key: 'receipt',
              render: (_: unknown, batch) =>
                batch.receiptId ? (
                  <Space direction="vertical" size={0}>
                    <span>回执编号 {batch.receiptId}</span>
                    <Typography.Text type="secondary">
                      确认 {batch.acceptedCount ?? 0} · 退回 {batch.rejectedCount ?? 0}
                    </Typography.Text>
                  </Space>
                ) : batch.lastError ? (
                  <Space direction="vertical" size={0}>
                    <Typography.Text type="danger">{batch.lastError}</Typography.Text>
                    {batch.nextAttemptAt && (
                      <Typography.Text type="secondary">下次尝试 {formatDateTime(batch.nextAttemptAt)}</Typography.Text>
                    )}
                  </Space>
                ) : (
                  <Typography.Text type="secondary">—</Typography.Text>
                ),
            },
            { title: '尝试次数', dataIndex: 'attempts', width: 84 },
            {
              title: '时间',
              key: 'time',
              width: 170,
              render: (_: unknown, batch) => (
                <Space direction="vertical" size={0}>
                  <span>建立 {formatDateTime(batch.createdAt)}</span>
                  {batch.acknowledgedAt && (
                    <Typography.Text type="secondary">回执 {formatDateTime(batch.acknowledgedAt)}</Typography.Text>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>

      <Card
        title="报送明细"
        extra={
          <Segmented
            options={STATUS_FILTERS}
            value={status}
            onChange={(value) => setStatus(value as ItemStatus | 'all')}
          />
        }
      >
        <PagedTable<Item>
          rowKey="idempotencyKey"
          filters={[status, reloadKey]}
          scrollX={900}
          load={({ limit, offset }) =>
            call(
              api.GET('/api/upward/items', {
                params: { query: { limit, offset, ...(status === 'all' ? {} : { status }) } },
              }),
            )
          }
          columns={ITEM_COLUMNS}
        />
      </Card>
    </Space>
  );
}
