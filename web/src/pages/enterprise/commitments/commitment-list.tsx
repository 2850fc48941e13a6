import { Pagination, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { EmptyState } from '../../../components/page-states.tsx';
import { CaseList } from '../shared/case-list.tsx';

/** The enterprise's commitments: type, item or department, the text version signed, and the department's check. */
const PAGE_SIZE = 20;

export function CommitmentList() {
  const [page, setPage] = useState(1);
  const state = useApi(async () => {
    const [commitments, list, departments] = await Promise.all([
      call(api.GET('/api/commitments', { params: { query: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } } })),
      call(api.GET('/api/commitment-list')),
      call(api.GET('/api/catalog/departments')),
    ]);
    return {
      total: commitments.total,
      items: commitments.items,
      itemNames: new Map(list.items.map((item) => [item.code, item.name])),
      departmentNames: new Map(departments.items.map((department) => [department.code, department.shortName])),
    };
  }, [page]);
  return (
    <AsyncContent state={state} empty={<EmptyState description="还没有作出信用承诺" />}>
      {({ total, items, itemNames, departmentNames }) => (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <CaseList
            label="我的承诺"
            items={items}
            titleOf={(item) => {
              const itemCode = typeof item.details.item_code === 'string' ? item.details.item_code : null;
              const department =
                departmentNames.get(String(item.details.department_code)) ?? String(item.details.department_code ?? '');
              return `${String(item.details.commitment_type ?? '信用承诺')}：${itemCode ? (itemNames.get(itemCode) ?? itemCode) : department}`;
            }}
            extraOf={(item) => (
              <>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                  承诺对象{' '}
                  {departmentNames.get(String(item.details.department_code)) ??
                    String(item.details.department_code ?? '')}{' '}
                  · 签署于 {String(item.details.signed_on ?? '')} · 文本 {String(item.details.text_version ?? '')}
                </Typography.Text>
                {item.state === 'signed' && (
                  <Typography.Text style={{ display: 'block', fontSize: 13 }}>
                    等待承诺对象部门核查履行情况
                  </Typography.Text>
                )}
                {typeof item.details.evidence === 'string' && item.details.evidence && (
                  <Typography.Text style={{ display: 'block', fontSize: 13 }}>
                    核查情况：{item.details.evidence}
                  </Typography.Text>
                )}
              </>
            )}
          />
          {total > PAGE_SIZE && (
            <Pagination
              simple
              align="center"
              current={page}
              pageSize={PAGE_SIZE}
              total={total}
              onChange={setPage}
              showTotal={(count) => `共 ${count} 项承诺`}
            />
          )}
        </Space>
      )}
    </AsyncContent>
  );
}
