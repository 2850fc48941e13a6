import {
  Alert,
  Button,
  Card,
  Checkbox,
  Form,
  Grid,
  Input,
  List,
  Popconfirm,
  Radio,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/district-time.ts';
import { EmptyState } from '../../../components/page-states.tsx';
import { useSubmit } from '../../../components/use-submit.ts';

type Subscription = Schemas['Subscription'];
type EventType = Subscription['eventTypes'][number];

/** The event types as the subscription list names them (the server's labels; typed so a new type is not forgotten). */
const EVENT_TYPE_LABELS: Record<EventType, string> = {
  grade_changed: '信用等级变化',
  negative_record: '新增失信（负面）记录',
  record_repaired: '信用记录已修复（停止共享和使用）',
  list_updated: '推送名单更新',
};
const DELIVERY_LABELS: Record<Subscription['delivery'], string> = {
  webhook: 'Webhook 推送到本机构系统',
  pull: '本机构系统定时拉取',
};

interface NewSubscription {
  name: string;
  eventTypes: EventType[];
  delivery: Subscription['delivery'];
  url?: string;
}

function deliveriesText(subscription: Subscription): string {
  const counts = subscription.deliveries;
  if (!counts) return '—';
  return `待投递 ${counts.pending}，已送达 ${counts.delivered}，已放弃 ${counts.failed}`;
}

/** The form to register a subscription; a webhook's signing key is shown once, after it is created. */
function SubscriptionForm({ onCreated }: { onCreated: (secret: string | null) => void }) {
  const [form] = Form.useForm<NewSubscription>();
  const delivery = Form.useWatch('delivery', form);
  const { run, isBusy, error } = useSubmit();
  const submit = (values: NewSubscription) =>
    run(async () => {
      const created = await call(
        api.POST('/api/subscriptions', {
          body: { ...values, url: values.delivery === 'webhook' ? values.url : undefined },
        }),
      );
      form.resetFields();
      onCreated(created.secret);
    });
  return (
    <Form<NewSubscription>
      form={form}
      layout="vertical"
      initialValues={{ eventTypes: ['grade_changed'], delivery: 'pull' }}
      onFinish={submit}
      requiredMark={false}
    >
      <Form.Item name="name" label="订阅名称" rules={[{ required: true, whitespace: true, message: '请填写订阅名称' }]}>
        <Input maxLength={100} placeholder="如：信贷系统等级变动" />
      </Form.Item>
      {/* Checked by a validator, not `required`: antd would put aria-required on the checkbox group, which ARIA does
          not allow on a group (GB/T 37668-2019, WCAG 4.1.2). */}
      <Form.Item
        name="eventTypes"
        label="接收的事件"
        rules={[
          {
            validator: (_, value?: EventType[]) =>
              value && value.length > 0 ? Promise.resolve() : Promise.reject(new Error('请至少选择一种事件')),
          },
        ]}
      >
        <Checkbox.Group
          options={(Object.keys(EVENT_TYPE_LABELS) as EventType[]).map((type) => ({
            value: type,
            label: EVENT_TYPE_LABELS[type],
          }))}
        />
      </Form.Item>
      <Form.Item name="delivery" label="接收方式">
        <Radio.Group
          options={(Object.keys(DELIVERY_LABELS) as Array<Subscription['delivery']>).map((value) => ({
            value,
            label: DELIVERY_LABELS[value],
          }))}
        />
      </Form.Item>
      {delivery === 'webhook' && (
        <Form.Item
          name="url"
          label="接收地址"
          rules={[{ required: true, whitespace: true, message: '请填写本机构系统的接收地址' }]}
        >
          <Input maxLength={2000} placeholder="https://" inputMode="url" />
        </Form.Item>
      )}
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={isBusy}>
        登记订阅
      </Button>
    </Form>
  );
}

/**
 * 共享订阅 (banks and associations): what the account receives of the enterprises shared with it — grade changes, new
 * negative records, repairs, list updates — by webhook or by pulling the feed (docs/sharing.md).
 */
export default function SubscriptionsPage() {
  const isPhone = Grid.useBreakpoint().md === false;
  const state = useApi(() => call(api.GET('/api/subscriptions')), []);
  const [secret, setSecret] = useState<string | null>();
  const { run, error: cancelError } = useSubmit();
  const cancel = (subscription: Subscription) =>
    run(async () => {
      await call(api.DELETE('/api/subscriptions/{id}', { params: { path: { id: subscription.id } } }));
      state.reload();
    });
  const cancelButton = (subscription: Subscription) =>
    subscription.active ? (
      <Popconfirm
        title={`取消订阅“${subscription.name}”？`}
        description="此后不再向本机构投递这一订阅的事件。"
        okText="取消订阅"
        cancelText="保留"
        onConfirm={() => cancel(subscription)}
      >
        <Button size="small" danger>
          取消订阅
        </Button>
      </Popconfirm>
    ) : (
      <Tag>已取消</Tag>
    );
  const items = state.data?.items ?? [];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title="本机构的订阅">
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <ErrorAlert error={state.error} onRetry={state.reload} />
          {cancelError && <Alert type="error" showIcon role="alert" message={cancelError} />}
          <div data-loading={state.isLoading ? 'true' : undefined}>
            {isPhone ? (
              <List<Subscription>
                dataSource={items}
                loading={state.isLoading}
                locale={{ emptyText: <EmptyState description="还没有登记订阅" /> }}
                renderItem={(subscription) => (
                  <List.Item>
                    <div style={{ width: '100%' }} data-card="subscription">
                      <Typography.Text strong>{subscription.name}</Typography.Text>
                      <Typography.Text style={{ display: 'block', fontSize: 13 }}>
                        {subscription.eventTypeLabels.join('、')}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                        {DELIVERY_LABELS[subscription.delivery]} · 登记于 {formatDateTime(subscription.createdAt)}
                      </Typography.Text>
                      {subscription.delivery === 'webhook' && (
                        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                          {deliveriesText(subscription)}
                        </Typography.Text>
                      )}
                      <div style={{ marginTop: 8 }}>{cancelButton(subscription)}</div>
                    </div>
                  </List.Item>
                )}
              />
            ) : (
              <Table<Subscription>
                rowKey="id"
                loading={state.isLoading}
                dataSource={items}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                locale={{ emptyText: state.isLoading ? ' ' : <EmptyState description="还没有登记订阅" /> }}
                columns={[
                  { title: '订阅名称', dataIndex: 'name', ellipsis: true },
                  {
                    title: '接收的事件',
                    dataIndex: 'eventTypeLabels',
                    render: (labels: string[]) => labels.join('、'),
                  },
                  {
                    title: '接收方式',
                    key: 'delivery',
                    width: 220,
                    render: (_: unknown, subscription) => (
                      <Space direction="vertical" size={0}>
                        <span>{DELIVERY_LABELS[subscription.delivery]}</span>
                        {subscription.delivery === 'webhook' && (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {deliveriesText(subscription)}
                          </Typography.Text>
                        )}
                      </Space>
                    ),
                  },
                  {
                    title: '登记时间',
                    dataIndex: 'createdAt',
                    width: 170,
                    render: (value: string) => formatDateTime(value),
                  },
                  { title: '操作', key: 'actions', width: 110, render: (_: unknown, item) => cancelButton(item) },
                ]}
              />
            )}
          </div>
        </Space>
      </Card>
      <Card title="登记订阅">
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {secret && (
            <Alert
              type="warning"
              showIcon
              closable
              onClose={() => setSecret(undefined)}
              message="请立即保存签名密钥，它只显示这一次"
              description={
                <Typography.Paragraph copyable={{ text: secret }} style={{ marginBottom: 0, overflowWrap: 'anywhere' }}>
                  {secret}
                </Typography.Paragraph>
              }
            />
          )}
          {secret === null && <Alert type="success" showIcon message="订阅已登记" />}
          <SubscriptionForm
            onCreated={(created) => {
              setSecret(created);
              state.reload();
            }}
          />
        </Space>
      </Card>
    </Space>
  );
}
