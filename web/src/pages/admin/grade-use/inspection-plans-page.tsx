import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { InspectionFollowUps } from './inspection-follow-ups.tsx';
import { InspectionPlanForm } from './inspection-plan-form.tsx';
import { TargetedInspectionForm } from './targeted-inspection-form.tsx';
import { InspectionStateTag, percent } from './inspection-state-tag.tsx';
import { useDepartmentNames } from './use-department-names.ts';
import { useSubmit } from '../../../components/use-submit.ts';

type Plan = Schemas['InspectionPlan'];
type MergedVisit = {
  uscc: string;
  name: string;
  planIds: number[];
  jointVisitId: number | null;
  inspectors: string[];
  inspectorNames: string[];
};

/**
 * 综合查一次 (003 §二(一)): plans of several departments drawn for the same enterprises merged into one visit each.
 * The administrator merges; everyone sees the merged list of the plans selected.
 */
function JointVisits({ planIds, canMerge }: { planIds: number[]; canMerge: boolean }) {
  const [items, setItems] = useState<MergedVisit[]>();
  const { run, isBusy, error } = useSubmit();
  const query = planIds.join(',');
  const show = (merge: boolean) =>
    run(async () => {
      if (merge) await call(api.POST('/api/joint-visits', { body: { planIds } }));
      setItems((await call(api.GET('/api/joint-visits', { params: { query: { planIds: query } } }))).items);
    });
  return (
    <Card size="small" title={`综合查一次：已选 ${planIds.length} 个已摇号计划（${query}）`}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          {canMerge && (
            <Button type="primary" loading={isBusy} onClick={() => show(true)}>
              合并为联合检查
            </Button>
          )}
          <Button loading={isBusy} onClick={() => show(false)}>
            查看合并清单
          </Button>
          <ExportButton
            request={() =>
              api.GET('/api/joint-visits.xlsx', { params: { query: { planIds: query } }, parseAs: 'blob' })
            }
            fileName="综合查一次清单.xlsx"
          />
        </Space>
        {error && <Alert type="error" showIcon role="alert" message={error} />}
        {items && (
          <Table<MergedVisit>
            rowKey="uscc"
            size="small"
            dataSource={items}
            pagination={{ pageSize: 10, showSizeChanger: false }}
            columns={[
              {
                title: '企业',
                dataIndex: 'name',
                render: (name: string, row) => <Link to={`/admin/enterprises/${row.uscc}`}>{name}</Link>,
              },
              { title: '统一社会信用代码', dataIndex: 'uscc', width: 200 },
              { title: '涉及计划', dataIndex: 'planIds', width: 120, render: (ids: number[]) => ids.join('、') },
              {
                title: '联合检查编号',
                dataIndex: 'jointVisitId',
                width: 120,
                render: (id: number | null) => id ?? '未合并',
              },
              { title: '检查人员', dataIndex: 'inspectorNames', render: (names: string[]) => names.join('、') },
            ]}
          />
        )}
      </Space>
    </Card>
  );
}

/** 双随机抽查: the plans, a new plan, and the merge of several departments' plans into joint visits. */
export default function InspectionPlansPage() {
  const { user } = useSession();
  const navigate = useNavigate();
  const state = useApi(() => call(api.GET('/api/inspection-plans')), []);
  const [isCreating, setIsCreating] = useState(false);
  const [isTargeting, setIsTargeting] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const departmentName = useDepartmentNames();
  const canWrite = user?.role === 'admin' || user?.role === 'department_operator';
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title="抽查计划"
        extra={
          canWrite && (
            <Space>
              <Button onClick={() => setIsTargeting(true)}>登记非随机检查</Button>
              <Button type="primary" onClick={() => setIsCreating(true)}>
                创建抽查计划
              </Button>
            </Space>
          )
        }
      >
        <Typography.Paragraph type="secondary">
          随机种子随计划公布，摇号按公布的方法从范围内的企业中按各风险分类的比例抽取企业、匹配检查人员（回避有利害关系的人员），任何人可据此复算；“免打扰”名单内的企业不参加摇号，摇号当日的名单随摇号输入公布。勾选两个以上已摇号的计划可合并为“综合查一次”。
        </Typography.Paragraph>
        <AsyncContent state={state} empty={<Typography.Text type="secondary">尚无抽查计划</Typography.Text>}>
          {(data) => (
            <Table<Plan>
              rowKey="id"
              size="small"
              dataSource={data.items}
              pagination={{ pageSize: 20, showSizeChanger: false }}
              // Plans are merged by picking them one by one; each box is named after its plan for a screen reader.
              rowSelection={{
                selectedRowKeys: selected,
                hideSelectAll: true,
                onChange: (keys) => setSelected(keys as number[]),
                getCheckboxProps: (plan) => ({
                  disabled: plan.state === 'planned',
                  'aria-label': `选择计划“${plan.title}”`,
                }),
              }}
              // The table fits the column at 1280 px (the seed is on each plan's page); on a phone it keeps the plan,
              // its method and state.
              columns={[
                { title: '编号', dataIndex: 'id', width: 64, responsive: ['md'] },
                {
                  title: '计划名称',
                  dataIndex: 'title',
                  render: (title: string, row) => <Link to={`/admin/grade-use/inspections/${row.id}`}>{title}</Link>,
                },
                {
                  title: '实施部门',
                  dataIndex: 'departmentCode',
                  width: 110,
                  responsive: ['md'],
                  render: departmentName,
                },
                { title: '检查方式', dataIndex: 'inspectionType', width: 100 },
                {
                  title: '状态',
                  dataIndex: 'state',
                  width: 96,
                  render: (value: string) => <InspectionStateTag state={value} />,
                },
                {
                  title: '抽查比例',
                  dataIndex: 'ratios',
                  width: 150,
                  responsive: ['md'],
                  render: (ratios: Plan['ratios']) =>
                    Object.entries(ratios)
                      .map(([riskClass, ratio]) => `${riskClass} ${percent(ratio)}`)
                      .join(' · '),
                },
                {
                  title: '检查人员',
                  dataIndex: 'inspectorNames',
                  width: 140,
                  responsive: ['md'],
                  render: (names: string[]) => names.join('、'),
                },
                { title: '创建人', dataIndex: 'createdByName', width: 90, responsive: ['lg'] },
              ]}
            />
          )}
        </AsyncContent>
      </Card>
      {selected.length >= 2 && (
        <JointVisits
          key={[...selected].sort((a, b) => a - b).join(',')}
          planIds={[...selected].sort((a, b) => a - b)}
          canMerge={user?.role === 'admin'}
        />
      )}
      {canWrite && <InspectionFollowUps />}
      {isTargeting && (
        <TargetedInspectionForm
          onCancel={() => setIsTargeting(false)}
          onCreated={(plan) => {
            setIsTargeting(false);
            navigate(`/admin/grade-use/inspections/${plan.id}`);
          }}
        />
      )}
      {isCreating && (
        <InspectionPlanForm
          onCancel={() => setIsCreating(false)}
          onCreated={(plan) => {
            setIsCreating(false);
            navigate(`/admin/grade-use/inspections/${plan.id}`);
          }}
        />
      )}
    </Space>
  );
}
