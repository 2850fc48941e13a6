import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { RunningModelJob } from './job-watcher.tsx';
import { ModelStatusTag } from './model-status-tag.tsx';
import { formatDateTime } from '../../../components/district-time.ts';

type Version = Schemas['ModelVersionSummary'];

/** 模型管理 · 版本与参数: every model version with its status, effective dates and digest. */
export default function ModelVersionsPage() {
  const state = useApi(() => call(api.GET('/api/model-versions')), []);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        message="模型版本的生命周期：草稿 → 模拟（与现行版本对比等级变化）→ 发布（冻结并重新评价全部企业）"
        description={
          <>
            新版本以文件形式准备：将现行版本目录复制到数据目录下的“models/模型标识/新版本号/”，在模型定义文件中改写版本号与需要调整的参数（每个数值写明依据），
            新版本即出现在下表中；打开版本可查看参数、模拟并发布。
          </>
        }
      />
      <RunningModelJob onFinished={state.reload} />
      <Card>
        <AsyncContent state={state}>
          {(data) => (
            <Table<Version>
              rowKey="key"
              dataSource={data.items}
              pagination={false}
              scroll={{ x: 960 }}
              // The widths add up to what a 1280 px window leaves the table, so dates and 随平台发布 stay on one line.
              columns={[
                {
                  title: '版本',
                  dataIndex: 'key',
                  width: 180,
                  render: (_: string, row) => (
                    <Space direction="vertical" size={0}>
                      <Link
                        to={`/admin/model/${row.modelId}/${row.version}`}
                        aria-label={`${row.title}（${row.version} 版）`}
                      >
                        {row.version} 版
                      </Link>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {row.title}
                      </Typography.Text>
                    </Space>
                  ),
                },
                {
                  title: '状态',
                  dataIndex: 'status',
                  width: 110,
                  render: (status: Version['status'], row) => (
                    <Space size={4} wrap>
                      <ModelStatusTag status={status} />
                      {row.filesChanged && <Tag color="red">文件已被改动</Tag>}
                      {row.problemCount > 0 && <Tag color="red">{row.problemCount} 处错误</Tag>}
                    </Space>
                  ),
                },
                {
                  title: '生效日期',
                  dataIndex: 'effectiveFrom',
                  width: 116,
                  render: (value: string | null) => value ?? '—',
                },
                {
                  title: '摘要',
                  dataIndex: 'digest',
                  width: 140,
                  render: (digest: string) => (
                    <Typography.Text code copyable={{ text: digest }} style={{ whiteSpace: 'nowrap' }}>
                      {digest.slice(0, 10)}…
                    </Typography.Text>
                  ),
                },
                {
                  title: '最近模拟',
                  dataIndex: 'lastSimulation',
                  width: 160,
                  render: (simulation: Version['lastSimulation'], row) =>
                    simulation ? (
                      <Space direction="vertical" size={0}>
                        <span>{formatDateTime(simulation.at)}</span>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {simulation.byName}
                          {simulation.digest !== row.digest ? '（模拟后文件有改动）' : ''}
                        </Typography.Text>
                      </Space>
                    ) : (
                      '—'
                    ),
                },
                {
                  title: '发布',
                  dataIndex: 'publishedAt',
                  width: 160,
                  render: (at: string | null, row) =>
                    at ? (
                      <Space direction="vertical" size={0}>
                        <span>{formatDateTime(at)}</span>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {row.publishedByName}
                          {row.retiredAt ? `，${formatDateTime(row.retiredAt)} 停用` : ''}
                        </Typography.Text>
                      </Space>
                    ) : (
                      '—'
                    ),
                },
                {
                  title: '来源',
                  dataIndex: 'source',
                  width: 104,
                  render: (source: Version['source']) =>
                    source === 'platform' ? '随平台发布' : source === 'data-dir' ? '本地草稿' : '文件已不在',
                },
              ]}
            />
          )}
        </AsyncContent>
      </Card>
    </Space>
  );
}
