import { Alert, Button, Descriptions, Flex, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../../../api/client.ts';
import { UncoveredDeadlineNote } from '../../../components/uncovered-deadline-note.tsx';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { EvidenceViewer } from '../../../components/evidence-viewer.tsx';
import { GradeTag } from '../../../components/grade-tag.tsx';
import type { Role } from '../../../api/client.ts';
import { formatDate } from '../../../components/district-time.ts';
import { useSubmit } from '../../../components/use-submit.ts';

export type Case = Schemas['WorkflowCase'] & {
  deadline?: {
    dueOn: string | null;
    workingDaysLeft: number | null;
    isOverdue: boolean;
    isNearlyDue: boolean;
    isCovered: boolean;
  };
};
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
  if (deadline.isOverdue) return <Tag color="red">已超期（{deadline.dueOn}）</Tag>;
  const text = `${deadline.dueOn} 前（剩 ${deadline.workingDaysLeft ?? '—'} 个工作日）`;
  return (
    <>
      <Tag color={deadline.isNearlyDue ? 'orange' : 'default'}>{text}</Tag>
      <UncoveredDeadlineNote isCovered={deadline.isCovered} />
    </>
  );
}

/** The review list of one workflow: pending or all cases, deadlines, attachments, and the decision dialog. */
export function CaseTable({
  label,
  load,
  decide,
  actionsFor,
  deciders,
  describe,
  hasDeadline = false,
}: CaseTableProps) {
  const { user } = useSession();
  const [filter, setFilter] = useState<'open' | 'all'>('open');
  const state = useApi(load, []);
  const [dialog, setDialog] = useState<{ item: Case; action: CaseAction }>();
  const [outcome, setOutcome] = useState<{ item: Case; action: CaseAction; decision: Decision }>();
  const canDecide = user !== null && user !== undefined && deciders.includes(user.role);
  const items = useMemo(
    () => (state.data?.items ?? []).filter((item) => filter === 'all' || OPEN_STATES.has(item.state)),
    [state.data, filter],
  );

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Segmented
        value={filter}
        onChange={(value) => setFilter(value as 'open' | 'all')}
        options={[
          {
            value: 'open',
            label: `待处理${state.data ? `（${state.data.items.filter((item) => OPEN_STATES.has(item.state)).length}）` : ''}`,
          },
          { value: 'all', label: '全部' },
        ]}
      />
      {outcome && <DecisionOutcome {...outcome} label={label} onClose={() => setOutcome(undefined)} />}
      <ErrorAlert error={state.error} onRetry={state.reload} />
      <div data-loading={state.isLoading ? 'true' : undefined}>
        <Table<Case>
          rowKey="id"
          loading={state.isLoading}
          dataSource={items}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 件` }}
          locale={{ emptyText: filter === 'open' ? `没有待处理的${label}` : `没有${label}` }}
          scroll={{ x: 900 }}
          columns={[
            { title: '编号', dataIndex: 'id', width: 64 },
            {
              title: '企业',
              dataIndex: 'enterpriseName',
              width: 230,
              render: (name: string, item) => (
                <Space direction="vertical" size={2}>
                  <Link to={`/admin/enterprises/${item.uscc}`}>{name}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.uscc}
                  </Typography.Text>
                  <CurrentGrade current={item.current} />
                </Space>
              ),
            },
            { title: '内容', key: 'content', render: (_: unknown, item) => describe(item) },
            {
              title: hasDeadline ? '状态与时限' : '状态',
              key: 'state',
              width: hasDeadline ? 210 : 130,
              render: (_: unknown, item) => (
                <Space direction="vertical" size={4}>
                  <Tag color={OPEN_STATES.has(item.state) ? 'processing' : 'default'}>{item.stateLabel}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDate(item.createdAt)} 提交
                  </Typography.Text>
                  {hasDeadline && OPEN_STATES.has(item.state) && <DeadlineTag deadline={item.deadline} />}
                </Space>
              ),
            },
            {
              title: '操作',
              key: 'actions',
              width: 190,
              render: (_: unknown, item) =>
                canDecide ? (
                  <Space wrap size={4}>
                    {actionsFor(item).map((action) => (
                      <Button
                        key={action.action}
                        size="small"
                        type={action.isDanger ? 'default' : 'primary'}
                        danger={action.isDanger}
                        onClick={() => setDialog({ item, action })}
                      >
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
            const decision = await decide(dialog.item.id, dialog.action.action, reason);
            setOutcome({ item: dialog.item, action: dialog.action, decision });
            setDialog(undefined);
            state.reload();
          }}
        />
      )}
    </Space>
  );
}

/** A declaration's fields as the enterprise filled them in (stored as `{ kind, values }`), by Chinese header. */
export function declaredValues(item: Case): Record<string, unknown> {
  const fields = item.details.fields as
    | { values?: Record<string, unknown> }
    | Record<string, unknown>
    | null
    | undefined;
  if (!fields) return {};
  return (fields.values as Record<string, unknown> | undefined) ?? (fields as Record<string, unknown>);
}

/** The enterprise's current score and grade, as the decision will start from. */
function CurrentGrade({ current }: { current: Case['current'] }) {
  if (!current) return <Typography.Text type="secondary">尚未评价</Typography.Text>;
  return (
    <Flex gap={4} align="center" wrap>
      <GradeTag grade={current.grade} />
      <Typography.Text>{current.score.toFixed(2)} 分</Typography.Text>
    </Flex>
  );
}

/** What the decision changed, kept on screen until the reviewer closes it: 分数 83.95 → 84.95,等级 B → A. */
function DecisionOutcome({
  item,
  action,
  decision,
  label,
  onClose,
}: {
  item: Case;
  action: CaseAction;
  decision: Decision;
  label: string;
  onClose: () => void;
}) {
  const change = decision.reevaluation?.change;
  const skipped = decision.reevaluation?.skipped;
  const before = change?.before;
  const description = change
    ? `分数 ${before ? before.score.toFixed(2) : '—'} → ${change.after.score.toFixed(2)}，等级 ${before?.grade ?? '—'} → ${change.after.grade}${before && before.grade === change.after.grade && before.score === change.after.score ? '（未变化）' : ''}`
    : skipped
      ? `未能重新评价：${skipped}`
      : '这一决定不改变企业的记录，未重新评价。';
  return (
    <Alert
      type={skipped ? 'warning' : 'success'}
      showIcon
      closable
      onClose={onClose}
      data-testid="decision-outcome"
      message={`已${action.label}：${item.enterpriseName}的${label}（编号 ${item.id}）`}
      description={change ? `已重新评价：${description}` : description}
    />
  );
}

function CaseDetail({ item }: { item: Case }) {
  const declared = item.details.fields ? declaredValues(item) : null;
  const entries = Object.entries(item.details).filter(
    ([key, value]) => key !== 'fields' && key !== 'category' && value !== null && value !== undefined && value !== '',
  );
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid={`case-detail-${item.id}`}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        title="申请"
        items={[
          { key: 'enterprise', label: '企业', children: `${item.enterpriseName}（${item.uscc}）` },
          {
            key: 'current',
            label: '当前评价',
            children: item.current
              ? `${item.current.grade} 级，${item.current.score.toFixed(2)} 分（评价基准日 ${item.current.asOf}）`
              : '尚未评价',
          },
          ...entries.map(([key, value]) => ({ key, label: DETAIL_LABELS[key] ?? key, children: String(value) })),
          ...(item.reason
            ? [
                {
                  key: 'decision',
                  label: '审核意见',
                  children: item.decidedByName ? `${item.reason}（${item.decidedByName}）` : item.reason,
                },
              ]
            : []),
        ]}
      />
      {declared && Object.keys(declared).length > 0 && (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          title="申报内容"
          items={Object.entries(declared)
            .filter(([, value]) => value !== null && value !== undefined && value !== '')
            .map(([field, value]) => ({ key: field, label: field, children: String(value) }))}
        />
      )}
      {item.record && (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          title={`涉及的信用记录：${item.record.kindLabel}`}
          items={[
            { key: 'department', label: '作出决定的部门', children: item.record.departmentName },
            { key: 'occurredOn', label: '决定日期', children: item.record.occurredOn ?? '不详' },
            { key: 'status', label: '记录状态', children: item.record.statusLabel },
            ...item.record.fields.map((field) => ({ key: field.label, label: field.label, children: field.value })),
          ]}
        />
      )}
      <div>
        <Typography.Text strong>证明材料</Typography.Text>
        {item.attachments.length === 0 ? (
          <Typography.Paragraph type="secondary">未提交证明材料</Typography.Paragraph>
        ) : (
          <Flex gap={16} wrap style={{ marginTop: 8 }}>
            {item.attachments.map((sha256, index) => (
              <EvidenceViewer key={sha256} sha256={sha256} label={`材料 ${index + 1}`} />
            ))}
          </Flex>
        )}
      </div>
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

function DecisionDialog({
  label,
  item,
  action,
  onCancel,
  onDecide,
}: {
  label: string;
  item: Case;
  action: CaseAction;
  onCancel: () => void;
  onDecide: (reason: string | undefined) => Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const { run, isBusy, error, setError } = useSubmit();
  const submit = async () => {
    if (action.needsReason && !reason.trim()) {
      setError('请填写理由（将告知企业）');
      return;
    }
    await run(() => onDecide(reason.trim() || undefined));
  };
  return (
    <Modal
      open
      title={`${action.label}：${label} ${item.id}`}
      okText={`确认${action.label}`}
      cancelText="取消"
      okButtonProps={{ danger: action.isDanger, loading: isBusy }}
      onOk={submit}
      onCancel={onCancel}
      destroyOnClose
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text>
          企业：{item.enterpriseName}（{item.uscc}）
        </Typography.Text>
        <Input.TextArea
          rows={4}
          maxLength={2000}
          placeholder={action.needsReason ? '理由（必填，将告知企业）' : '说明（可选）'}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-label="理由"
        />
        {error && <Alert type="error" showIcon role="alert" message={error} />}
      </Space>
    </Modal>
  );
}

/** A credit record in one line: kind, number, date and deciding department (never a bare id). */
export function RecordTitle({ record }: { record: Case['record'] }) {
  if (!record) return null;
  return (
    <Typography.Text>
      <Typography.Text strong>{record.kindLabel}</Typography.Text>
      {record.number ? ` ${record.number}` : ''}
      <Typography.Text type="secondary">
        {' '}
        · {record.occurredOn ?? '日期不详'} · {record.departmentName}
      </Typography.Text>
    </Typography.Text>
  );
}
