import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { EmptyState } from '../../../components/page-states.tsx';
import { CaseDeadline } from '../shared/case-deadline.tsx';
import { CaseList } from '../shared/case-list.tsx';

/** The enterprise's repair applications with the record, the state, the review deadline once accepted and the decision. */
export function RepairList() {
  const state = useApi(async () => {
    const [repairs, records, overview] = await Promise.all([
      call(api.GET('/api/repairs')),
      call(api.GET('/api/enterprise-portal/records', { params: { query: { limit: 200 } } })),
      call(api.GET('/api/enterprise-portal/overview')),
    ]);
    return {
      items: repairs.items,
      records: new Map(records.items.map((record) => [record.id, record])),
      reviewWorkingDays: overview.limits.repairReviewWorkingDays,
    };
  }, []);
  return (
    <AsyncContent state={state} empty={<EmptyState description="还没有信用修复申请" />}>
      {({ items, records, reviewWorkingDays }) => (
        <CaseList
          label="我的修复申请"
          items={items}
          titleOf={(item) => {
            const record = item.recordId === null ? undefined : records.get(item.recordId);
            return record
              ? `${record.kindLabel}：${record.number ?? record.summary}`
              : `信用记录 ${item.recordId ?? ''}`;
          }}
          extraOf={(item) => (
            <CaseDeadline
              deadline={item.deadline}
              state={item.state}
              noun="审核"
              reviewWorkingDays={reviewWorkingDays}
            />
          )}
        />
      )}
    </AsyncContent>
  );
}
