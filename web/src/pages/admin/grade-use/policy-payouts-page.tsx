import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Grid,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, call, messageOf, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ConfirmWithReason } from '../../../components/confirm-with-reason.tsx';
import { districtToday, formatDateTime } from '../../../components/district-time.ts';
import { PagedTable } from '../../../components/paged-table.tsx';
import { useFormSubmit } from '../../../components/use-submit.ts';

type Payout = Schemas['PolicyPayout'];
type PayoutState = Payout['state'];

const STATE_COLORS: Record<PayoutState, string | undefined> = {
  matched: undefined,
  notified: 'blue',
  confirmed: 'cyan',
  approved: 'gold',
  paid: 'green',
  refused: 'red',
};

const STATE_OPTIONS: Array<{ value: PayoutState; label: string }> = [
  { value: 'matched', label: '已匹配' },
  { value: 'notified', label: '已告知企业' },
  { value: 'confirmed', label: '企业已确认' },
  { value: 'approved', label: '已审核同意' },
  { value: 'paid', label: '已兑现' },
  { value: 'refused', label: '不予兑现' },
];

/** Who confirmed, approved, paid or refused the case, by name, and when. */
function PayoutDeciders({ row }: { row: Payout }) {
  const lines = [
    row.confirmedAt && `${row.confirmedByName ?? ''} ${formatDateTime(row.confirmedAt)} 确认申请`,
    row.approvedAt && `${row.approvedByName ?? ''} ${formatDateTime(row.approvedAt)} 审核同意`,
    row.state === 'paid' && `${row.paidByName ?? ''} ${formatDateTime(row.paidAt)} 登记兑现`,
    row.state === 'refused' && `${row.refusedByName ?? ''} ${formatDateTime(row.refusedAt)} 决定不予兑现`,
  ].filter((line): line is string => Boolean(line));
  return (
    <>
      {lines.map((line) => (
        <Typography.Text key={line} type="secondary" style={{ fontSize: 13 }}>
          {line.trim()}
        </Typography.Text>
      ))}
    </>
  );
}

interface PayForm {
  amount: number;
  paidOn: Dayjs;
}

/** Records a payment: the amount in yuan and the date, which cannot be later than today. */
function PayDialog({ item, onCancel, onPaid }: { item: Payout; onCancel: () => void; onPaid: () => void }) {
  const [form] = Form.useForm<PayForm>();
  const today = districtToday();
  const { submit, isBusy, error } = useFormSubmit(form, async (values) => {
    await call(
      api.POST('/api/policy-payouts/{id}/decision', {
        params: { path: { id: item.id } },
        body: {
          action: 'pay',
          amount: values.amount,
          paidOn: values.paidOn.format('YYYY-MM-DD'),
          version: item.version,
        },
      }),
    );
    onPaid();
  });
  return (
    <Modal
      open
      title={`登记兑现：${item.enterpriseName}`}
      okText="登记兑现"
      onOk={submit}
      confirmLoading={isBusy}
      onCancel={onCancel}
    >
      <Form<PayForm> form={form} layout="vertical" initialValues={{ paidOn: dayjs(today) }}>
        <Form.Item label="政策">{item.policyName}</Form.Item>
        <Form.Item name="amount" label="兑现金额（元）" rules={[{ required: true, message: '请填写兑现金额' }]}>
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="paidOn" label="兑现日期" rules={[{ required: true, message: '请选择兑现日期' }]}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => day.format('YYYY-MM-DD') > today || day.format('YYYY-MM-DD') < item.eligibleSince}
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon role="alert" message={error} />}
    </Modal>
  );
}

/** Per policy: cases, where they stand, the amount paid and how many days payment took. */
function PayoutStats({ reloadKey }: { reloadKey: number }) {
  // On a computer the names wrap to fit (the counts keep widths that hold their headings on one line); on a phone the
  // table scrolls inside its card.
  const isPhone = Grid.useBreakpoint().md === false;
  const state = useApi(() => call(api.GET('/api/policy-payouts/stats')), [reloadKey]);
  return (
    <Card title="兑现情况（按政策）" size="small">
      <AsyncContent state={state}>
        {({ items }) => (
          <Table
            size="small"
            rowKey="policyCode"
            pagination={false}
            scroll={isPhone ? { x: 'max-content' } : undefined}
            dataSource={items}
            columns={[
              { title: '政策', dataIndex: 'policyName', render: (name: string, row) => `${name}（${row.modeLabel}）` },
              { title: '兑现部门', dataIndex: 'departmentName' },
              { title: '匹配', dataIndex: 'matched', align: 'right', width: 56 },
              {
                title: '待办',
                align: 'right',
                width: 56,
                render: (_, row) => row.notified + row.confirmed + row.approved,
              },
              { title: '已兑现', dataIndex: 'paid', align: 'right', width: 68 },
              { title: '不予兑现', dataIndex: 'refused', align: 'right', width: 80 },
              {
                title: '已兑现金额（元）',
                dataIndex: 'amountPaid',
                align: 'right',
                width: 132,
                render: (value: number) => value.toLocaleString('zh-CN', { minimumFractionDigits: 2 }),
              },
              {
                title: '平均/最长兑现天数',
                align: 'right',
                width: 144,
                render: (_, row) =>
                  row.meanDaysToPay === null ? '—' : `${row.meanDaysToPay} / ${row.maxDaysToPay} 天`,
              },
            ]}
          />
        )}
      </AsyncContent>
    </Card>
  );
}

