import { Pagination, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { RecordAction, RecordCard } from './record-card.tsx';

const PAGE_SIZE = 10;

/** The records of one kind, a page at a time, each with the objection and repair it allows. */
export function KindRecords({ kind, count }: { kind: string; count: number }) {
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const state = useApi(
    () =>
      call(
        api.GET('/api/enterprise-portal/records', {
          params: { query: { kind, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } },
        }),
      ),
    [kind, page],
  );
  return (
    <div data-loading={state.isLoading ? 'true' : undefined}>
      <AsyncContent state={state} loadingHeight={80}>
        {(data) => (
          <>
            {data.items.map((record) => (
              <RecordCard
                key={record.id}
                record={record}
                actions={
                  record.objection.canFile || record.repair?.canApply ? (
                    <>
                      {record.objection.canFile && (
                        <RecordAction onClick={() => navigate(`/enterprise/services/objections?recordId=${record.id}`)}>
                          提出异议
                        </RecordAction>
                      )}
                      {record.repair?.canApply && (
                        <RecordAction onClick={() => navigate(`/enterprise/services/repairs?recordId=${record.id}`)}>
                          申请修复
                        </RecordAction>
                      )}
                    </>
                  ) : undefined
                }
              />
            ))}
            {data.items.some((record) => record.repair && !record.repair.canApply) && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 6 }}>
                失信信息的修复条件见“办事 › 信用修复”。
              </Typography.Text>
            )}
          </>
        )}
      </AsyncContent>
      {count > PAGE_SIZE && (
        <Pagination
          simple
          current={page}
          pageSize={PAGE_SIZE}
          total={count}
          onChange={setPage}
          style={{ marginTop: 8, textAlign: 'center' }}
        />
      )}
    </div>
  );
}
