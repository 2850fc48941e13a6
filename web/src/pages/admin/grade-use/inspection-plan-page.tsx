import { Alert, Button, Card, Descriptions, Grid, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { InspectionStateTag, percent } from './inspection-state-tag.tsx';
import { useDepartmentNames } from './use-department-names.ts';
import { useSubmit } from '../../../components/use-submit.ts';

type Visit = Schemas['InspectionVisit'];
type PlanWithVisits = Schemas['InspectionPlan'] & { visits: Visit[] };

/** What the draw read, as published with the plan (src/domain/random-draw.ts DrawInputs, plus the yearly limit). */
interface DrawInputs {
  classes: Record<string, { ratio: number; candidates: string[] }>;
  inspectors: string[];
  conflicts: Record<string, string[]>;
  yearlyLimit?: { year: number; reference: string; excluded: Record<string, unknown[]> };
  /** Which classes sorted the candidates (supervision.yaml risk_class_source). */
  riskClasses?: { source: 'samr' | 'platform_grade'; reference: string; fallbackToGrade: string[] };
}

/** Per risk class: candidates, ratio, enterprises drawn and those left out by the yearly limit. */
function DrawSummary({ plan }: { plan: PlanWithVisits }) {
  const inputs = plan.drawInputs as DrawInputs | null;
  if (!inputs) return null;
  const rows = Object.entries(inputs.classes).map(([riskClass, { ratio, candidates }]) => ({
    riskClass,
    ratio,
    candidates: candidates.length,
    drawn: plan.visits.filter((visit) => visit.riskClass === riskClass).length,
    excluded: inputs.yearlyLimit?.excluded[riskClass]?.length ?? 0,
  }));
  const conflicts = Object.values(inputs.conflicts).reduce((sum, list) => sum + list.length, 0);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table
        rowKey="riskClass"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '风险分类', dataIndex: 'riskClass', render: (value: string) => `${value} 类` },
          { title: '抽查比例', dataIndex: 'ratio', render: percent },
          { title: '候选企业', dataIndex: 'candidates' },
          { title: '抽中企业', dataIndex: 'drawn' },
          { title: '因年度检查次数已满未列入', dataIndex: 'excluded' },
        ]}
      />
      <Typography.Text type="secondary">
        摇号读取的全部输入（候选企业名单、比例、检查人员名录及 {conflicts}{' '}
        条回避关系）随计划公布，任何人可用同一种子按公布的方法复算
        {inputs.yearlyLimit ? `；年度检查次数限制依据 ${plan.drawBasisTexts?.yearlyLimit ?? ''}` : ''}。
      </Typography.Text>
      {inputs.riskClasses && (
        <Typography.Text type="secondary">
          {inputs.riskClasses.source === 'samr'
            ? `风险分类取市场监管部门企业信用风险分类结果${
                inputs.riskClasses.fallbackToGrade.length > 0
                  ? `；其中 ${inputs.riskClasses.fallbackToGrade.length} 家尚无市场监管分类，按平台信用等级对应的分类`
                  : ''
              }`
            : '风险分类取平台信用等级对应的分类'}
          （依据 {plan.drawBasisTexts?.riskClasses}）。
        </Typography.Text>
      )}
    </Space>
  );
}

