import { Space, Tag, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import { CaseTable, declaredValues, type Case, type CaseAction } from './case-table.tsx';

/** The declared field that decides the points of an honour (catalog/record-kinds.yaml, role grade). */
const LEVEL_FIELD = '荣誉级别';
const CATEGORY_LABELS: Record<string, string> = { honor: '荣誉表彰', qualification: '专业资质', other: '其他信息' };

function actionsFor(item: Case): CaseAction[] {
  if (item.state === 'submitted')
    return [
      { action: 'accept', label: '受理', needsReason: false },
      { action: 'reject', label: '驳回', needsReason: true, isDanger: true },
    ];
  if (item.state === 'accepted')
    return [
      { action: 'approve', label: '审核通过', needsReason: false },
      { action: 'reject', label: '驳回', needsReason: true, isDanger: true },
    ];
  return [];
}

/** 自主申报审核 (001 §二(二)): accept, approve (it becomes a credit record and the enterprise is re-evaluated) or reject. */
export default function DeclarationsReviewPage() {
  return (
    <CaseTable
      label="自主申报"
      deciders={['reviewer']}
      load={() => call(api.GET('/api/declarations', { params: { query: {} } }))}
      decide={(id, action, reason) =>
        call(
          api.POST('/api/declarations/{id}/decision', {
            params: { path: { id } },
            body: { action: action as 'accept', reason },
          }),
        )
      }
      actionsFor={actionsFor}
      describe={(item) => {
        const values = Object.entries(declaredValues(item)).filter(
          ([, value]) => value !== null && value !== undefined && value !== '',
        );
        const level = values.find(([name]) => name === LEVEL_FIELD)?.[1];
        return (
          <Space direction="vertical" size={2}>
            <Typography.Text>
              <Typography.Text strong>
                {CATEGORY_LABELS[String(item.details.category)] ?? String(item.details.category ?? '')}
              </Typography.Text>{' '}
              {String(item.details.title ?? '')}
              {level ? (
                <Tag color="gold" style={{ marginInlineStart: 8 }}>
                  {String(level)}
                </Tag>
              ) : null}
            </Typography.Text>
            {values
              .filter(([name]) => name !== LEVEL_FIELD)
              .slice(0, 4)
              .map(([name, value]) => (
                <Typography.Text key={name} type="secondary" style={{ fontSize: 13 }}>
                  {name}:{String(value)}
                </Typography.Text>
              ))}
          </Space>
        );
      }}
    />
  );
}
