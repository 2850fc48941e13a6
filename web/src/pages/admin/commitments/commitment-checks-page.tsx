import { Alert, Card, DatePicker, Flex, Input, Segmented, Space, Tag, Typography } from 'antd';
import { Button } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate } from '../../../components/district-time.ts';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import { CheckCommitmentDialog, type CheckOutcome } from './check-commitment-dialog.tsx';
import { EligibilityCard } from './eligibility-card.tsx';

export type Commitment = Schemas['WorkflowCase'];

const STATE_FILTERS = [
  { value: 'signed', label: '待核查' },
  { value: 'kept', label: '已履行' },
  { value: 'broken', label: '未履行' },
  { value: 'all', label: '全部' },
] as const;
type StateFilter = (typeof STATE_FILTERS)[number]['value'];

/** Who checks a commitment (the route's checkers): the department it was made to, or a reviewer. */
const CHECKERS = new Set(['reviewer', 'department_operator']);

/** The names the commitment refers to by code: the commitment-list items and the departments. */
function useNames() {
  return useApi(async () => {
    const [list, departments] = await Promise.all([
      call(api.GET('/api/commitment-list')),
      call(api.GET('/api/catalog/departments')),
    ]);
    return {
      items: list.items,
      itemNames: new Map(list.items.map((item) => [item.code, item.name])),
      departmentNames: new Map(departments.items.map((department) => [department.code, department.shortName])),
    };
  }, []);
}
type Names = NonNullable<ReturnType<typeof useNames>['data']>;

/** 审批替代型：某事项 / 主动公示型：向某部门, in words. */
export function commitmentTitle(item: Commitment, names: Names | undefined): string {
  const type = String(item.details.commitment_type ?? '信用承诺');
  const itemCode = typeof item.details.item_code === 'string' ? item.details.item_code : null;
  const departmentCode = String(item.details.department_code ?? '');
  const department = names?.departmentNames.get(departmentCode) ?? '';
  return itemCode
    ? `${type}：${names?.itemNames.get(itemCode) ?? '清单事项'}`
    : `${type}${department ? `：向${department}承诺` : ''}`;
}

function StateTag({ item }: { item: Commitment }) {
  const color = item.state === 'signed' ? 'processing' : item.state === 'kept' ? 'green' : 'red';
  return <Tag color={color}>{item.stateLabel}</Tag>;
}

function Enterprise({ item }: { item: Commitment }) {
  return (
    <Space direction="vertical" size={2}>
      <Link to={`/admin/enterprises/${item.uscc}`}>{item.enterpriseName}</Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {item.uscc}
      </Typography.Text>
      {item.current ? (
        <Flex gap={4} align="center" wrap>
          <GradeTag grade={item.current.grade} />
          <Typography.Text>{item.current.score.toFixed(2)} 分</Typography.Text>
        </Flex>
      ) : (
        <Typography.Text type="secondary">尚未评价</Typography.Text>
      )}
    </Space>
  );
}

function CheckResult({ item }: { item: Commitment }) {
  const evidence = typeof item.details.evidence === 'string' ? item.details.evidence : '';
  if (item.state === 'signed') return <Typography.Text type="secondary">等待核查</Typography.Text>;
  return (
    <Typography.Paragraph ellipsis={{ rows: 2, tooltip: evidence }} style={{ marginBottom: 0 }}>
      {evidence || '—'}
      {item.decidedByName ? `（${item.decidedByName}）` : ''}
    </Typography.Paragraph>
  );
}

/** What the check changed, kept on screen until closed: the record written and 分数 83.95 → 80.95，等级 A → B. */
function Outcome({ outcome, onClose }: { outcome: CheckOutcome; onClose: () => void }) {
  const change = outcome.decision.reevaluation?.change;
  const skipped = outcome.decision.reevaluation?.skipped;
  const before = change?.before;
  const description = change
    ? `已重新评价：分数 ${before ? before.score.toFixed(2) : '—'} → ${change.after.score.toFixed(2)}，等级 ${before?.grade ?? '—'} → ${change.after.grade}。`
    : skipped
      ? `未能重新评价：${skipped}`
      : '核查结果已记为信用承诺记录。';
  return (
    <Alert
      type={skipped ? 'warning' : 'success'}
      showIcon
      closable
      onClose={onClose}
      data-testid="check-outcome"
      message={`已核查：${outcome.item.enterpriseName}的承诺${outcome.isKept ? '已履行' : '未履行'}`}
      description={description}
    />
  );
}

/**
 * 信用承诺核查 (000 §二(五)): the department a commitment was made to, or a reviewer, checks it after complaints, random
 * inspections or special campaigns and marks it kept or broken; the result becomes a credit record and the enterprise is
 * re-evaluated at once. Below, whether an enterprise may use 容缺受理 or 告知承诺 for an item of the commitment list.
 */
