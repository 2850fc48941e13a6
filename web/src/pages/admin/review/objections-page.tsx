import { Space, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import { CaseTable, RecordTitle, type Case, type CaseAction } from './case-table.tsx';

function actionsFor(item: Case): CaseAction[] {
  if (item.state === 'submitted') return [{ action: 'accept', label: '受理', needsReason: false }];
  if (item.state === 'accepted') {
    return [
      { action: 'revoke', label: '撤销记录', needsReason: true, isDanger: true },
      { action: 'reevaluate', label: '重新评价', needsReason: true },
      { action: 'uphold', label: '维持原结果', needsReason: true },
    ];
  }
  return [];
}

/**
 * 异议处理 (001 §二(四)): accept (the working-day deadline starts), then revoke the record, re-evaluate or uphold with
 * reasons. Correcting a record's fields needs the field values: done by the sending department through its own import.
 */
export default function ObjectionsReviewPage() {
  return (
    <CaseTable
      label="异议申请"
      hasDeadline
      deciders={['reviewer', 'department_operator']}
      load={() => call(api.GET('/api/objections', { params: { query: {} } }))}
      decide={(id, action, reason) =>
        call(
          api.POST('/api/objections/{id}/decision', {
            params: { path: { id } },
            body: { action: action as 'accept', reason },
          }),
        )
      }
      actionsFor={actionsFor}
      describe={(item) => (
        <Space direction="vertical" size={2}>
          {item.record ? (
            <RecordTitle record={item.record} />
          ) : (
            <Typography.Text strong>对信用评价结果的异议</Typography.Text>
          )}
          <Typography.Paragraph
            ellipsis={{ rows: 2, tooltip: String(item.details.reason ?? '') }}
            style={{ marginBottom: 0 }}
          >
            异议理由：{String(item.details.reason ?? '')}
          </Typography.Paragraph>
        </Space>
      )}
    />
  );
}
