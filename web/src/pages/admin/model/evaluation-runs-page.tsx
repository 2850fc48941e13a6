import { Button, Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
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
                { title: '编号', dataIndex: 'id', width: 64 },
                { title: '类型', dataIndex: 'kindLabel', width: 140 },
                { title: '模型版本', dataIndex: 'modelName', width: 170 },
                { title: '基准日', dataIndex: 'asOf', width: 110 },
                {
                  title: '状态',
                  dataIndex: 'status',
                  width: 130,
                  render: (status: Run['status']) => <Tag color={STATUS[status].color}>{STATUS[status].label}</Tag>,
                },
                {
                  title: '已评价 / 企业数',
                  width: 140,
                  render: (_, row) =>
                    `${row.evaluated.toLocaleString('zh-CN')} / ${row.totalEnterprises.toLocaleString('zh-CN')}`,
                },
                {
                  title: '保存评价',
                  dataIndex: 'stored',
                  width: 90,
                  render: (value: number) => value.toLocaleString('zh-CN'),
                },
                {
                  title: '等级分布',
                  dataIndex: 'gradeCounts',
                  width: 230,
                  render: (counts: Run['gradeCounts']) => (
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {Object.entries(counts)
                        .sort(([a], [b]) => a.localeCompare(b))
                        .map(([grade, count]) => `${grade} ${count.toLocaleString('zh-CN')}`)
                        .join(' · ') || '—'}
                    </span>
                  ),
                },
                { title: '操作人', dataIndex: 'operatorName', width: 110 },
                {
                  title: '开始 / 完成',
                  width: 160,
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
