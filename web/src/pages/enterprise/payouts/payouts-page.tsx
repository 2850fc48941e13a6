import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { formatDate } from '../../../components/district-time.ts';
import { EmptyState } from '../../../components/page-states.tsx';
import { TouchSized } from '../shared/touch-sized.tsx';
import { useSubmit } from '../../../components/use-submit.ts';

type Payout = Schemas['PolicyPayout'];

/**
 * 政策兑现 for the enterprise: each policy it qualified for and where the money stands; a 即申即享 policy waits for its
 * one-step application (确认申请) here.
 */
export default function PayoutsPage() {
  const [reloadKey, setReloadKey] = useState(0);
  const { run, error } = useSubmit();
  const state = useApi(
    () => call(api.GET('/api/policy-payouts', { params: { query: { limit: 200, offset: 0 } } })),
    [reloadKey],
  );
  const confirm = (item: Payout) =>
    run(async () => {
      await call(
        api.POST('/api/policy-payouts/{id}/decision', {
          params: { path: { id: item.id } },
          body: { action: 'confirm', version: item.version },
        }),
      );
      setReloadKey((key) => key + 1);
    });
  return (
    <TouchSized>
      <AsyncContent state={state}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState description="暂无符合条件的惠企政策。符合条件时平台会通知您，免申即享的无需申请。" />
          ) : (
            <Space direction="vertical" size={12} style={{ width: '100%' }}>
              {error && <Alert type="error" showIcon role="alert" message={error} />}
              <List
                dataSource={items}
                split={false}
                renderItem={(item) => (
                  // A list item around each card: a screen reader counts the cases (a <ul> holds only <li>).
                  <List.Item style={{ display: 'block', padding: 0 }}>
                    <Card size="small" style={{ marginBottom: 12 }} data-testid="payout-card">
                      <Space direction="vertical" size={4} style={{ width: '100%' }}>
                        <Space wrap>
                          <Typography.Text strong>{item.policyName}</Typography.Text>
                          <Tag>{item.modeLabel}</Tag>
                          <Tag color={item.state === 'paid' ? 'green' : item.state === 'refused' ? 'red' : 'blue'}>
                            {item.stateLabel}
                          </Tag>
                        </Space>
                        <Typography.Text type="secondary">
                          {item.departmentName}兑现；自 {item.eligibleSince} 起符合条件
                        </Typography.Text>
                        {item.confirmedAt && (
                          <Typography.Text type="secondary">
                            {item.confirmedByName} {formatDate(item.confirmedAt)} 确认申请
                          </Typography.Text>
                        )}
                        {item.approvedAt && (
                          <Typography.Text type="secondary">{formatDate(item.approvedAt)} 审核同意</Typography.Text>
                        )}
                        {item.state === 'paid' && (
                          <Typography.Text>
                            已于 {item.paidOn} 兑现 {item.amount?.toFixed(2)} 元
                          </Typography.Text>
                        )}
                        {item.state === 'refused' && (
                          <Typography.Text>
                            {item.refusedAt ? `${formatDate(item.refusedAt)} ` : ''}不予兑现：{item.reason}
                          </Typography.Text>
                        )}
                        {item.actions.some((action) => action.action === 'confirm') && (
                          <Button type="primary" block onClick={() => confirm(item)}>
                            确认申请（即申即享，一步办理）
                          </Button>
                        )}
                      </Space>
                    </Card>
                  </List.Item>
                )}
              />
            </Space>
          )
        }
      </AsyncContent>
    </TouchSized>
  );
}
