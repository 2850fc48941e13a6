import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError, api, call, type Schemas } from '../../../api/client.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import { useUrlFilters } from '../../../components/use-url-filters.ts';
import { splitFieldErrors } from './field-errors.ts';
import { districtToday } from '../../../components/district-time.ts';
import { useSubmit } from '../../../components/use-submit.ts';

type Loan = Schemas['Loan'];

interface LoanForm {
  uscc: string;
  amountWan: number;
  grantedOn: Dayjs;
  termMonths: number;
  pledgedPatentNumbers?: string[];
  bankReference: string;
}

const FIELDS = ['uscc', 'amountWan', 'grantedOn', 'termMonths', 'pledgedPatentNumbers', 'bankReference'] as const;
type Field = (typeof FIELDS)[number];

/** The names the server gives the fields in its messages: the labels below, and the API keys in schema checks. */
const FIELD_NAMES: Record<string, Field> = {
  ...Object.fromEntries(FIELDS.map((field) => [field, field])),
  借款企业统一社会信用代码: 'uscc',
  统一社会信用代码: 'uscc',
  '贷款金额（万元）': 'amountWan',
  放款日期: 'grantedOn',
  '贷款期限（月）': 'termMonths',
  本机构业务编号: 'bankReference',
  质押专利号: 'pledgedPatentNumbers',
};

/** The report form: checks in the browser first, then puts each of the server's problems under its own field. */
function LoanReportForm({ onReported }: { onReported: () => void }) {
  const [searchParams] = useSearchParams();
  const [form] = Form.useForm<LoanForm>();
  const { message } = App.useApp();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [warnings, setWarnings] = useState<string[]>([]);

  const submit = async (values: LoanForm) => {
    setIsBusy(true);
    setError(undefined);
    setWarnings([]);
    try {
      const body = {
        ...values,
        uscc: values.uscc.trim(),
        bankReference: values.bankReference.trim(),
        grantedOn: values.grantedOn.format('YYYY-MM-DD'),
        pledgedPatentNumbers: values.pledgedPatentNumbers ?? [],
      };
      const outcome = await call(api.POST('/api/loans', { body }));
      message.success(
        `已报送：${outcome.loan.enterpriseName} ${outcome.loan.amountWan} 万元（第 ${outcome.loan.id} 号）`,
      );
      setWarnings(outcome.warnings);
      form.resetFields();
      onReported();
    } catch (failure) {
      if (!(failure instanceof ApiError)) {
        setError(String(failure));
        return;
      }
      const { byField, other } = splitFieldErrors(failure.message, FIELD_NAMES);
      form.setFields(FIELDS.map((name) => ({ name, errors: byField.get(name) ?? [] })));
      if (other.length > 0 || byField.size === 0) setError(other.join('；') || failure.message);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Card title="报送贷款">
      <Form<LoanForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ uscc: searchParams.get('uscc') ?? '', grantedOn: dayjs(districtToday()) }}
        disabled={isBusy}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="uscc"
              label="借款企业统一社会信用代码"
              rules={[{ required: true, whitespace: true, message: '请填写借款企业的统一社会信用代码' }]}
            >
              <Input maxLength={30} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="bankReference"
              label="本机构业务编号"
              rules={[{ required: true, whitespace: true, message: '请填写本机构的贷款业务编号' }]}
            >
              <Input maxLength={64} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="amountWan"
              label="贷款金额（万元）"
              rules={[{ required: true, message: '请填写贷款金额（万元）' }]}
            >
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="grantedOn" label="放款日期" rules={[{ required: true, message: '请选择放款日期' }]}>
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(day) => day.isAfter(dayjs(districtToday()), 'day')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="termMonths"
              label="贷款期限（月）"
              rules={[{ required: true, message: '请填写贷款期限（月）' }]}
            >
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="pledgedPatentNumbers" label="质押专利号（可选，输入后回车）">
              <Select mode="tags" tokenSeparators={[',', ',', ' ']} open={false} suffixIcon={null} />
            </Form.Item>
          </Col>
        </Row>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={isBusy}>
            报送
          </Button>
          {error && (
            <Typography.Text type="danger" role="alert">
              {error}
            </Typography.Text>
          )}
        </Space>
      </Form>
      {warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          message="已保存，请留意"
          description={warnings.join('；')}
        />
      )}
    </Card>
  );
}

/** Withdrawing a report needs a reason; the report stays, no longer counted. */
function WithdrawButton({ loan, onDone }: { loan: Loan; onDone: () => void }) {
  const [isOpen, setIsOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { run, isBusy, error } = useSubmit();
  const confirm = () =>
    run(async () => {
      await call(api.POST('/api/loans/{id}/withdraw', { params: { path: { id: loan.id } }, body: { reason } }));
      setIsOpen(false);
      onDone();
    });
  return (
    <>
      <Button size="small" type="link" onClick={() => setIsOpen(true)}>
        撤回
      </Button>
      <Modal
        title={`撤回第 ${loan.id} 号报送`}
        open={isOpen}
        onOk={confirm}
        okText="撤回"
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: isBusy }}
        onCancel={() => setIsOpen(false)}
        destroyOnHidden
      >
        <Input.TextArea
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          rows={3}
          placeholder="撤回原因（必填）"
          maxLength={500}
          aria-label="撤回原因"
        />
        {error && (
          <Typography.Text type="danger" role="alert">
            {error}
          </Typography.Text>
        )}
      </Modal>
    </>
  );
}