export default function CommitmentChecksPage() {
  const { user } = useSession();
  const [filter, setFilter] = useState<StateFilter>('signed');
  const [q, setQ] = useState('');
  const [signed, setSigned] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [checking, setChecking] = useState<Commitment>();
  const [outcome, setOutcome] = useState<CheckOutcome>();
  // A check changes the list (the commitment leaves 待核查): counting checks reloads the page shown.
  const [checks, setChecks] = useState(0);
  const names = useNames();
  const query = {
    state: filter === 'all' ? undefined : filter,
    q: q.trim() || undefined,
    signedFrom: signed?.[0]?.format('YYYY-MM-DD'),
    signedTo: signed?.[1]?.format('YYYY-MM-DD'),
  };
  const canCheck = user ? CHECKERS.has(user.role) : false;
  const checkButton = (item: Commitment) =>
    canCheck && item.state === 'signed' ? (
      <Button size="small" type="primary" onClick={() => setChecking(item)}>
        核查
      </Button>
    ) : null;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title="企业作出的信用承诺">
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            根据投诉举报、随机抽查、专项治理等核查结果，将承诺标为已履行或未履行；结果记入企业的信用承诺记录，并立即重新评价企业。
          </Typography.Text>
          <Flex gap={12} wrap align="center">
            <Segmented
              value={filter}
              onChange={(value) => setFilter(value as StateFilter)}
              options={STATE_FILTERS.map((option) => ({ value: option.value, label: option.label }))}
            />
            <Input.Search
              placeholder="企业名称或统一社会信用代码"
              allowClear
              style={{ width: 320, maxWidth: '100%' }}
              onSearch={(value) => setQ(value)}
              aria-label="按企业查找承诺"
            />
            <DatePicker.RangePicker
              allowEmpty={[true, true]}
              value={signed}
              onChange={(value) => setSigned(value)}
              placeholder={['签署日期起', '签署日期止']}
              aria-label="按签署日期查找承诺"
              style={{ maxWidth: '100%' }}
            />
          </Flex>
          {outcome && <Outcome outcome={outcome} onClose={() => setOutcome(undefined)} />}
          <ErrorAlert error={names.error} onRetry={names.reload} />
          <div data-loading={names.isLoading ? 'true' : undefined}>
            <PagedTable<Commitment>
              rowKey="id"
              filters={[query, checks]}
              load={({ limit, offset }) =>
                call(api.GET('/api/commitments', { params: { query: { ...query, limit, offset } } }))
              }
              emptyText={filter === 'signed' ? '没有待核查的信用承诺' : '没有符合条件的信用承诺'}
              renderCard={(item) => (
                <div style={{ width: '100%' }} data-card="commitment">
                  <Flex justify="space-between" gap={8} align="flex-start">
                    <Typography.Text strong style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                      {item.enterpriseName}
                    </Typography.Text>
                    <StateTag item={item} />
                  </Flex>
                  <Typography.Text style={{ display: 'block', fontSize: 13 }}>
                    {commitmentTitle(item, names.data)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                    签署于 {String(item.details.signed_on ?? formatDate(item.createdAt))}
                    {item.current ? ` · 现为 ${item.current.grade} 级 ${item.current.score.toFixed(2)} 分` : ''}
                  </Typography.Text>
                  {item.state !== 'signed' && <CheckResult item={item} />}
                  <div style={{ marginTop: 8 }}>{checkButton(item)}</div>
                </div>
              )}
              columns={[
                {
                  title: '企业',
                  dataIndex: 'enterpriseName',
                  width: 240,
                  render: (_: unknown, item) => <Enterprise item={item} />,
                },
                {
                  title: '承诺',
                  key: 'commitment',
                  render: (_: unknown, item) => (
                    <Space direction="vertical" size={2}>
                      <span>{commitmentTitle(item, names.data)}</span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        签署于 {String(item.details.signed_on ?? formatDate(item.createdAt))} · 承诺书文本{' '}
                        {String(item.details.text_version ?? '—')}
                      </Typography.Text>
                    </Space>
                  ),
                },
                {
                  title: '状态',
                  key: 'state',
                  width: 90,
                  render: (_: unknown, item) => <StateTag item={item} />,
                },
                {
                  title: '核查情况',
                  key: 'result',
                  width: 260,
                  render: (_: unknown, item) => <CheckResult item={item} />,
                },
                { title: '操作', key: 'actions', width: 80, render: (_: unknown, item) => checkButton(item) },
              ]}
            />
          </div>
        </Space>
      </Card>
      <EligibilityCard
        items={(names.data?.items ?? []).filter(
          (item) => user?.role !== 'department_operator' || item.department === user.departmentCode,
        )}
        departmentNames={names.data?.departmentNames}
      />
      {checking && (
        <CheckCommitmentDialog
          item={checking}
          title={commitmentTitle(checking, names.data)}
          onCancel={() => setChecking(undefined)}
          onChecked={(checked) => {
            setOutcome(checked);
            setChecking(undefined);
            setChecks((count) => count + 1);
          }}
        />
      )}
    </Space>
  );
}