/**
 * 政策兑现: the paying department works the cases of its policies — approve, record the payment, or refuse with a
 * reason — and sees per policy how many were matched, paid and how fast. Administrators and reviewers see every policy.
 */
export default function PolicyPayoutsPage() {
  const [policy, setPolicy] = useState<string>();
  const [state, setState] = useState<PayoutState>();
  const [reloadKey, setReloadKey] = useState(0);
  const [paying, setPaying] = useState<Payout>();
  const [error, setError] = useState<string>();
  const policies = useApi(() => call(api.GET('/api/policy-payouts/stats')), []);
  const reload = () => setReloadKey((key) => key + 1);
  const decide = async (item: Payout, body: { action: 'approve' | 'refuse'; reason?: string }) => {
    setError(undefined);
    await call(
      api.POST('/api/policy-payouts/{id}/decision', {
        params: { path: { id: item.id } },
        body: { ...body, version: item.version },
      }),
    );
    reload();
  };
  const actionsOf = (row: Payout) => (
    <Space wrap>
      {row.actions.some((item) => item.action === 'approve') && (
        <Popconfirm
          title={`同意兑现“${row.policyName}”？`}
          okText="审核同意"
          onConfirm={() => decide(row, { action: 'approve' }).catch((failure) => setError(messageOf(failure)))}
        >
          <Button size="small" type="primary">
            审核同意
          </Button>
        </Popconfirm>
      )}
      {row.actions.some((item) => item.action === 'pay') && (
        <Button size="small" type="primary" onClick={() => setPaying(row)}>
          登记兑现
        </Button>
      )}
      {row.actions.some((item) => item.action === 'refuse') && (
        <ConfirmWithReason
          title={`不予兑现“${row.policyName}”`}
          action="不予兑现"
          reasonLabel="不予兑现理由（将告知企业）"
          onConfirm={(reason) => decide(row, { action: 'refuse', reason })}
        />
      )}
    </Space>
  );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <PayoutStats reloadKey={reloadKey} />
      <Card
        title="兑现事项"
        size="small"
        extra={
          <Space wrap>
            <Select
              allowClear
              placeholder="全部政策"
              aria-label="按政策筛选"
              style={{ minWidth: 200 }}
              value={policy}
              onChange={setPolicy}
              options={(policies.data?.items ?? []).map((item) => ({ value: item.policyCode, label: item.policyName }))}
            />
            <Select
              allowClear
              placeholder="全部状态"
              aria-label="按状态筛选"
              style={{ minWidth: 140 }}
              value={state}
              onChange={setState}
              options={STATE_OPTIONS}
            />
          </Space>
        }
      >
        {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
        <PagedTable<Payout>
          rowKey="id"
          filters={[policy, state, reloadKey]}
          load={(page) => call(api.GET('/api/policy-payouts', { params: { query: { ...page, policy, state } } }))}
          renderCard={(row) => (
            <Card size="small" data-card="payout">
              <Space direction="vertical" size={4} style={{ width: '100%' }}>
                <strong>{row.enterpriseName}</strong>
                <span>
                  {row.policyName}，自 {row.eligibleSince} 起符合条件
                </span>
                <Tag color={STATE_COLORS[row.state]}>{row.stateLabel}</Tag>
                {row.state === 'paid' && `${row.amount?.toFixed(2)} 元，${row.paidOn}`}
                {row.state === 'refused' && row.reason}
                <PayoutDeciders row={row} />
                {actionsOf(row)}
              </Space>
            </Card>
          )}
          emptyText="暂无兑现事项：运行政策匹配后，每家符合条件的企业各有一件"
          columns={[
            {
              title: '企业',
              dataIndex: 'enterpriseName',
              render: (name: string, row) => (
                <Space direction="vertical" size={0}>
                  {name}
                  <Typography.Text type="secondary">{row.uscc}</Typography.Text>
                </Space>
              ),
            },
            { title: '政策', dataIndex: 'policyName' },
            { title: '符合条件之日', dataIndex: 'eligibleSince' },
            {
              title: '状态',
              dataIndex: 'stateLabel',
              render: (label: string, row) => (
                <Space direction="vertical" size={0}>
                  <Tag color={STATE_COLORS[row.state]}>{label}</Tag>
                  {row.state === 'paid' && `${row.amount?.toFixed(2)} 元，${row.paidOn}`}
                  {row.state === 'refused' && row.reason}
                  <PayoutDeciders row={row} />
                </Space>
              ),
            },
            {
              title: '办理',
              render: (_, row) => actionsOf(row),
            },
          ]}
        />
      </Card>
      {paying && (
        <PayDialog
          item={paying}
          onCancel={() => setPaying(undefined)}
          onPaid={() => {
            setPaying(undefined);
            reload();
          }}
        />
      )}
    </Space>
  );
}
