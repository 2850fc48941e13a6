import { Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import { CaseTable, declaredValues, type Case, type CaseAction } from './case-table.tsx';

const CATEGORY_LABELS: Record<string, string> = { honor: '荣誉表彰', qualification: '专业资质', other: '其他信息' };

function actionsFor(item: Case): CaseAction[] {
  if (item.state === 'submitted') return [{ action: 'accept', label: '受理', needsReason: false }, { action: 'reject', label: '驳回', needsReason: true, isDanger: true }];
  if (item.state === 'accepted') return [{ action: 'approve', label: '审核通过', needsReason: false }, { action: 'reject', label: '驳回', needsReason: true, isDanger: true }];
  return [];
}

/** 自主申报审核 (001 §二(二)): accept, approve (it becomes a credit record and the enterprise is re-evaluated) or reject. */
export default function DeclarationsReviewPage() {
  return (
    <CaseTable
      label="自主申报"
      deciders={['reviewer']}
      load={() => call(api.GET('/api/declarations', { params: { query: {} } }))}
      decide={(id, action, reason) => call(api.POST('/api/declarations/{id}/decision', { params: { path: { id } }, body: { action: action as 'accept', reason } }))}
      actionsFor={actionsFor}
      describe={(item) => {
        const summary = Object.entries(declaredValues(item))
          .slice(0, 3)
          .map(([name, value]) => `${name}:${String(value)}`)
          .join('；');
        return (
          <Typography.Text>
            <Typography.Text strong>{CATEGORY_LABELS[String(item.details.category)] ?? String(item.details.category ?? '')}</Typography.Text> {summary || String(item.details.title ?? '')}
          </Typography.Text>
        );
      }}
    />
  );
}
