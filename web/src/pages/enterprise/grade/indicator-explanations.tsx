import { Collapse, Empty, List, Space, Tag, Typography } from 'antd';
import type { Schemas } from '../../../api/client.ts';
import { formatIndicatorValue } from './format-indicator-value.ts';

type Trace = Schemas['EvaluationTrace'];

function Points({ points }: { points: number }) {
  const color = points > 0 ? '#389e0d' : points < 0 ? '#cf1322' : 'rgba(0,0,0,0.45)';
  return <span style={{ color, fontWeight: 600, whiteSpace: 'nowrap' }}>{points > 0 ? `+${points}` : points} 分</span>;
}

/**
 * Why the score is what it is, indicator by indicator and grouped by dimension: the value the model read, the points
 * it gave, the rule (each parameter's description and value) and the clause it rests on; then the records the model
 * did not count and why.
 */
export function IndicatorExplanations({
  trace,
  kindLabels,
}: {
  trace: Trace;
  kindLabels: ReadonlyMap<string, string>;
}) {
  const items = trace.dimensions.map((dimension) => {
    const indicators = trace.indicators.filter((indicator) => indicator.dimension === dimension.id);
    return {
      key: dimension.id,
      label: (
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'baseline' }}>
          <Typography.Text strong style={{ minWidth: 0 }}>
            {dimension.label}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', fontSize: 12 }}>
            {dimension.score} 分 · 计入 {dimension.contribution}
          </Typography.Text>
        </div>
      ),
      children: (
        <List
          itemLayout="vertical"
          split
          dataSource={indicators}
          renderItem={(indicator) => (
            <List.Item key={indicator.id} style={{ paddingInline: 0 }}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <Typography.Text strong>{indicator.label}</Typography.Text>
                <Points points={indicator.points} />
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                取值：{formatIndicatorValue(indicator.value)}
                {indicator.records.length > 0 ? ` · 计入 ${indicator.records.length} 条记录` : ''}
              </Typography.Text>
              {indicator.parameters.length > 0 && (
                <ul style={{ margin: '6px 0 0', paddingInlineStart: 18, fontSize: 13, color: 'rgba(0,0,0,0.75)' }}>
                  {indicator.parameters.map((parameter) => (
                    <li key={parameter.id} style={{ overflowWrap: 'anywhere' }}>
                      {parameter.description}:{parameter.valueText}
                    </li>
                  ))}
                </ul>
              )}
              <Typography.Text
                type="secondary"
                style={{ display: 'block', fontSize: 12, marginTop: 4, overflowWrap: 'anywhere' }}
              >
                依据：{indicator.referenceText}
              </Typography.Text>
            </List.Item>
          )}
        />
      ),
    };
  });
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Collapse items={items} />
      <div>
        <Typography.Text strong>未计入评价的记录</Typography.Text>
        {trace.excluded.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有未计入的记录" />
        ) : (
          <List
            size="small"
            dataSource={trace.excluded}
            renderItem={(record) => (
              <List.Item key={`${record.id}-${record.version}`} style={{ paddingInline: 0 }}>
                <Space wrap size={4}>
                  <Typography.Text>{kindLabels.get(record.kind) ?? record.kind}</Typography.Text>
                  {record.occurredOn && <Typography.Text type="secondary">{record.occurredOn}</Typography.Text>}
                  <Tag>{record.reason}</Tag>
                </Space>
              </List.Item>
            )}
          />
        )}
      </div>
    </Space>
  );
}
