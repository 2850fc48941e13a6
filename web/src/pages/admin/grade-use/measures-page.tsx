import { Alert, Button, Card, Descriptions, Form, Input, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { EmptyState } from '../../../components/page-states.tsx';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { MeasureUseCard } from './measure-use-card.tsx';
import { useSubmit } from '../../../components/use-submit.ts';

type Measure = Schemas['CreditMeasure'];
type ApplicableMeasure = Schemas['ApplicableCreditMeasure'];
type EnterpriseCategory = Schemas['EnterpriseDishonestyCategory'];
type Scene = { code: string; label: string; reference: string };
type Lookup = {
  uscc: string;
  name: string;
  grade: string | null;
  scene: string;
  sceneLabel: string;
  asOf: string;
  categories: EnterpriseCategory[];
  measures: ApplicableMeasure[];
  withheld: { code: string; label: string; category: string; categoryLabel: string }[];
  auditSeq: number;
};

const KIND = {
  incentive: { label: '守信激励', color: 'green' },
  restriction: { label: '失信约束', color: 'red' },
} as const;

/** One record that put the enterprise in a category: kind, date, reason and how long it stays published. */
function describeRecord(record: EnterpriseCategory['records'][number]): string {
  const reason = record.subtype ? `（${record.subtype}）` : '';
  return `${record.kindLabel}${reason}，${record.occurredOn ?? '日期不详'}起，公示至${record.publicUntil ?? '移出为止'}`;
}

/** 触发依据: the grade, and each category with the records behind it. */
function TriggerCell({ trigger }: { trigger: ApplicableMeasure['triggeredBy'] }) {
  return (
    <Space direction="vertical" size={2}>
      {trigger.grade && (
        <span>
          信用等级 <GradeTag grade={trigger.grade} />
        </span>
      )}
      {trigger.categories.map((category) => (
        <span key={category.code}>
          <Tag color="red">{category.label}</Tag>
          {category.records.map(describeRecord).join('；')}
        </span>
      ))}
    </Space>
  );
}

function measureColumns(scenes: Scene[], categories: { code: string; label: string }[] = []) {
  const sceneLabel = new Map(scenes.map((scene) => [scene.code, scene.label]));
  const categoryLabel = new Map(categories.map((category) => [category.code, category.label]));
  return [
    {
      title: '措施',
      dataIndex: 'label',
      width: 180,
      render: (label: string, row: Measure) => (
        <Space direction="vertical" size={0}>
          <strong>{label}</strong>
          <Tag color={KIND[row.kind].color}>{KIND[row.kind].label}</Tag>
        </Space>
      ),
    },
    {
      title: '适用等级与失信类别',
      dataIndex: 'grades',
      width: 150,
      render: (grades: string[], row: Measure) => (
        <Space direction="vertical" size={2}>
          {grades.length > 0 && (
            <Space size={2}>
              {grades.map((grade) => (
                <GradeTag key={grade} grade={grade} />
              ))}
            </Space>
          )}
          {row.categories.map((code) => (
            <Tag key={code} color="red">
              {categoryLabel.get(code) ?? code}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: '适用场景',
      dataIndex: 'scenes',
      width: 170,
      render: (codes: string[]) => codes.map((code) => sceneLabel.get(code) ?? code).join('、'),
    },
    { title: '措施内容', dataIndex: 'content' },
    { title: '依据', dataIndex: 'referenceText', width: 200 },
  ];
}

/** 资源挂接: which measures apply to one enterprise in one scene, as a department's system would ask (audited). */
function MeasureLookup({ scenes, categories }: { scenes: Scene[]; categories: { code: string; label: string }[] }) {
  const [result, setResult] = useState<Lookup>();
  const { run, isBusy, error } = useSubmit();
  const look = (values: { uscc: string; scene: string }) =>
    run(async () => {
      setResult(undefined);
      setResult(
        await call(
          api.GET('/api/enterprises/{uscc}/measures', {
            params: { path: { uscc: values.uscc.trim().toUpperCase() }, query: { scene: values.scene } },
          }),
        ),
      );
    });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form layout="inline" onFinish={look} initialValues={{ scene: scenes[0]?.code }}>
        <Form.Item name="uscc" label="统一社会信用代码" rules={[{ required: true, message: '请输入统一社会信用代码' }]}>
          <Input style={{ width: 220 }} maxLength={18} />
        </Form.Item>
        <Form.Item name="scene" label="场景" rules={[{ required: true }]}>
          <Select style={{ width: 160 }} options={scenes.map((scene) => ({ value: scene.code, label: scene.label }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isBusy}>
          查询适用措施
        </Button>
      </Form>
      {error && <Alert type="error" showIcon role="alert" message={error} />}
      {result && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label="企业">{result.name}</Descriptions.Item>
            <Descriptions.Item label="当前信用等级">
              <GradeTag grade={result.grade} />
            </Descriptions.Item>
            <Descriptions.Item label="场景">{result.sceneLabel}</Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary">本次查询与答复已记入审计链（序号 {result.auditSeq}）。</Typography.Text>
          {result.categories.length > 0 && (
            <Alert
              type="warning"
              showIcon
              message={`截至 ${result.asOf}，该企业属于：${result.categories.map((category) => category.label).join('、')}`}
              description={result.categories.map((category) => (
                <div key={category.code}>
                  {category.label}：{category.records.map(describeRecord).join('；')}
                </div>
              ))}
            />
          )}
          {result.measures.length === 0 ? (
            <EmptyState description="该企业在此场景没有适用的激励或约束措施" />
          ) : (
            <Table<ApplicableMeasure>
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={result.measures}
              scroll={{ x: 960 }}
              columns={[
                // The scene is the one asked for: its column would only repeat it.
                ...measureColumns(scenes, categories).filter((column) => column.dataIndex !== 'scenes'),
                {
                  title: '触发依据',
                  dataIndex: 'triggeredBy',
                  width: 220,
                  render: (trigger: ApplicableMeasure['triggeredBy']) => <TriggerCell trigger={trigger} />,
                },
              ]}
            />
          )}
          {result.withheld.length > 0 && (
            <Typography.Text type="secondary">
              因属于{result.withheld[0]!.categoryLabel}，不适用：
              {result.withheld.map((measure) => measure.label).join('、')}。
            </Typography.Text>
          )}
        </Space>
      )}
    </Space>
  );
}

/** 措施查询: the catalog of measures by grade, category and scene, the lookup for one enterprise, use and feedback. */
export default function MeasuresPage() {
  const state = useApi(() => call(api.GET('/api/measures')), []);
  const [scene, setScene] = useState<string>();
  const [kind, setKind] = useState<'all' | Measure['kind']>('all');
  const shown = useMemo(
    () =>
      (state.data?.measures ?? []).filter(
        (measure) => (!scene || measure.scenes.includes(scene)) && (kind === 'all' || measure.kind === kind),
      ),
    [state.data, scene, kind],
  );
  return (
    <AsyncContent state={state} isEmpty={(data) => data.measures.length === 0}>
      {(data) => (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card title="资源挂接查询">
            <MeasureLookup scenes={data.scenes} categories={data.categories} />
          </Card>
          <Card
            title="信用激励与约束措施目录"
            extra={
              <Space wrap>
                <Segmented
                  value={kind}
                  onChange={(value) => setKind(value as typeof kind)}
                  options={[
                    { value: 'all', label: '全部' },
                    { value: 'incentive', label: '守信激励' },
                    { value: 'restriction', label: '失信约束' },
                  ]}
                />
                <Select
                  allowClear
                  placeholder="全部场景"
                  value={scene}
                  onChange={setScene}
                  style={{ width: 140 }}
                  options={data.scenes.map((item) => ({ value: item.code, label: item.label }))}
                  aria-label="场景"
                />
              </Space>
            }
          >
            <Table<Measure>
              rowKey="code"
              size="small"
              dataSource={shown}
              pagination={false}
              scroll={{ x: 900 }}
              columns={measureColumns(data.scenes, data.categories)}
            />
          </Card>
          <MeasureUseCard measures={data.measures} />
        </Space>
      )}
    </AsyncContent>
  );
}
