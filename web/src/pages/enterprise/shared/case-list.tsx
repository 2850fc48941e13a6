import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { CaseStateTag, WAITING_HINTS } from './case-state-tag.tsx';
import { formatDateTime } from '../../../components/district-time.ts';

export interface CaseLike {
  id: number;
  state: string;
  stateLabel: string;
  reason: string | null;
  attachments: string[];
  createdAt: string;
  updatedAt: string;
}

/**
 * The enterprise's cases of one workflow as cards: title, state, when it was filed, what happens next (or the
 * decision's reason, which the enterprise must be told), plus lines the workflow adds (deadline, target).
 */
export function CaseList<T extends CaseLike>({
  items,
  titleOf,
  extraOf,
  label,
}: {
  items: T[];
  titleOf: (item: T) => ReactNode;
  extraOf?: (item: T) => ReactNode;
  label: string;
}) {
  return (
    <ul
      aria-label={label}
      style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      {items.map((item) => (
        <li key={item.id} data-case-id={item.id}>
          <Card size="small">
            <Flex justify="space-between" gap={8} align="flex-start">
              <Typography.Text strong style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                {titleOf(item)}
              </Typography.Text>
              <CaseStateTag state={item.state} label={item.stateLabel} />
            </Flex>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              编号 {item.id} · 提交于 {formatDateTime(item.createdAt)}
              {item.attachments.length > 0 ? ` · 附件 ${item.attachments.length} 个` : ''}
            </Typography.Text>
            {WAITING_HINTS[item.state] && (
              <Typography.Text style={{ display: 'block', fontSize: 13 }}>{WAITING_HINTS[item.state]}</Typography.Text>
            )}
            {extraOf?.(item)}
            {item.reason && (
              <Typography.Paragraph style={{ margin: '4px 0 0', fontSize: 13, overflowWrap: 'anywhere' }}>
                <Typography.Text type="secondary">处理意见：</Typography.Text>
                {item.reason}
              </Typography.Paragraph>
            )}
          </Card>
        </li>
      ))}
    </ul>
  );
}
