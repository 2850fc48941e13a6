import { Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { EmptyState } from '../../../components/page-states.tsx';
import { CaseDeadline } from '../shared/case-deadline.tsx';
import { CaseList } from '../shared/case-list.tsx';

/**
 * The enterprise's objections with what they contest, their state, the working-day deadline once accepted
 * (001 §二(四) "在规定时效内完成复评") and the result with its reason.
 */
export function ObjectionList() {
  const state = useApi(async () => {
    const [objections, records, overview] = await Promise.all([
      call(api.GET('/api/objections')),
      call(api.GET('/api/enterprise-portal/records', { params: { query: { limit: 200 } } })),
      call(api.GET('/api/enterprise-portal/overview')),
    ]);
    return {
      items: objections.items,
      records: new Map(records.items.map((record) => [record.id, record])),
      reviewWorkingDays: overview.limits.objectionReviewWorkingDays,
    };
  }, []);
  return (
    <AsyncContent state={state} empty={<EmptyState description="还没有提出过异议" />}>
      {({ items, records, reviewWorkingDays }) => (
        <CaseList
          label="我的异议"
          items={items}
          titleOf={(item) => {
            if (item.recordId === null) return `评价结果（评价编号 ${String(item.details.evaluation_id ?? '')}）`;
            const record = records.get(item.recordId);
            return record
              ? `${record.kindLabel}：${record.number ?? record.summary ?? record.id}`
              : `信用记录 ${item.recordId}`;
          }}
          extraOf={(item) => (
            <>
              <CaseDeadline
                deadline={item.deadline}
                state={item.state}
                noun="办结"
                reviewWorkingDays={reviewWorkingDays}
              />
              {typeof item.details.reason === 'string' && (
                <Typography.Paragraph
                  type="secondary"
                  ellipsis={{ rows: 2, expandable: true, symbol: '展开' }}
                  style={{ margin: '4px 0 0', fontSize: 13 }}
                >
                  异议理由：{item.details.reason}
                </Typography.Paragraph>
              )}
            </>
          )}
        />
      )}
    </AsyncContent>
  );
}
