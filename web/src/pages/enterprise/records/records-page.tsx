import { Collapse, Flex, Tag, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { EmptyState } from '../../../components/page-states.tsx';
import { KindRecords } from './kind-records.tsx';
import { TouchSized } from '../shared/touch-sized.tsx';

/**
 * 我的记录: the enterprise's records grouped by kind, each group paged on demand, with the sending
 * department, the date and the standing (公示中 / 可申请修复 / 公示期满 / 已修复 / 已过期 …).
 */
export default function RecordsPage() {
  const state = useApi(() => call(api.GET('/api/enterprise-portal/records', { params: { query: { limit: 1 } } })), []);
  return (
    <TouchSized>
      <AsyncContent
        state={state}
        isEmpty={(data) => data.total === 0}
        empty={<EmptyState description="平台尚未归集到本企业的信用记录" />}
      >
        {(data) => (
          <>
            <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
              共 {data.total} 条记录，分 {data.kinds.length}{' '}
              类。点开类别查看记录；对记录有异议的，可在记录归集之日起的期限内提出。
            </Typography.Paragraph>
            <Collapse
              items={data.kinds.map((kind) => ({
                key: kind.kind,
                label: (
                  <Flex justify="space-between" gap={8} align="center">
                    <span style={{ minWidth: 0 }}>
                      <Typography.Text strong>{kind.kindLabel}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                        {kind.category}
                      </Typography.Text>
                    </span>
                    <Tag style={{ marginInlineEnd: 0 }}>{kind.count} 条</Tag>
                  </Flex>
                ),
                children: <KindRecords kind={kind.kind} count={kind.count} />,
              }))}
            />
          </>
        )}
      </AsyncContent>
    </TouchSized>
  );
}
