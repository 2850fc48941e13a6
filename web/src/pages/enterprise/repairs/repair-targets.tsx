import { FilePdfOutlined } from '@ant-design/icons';
import { Card, List, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { EmptyState } from '../../../components/page-states.tsx';
import { RecordAction, RecordCard } from '../records/record-card.tsx';
import { RepairForm } from './repair-form.tsx';

/**
 * The enterprise's negative records still published, each with whether it can be repaired now and, if not, when
 * (the API decides: list-own-records.ts); the repair form opens under the chosen record. Below, the 信用修复提示函
 * sent with each repairable record (“两书同达”, 003 §一(五)).
 */
export function RepairTargets({ onSubmitted }: { onSubmitted: () => void }) {
  const [searchParams] = useSearchParams();
  const [openRecordId, setOpenRecordId] = useState<number | undefined>(
    Number(searchParams.get('recordId')) || undefined,
  );
  const state = useApi(async () => {
    const [records, overview, commitments, notices] = await Promise.all([
      call(api.GET('/api/enterprise-portal/records', { params: { query: { purpose: 'repair', limit: 200 } } })),
      call(api.GET('/api/enterprise-portal/overview')),
      call(api.GET('/api/commitment-list')),
      call(api.GET('/api/repair-notices')),
    ]);
    return {
      records: records.items,
      maxBytes: overview.limits.attachmentMaxBytes,
      commitmentText: commitments.texts.find((text) => text.type === '修复型')?.text ?? null,
      notices: notices.items,
    };
  }, []);
  return (
    <AsyncContent state={state} isEmpty={() => false}>
      {({ records, maxBytes, commitmentText, notices }) => (
        <>
          <Card size="small" title="仍在公示的失信信息">
            {records.length === 0 ? (
              <EmptyState description="本企业没有仍在公示的失信信息，无需申请信用修复" />
            ) : (
              records.map((record) => (
                <div key={record.id}>
                  <RecordCard
                    record={record}
                    actions={
                      <>
                        <Typography.Text
                          type={record.repair?.canApply ? 'success' : 'secondary'}
                          style={{ fontSize: 13, alignSelf: 'center' }}
                        >
                          {record.repair?.note}
                        </Typography.Text>
                        {record.repair?.canApply && openRecordId !== record.id && (
                          <RecordAction onClick={() => setOpenRecordId(record.id)}>申请修复</RecordAction>
                        )}
                      </>
                    }
                  />
                  {record.repair?.canApply && openRecordId === record.id && (
                    <section
                      aria-label={`申请修复：${record.number ?? record.kindLabel}`}
                      style={{ background: '#f6f8fc', borderRadius: 8, padding: '4px 12px 8px', margin: '8px 0' }}
                    >
                      <RepairForm
                        record={record}
                        commitmentText={commitmentText}
                        maxBytes={maxBytes}
                        onSubmitted={onSubmitted}
                        onCancel={() => setOpenRecordId(undefined)}
                      />
                    </section>
                  )}
                </div>
              ))
            )}
          </Card>
          {notices.length > 0 && (
            <Card size="small" title="信用修复提示函" style={{ marginTop: 12 }}>
              <List
                dataSource={notices}
                renderItem={(notice) => (
                  <List.Item key={notice.id} style={{ paddingInline: 0, display: 'block' }}>
                    <Typography.Text strong style={{ display: 'block' }}>
                      <FilePdfOutlined /> {notice.number}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                      {notice.kindLabel} · {notice.department} · {notice.decidedOn}；自 {notice.repairableFrom}{' '}
                      起可申请修复
                    </Typography.Text>
                    <ExportButton
                      request={() =>
                        api.GET('/api/repair-notices/{id}/pdf', {
                          params: { path: { id: notice.id } },
                          parseAs: 'blob',
                        })
                      }
                      fileName={`信用修复提示函-${notice.number}.pdf`}
                    >
                      下载提示函
                    </ExportButton>
                  </List.Item>
                )}
              />
            </Card>
          )}
        </>
      )}
    </AsyncContent>
  );
}
