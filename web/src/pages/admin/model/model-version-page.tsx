import { Alert, Button, Card, Descriptions, Grid, Modal, Select, Space, Tabs, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { JobWatcher, RunningModelJob, type Job } from './job-watcher.tsx';
import { DimensionsTable, GradesTable, ParametersTable } from './model-definition-tables.tsx';
import { ModelStatusTag } from './model-status-tag.tsx';
import { SimulationPanel } from './simulation-panel.tsx';
import { formatDateTime } from '../../../components/district-time.ts';

type Detail = Schemas['ModelVersionDetail'];

/** Simulate and publish (administrators only): each a background job whose progress shows under the buttons. */
function LifecycleActions({ detail, onChanged }: { detail: Detail; onChanged: () => void }) {
  const [job, setJob] = useState<Job>();
  const [error, setError] = useState<ApiError>();
  const [isConfirming, setIsConfirming] = useState(false);
  const path = { modelId: detail.modelId, version: detail.version };
  const start = async (request: () => Promise<Job>) => {
    setError(undefined);
    try {
      setJob(await request());
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError('UNKNOWN', String(failure), 0));
    }
  };
  const simulate = () =>
    start(() => call(api.POST('/api/model-versions/{modelId}/{version}/simulations', { params: { path } })));
  const publish = () => {
    setIsConfirming(false);
    void start(() =>
      call(
        api.POST('/api/model-versions/{modelId}/{version}/publication', {
          params: { path },
          body: { confirmDigest: detail.digest },
        }),
      ),
    );
  };
  const isRunning = job?.status === 'running';
  const canSimulate = detail.status !== 'published' && detail.problemCount === 0;
  const canPublish = detail.status === 'simulated' && detail.problems.length === 0 && detail.testFailures.length === 0;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button
          type={detail.status === 'draft' ? 'primary' : 'default'}
          disabled={!canSimulate || isRunning}
          onClick={simulate}
        >
          {detail.simulation ? '重新模拟' : '模拟'}
        </Button>
        <Button type="primary" danger disabled={!canPublish || isRunning} onClick={() => setIsConfirming(true)}>
          发布此版本
        </Button>
        <Typography.Text type="secondary">
          {detail.status === 'published'
            ? '现行发布的版本已冻结，不可再模拟或修改。'
            : detail.status === 'simulated'
              ? '已模拟：确认影响后可发布。'
              : '草稿须先模拟，查看对现有等级的影响后才能发布。'}
        </Typography.Text>
      </Space>
      <ErrorAlert error={error} />
      {job && (
        <JobWatcher
          key={job.id}
          job={job}
          onFinished={(finished) => {
            setJob(finished);
            onChanged();
          }}
        />
      )}
      <Modal
        open={isConfirming}
        title={`发布“${detail.title}（${detail.version} 版）”？`}
        okText="确认发布"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        onOk={publish}
        onCancel={() => setIsConfirming(false)}
      >
        <Space direction="vertical">
          <span>发布后：</span>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            <li>原版本停用，此版本冻结（摘要 {detail.digest.slice(0, 12)}…），此后文件不可修改；</li>
            <li>
              按此版本重新评价全部企业，
              {detail.simulation
                ? `模拟显示 ${detail.simulation.movedCount.toLocaleString('zh-CN')} 家企业等级将发生变化；`
                : ''}
            </li>
            <li>共享订阅方会收到等级变更事件；企业的信用报告按新版本出具。</li>
          </ul>
        </Space>
      </Modal>
    </Space>
  );
}

type Section = { key: string; label: string; children: ReactNode };

/**
 * The version's sections as tabs; on a phone, where four tabs would not fit the width (antd would hide some behind a
 * menu in the tab list), a select that names the section shown.
 */
function VersionSections({ items, defaultKey }: { items: Section[]; defaultKey: string }) {
  const isPhone = Grid.useBreakpoint().md === false;
  const [active, setActive] = useState(defaultKey);
  if (!isPhone) return <Tabs activeKey={active} onChange={setActive} items={items} />;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Select
        aria-label="查看内容"
        value={active}
        onChange={setActive}
        options={items.map((item) => ({ value: item.key, label: item.label }))}
        style={{ width: '100%' }}
      />
      {items.find((item) => item.key === active)?.children}
    </Space>
  );
}

