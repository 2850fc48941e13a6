import { Card, Space, Tag, Typography } from 'antd';
import type { Schemas } from '../../../api/client.ts';
import { GradeTag } from '../../../components/grade-tag.tsx';

/** One 诚信典型案例: title, enterprise, grade when chosen, highlights and (unless compact) the story. */
export function CaseCard({ item, isCompact = false }: { item: Schemas['PublicHonestCase']; isCompact?: boolean }) {
  return (
    <Card
      size="small"
      title={item.title}
      extra={<Typography.Text type="secondary">{item.publishedOn}</Typography.Text>}
      data-testid="honest-case"
    >
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Space wrap size={8}>
          <Typography.Text strong>{item.enterpriseName}</Typography.Text>
          <Typography.Text type="secondary" copyable>
            {item.uscc}
          </Typography.Text>
          <span>
            发布时信用等级 <GradeTag grade={item.grade} />
            <Typography.Text type="secondary">（评价基准日 {item.gradeAsOf}）</Typography.Text>
          </span>
        </Space>
        {item.highlights.length > 0 && (
          <Space wrap size={[4, 4]}>
            {item.highlights.map((highlight) => (
              <Tag key={highlight} color="gold">
                {highlight}
              </Tag>
            ))}
          </Space>
        )}
        <Typography.Paragraph style={{ marginBottom: 0 }} ellipsis={isCompact ? { rows: 2 } : false}>
          {item.story}
        </Typography.Paragraph>
      </Space>
    </Card>
  );
}
