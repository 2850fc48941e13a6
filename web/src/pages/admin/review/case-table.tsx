import { Alert, Button, Input, Modal, Segmented, Space, Table, Tag, Typography, message } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { api, type Schemas, messageOf } from '../../../api/client.ts';
import { UncoveredDeadlineNote } from '../../../components/uncovered-deadline-note.tsx';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import type { Role } from '../../../api/client.ts';
import { formatDate } from '../../../components/district-time.ts';

export type Case = Schemas['WorkflowCase'] & { deadline?: { dueOn: string | null; workingDaysLeft: number | null; isOverdue: boolean; isNearlyDue: boolean; isCovered: boolean } };
export type Decision = Schemas['WorkflowDecision'];

/** An action a reviewer can take on a case in a given state (the server's state machine decides; this offers it). */
export interface CaseAction {
  action: string;
  label: string;
  /** Needs a reason told to the enterprise. */
  needsReason: boolean;
  isDanger?: boolean;
}

export interface CaseTableProps {
  /** 自主申报 / 异议申请 / 信用修复申请: the workflow's name in messages. */
  label: string;
  load: () => Promise<{ items: Case[] }>;
  decide: (id: number, action: string, reason: string | undefined) => Promise<Decision>;
  actionsFor: (item: Case) => CaseAction[];
  /** Who may decide (others see the list only). */
  deciders: readonly Role[];
  /** What the enterprise asked, in a few words. */
  describe: (item: Case) => ReactNode;
  hasDeadline?: boolean;
}

const OPEN_STATES = new Set(['submitted', 'accepted']);

/** Deadline of a case in working days, with overdue and nearly-due warnings (catalog/workflow-deadlines.yaml). */
export function DeadlineTag({ deadline }: { deadline: Case['deadline'] }) {
  if (!deadline?.dueOn) return <Typography.Text type="secondary">受理后起算</Typography.Text>;
  if (deadline.isOverdue) return <Tag color="red">已超期({deadline.dueOn})</Tag>;
  const text = `${deadline.dueOn} 前(剩 ${deadline.workingDaysLeft ?? '—'} 个工作日)`;
  return (
    <>
      <Tag color={deadline.isNearlyDue ? 'orange' : 'default'}>{text}</Tag>
      <UncoveredDeadlineNote isCovered={deadline.isCovered} />
    </>
  );
}