/** One model version: what it is, its simulation with the transition matrix, its parameters, dimensions and grades. */
export default function ModelVersionPage() {
  const { modelId = '', version = '' } = useParams();
  const { user } = useSession();
  const state = useApi(
    () => call(api.GET('/api/model-versions/{modelId}/{version}', { params: { path: { modelId, version } } })),
    [modelId, version],
  );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Link to="/admin/model">← 返回版本列表</Link>
      <AsyncContent state={state}>
        {(detail) => (
          <>
            <Card
              title={
                <Space>
                  {detail.version} 版 <ModelStatusTag status={detail.status} />
                </Space>
              }
            >
              <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
                <Descriptions.Item label="名称">{detail.title}</Descriptions.Item>
                <Descriptions.Item label="生效日期">{detail.effectiveFrom ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="可评价起始日">{detail.evaluableFrom ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="摘要">
                  <Typography.Text code copyable={{ text: detail.digest }}>
                    {detail.digest.slice(0, 16)}…
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label="来源">
                  {detail.source === 'platform'
                    ? '随平台发布'
                    : detail.source === 'data-dir'
                      ? '本地草稿'
                      : '文件已不在'}
                </Descriptions.Item>
                <Descriptions.Item label="得分范围">
                  {detail.score.min}–{detail.score.max} 分（保留 {detail.score.decimals} 位小数）
                </Descriptions.Item>
                <Descriptions.Item label="发布">
                  {detail.publishedAt ? `${formatDateTime(detail.publishedAt)} · ${detail.publishedByName}` : '—'}
                </Descriptions.Item>
                <Descriptions.Item label="停用">{formatDateTime(detail.retiredAt)}</Descriptions.Item>
                <Descriptions.Item label="依据" span={3}>
                  {detail.referenceText}
                </Descriptions.Item>
              </Descriptions>
              {detail.filesChanged && (
                <Alert
                  type="error"
                  showIcon
                  message="该版本的文件与发布时冻结的摘要不符：已发布的版本不可修改，请恢复原文件，或把修改作为新版本模拟后发布。"
                />
              )}
              {detail.problems.length > 0 && (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginTop: 12 }}
                  message={`模型检查发现 ${detail.problems.length} 处问题，修正前不能发布`}
                  description={
                    <ul style={{ margin: 0, paddingLeft: 20 }}>
                      {detail.problems.slice(0, 20).map((problem) => (
                        <li key={problem}>{problem}</li>
                      ))}
                    </ul>
                  }
                />
              )}
              {detail.testFailures.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginTop: 12 }}
                  message={`模型自带的测试用例有 ${detail.testFailures.length} 个未通过（xinping model test）：可以模拟，修正用例或参数之前不能发布`}
                  description={
                    <ul style={{ margin: 0, paddingLeft: 20 }}>
                      {detail.testFailures.slice(0, 10).map((failure) => (
                        <li key={failure}>{failure}</li>
                      ))}
                    </ul>
                  }
                />
              )}
              {user?.role === 'admin' && (
                <div style={{ marginTop: 16 }}>
                  <LifecycleActions detail={detail} onChanged={state.reload} />
                </div>
              )}
            </Card>
            <RunningModelJob onFinished={state.reload} />
            <Card>
              <VersionSections
                defaultKey={detail.simulation ? 'simulation' : 'parameters'}
                items={[
                  {
                    key: 'simulation',
                    label: '模拟结果',
                    children: detail.simulation ? (
                      <SimulationPanel
                        simulation={detail.simulation}
                        isCurrentFiles={detail.simulation.digest === detail.digest}
                      />
                    ) : (
                      <Alert
                        type="info"
                        message={
                          detail.lastSimulation
                            ? `上次模拟（${formatDateTime(detail.lastSimulation.at)}）之后文件有改动，请重新模拟。`
                            : '尚未模拟。模拟会用此版本与现行版本分别评价全部企业，显示等级迁移矩阵与等级变化的企业。'
                        }
                      />
                    ),
                  },
                  {
                    key: 'parameters',
                    label: `参数（${detail.parameters.length}）`,
                    children: <ParametersTable detail={detail} />,
                  },
                  {
                    key: 'dimensions',
                    label: `维度与指标（${detail.dimensions.length} / ${detail.indicators.length}）`,
                    children: <DimensionsTable detail={detail} />,
                  },
                  { key: 'grades', label: '等级与否决项', children: <GradesTable detail={detail} /> },
                ]}
              />
            </Card>
          </>
        )}
      </AsyncContent>
    </Space>
  );
}
