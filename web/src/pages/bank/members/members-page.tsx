import { Card, Grid, Input, List, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { formatDateTime } from '../../../components/district-time.ts';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { EmptyState } from '../../../components/page-states.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';

type Member = Schemas['SharedEnterprise'];
type SharedEvent = Schemas['SharedEvent'];

/** The most grade changes read for the page: the feed is read from its start, newest shown first. */
const MAX_CHANGES = 1000;

/** Why the association may see the enterprise: the lists pushed to it and the enterprise's own authorisation. */
function SharedThrough({ member }: { member: Member }) {
  return (
    <Space size={4} wrap>
      {member.lists.map((list) => (
        <Tag key={list}>{list}</Tag>
      ))}
      {member.authorizedUntil && <Tag color="blue">企业授权查询（至 {member.authorizedUntil}）</Tag>}
    </Space>
  );
}

function scoreText(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : `${score.toFixed(2)} 分`;
}

/** One grade change of a member as a sentence: 等级 B → A，分数 79.50 → 84.95（评价基准日 …）. */
function changeText(event: SharedEvent): string {
  const data = event.data as {
    grade?: string;
    previousGrade?: string | null;
    score?: number;
    previousScore?: number | null;
    asOf?: string;
  };
  const number = (value: unknown) => (typeof value === 'number' ? value.toFixed(2) : '—');
  const score = typeof data.score === 'number' ? `，分数 ${number(data.previousScore)} → ${number(data.score)}` : '';
  const asOf = data.asOf ? `（评价基准日 ${data.asOf}）` : '';
  return `等级 ${data.previousGrade ?? '—'} → ${data.grade ?? '—'}${score}${asOf}`;
}

/** Members' grade changes, newest first, read from the shared-event feed (only enterprises shared with the account). */
function GradeChanges() {
  const isPhone = Grid.useBreakpoint().md === false;
  const state = useApi(async () => {
    const events: SharedEvent[] = [];
    let cursor = 0;
    for (;;) {
      const page = await call(
        api.GET('/api/feed', { params: { query: { cursor, limit: 500, types: 'grade_changed' } } }),
      );
      events.push(...page.events);
      cursor = page.nextCursor;
      if (!page.hasMore || events.length >= MAX_CHANGES) break;
    }
    return { items: events.reverse() };
  }, []);
  return (
    <div data-loading={state.isLoading ? 'true' : undefined}>
      <AsyncContent state={state} empty={<EmptyState description="会员企业的信用等级还没有变化" />}>
        {({ items }) =>
          isPhone ? (
            <List<SharedEvent>
              dataSource={items}
              pagination={{ pageSize: 10, size: 'small', hideOnSinglePage: true }}
              renderItem={(event) => (
                <List.Item>
                  <div style={{ width: '100%' }} data-card="grade-change">
                    <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                      {event.enterpriseName}
                    </Typography.Text>
                    <Typography.Text style={{ display: 'block' }}>{changeText(event)}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {formatDateTime(event.createdAt)}
                    </Typography.Text>
                  </div>
                </List.Item>
              )}
            />
          ) : (
            <Table<SharedEvent>
              rowKey="id"
              size="small"
              dataSource={items}
              pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 次变化` }}
              columns={[
                { title: '时间', dataIndex: 'createdAt', width: 170, render: (value: string) => formatDateTime(value) },
                { title: '企业', dataIndex: 'enterpriseName', ellipsis: true },
                { title: '变化', key: 'change', render: (_: unknown, event) => changeText(event) },
              ]}
            />
          )
        }
      </AsyncContent>
    </div>
  );
}

/**
 * 会员企业信用 (行业协会): the enterprises shared with the association — on a list pushed to it, or authorising it
 * (企业授权查询) — with their current grades, and their grade changes. Nothing else of an enterprise is shown here:
 * the sharing rules give an association the grade, not the records (docs/sharing.md).
 */
export default function MembersPage() {
  const [q, setQ] = useState('');
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title="会员企业的信用等级">
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            这里列出推送给本协会的名单中、以及授权本协会查询的企业。企业撤回授权或授权到期后，不再显示。
          </Typography.Text>
          <Input.Search
            placeholder="企业名称关键词或统一社会信用代码"
            allowClear
            enterButton="查询"
            style={{ width: 420, maxWidth: '100%' }}
            onSearch={(value) => setQ(value.trim())}
            aria-label="在会员企业中查找"
          />
          <PagedTable<Member>
            rowKey="uscc"
            filters={[q]}
            emptyText={q ? `没有名称或代码含“${q}”的会员企业` : '还没有企业共享给本协会'}
            load={({ limit, offset }) =>
              call(api.GET('/api/shared-enterprises', { params: { query: { q: q || undefined, limit, offset } } }))
            }
            renderCard={(member) => (
              <div style={{ width: '100%' }} data-card="member">
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
                  <Typography.Text strong style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    {member.name}
                  </Typography.Text>
                  <GradeTag grade={member.grade} />
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 13, display: 'block' }}>
                  {member.uscc} · {scoreText(member.score)}
                  {member.asOf ? ` · 评价基准日 ${member.asOf}` : ''}
                </Typography.Text>
                <SharedThrough member={member} />
              </div>
            )}
            columns={[
              { title: '企业名称', dataIndex: 'name', ellipsis: true },
              { title: '统一社会信用代码', dataIndex: 'uscc', width: 190 },
              {
                title: '信用等级',
                dataIndex: 'grade',
                width: 90,
                render: (grade: string | null) => <GradeTag grade={grade} />,
              },
              { title: '得分', dataIndex: 'score', width: 96, render: (score: number | null) => scoreText(score) },
              { title: '评价基准日', dataIndex: 'asOf', width: 110, render: (asOf: string | null) => asOf ?? '—' },
              {
                title: '共享途径',
                key: 'through',
                width: 200,
                render: (_: unknown, member) => <SharedThrough member={member} />,
              },
            ]}
          />
        </Space>
      </Card>
      <Card title="等级变化">
        <GradeChanges />
      </Card>
    </Space>
  );
}
