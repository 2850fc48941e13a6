import { Button, Flex, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Schemas } from '../../../api/client.ts';
import { RecordMarkTag, RecordStatusTag } from './record-status-tag.tsx';

type OwnRecord = Schemas['OwnRecord'];

/** One of the enterprise's records: what it is, who sent it and when, its standing, and what can be done about it. */
export function RecordCard({ record, actions }: { record: OwnRecord; actions?: ReactNode }) {
  return (
    <div data-record-id={record.id} style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Flex justify="space-between" gap={8} align="flex-start">
        <Typography.Text strong style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          {record.summary || record.kindLabel}
        </Typography.Text>
        <Space size={0}>
          <RecordStatusTag label={record.statusLabel} />
        </Space>
      </Flex>
      {record.number && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, overflowWrap: 'anywhere' }}>
          {record.number}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
        {record.departmentName} · {record.occurredOn ?? '日期不详'}
        {record.endsOn && record.endsOn !== '2099-12-31' ? ` 至 ${record.endsOn}` : ''}
        {record.publicUntil ? ` · 公示至 ${record.publicUntil}` : ''}
      </Typography.Text>
      {record.marks.length > 0 && (
        <Space size={4} wrap style={{ marginTop: 4 }}>
          {record.marks.map((mark) => (
            <RecordMarkTag key={mark} mark={mark} />
          ))}
        </Space>
      )}
      {actions && (
        <Flex gap={8} wrap style={{ marginTop: 6 }}>
          {actions}
        </Flex>
      )}
    </div>
  );
}

/** A compact action under a record card (at least 40 px tall, for a thumb). */
export function RecordAction({ children, onClick }: { children: ReactNode; onClick: () => void }) {
  return (
    <Button onClick={onClick} style={{ minHeight: 40 }}>
      {children}
    </Button>
  );
}
