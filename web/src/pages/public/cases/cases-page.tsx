import { Pagination, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { CaseCard } from './case-card.tsx';

const PAGE_SIZE = 10;

/** 典型案例: the 诚信典型案例 the credit office published (001 §二(九)), newest first, paged by the server. */
export default function CasesPage() {
  const [current, setCurrent] = useState(1);
  const state = useApi(
    () =>
      call(
        api.GET('/api/public/honest-cases', {
          params: { query: { limit: PAGE_SIZE, offset: (current - 1) * PAGE_SIZE } },
        }),
      ),
    [current],
  );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 880 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        广泛宣传诚信典型案例，引导经营主体加强诚信自律（华容政办函〔2025〕6号第二部分第（九）项）。案例由区市场监管局、区发改经信局选取发布；企业信用等级发生变化、不再符合条件的，案例不再展示。
      </Typography.Paragraph>
      <AsyncContent state={state} empty={<Typography.Text type="secondary">暂无发布的典型案例。</Typography.Text>}>
        {(data) => (
          <Space
            direction="vertical"
            size={12}
            style={{ width: '100%' }}
            data-loading={state.isLoading ? 'true' : undefined}
          >
            {data.items.map((item) => (
              <CaseCard key={item.id} item={item} />
            ))}
            <Pagination
              current={current}
              pageSize={PAGE_SIZE}
              total={data.total}
              onChange={setCurrent}
              showTotal={(total) => `共 ${total} 个案例`}
              hideOnSinglePage
            />
          </Space>
        )}
      </AsyncContent>
    </Space>
  );
}
