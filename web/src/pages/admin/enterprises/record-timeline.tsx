import { Button, Descriptions, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { fieldLabel, useRecordKinds } from '../../../api/use-catalog.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { EmptyState, LoadingState } from '../../../components/page-states.tsx';

type CreditRecord = Schemas['RecordSummary'];

const STATUS: Record<string, { label: string; color: string }> = {
  active: { label: '有效', color: 'blue' },
  revoked: { label: '已撤销', color: 'default' },
  repaired: { label: '已修复', color: 'green' },
  removed: { label: '已移出', color: 'default' },
};
const PAGE = 20;

/** The enterprise's records, newest decision first, as a timeline that loads 20 more at a time; filter by status. */
export function RecordTimeline({ uscc }: { uscc: string }) {
  const [status, setStatus] = useState<CreditRecord['status'] | undefined>();
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => setLimit(PAGE), [uscc, status]);
  const state = useApi(
    () =>
      call(
        api.GET('/api/enterprises/{uscc}/records', {
          params: { path: { uscc }, query: { limit, offset: 0, status: status as 'active' | undefined } },
        }),
      ),
    [uscc, status, limit],
  );
  const records = state.data?.items ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Space wrap>
        <Typography.Text>状态</Typography.Text>
        <Select
          style={{ width: 140 }}
          allowClear
          placeholder="全部"
          value={status}
          onChange={setStatus}
          options={Object.entries(STATUS).map(([value, { label }]) => ({ value, label }))}
          aria-label="按状态筛选记录"
        />
        {state.data && <Typography.Text type="secondary">共 {state.data.total} 条</Typography.Text>}
      </Space>
      <ErrorAlert error={state.error} onRetry={state.reload} />
      {state.data === undefined && !state.error ? (
        <LoadingState />
      ) : records.length === 0 && !state.error ? (
        <EmptyState description="没有信用记录" />
      ) : (
        <Timeline
          items={records.map((record) => ({
            color: record.status === 'active' ? (record.level ? 'red' : 'blue') : 'gray',
            children: <RecordItem record={record} />,
          }))}
        />
      )}
      {state.data && records.length < state.data.total && (
        <Button
          loading={state.isLoading}
          onClick={() => setLimit((value) => Math.min(200, value + PAGE))}
          disabled={limit >= 200}
        >
          {limit >= 200 ? '仅显示最近 200 条' : '加载更多'}
        </Button>
      )}
    </Space>
  );
}

function RecordItem({ record }: { record: CreditRecord }) {
  const kinds = useRecordKinds();
  const status = STATUS[record.status] ?? { label: record.status, color: 'default' };
  const fields = Object.entries(record.fields).filter(
    ([, value]) => value !== null && value !== '' && typeof value !== 'object',
  );
  return (
    <div data-record-id={record.id}>
      <Space wrap size={8}>
        <Typography.Text strong>{record.occurredOn ?? '日期不详'}</Typography.Text>
        <Typography.Text>{record.kindLabel}</Typography.Text>
        <Tag color={status.color}>{status.label}</Tag>
        {record.level && <Tag color="volcano">{record.level}</Tag>}
        {record.subtype && <Tag>{record.subtype}</Tag>}
        <Typography.Text type="secondary">{record.departmentName}</Typography.Text>
      </Space>
      <details style={{ marginTop: 4 }}>
        <summary style={{ cursor: 'pointer', color: '#0958d9' }}>
          记录详情（编号 {record.id}，第 {record.version} 版）
        </summary>
        <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
          {fields.map(([key, value]) => (
            <Descriptions.Item key={key} label={fieldLabel(kinds, record.kind, key)}>
              {String(value)}
            </Descriptions.Item>
          ))}
          {record.endsOn && <Descriptions.Item label="有效期至">{record.endsOn}</Descriptions.Item>}
          {record.batchId !== null && (
            <Descriptions.Item label="来源">
              批次 {record.batchId}，第 {record.sourceRow ?? '—'} 行
            </Descriptions.Item>
          )}
        </Descriptions>
      </details>
    </div>
  );
}
