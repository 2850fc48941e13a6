import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, ApiError, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import { JobWatcher, type Job } from '../model/job-watcher.tsx';
import { formatDateTime } from '../../../components/district-time.ts';

type AuditEvent = Schemas['AuditEvent'];

interface Filters {
  actor?: string;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  from?: string;
  to?: string;
}

/** What verifyAuditChain reports (the job's result). */
interface Verification {
  ok: boolean;
  eventsChecked: number;
  head: { seq: number; hash: string } | null;
  problem?: { seq: number; kind: string; reason: string; batchId?: number };
}

interface SearchValues {
  actor?: string;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
}

/** The search form: actor, action (the closed list), subject and a date range. */
function AuditSearchForm({ onSearch }: { onSearch: (filters: Filters) => void }) {
  const actions = useApi(() => call(api.GET('/api/audit/actions')), []);
  const [form] = Form.useForm<SearchValues>();
  const submit = (values: SearchValues) => {
    const [from, to] = values.dates ?? [null, null];
    onSearch({
      actor: values.actor?.trim() || undefined,
      action: values.action || undefined,
      subjectType: values.subjectType?.trim() || undefined,
      subjectId: values.subjectId?.trim() || undefined,
      from: from?.format('YYYY-MM-DD'),
      to: to?.format('YYYY-MM-DD'),
    });
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      <Row gutter={16}>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="actor" label="操作人">
            <Input placeholder="账号（包含即可）" allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="action" label="动作">
            <Select
              allowClear
              showSearch
              placeholder="全部动作"
              optionFilterProp="label"
              loading={actions.isLoading}
              options={actions.data?.items.map((item) => ({ value: item.action, label: item.label }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={3}>
          {/* Chosen by name: an auditor typed the internal code (the placeholder said 如 enterprise). */}
          <Form.Item name="subjectType" label="对象类型">
            <Select
              allowClear
              placeholder="全部对象"
              options={Object.entries(SUBJECT_LABELS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Form.Item name="subjectId" label="对象编号">
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="dates" label="日期范围（北京时间）">
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit">
          查询
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
        >
          重置
        </Button>
      </Space>
    </Form>
  );
}

/** One event in full: its payload and its links in the chain. */
function AuditEventDrawer({ seq, onClose }: { seq: number; onClose: () => void }) {
  const state = useApi(() => call(api.GET('/api/audit/events/{seq}', { params: { path: { seq } } })), [seq]);
  return (
    <Drawer open width={640} title={`审计事件 #${seq}`} onClose={onClose}>
      <AsyncContent state={state}>
        {(event) => (
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label="时间">{formatDateTime(event.occurredAt)}</Descriptions.Item>
              <Descriptions.Item label="操作人">{event.actor}</Descriptions.Item>
              <Descriptions.Item label="动作">
                {event.actionLabel}（<Typography.Text code>{event.action}</Typography.Text>）
              </Descriptions.Item>
              <Descriptions.Item label="对象">
                {SUBJECT_LABELS[event.subjectType] ?? event.subjectType} {event.subjectId}
              </Descriptions.Item>
              <Descriptions.Item label="本事件哈希">
                <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                  {event.hash}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label="前一事件哈希">
                <Typography.Text code style={{ wordBreak: 'break-all' }}>
                  {event.prevHash}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
            <div>
              <Typography.Title level={5}>事件内容</Typography.Title>
              <pre
                style={{
                  background: '#fafafa',
                  padding: 12,
                  borderRadius: 6,
                  maxHeight: 480,
                  overflow: 'auto',
                  fontSize: 12,
                }}
              >
                {JSON.stringify(event.payload, null, 2)}
              </pre>
            </div>
          </Space>
        )}
      </AsyncContent>
    </Drawer>
  );
}

/** Verify the whole chain in the background (`xinping audit verify`), with progress and the outcome. */
function VerifyChainCard() {
  const [job, setJob] = useState<Job>();
  const [error, setError] = useState<ApiError>();
  const verification = job?.status === 'done' ? (job.result as Verification) : undefined;
  const start = async () => {
    setError(undefined);
    try {
      setJob(await call(api.POST('/api/audit/verifications')));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError('UNKNOWN', String(failure), 0));
    }
  };
  return (
    <Card title="审计链校验">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          逐条重算哈希、检查前后链接与序号连续、核对链头和各导入批次的记录摘要；发现篡改或删除时报告第一处位置。
        </Typography.Text>
        <Button type="primary" onClick={start} disabled={job?.status === 'running'}>
          校验审计链
        </Button>
        <ErrorAlert error={error} />
        {job && <JobWatcher key={job.id} job={job} unit="条事件" onFinished={setJob} />}
        {verification?.ok && (
          <Alert
            type="success"
            showIcon
            data-testid="verification-result"
            message={`审计链完整，共校验 ${verification.eventsChecked.toLocaleString('zh-CN')} 条事件`}
            description={
              verification.head && (
                <span style={{ wordBreak: 'break-all' }}>
                  链头：序号 {verification.head.seq}，哈希 {verification.head.hash}（可抄录留存，用于日后核对）
                </span>
              )
            }
          />
        )}
        {verification && !verification.ok && (
          <Alert
            type="error"
            showIcon
            data-testid="verification-result"
            message="审计链校验未通过"
            description={`${verification.problem?.reason ?? ''}（已校验 ${verification.eventsChecked.toLocaleString('zh-CN')} 条事件）`}
          />
        )}
      </Space>
    </Card>
  );
}

/** 审计: search the hash-chained trail, read an event with its payload, verify the chain. */
export default function AuditPage() {
  const [filters, setFilters] = useState<Filters>({});
  const [selected, setSelected] = useState<number>();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <AuditSearchForm onSearch={setFilters} />
      </Card>
      <Card title="审计记录（最新在前）">
        <PagedTable<AuditEvent>
          rowKey="seq"
          size="small"
          filters={[filters]}
          emptyText="没有符合条件的审计记录"
          scrollX={960}
          load={({ limit, offset }) =>
            call(api.GET('/api/audit/events', { params: { query: { ...filters, limit, offset } } }))
          }
          columns={[
            {
              title: '序号',
              dataIndex: 'seq',
              width: 80,
              render: (seq: number) => (
                <Button type="link" size="small" onClick={() => setSelected(seq)}>
                  {seq}
                </Button>
              ),
            },
            { title: '时间', dataIndex: 'occurredAt', width: 150, render: formatDateTime },
            { title: '操作人', dataIndex: 'actor', width: 140 },
            { title: '动作', dataIndex: 'actionLabel', width: 240 },
            {
              title: '对象',
              width: 180,
              render: (_, row) => `${SUBJECT_LABELS[row.subjectType] ?? '对象'} ${row.subjectId}`,
            },
            {
              title: '内容摘要',
              dataIndex: 'payload',
              ellipsis: true,
              render: (payload: AuditEvent['payload']) => (
                <Typography.Text type="secondary">{summarizePayload(payload)}</Typography.Text>
              ),
            },
          ]}
        />
      </Card>
      <VerifyChainCard />
      {selected !== undefined && <AuditEventDrawer seq={selected} onClose={() => setSelected(undefined)} />}
    </Space>
  );
}

/** What an audit event is about, in words (the event's full content stays one click away, under its number). */
const SUBJECT_LABELS: Record<string, string> = {
  enterprise: '企业',
  record: '信用记录',
  import_batch: '导入批次',
  declaration: '自主申报',
  objection: '异议申请',
  repair_application: '信用修复申请',
  commitment: '信用承诺',
  user: '账号',
  model_version: '模型版本',
  evaluation_run: '批量评价',
  inspection_plan: '抽查计划',
  request: '诉求',
  whitelist_generation: '白名单',
  report: '信用报告',
  shared_list: '共享名单',
  subscription: '订阅',
  api_token: '接口令牌',
};

/** The event's content as a short sentence: the fields people look for, by their Chinese names. */
const PAYLOAD_LABELS: Record<string, string> = {
  uscc: '统一社会信用代码',
  name: '名称',
  recordId: '记录编号',
  reason: '理由',
  fileName: '文件',
  grade: '等级',
  score: '得分',
  version: '版本',
  count: '数量',
  username: '账号',
};

function summarizePayload(payload: AuditEvent['payload']): string {
  if (!payload || typeof payload !== 'object') return '—';
  const parts = Object.entries(payload as Record<string, unknown>)
    .filter(
      ([key, value]) =>
        key in PAYLOAD_LABELS && value !== null && value !== undefined && value !== '' && typeof value !== 'object',
    )
    .map(([key, value]) => `${PAYLOAD_LABELS[key]}：${String(value)}`);
  return parts.length > 0 ? parts.join('；') : '详见事件内容';
}
