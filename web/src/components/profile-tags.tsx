import { Grid, Popover, Space, Tag, Typography } from 'antd';
import { api, call, type Schemas } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';

type EnterpriseTag = Schemas['EnterpriseTag'];

function TagFacts({ tag }: { tag: EnterpriseTag }) {
  return (
    <div style={{ maxWidth: 360 }}>
      <Typography.Paragraph style={{ marginBottom: 8 }}>{tag.explanation}</Typography.Paragraph>
      <Typography.Text strong>依据的事实</Typography.Text>
      <ul style={{ paddingInlineStart: 20, margin: '4px 0 8px' }}>
        {tag.facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        规则依据：{tag.referenceText}
      </Typography.Text>
    </div>
  );
}

/**
 * 信用画像: the enterprise's tags, computed from its current data; each opens (hover, focus or tap) its explanation, the
 * facts behind it and the rule's reference. Shared by the officials' enterprise page and the portal's 我的信用.
 */
export function ProfileTags({ uscc }: { uscc: string }) {
  const state = useApi(() => call(api.GET('/api/enterprises/{uscc}/profile', { params: { path: { uscc } } })), [uscc]);
  // A tag opens its facts on a tap: on a phone it is a tap target of at least 40 px.
  const isPhone = Grid.useBreakpoint().md === false;
  if (state.error) return <Typography.Text type="secondary">信用画像暂不可用</Typography.Text>;
  if (!state.data) return <Typography.Text type="secondary">正在计算信用画像…</Typography.Text>;
  if (state.data.tags.length === 0) return <Typography.Text type="secondary">暂无画像标签</Typography.Text>;
  return (
    <Space size={[4, 8]} wrap data-testid="profile-tags">
      {state.data.tags.map((tag) => (
        <Popover key={tag.code} title={tag.name} content={<TagFacts tag={tag} />} trigger={['hover', 'click']}>
          <Tag
            color={tag.tone === 'negative' ? 'red' : 'green'}
            tabIndex={0}
            role="button"
            aria-label={`${tag.name}：${tag.explanation}`}
            style={{
              cursor: 'pointer',
              ...(isPhone ? { minHeight: 40, display: 'inline-flex', alignItems: 'center' } : {}),
            }}
          >
            {tag.name}
          </Tag>
        </Popover>
      ))}
    </Space>
  );
}