const STATUS_OPTIONS = [
  { value: 'active', label: '有效' },
  { value: 'withdrawn', label: '已撤回' },
];

/**
 * 贷款反馈: the bank reports the IP-pledge loans it granted (000 §二(七) 双向推送) and reads its own reports, found by
 * status and by borrower or reference (kept in the address).
 */
export default function LoansPage() {
  const [generation, setGeneration] = useState(0);
  const reload = () => setGeneration((value) => value + 1);
  const [{ q, status }, setFilter] = useUrlFilters(['q', 'status']);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <LoanReportForm onReported={reload} />
      <Card
        title="本机构的报送"
        extra={
          <ExportButton
            request={() => api.GET('/api/loans.xlsx', { parseAs: 'blob' })}
            fileName="知识产权质押贷款报送.xlsx"
          />
        }
      >
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Space wrap size={[12, 12]}>
            <Input.Search
              placeholder="借款企业名称、统一社会信用代码或业务编号"
              defaultValue={q}
              allowClear
              enterButton="查询"
              style={{ width: 420, maxWidth: '100%' }}
              onSearch={(value) => setFilter('q', value.trim())}
              aria-label="查找贷款报送"
            />
            <Select
              placeholder="状态"
              aria-label="按状态筛选"
              allowClear
              style={{ width: 140 }}
              value={status || undefined}
              options={STATUS_OPTIONS}
              onChange={(value?: string) => setFilter('status', value)}
            />
          </Space>
          <PagedTable<Loan>
            rowKey="id"
            filters={[generation, q, status]}
            emptyText={q || status ? '没有符合查询和筛选条件的报送' : '本机构尚未报送贷款'}
            load={({ limit, offset }) =>
              call(
                api.GET('/api/loans', {
                  params: {
                    query: {
                      q: q || undefined,
                      status: (status || undefined) as Loan['status'] | undefined,
                      limit,
                      offset,
                    },
                  },
                }),
              )
            }
            size="small"
            // Fits the card at 1280 px; narrower windows scroll inside the card, phones get one card per loan.
            scrollX={900}
            renderCard={(row) => (
              <div style={{ width: '100%' }} data-card="loan">
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
                  <Typography.Text strong style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    {row.enterpriseName}
                  </Typography.Text>
                  <Tag color={row.status === 'active' ? 'blue' : 'default'}>{row.statusLabel}</Tag>
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 13, display: 'block' }}>
                  第 {row.id} 号 · 业务编号 {row.bankReference} · {row.grantedOn} 放款 {row.amountWan} 万元，
                  {row.termMonths} 个月{row.isOnWhitelist ? ' · 白名单企业' : ''}
                </Typography.Text>
                {row.status === 'active' && <WithdrawButton loan={row} onDone={reload} />}
              </div>
            )}
            columns={[
              { title: '编号', dataIndex: 'id', width: 60 },
              { title: '业务编号', dataIndex: 'bankReference', width: 130, ellipsis: true },
              {
                title: '借款企业',
                dataIndex: 'enterpriseName',
                ellipsis: true,
                render: (name: string, row) => <span title={`${name}（${row.uscc}）`}>{name}</span>,
              },
              { title: '金额（万元）', dataIndex: 'amountWan', width: 100, align: 'right' },
              { title: '放款日期', dataIndex: 'grantedOn', width: 100 },
              { title: '期限（月）', dataIndex: 'termMonths', width: 84, align: 'right' },
              {
                title: '质押专利',
                dataIndex: 'pledgedPatentNumbers',
                width: 130,
                ellipsis: true,
                render: (numbers: string[]) => <span title={numbers.join('、')}>{numbers.join('、') || '—'}</span>,
              },
              {
                title: '白名单企业',
                dataIndex: 'isOnWhitelist',
                width: 92,
                render: (value: boolean) => (value ? <Tag color="green">是</Tag> : '否'),
              },
              {
                title: '状态',
                dataIndex: 'statusLabel',
                width: 76,
                render: (label: string, row) => <Tag color={row.status === 'active' ? 'blue' : 'default'}>{label}</Tag>,
              },
              {
                title: '操作',
                key: 'actions',
                width: 64,
                render: (_value, row) =>
                  row.status === 'active' ? <WithdrawButton loan={row} onDone={reload} /> : null,
              },
            ]}
          />
        </Space>
      </Card>
    </Space>
  );
}