/** One 双随机 plan: its published seed, the draw, the enterprises and inspectors drawn, the results and their publication. */
export default function InspectionPlanPage() {
  const id = Number(useParams().id);
  const { user } = useSession();
  const state = useApi(() => call(api.GET('/api/inspection-plans/{id}', { params: { path: { id } } })), [id]);
  const { run, isBusy, error } = useSubmit();
  const [published, setPublished] = useState<number>();
  const departmentName = useDepartmentNames();
  const canWrite = user?.role === 'admin' || user?.role === 'department_operator';
  // On a desktop the visits fit the card's width; on a phone they scroll sideways inside the card, not the page.
  const isWide = Grid.useBreakpoint().md ?? true;
  const act = (action: 'draw' | 'publish') =>
    run(async () => {
      if (action === 'draw') await call(api.POST('/api/inspection-plans/{id}/draw', { params: { path: { id } } }));
      else
        setPublished(
          (await call(api.POST('/api/inspection-plans/{id}/publish', { params: { path: { id } } }))).published,
        );
      state.reload();
    });
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Link to="/admin/grade-use/inspections">← 返回抽查计划</Link>
      <AsyncContent state={state}>
        {(plan) => (
          <>
            <Card
              title={
                <Space>
                  {plan.title} <InspectionStateTag state={plan.state} />
                </Space>
              }
            >
              <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                <Descriptions.Item label="随机种子（随计划公布）">
                  <Typography.Text code copyable data-testid="plan-seed">
                    {plan.seed}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label="实施部门">{departmentName(plan.departmentCode)}</Descriptions.Item>
                <Descriptions.Item label="检查方式">{plan.inspectionType}</Descriptions.Item>
                {plan.basis && (
                  <Descriptions.Item label="检查依据">{Object.values(plan.basis).join('；')}</Descriptions.Item>
                )}
                <Descriptions.Item label="抽查范围">
                  {[
                    plan.scope.industryPrefix && `行业 ${plan.scope.industryPrefix}*`,
                    plan.scope.tier && `层级 ${plan.scope.tier}`,
                  ]
                    .filter(Boolean)
                    .join(',') || '全部企业'}
                </Descriptions.Item>
                <Descriptions.Item label="抽查比例">
                  {Object.entries(plan.ratios)
                    .map(([riskClass, ratio]) => `${riskClass} 类 ${percent(ratio)}`)
                    .join('；')}
                </Descriptions.Item>
                <Descriptions.Item label="检查人员名录">
                  {plan.inspectorNames.join('、')}（每户 {plan.inspectorsPerVisit} 人）
                </Descriptions.Item>
                <Descriptions.Item label="创建人">{plan.createdByName}</Descriptions.Item>
              </Descriptions>
              {canWrite && (
                <Space wrap style={{ marginTop: 12 }}>
                  {plan.state === 'planned' && (
                    <Popconfirm
                      title="摇号？"
                      description="按公布的种子抽取企业并匹配检查人员；每个计划只摇一次。"
                      okText="摇号"
                      cancelText="取消"
                      onConfirm={() => act('draw')}
                    >
                      <Button type="primary" loading={isBusy}>
                        摇号
                      </Button>
                    </Popconfirm>
                  )}
                  {plan.state === 'drawn' && (
                    <Popconfirm
                      title="公示抽查结果？"
                      description="已录入的检查结果在公示栏公开，并记入企业信用记录。"
                      okText="公示"
                      cancelText="取消"
                      onConfirm={() => act('publish')}
                    >
                      <Button type="primary" loading={isBusy}>
                        公示结果
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              )}
              {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginTop: 12 }} />}
              {published !== undefined && (
                <Alert
                  type="success"
                  showIcon
                  message={`已公示 ${published} 条检查结果并记入信用记录`}
                  style={{ marginTop: 12 }}
                />
              )}
            </Card>
            {plan.drawInputs !== null && (
              <Card title="摇号结果">
                <DrawSummary plan={plan} />
              </Card>
            )}
            <Card
              title={`抽中企业（${plan.visits.length} 家）`}
              extra={
                <ExportButton
                  request={() =>
                    api.GET('/api/inspection-plans/{id}/visits.xlsx', { params: { path: { id } }, parseAs: 'blob' })
                  }
                  fileName={`抽查计划-${id}.xlsx`}
                />
              }
            >
              <Table<Visit>
                rowKey="id"
                size="small"
                dataSource={plan.visits}
                scroll={isWide ? undefined : { x: 'max-content' }}
                locale={{ emptyText: plan.state === 'planned' ? '尚未摇号' : '本次摇号没有抽中企业' }}
                pagination={{ pageSize: 20, showSizeChanger: false }}
                columns={[
                  {
                    title: '企业',
                    dataIndex: 'name',
                    render: (name: string, row) => (
                      <Space direction="vertical" size={0}>
                        <Link to={`/admin/enterprises/${row.uscc}`}>{name}</Link>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {row.uscc}
                        </Typography.Text>
                      </Space>
                    ),
                  },
                  { title: '风险分类', dataIndex: 'riskClass', width: 90, render: (value: string) => `${value} 类` },
                  {
                    title: '检查人员',
                    dataIndex: 'inspectorNames',
                    width: 150,
                    render: (names: string[], row) => (
                      <Space direction="vertical" size={0}>
                        {names.join('、') || '—'}
                        {row.problem && (
                          <Typography.Text type="warning" style={{ fontSize: 12 }}>
                            {row.problem}
                          </Typography.Text>
                        )}
                      </Space>
                    ),
                  },
                  {
                    title: '综合查一次',
                    dataIndex: 'jointVisitId',
                    width: 96,
                    render: (value: number | null) => value ?? '—',
                  },
                  {
                    title: '检查结果',
                    dataIndex: 'outcome',
                    width: 130,
                    render: (outcome: string | null, row) =>
                      outcome ? (
                        <Space direction="vertical" size={0}>
                          {outcome}
                          <Typography.Text type="secondary">{row.inspectedOn}</Typography.Text>
                        </Space>
                      ) : (
                        <Typography.Text type="secondary">待录入</Typography.Text>
                      ),
                  },
                  {
                    title: '检查情况',
                    dataIndex: 'findings',
                    width: 180,
                    ellipsis: true,
                    render: (value: string | null) => value ?? '—',
                  },
                  {
                    title: '公示',
                    dataIndex: 'published',
                    width: 72,
                    render: (value: boolean) => (value ? <Tag color="green">已公示</Tag> : '—'),
                  },
                ]}
              />
            </Card>
          </>
        )}
      </AsyncContent>
    </Space>
  );
}
