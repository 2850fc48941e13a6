import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Statistic, Table, Tabs, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { Chart, type ChartOption } from '../../../components/chart.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { useSubmit } from '../../../components/use-submit.ts';

type Funnel = Schemas['FinancingFunnel'];
type FinancingEvent = Schemas['FinancingEvent'];

const STAGE_COLUMNS = [
  { title: '推送需求', dataIndex: 'matched', width: 90 },
  { title: '已回应', dataIndex: 'answered', width: 80 },
  { title: '有意向', dataIndex: 'interested', width: 80 },
  { title: '不予受理', dataIndex: 'declined', width: 90 },
  { title: '已放款', dataIndex: 'granted', width: 80 },
  { title: '未放款', dataIndex: 'refused', width: 80 },
  { title: '放款金额（万元）', dataIndex: 'grantedAmountWan', width: 130 },
];

function FunnelView({ funnel }: { funnel: Funnel }) {
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: 'category', data: funnel.byProduct.map((row) => row.productName) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '推送需求', type: 'bar', data: funnel.byProduct.map((row) => row.matched) },
        { name: '已回应', type: 'bar', data: funnel.byProduct.map((row) => row.answered) },
        { name: '已放款', type: 'bar', data: funnel.byProduct.map((row) => row.granted) },
      ],
    }),
    [funnel],
  );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space size={40} wrap>
        <Statistic title="发布的需求" value={funnel.needs.published} suffix="项" />
        <Statistic title="同意共享信用信息" value={funnel.needs.consented} suffix="项" />
        <Statistic title="匹配到产品" value={funnel.needs.matched} suffix="项" />
        <Statistic title="已有机构回应" value={funnel.needs.answered} suffix="项" />
        <Statistic title="已获放款" value={funnel.needs.granted} suffix="项" />
        <ExportButton
          request={() => api.GET('/api/financing/funnel.xlsx', { parseAs: 'blob' })}
          fileName="融资对接漏斗.xlsx"
        />
      </Space>
      <Chart option={option} height={280} ariaLabel="各产品的推送需求、回应与放款" />
      <Table
        rowKey={(row) => row.productCode}
        size="small"
        title={() => '按产品'}
        dataSource={funnel.byProduct}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '金融机构', dataIndex: 'bankName' },
          { title: '产品', dataIndex: 'productName' },
          ...STAGE_COLUMNS,
        ]}
      />
      <Table
        rowKey={(row) => row.bank}
        size="small"
        title={() => '按金融机构'}
        dataSource={funnel.byBank}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[{ title: '金融机构', dataIndex: 'bankName' }, ...STAGE_COLUMNS]}
      />
    </Space>
  );
}

interface EventForm {
  title: string;
  heldOn: Dayjs;
  venue?: string;
  enterprises?: string;
  banks?: string[];
}

function EventCreator({ onCreated }: { onCreated: () => void }) {
  const [form] = Form.useForm<EventForm>();
  const { run, error } = useSubmit();
  const products = useApi(() => call(api.GET('/api/financing/products')), []);
  const banks = [...new Map((products.data?.items ?? []).map((item) => [item.bank, item.bankName])).entries()];
  const submit = (values: EventForm) =>
    run(async () => {
      await call(
        api.POST('/api/financing/events', {
          body: {
            title: values.title,
            heldOn: values.heldOn.format('YYYY-MM-DD'),
            venue: values.venue,
            enterprises: (values.enterprises ?? '').split(/[\s,，、;；]+/).filter(Boolean),
            banks: values.banks ?? [],
          },
        }),
      );
      form.resetFields();
      onCreated();
    });
  return (
    <Card size="small" title="创建融资专场">
      <Form form={form} layout="vertical" onFinish={submit} aria-label="创建融资专场">
        <Space wrap align="start">
          <Form.Item name="title" label="活动名称" rules={[{ required: true, message: '请填写活动名称' }]}>
            <Input style={{ width: 280 }} maxLength={200} />
          </Form.Item>
          <Form.Item name="heldOn" label="举办日期" rules={[{ required: true, message: '请选择举办日期' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="venue" label="地点">
            <Input style={{ width: 220 }} maxLength={200} />
          </Form.Item>
        </Space>
        <Form.Item name="enterprises" label="参加企业（统一社会信用代码，逗号或换行分隔）">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="banks" label="参加金融机构">
          <Select mode="multiple" options={banks.map(([bank, name]) => ({ value: bank, label: name }))} />
        </Form.Item>
        {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit">
          创建
        </Button>
      </Form>
    </Card>
  );
}

function EventCard({ event }: { event: FinancingEvent }) {
  return (
    <Card size="small" title={`${event.title}（${event.heldOn}${event.venue ? `，${event.venue}` : ''}）`}>
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Text>
          参加企业 {event.enterprises.length} 家：{event.enterprises.map((item) => item.name).join('、') || '无'}
        </Typography.Text>
        <Typography.Text>参加金融机构：{event.banks.map((item) => item.bankName).join('、') || '无'}</Typography.Text>
        <Typography.Text type="secondary">
          对接结果：需求 {event.results.needs.published} 项，匹配 {event.results.needs.matched} 项，回应{' '}
          {event.results.needs.answered} 项，放款 {event.results.needs.granted} 项
        </Typography.Text>
        <Table
          rowKey={(row) => row.productCode}
          size="small"
          dataSource={event.results.byProduct}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: '金融机构', dataIndex: 'bankName' },
            { title: '产品', dataIndex: 'productName' },
            ...STAGE_COLUMNS,
          ]}
        />
      </Space>
    </Card>
  );
}

function EventsView() {
  const { user } = useSession();
  const [reloadKey, setReloadKey] = useState(0);
  const state = useApi(() => call(api.GET('/api/financing/events')), [reloadKey]);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {user?.role === 'admin' && <EventCreator onCreated={() => setReloadKey((key) => key + 1)} />}
      <AsyncContent state={state} isEmpty={(data) => data.items.length === 0}>
        {({ items }) => (
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            {items.map((event) => (
              <EventCard key={event.id} event={event} />
            ))}
          </Space>
        )}
      </AsyncContent>
    </Space>
  );
}

/**
 * 融资对接 in the console (000 §二（六）; 003 §五（四）): the funnel from needs to loans per bank and per product, with
 * its Excel export, and the 融资专场 with their participants and results.
 */
export default function FinancingPage() {
  const state = useApi(() => call(api.GET('/api/financing/funnel')), []);
  return (
    <Tabs
      items={[
        {
          key: 'funnel',
          label: '对接漏斗',
          children: <AsyncContent state={state}>{(funnel) => <FunnelView funnel={funnel} />}</AsyncContent>,
        },
        { key: 'events', label: '融资专场', children: <EventsView /> },
      ]}
    />
  );
}
