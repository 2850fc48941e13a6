import { Alert, Button, Card, Descriptions, Form, Input, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, call, type Schemas, messageOf } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { EmptyState } from '../../../components/page-states.tsx';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { readableReference } from '../../../components/readable-reference.ts';

type Measure = Schemas['CreditMeasure'];
type Scene = { code: string; label: string; reference: string };
type Lookup = {
  uscc: string;
  name: string;
  grade: string | null;
  scene: string;
  sceneLabel: string;
  measures: Measure[];
  auditSeq: number;
};

const KIND = {
  incentive: { label: '守信激励', color: 'green' },
  restriction: { label: '失信约束', color: 'red' },
} as const;

function measureColumns(scenes: Scene[]) {
  const sceneLabel = new Map(scenes.map((scene) => [scene.code, scene.label]));
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
      title: '适用等级',
      dataIndex: 'grades',
      width: 120,
      render: (grades: string[]) => (
        <Space size={2}>
          {grades.map((grade) => (
            <GradeTag key={grade} grade={grade} />
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
    { title: '依据', dataIndex: 'reference', width: 200, render: (reference: string) => readableReference(reference) },
  ];
}

/** 资源挂接: which measures apply to one enterprise in one scene, as a department's system would ask (audited). */
function MeasureLookup({ scenes }: { scenes: Scene[] }) {
  const [result, setResult] = useState<Lookup>();
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const look = async (values: { uscc: string; scene: string }) => {
    setIsBusy(true);
    setError(undefined);
    try {
      setResult(
        await call(
          api.GET('/api/enterprises/{uscc}/measures', {
            params: { path: { uscc: values.uscc.trim().toUpperCase() }, query: { scene: values.scene } },
          }),
        ),
      );
    } catch (failure) {
      setResult(undefined);
      setError(messageOf(failure));
    } finally {
      setIsBusy(false);
    }
  };
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
          {result.measures.length === 0 ? (
            <EmptyState description="该企业在此场景没有适用的激励或约束措施" />
          ) : (
            <Table
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={result.measures}
              columns={measureColumns(scenes)}
            />
          )}
        </Space>
      )}
    </Space>
  );
}

/** 措施查询: the catalog of measures by grade and scene, and the lookup for one enterprise. */
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
            <MeasureLookup scenes={data.scenes} />
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
              columns={measureColumns(data.scenes)}
            />
          </Card>
        </Space>
      )}
    </AsyncContent>
  );
}
