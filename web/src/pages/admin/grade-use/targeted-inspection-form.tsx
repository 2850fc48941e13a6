import { Alert, Col, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import {
  InspectionDetailsSection,
  type InspectionDetailsValues,
  inspectionDetailsBody,
  useInspectionFormChoices,
} from './inspection-form-section.tsx';
import { useFormSubmit } from '../../../components/use-submit.ts';

type Plan = Schemas['InspectionPlan'];

interface TargetedValues extends InspectionDetailsValues {
  inspectionType: string;
  uscc: string;
  basis: string;
  title?: string;
}

/**
 * A targeted inspection of one enterprise (投诉举报, 转办交办, 专项检查, 风险预警): the types and the basis each must
 * record come from catalog/supervision.yaml through /api/supervision/classes. It may concern a 免打扰 enterprise.
 */
export function TargetedInspectionForm({
  onCreated,
  onCancel,
}: {
  onCreated: (plan: Plan) => void;
  onCancel: () => void;
}) {
  const { isAdmin, departmentField, inspectorSelect } = useInspectionFormChoices();
  const [form] = Form.useForm<TargetedValues>();
  const settings = useApi(() => call(api.GET('/api/supervision/classes')), []);
  const types = (settings.data?.inspectionTypes ?? []).filter((type) => !type.isRandom);
  const selectedType = Form.useWatch('inspectionType', form);
  const chosen = types.find((type) => type.code === selectedType);
  const { submit, isBusy, error } = useFormSubmit(form, async (values) => {
    const plan = await call(
      api.POST('/api/targeted-inspections', {
        body: {
          ...inspectionDetailsBody(values),
          inspectionType: values.inspectionType,
          uscc: values.uscc.trim(),
          basis: values.basis,
          title: values.title?.trim() || undefined,
        },
      }),
    );
    onCreated(plan);
  });
  return (
    <Modal
      open
      width={720}
      title="登记非随机检查"
      okText="登记"
      cancelText="取消"
      confirmLoading={isBusy}
      onOk={submit}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        投诉举报、转办交办、专项检查、风险预警等针对一户企业的检查，须记录检查依据；可检查“免打扰”名单内的企业。检查结果与双随机抽查一样录入、公示并记入信用记录。
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Row gutter={16}>
          <Col span={isAdmin ? 12 : 24}>
            <Form.Item name="inspectionType" label="检查方式" rules={[{ required: true, message: '请选择检查方式' }]}>
              <Select
                loading={settings.isLoading}
                options={types.map((type) => ({ value: type.code, label: type.code }))}
              />
            </Form.Item>
          </Col>
          {departmentField}
          <Col span={12}>
            <Form.Item
              name="uscc"
              label="被检查企业（统一社会信用代码）"
              rules={[{ required: true, message: '请输入统一社会信用代码' }]}
            >
              <Input maxLength={18} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="basis"
              label={chosen?.basisLabel ?? '检查依据'}
              extra={chosen ? `依据：${chosen.reference}` : '先选择检查方式'}
              rules={[{ required: true, whitespace: true, message: `请填写${chosen?.basisLabel ?? '检查依据'}` }]}
            >
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label="检查名称" extra="留空为“检查方式：企业名称”">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="inspectors"
          label="检查人员（账号）"
          extra="执法人员不得少于两人"
          rules={[{ required: true, message: '请选择检查人员' }]}
        >
          {inspectorSelect}
        </Form.Item>
        <InspectionDetailsSection legalBasisLabel="法律依据" />
      </Form>
      {error && <Alert type="error" showIcon role="alert" message={error} />}
    </Modal>
  );
}
