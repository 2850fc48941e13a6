import { Alert, Col, Form, Input, InputNumber, Modal, Row, Typography } from 'antd';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import {
  InspectionDetailsSection,
  type InspectionDetailsValues,
  inspectionDetailsBody,
  useInspectionFormChoices,
} from './inspection-form-section.tsx';
import { percent } from './inspection-state-tag.tsx';
import { useFormSubmit } from '../../../components/use-submit.ts';

type Plan = Schemas['InspectionPlan'];

interface PlanValues extends InspectionDetailsValues {
  title: string;
  seed?: string;
  industryPrefix?: string;
  tier?: string;
  /** Percent per risk class. */
  ratios: Record<string, number | null>;
  inspectorsPerVisit: number;
}

/**
 * A new 双随机 plan: scope, sampling ratio per risk class (within the ranges of catalog/supervision.yaml), the
 * inspector pool, and the seed published with the plan (the platform draws one when left empty).
 */
export function InspectionPlanForm({ onCreated, onCancel }: { onCreated: (plan: Plan) => void; onCancel: () => void }) {
  const { isAdmin, departmentField, inspectorSelect } = useInspectionFormChoices();
  const [form] = Form.useForm<PlanValues>();
  const classes = useApi(() => call(api.GET('/api/supervision/classes')), []);
  const { submit, isBusy, error } = useFormSubmit(form, async (values) => {
    const ratios = Object.fromEntries(
      Object.entries(values.ratios ?? {})
        .filter(([, value]) => value !== null && value !== undefined)
        .map(([riskClass, value]) => [riskClass, Math.round((value as number) * 10) / 1000]),
    );
    const scope = {
      industryPrefix: values.industryPrefix?.trim() || undefined,
      tier: values.tier?.trim() || undefined,
    };
    const plan = await call(
      api.POST('/api/inspection-plans', {
        body: {
          ...inspectionDetailsBody(values),
          title: values.title,
          seed: values.seed?.trim() || undefined,
          scope,
          ratios,
          inspectorsPerVisit: values.inspectorsPerVisit,
        },
      }),
    );
    onCreated(plan);
  });
  return (
    <Modal
      open
      width={720}
      title="创建双随机抽查计划"
      okText="创建"
      cancelText="取消"
      confirmLoading={isBusy}
      onOk={submit}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ inspectorsPerVisit: 2, ratios: {} }}>
        <Row gutter={16}>
          <Col span={isAdmin ? 12 : 24}>
            <Form.Item name="title" label="计划名称" rules={[{ required: true, message: '请输入计划名称' }]}>
              <Input placeholder="如 2026年第4期双随机抽查" maxLength={200} />
            </Form.Item>
          </Col>
          {departmentField}
          <Col span={12}>
            <Form.Item name="industryPrefix" label="范围：行业代码前缀" extra="留空为全部行业，如 C39">
              <Input maxLength={10} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="tier" label="范围：梯次培育库层级" extra="留空为全部，如 high_tech">
              <Input maxLength={50} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>各风险分类的抽查比例（%）</Typography.Text>
        <Row gutter={16} style={{ marginTop: 8 }}>
          {(classes.data?.classes ?? []).map((row) => (
            <Col span={6} key={row.class}>
              <Form.Item
                name={['ratios', row.class]}
                label={`${row.class} 类（${row.label}）`}
                extra={`${percent(row.ratio.min)}–${percent(row.ratio.max)}，默认 ${percent(row.ratio.default)}`}
              >
                <InputNumber
                  min={0}
                  max={100}
                  step={1}
                  placeholder={String(Math.round(row.ratio.default * 1000) / 10)}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item
              name="inspectors"
              label="检查人员名录（账号）"
              rules={[{ required: true, message: '请至少选择一名检查人员' }]}
            >
              {inspectorSelect}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="inspectorsPerVisit"
              label="每户检查人员数"
              dependencies={['inspectors']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: number | undefined) => {
                    const pool = new Set<string>(getFieldValue('inspectors') ?? []).size;
                    return value !== undefined && pool > 0 && value > pool
                      ? Promise.reject(new Error(`名录只有 ${pool} 人，每户不能安排 ${value} 人`))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <InputNumber min={1} max={10} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <InspectionDetailsSection
          legalBasisLabel="检查依据"
          hints={{
            checkItems: '检查人员在任务中看到，如：营业执照、年度报告公示情况、广告发布',
            legalBasis: '如：《市场监督管理行政处罚程序规定》第十八条',
            period: '过了截止日期仍未录入结果的任务显示为逾期',
          }}
        />
        <Form.Item name="seed" label="随机种子" extra="随计划公布，任何人可据此复算摇号结果；留空由平台生成">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon role="alert" message={error} />}
    </Modal>
  );
}