/** The review list of one workflow: pending or all cases, deadlines, attachments, and the decision dialog. */
export function CaseTable({ label, load, decide, actionsFor, deciders, describe, hasDeadline = false }: CaseTableProps) {
  const { user } = useSession();
  const [filter, setFilter] = useState<'open' | 'all'>('open');
  const state = useApi(load, []);
  const [dialog, setDialog] = useState<{ item: Case; action: CaseAction }>();
  const canDecide = user !== null && user !== undefined && deciders.includes(user.role);
  const items = useMemo(() => (state.data?.items ?? []).filter((item) => filter === 'all' || OPEN_STATES.has(item.state)), [state.data, filter]);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Segmented
        value={filter}
        onChange={(value) => setFilter(value as 'open' | 'all')}
        options={[
          { value: 'open', label: `待处理${state.data ? `(${state.data.items.filter((item) => OPEN_STATES.has(item.state)).length})` : ''}` },
          { value: 'all', label: '全部' },
        ]}
      />
      <ErrorAlert error={state.error} onRetry={state.reload} />
      <div data-loading={state.isLoading ? 'true' : undefined}>
        <Table<Case>
          rowKey="id"
          loading={state.isLoading}
          dataSource={items}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 件` }}
          locale={{ emptyText: filter === 'open' ? `没有待处理的${label}` : `没有${label}` }}
          scroll={{ x: 960 }}
          columns={[
            { title: '编号', dataIndex: 'id', width: 70 },
            { title: '企业', dataIndex: 'enterpriseName', render: (name: string, item) => <Link to={`/admin/enterprises/${item.uscc}`}>{name}</Link> },
            { title: '内容', key: 'content', render: (_: unknown, item) => describe(item) },
            { title: '状态', dataIndex: 'stateLabel', width: 110, render: (text: string, item) => <Tag color={OPEN_STATES.has(item.state) ? 'processing' : 'default'}>{text}</Tag> },
            ...(hasDeadline ? [{ title: '办理时限', key: 'deadline', width: 210, render: (_: unknown, item: Case) => (OPEN_STATES.has(item.state) ? <DeadlineTag deadline={item.deadline} /> : '—') }] : []),
            { title: '提交时间', dataIndex: 'createdAt', width: 110, render: (value: string) => formatDate(value) },
            {
              title: '操作',
              key: 'actions',
              width: 220,
              render: (_: unknown, item) =>
                canDecide ? (
                  <Space wrap size={4}>
                    {actionsFor(item).map((action) => (
                      <Button key={action.action} size="small" type={action.isDanger ? 'default' : 'primary'} danger={action.isDanger} onClick={() => setDialog({ item, action })}>
                        {action.label}
                      </Button>
                    ))}
                  </Space>
                ) : null,
            },
          ]}
          expandable={{ expandedRowRender: (item) => <CaseDetail item={item} /> }}
        />
      </div>
      {dialog && (
        <DecisionDialog
          label={label}
          item={dialog.item}
          action={dialog.action}
          onCancel={() => setDialog(undefined)}
          onDecide={async (reason) => {
            const result = await decide(dialog.item.id, dialog.action.action, reason);
            setDialog(undefined);
            const grades = result.reevaluation ? Object.entries(result.reevaluation.gradeCounts).map(([grade, count]) => `${grade} ${count} 家`).join('、') : '';
            message.success(`已${dialog.action.label}${grades ? `;已重新评价:${grades}` : ''}`);
            state.reload();
          }}
        />
      )}
    </Space>
  );
}

/** A declaration's fields as the enterprise filled them in (stored as `{ kind, values }`), by Chinese header. */
export function declaredValues(item: Case): Record<string, unknown> {
  const fields = item.details.fields as { values?: Record<string, unknown> } | Record<string, unknown> | null | undefined;
  if (!fields) return {};
  return (fields.values as Record<string, unknown> | undefined) ?? (fields as Record<string, unknown>);
}

function CaseDetail({ item }: { item: Case }) {
  const details: Record<string, unknown> = { ...item.details, ...(item.details.fields ? { fields: declaredValues(item) } : {}) };
  const entries = Object.entries(details).filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <Space direction="vertical" size={4}>
      {entries.map(([key, value]) => (
        <Typography.Text key={key}>
          <Typography.Text type="secondary">{DETAIL_LABELS[key] ?? key}:</Typography.Text>
          {typeof value === 'object' ? Object.entries(value as Record<string, unknown>).map(([field, text]) => `${field}:${String(text)}`).join(';') : String(value)}
        </Typography.Text>
      ))}
      {item.recordId !== null && <Typography.Text type="secondary">相关信用记录编号:{item.recordId}</Typography.Text>}
      {item.reason && <Typography.Text>审核意见:{item.reason}({item.decidedBy})</Typography.Text>}
      {item.attachments.length > 0 && (
        <Space wrap>
          <Typography.Text type="secondary">证明材料:</Typography.Text>
          {item.attachments.map((sha256, index) => (
            <ExportButton key={sha256} type="link" fileName={`材料${index + 1}`} request={() => api.GET('/api/attachments/{sha256}', { params: { path: { sha256 } }, parseAs: 'blob' })}>
              材料 {index + 1}
            </ExportButton>
          ))}
        </Space>
      )}
    </Space>
  );
}

const DETAIL_LABELS: Record<string, string> = {
  category: '类别',
  title: '名称',
  fields: '申报内容',
  evaluation_id: '异议的评价编号',
  reason: '异议理由',
  accepted_on: '受理日期',
  due_on: '办结期限',
  correction: '纠正与履行情况',
  commitment_id: '修复型信用承诺编号',
};

function DecisionDialog({ label, item, action, onCancel, onDecide }: { label: string; item: Case; action: CaseAction; onCancel: () => void; onDecide: (reason: string | undefined) => Promise<void> }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const submit = async () => {
    if (action.needsReason && !reason.trim()) {
      setError('请填写理由(将告知企业)');
      return;
    }
    setIsBusy(true);
    setError(undefined);
    try {
      await onDecide(reason.trim() || undefined);
    } catch (failure) {
      setError(messageOf(failure));
      setIsBusy(false);
    }
  };
  return (
    <Modal open title={`${action.label}:${label} ${item.id}`} okText={`确认${action.label}`} cancelText="取消" okButtonProps={{ danger: action.isDanger, loading: isBusy }} onOk={submit} onCancel={onCancel} destroyOnClose>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text>
          企业:{item.enterpriseName}({item.uscc})
        </Typography.Text>
        <Input.TextArea rows={4} maxLength={2000} placeholder={action.needsReason ? '理由(必填,将告知企业)' : '说明(可选)'} value={reason} onChange={(event) => setReason(event.target.value)} aria-label="理由" />
        {error && <Alert type="error" showIcon role="alert" message={error} />}
      </Space>
    </Modal>
  );
}
