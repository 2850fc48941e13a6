import { Alert, Col, DatePicker, Form, Input, Modal, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, call, type Schemas, messageOf } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';

type Plan = Schemas['InspectionPlan'];

interface TargetedValues {
  departmentCode?: string;
  inspectionType: string;
  uscc: string;
  basis: string;
  title?: string;
  inspectors: string[];
  checkItems?: string;
  legalBasis?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
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
  const { user } = useSession();
  const isAdmin = user?.role === 'admin';
  const [form] = Form.useForm<TargetedValues>();
  const [error, setError] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);
  const settings = useApi(() => call(api.GET('/api/supervision/classes')), []);
  const departments = useApi(() => call(api.GET('/api/catalog/departments')), []);
  const inspectors = useApi(
    () =>
      isAdmin
        ? call(api.GET('/api/users', { params: { query: { role: 'inspector', limit: 200 } } }))
        : Promise.resolve({ total: 0, items: [] }),
    [isAdmin],
  );
  const types = (settings.data?.inspectionTypes ?? []).filter((type) => !type.isRandom);
  const selectedType = Form.useWatch('inspectionType', form);
  const chosen = types.find((type) => type.code === selectedType);
  const save = async () => {
    const values = await form.validateFields();
    setIsSaving(true);
    setError(undefined);
    try {
      const plan = await call(
        api.POST('/api/targeted-inspections', {
          body: {
            departmentCode: values.departmentCode,
            inspectionType: values.inspectionType,
            uscc: values.uscc.trim(),
            basis: values.basis,
            title: values.title?.trim() || undefined,
            inspectors: values.inspectors,
            checkItems: values.checkItems?.trim() || undefined,
            legalBasis: values.legalBasis?.trim() || undefined,
            startsOn: values.period?.[0]?.format('YYYY-MM-DD'),
            dueOn: values.period?.[1]?.format('YYYY-MM-DD'),
          },
        }),
      );
      onCreated(plan);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <Modal
      open
      width={720}
      title="登记非随机检查"
      okText="登记"
      cancelText="取消"
      confirmLoading={isSaving}
      onOk={save}
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
          {isAdmin && (
            <Col span={12}>
              <Form.Item name="departmentCode" label="实施部门" rules={[{ required: true, message: '请选择实施部门' }]}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  loading={departments.isLoading}
                  options={departments.data?.items.map((department) => ({
                    value: department.code,
                    label: department.name,
                  }))}
                />
              </Form.Item>
            </Col>
          )}
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
          <Select
            mode="tags"
            tokenSeparators={[',', '，', ' ']}
            options={inspectors.data?.items.map((account) => ({
              value: account.username,
              label: `${account.displayName}（${account.username}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="checkItems" label="检查事项">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="legalBasis" label="法律依据">
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item name="period" label="检查期间">
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon role="alert" message={error} />}
    </Modal>
  );
}
