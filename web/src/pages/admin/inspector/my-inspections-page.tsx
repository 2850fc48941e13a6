import { EnvironmentOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ResultForm } from '../grade-use/inspection-result-form.tsx';
import { districtToday } from '../../../components/district-time.ts';

type Visit = Schemas['InspectionVisit'];
type Group = 'overdue' | 'today' | 'upcoming' | 'done';

const GROUPS: Array<{ key: Group; title: string; empty: string; color: string }> = [
  { key: 'overdue', title: '已逾期', empty: '没有逾期的检查任务', color: 'red' },
  { key: 'today', title: '今日待检', empty: '今天没有待检查的企业', color: 'blue' },
  { key: 'upcoming', title: '即将开始', empty: '没有尚未开始的检查任务', color: 'default' },
  { key: 'done', title: '已录入结果', empty: '还没有录入结果的任务', color: 'green' },
];

/** Where a visit stands today: overdue after the plan's period, today within it, upcoming before it, done once recorded. */
function groupOf(visit: Visit, today: string): Group {
  if (visit.outcome) return 'done';
  if (visit.dueOn && visit.dueOn < today) return 'overdue';
  if (visit.startsOn && visit.startsOn > today) return 'upcoming';
  return 'today';
}

/**
 * 我的检查任务: an inspector's home, made for a phone (004 §(七) 双随机抽查). Each visit drawn for the inspector as a
 * card — the enterprise and where it is, what to check and on what legal basis, who goes along, the period — grouped
 * into overdue, today, upcoming and done; the result (with photos) is recorded from the card.
 */
export default function MyInspectionsPage() {
  const { user } = useSession();
  const state = useApi(() => call(api.GET('/api/inspection-visits')), []);
  const [recording, setRecording] = useState<Visit>();
  const today = districtToday();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 880 }}>
      <AsyncContent state={state} empty={<Empty description="暂无分配给您的检查任务" />}>
        {(data) =>
          GROUPS.map((group) => {
            const visits = data.items.filter((visit) => groupOf(visit, today) === group.key);
            if (visits.length === 0 && group.key !== 'today') return null;
            return (
              <section key={group.key} aria-label={group.title} data-group={group.key}>
                <Typography.Title level={5} style={{ marginTop: 0 }}>
                  {group.title} <Tag color={group.color}>{visits.length}</Tag>
                </Typography.Title>
                {visits.length === 0 ? (
                  <Typography.Text type="secondary">{group.empty}</Typography.Text>
                ) : (
                  <Flex vertical gap={12}>
                    {visits.map((visit) => (
                      <VisitCard
                        key={visit.id}
                        visit={visit}
                        me={user?.username}
                        onRecord={() => setRecording(visit)}
                      />
                    ))}
                  </Flex>
                )}
              </section>
            );
          })
        }
      </AsyncContent>
      {recording && (
        <ResultForm
          visit={recording}
          onCancel={() => setRecording(undefined)}
          onDone={() => {
            setRecording(undefined);
            state.reload();
          }}
        />
      )}
    </Space>
  );
}

function VisitCard({ visit, me, onRecord }: { visit: Visit; me: string | undefined; onRecord: () => void }) {
  const partners = visit.inspectorNames.filter((_, index) => visit.inspectors[index] !== me);
  const period = visit.startsOn || visit.dueOn ? `${visit.startsOn ?? '即日'} 至 ${visit.dueOn ?? '未定'}` : '未定';
  const rows: Array<[string, string]> = [
    ['检查事项', visit.checkItems ?? '按抽查计划的事项清单检查'],
    ['检查依据', visit.legalBasis ?? '未填写'],
    ['同组检查人员', partners.length > 0 ? partners.join('、') : '无（单人检查）'],
    ['检查期间', period],
    ['抽查计划', `${visit.planTitle}（${visit.riskClass} 类）`],
  ];
  return (
    <Card size="small" data-visit-id={visit.id} title={<span style={{ whiteSpace: 'normal' }}>{visit.name}</span>}>
      <Space direction="vertical" size={6} style={{ width: '100%' }}>
        <Typography.Text>
          <EnvironmentOutlined aria-hidden /> {visit.address ?? '住所未登记'}
        </Typography.Text>
        {rows.map(([label, value]) => (
          <div key={label} style={{ overflowWrap: 'anywhere' }}>
            <Typography.Text type="secondary">{label}：</Typography.Text>
            <Typography.Text>{value}</Typography.Text>
          </div>
        ))}
        {visit.outcome ? (
          <Typography.Text type="success">
            已录入：{visit.outcome}({visit.inspectedOn})
            {visit.photos.length > 0 ? `，照片 ${visit.photos.length} 张` : ''}
          </Typography.Text>
        ) : null}
        {!visit.published && (
          <Button type={visit.outcome ? 'default' : 'primary'} size="large" block onClick={onRecord}>
            {visit.outcome ? '修改结果' : '录入结果'}
          </Button>
        )}
      </Space>
    </Card>
  );
}
