import { Space, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import { CaseTable, RecordTitle, type Case, type CaseAction } from './case-table.tsx';

function actionsFor(item: Case): CaseAction[] {
  if (item.state === 'submitted')
    return [
      { action: 'accept', label: '受理', needsReason: false },
      { action: 'reject', label: '不予修复', needsReason: true, isDanger: true },
    ];
  if (item.state === 'accepted')
    return [
      { action: 'approve', label: '准予修复', needsReason: false },
      { action: 'reject', label: '不予修复', needsReason: true, isDanger: true },
    ];
  return [];
}

/** 信用修复审核 (001 §二(四)): accept (the review deadline starts), approve (the record stops counting) or reject. */
export default function RepairsReviewPage() {
  return (
    <CaseTable
      label="信用修复申请"
      hasDeadline
      deciders={['reviewer']}
      load={() => call(api.GET('/api/repairs', { params: { query: {} } }))}
      decide={(id, action, reason) =>
        call(
          api.POST('/api/repairs/{id}/decision', {
            params: { path: { id } },
            body: { action: action as 'accept', reason },
          }),
        )
      }
      actionsFor={actionsFor}
      describe={(item) => (
        <Space direction="vertical" size={2}>
          <RecordTitle record={item.record} />
          <Typography.Paragraph
            ellipsis={{ rows: 2, tooltip: String(item.details.correction ?? '') }}
            style={{ marginBottom: 0 }}
          >
            纠正与履行情况：{String(item.details.correction ?? '')}
          </Typography.Paragraph>
        </Space>
      )}
    />
  );
}
