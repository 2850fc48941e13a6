import { Button, Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Fragment, useState } from 'react';
import { api, ApiError, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { JobWatcher, RunningModelJob, type Job } from './job-watcher.tsx';
import { formatDateTime } from '../../../components/district-time.ts';

type Run = Schemas['EvaluationRun'];

const STATUS: Record<Run['status'], { label: string; color: string }> = {
  running: { label: '运行中', color: 'processing' },
  interrupted: { label: '已中断（可续跑）', color: 'warning' },
  finished: { label: '已完成', color: 'success' },
};

/** Start a full re-evaluation with the published model (administrators). */
function StartEvaluation({ onFinished }: { onFinished: () => void }) {
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [job, setJob] = useState<Job>();
  const [error, setError] = useState<ApiError>();
  const start = async () => {
    setError(undefined);
    try {
      setJob(await call(api.POST('/api/evaluation-runs', { body: { asOf: asOf?.format('YYYY-MM-DD') } })));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError('UNKNOWN', String(failure), 0));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <span>评价基准日</span>
        <DatePicker value={asOf} onChange={setAsOf} placeholder="今天" allowClear aria-label="评价基准日" />
        <Button type="primary" onClick={start} disabled={job?.status === 'running'}>
          开始批量评价
        </Button>
      </Space>
      <ErrorAlert error={error} />
      {job && (
        <JobWatcher
          key={job.id}
          job={job}
          onFinished={(finished) => {
            setJob(finished);
            onFinished();
          }}
        />
      )}
    </Space>
  );
}

/** 批量评价: re-evaluate every enterprise with the published model as a job with progress; the run history. */
export default function EvaluationRunsPage() {
  const { user } = useSession();
  const published = useApi(() => call(api.GET('/api/model-versions')), []);
  const runs = useApi(() => call(api.GET('/api/evaluation-runs', { params: { query: { limit: 30 } } })), []);
  const current = published.data?.items.find((item) => item.status === 'published');
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title="按现行模型重新评价全部企业">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            现行版本：
            {current ? (
              <Typography.Text strong>
                {current.title}（{current.version} 版）
              </Typography.Text>
            ) : published.isLoading ? (
              '…'
            ) : (
              '尚未发布'
            )}
            。批量评价按所选基准日（默认今天）评价每一家企业并保存结果；被中断的评价以同一基准日再次发起时，从中断处续跑。
          </Typography.Paragraph>
          {user?.role === 'admin' ? (
            <StartEvaluation onFinished={runs.reload} />
          ) : (
            <Typography.Text type="secondary">只有平台管理员可以发起批量评价。</Typography.Text>
          )}
        </Space>
      </Card>
      <RunningModelJob onFinished={runs.reload} />
      <Card title="批量评价记录">
        <AsyncContent state={runs} empty={<Typography.Text type="secondary">尚无批量评价记录</Typography.Text>}>
          {(data) => (
            <Table<Run>
              rowKey="id"
              size="small"
              dataSource={data.items}
              pagination={false}
              scroll={{ x: 960 }}
              columns={[
                // Ten columns at their widths were squeezed into the card at 1280 px (dates broken over two lines):
                // the model under the run's kind and the saved count under the progress keep each column readable.
                { title: '编号', dataIndex: 'id', width: 56 },
                {
                  title: '类型与模型版本',
                  render: (_, row) => (
                    <Space direction="vertical" size={0}>
                      <span>{row.kindLabel}</span>
                      <Typography.Text type="secondary">{row.modelName}</Typography.Text>
                    </Space>
                  ),
                },
                { title: '基准日', dataIndex: 'asOf', width: 100 },
                {
                  title: '状态',
                  dataIndex: 'status',
                  width: 90,
                  render: (status: Run['status']) => <Tag color={STATUS[status].color}>{STATUS[status].label}</Tag>,
                },
                {
                  title: '已评价 / 企业数',
                  width: 120,
                  render: (_, row) => (
                    <Space direction="vertical" size={0}>
                      <span>
                        {row.evaluated.toLocaleString('zh-CN')} / {row.totalEnterprises.toLocaleString('zh-CN')}
                      </span>
                      <Typography.Text type="secondary">保存 {row.stored.toLocaleString('zh-CN')} 条</Typography.Text>
                    </Space>
                  ),
                },
                {
                  title: '等级分布',
                  dataIndex: 'gradeCounts',
                  width: 200,
                  render: (counts: Run['gradeCounts']) => {
                    const entries = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
                    return entries.length === 0
                      ? '—'
                      : entries.map(([grade, count], index) => (
                          // The separator outside the unbreakable grade and count: a long row wraps between grades.
                          <Fragment key={grade}>
                            {index > 0 && ' · '}
                            <span style={{ whiteSpace: 'nowrap' }}>
                              {grade} {count.toLocaleString('zh-CN')}
                            </span>
                          </Fragment>
                        ));
                  },
                },
                { title: '操作人', dataIndex: 'operatorName', width: 100 },
                {
                  title: '开始 / 完成',
                  width: 150,
                  render: (_, row) => (
                    <Space direction="vertical" size={0}>
                      <span>{formatDateTime(row.startedAt)}</span>
                      <Typography.Text type="secondary">{formatDateTime(row.finishedAt)}</Typography.Text>
                    </Space>
                  ),
                },
              ]}
            />
          )}
        </AsyncContent>
      </Card>
    </Space>
  );
}
