import { Alert, Button, Checkbox, Collapse, Form, List, Radio, Select, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { refreshUnreadCount } from '../inbox/unread-count.ts';
import { showFieldErrors } from '../shared/field-errors.ts';
import { RADIO_GROUP_ROLE } from '../../../components/radio-group-role.ts';

/** The types an enterprise signs on its own; the 修复型 commitment is made with a repair application. */
const SIGNABLE_TYPES = ['审批替代型', '主动公示型', '行业自律型'] as const;
type SignableType = (typeof SIGNABLE_TYPES)[number];

const TYPE_HINTS: Record<SignableType, string> = {
  审批替代型: '办理清单中的审批事项时，以承诺代替部分证明材料（告知承诺、容缺受理）',
  主动公示型: '主动向社会公开承诺依法诚信经营，接受监督',
  行业自律型: '承诺遵守行业自律规范，接受行业组织监督',
};

interface Values {
  commitmentType: SignableType;
  itemCode?: string;
  departmentCode?: string;
  hasRead: boolean;
}

/**
 * 信用承诺 (000 §二(五)): choose the type, the item of the commitment list (审批替代型) or the department, read the
 * text in force and sign. Shows which facilitation measures the enterprise's current grade allows.
 */
export function CommitmentForm({ onSubmitted }: { onSubmitted: () => void }) {
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const state = useApi(async () => {
    const [list, departments, overview] = await Promise.all([
      call(api.GET('/api/commitment-list')),
      call(api.GET('/api/catalog/departments')),
      call(api.GET('/api/enterprise-portal/overview')),
    ]);
    return {
      list,
      departments: new Map(departments.items.map((department) => [department.code, department])),
      grade: overview.evaluation?.grade ?? null,
    };
  }, []);
  const type = Form.useWatch('commitmentType', form);
  const itemCode = Form.useWatch('itemCode', form);

  const submit = async (values: Values) => {
    const item = state.data?.list.items.find((candidate) => candidate.code === values.itemCode);
    setIsBusy(true);
    setFormError(null);
    try {
      const departmentCode =
        values.commitmentType === '审批替代型' ? (item?.department ?? '') : (values.departmentCode ?? '');
      const created = await call(
        api.POST('/api/commitments', {
          body: {
            commitmentType: values.commitmentType,
            departmentCode,
            itemCode: values.commitmentType === '审批替代型' ? values.itemCode : undefined,
          },
        }),
      );
      message.success(`信用承诺已作出（编号 ${created.id}，文本版本 ${created.textVersion}）`);
      form.resetFields();
      void refreshUnreadCount();
      onSubmitted();
    } catch (error) {
      setFormError(
        showFieldErrors(form, error, {
          commitmentType: ['commitmentType'],
          itemCode: ['itemCode'],
          departmentCode: [type === '审批替代型' ? 'itemCode' : 'departmentCode'],
          承诺类型: ['commitmentType'],
          承诺办理的事项: ['itemCode'],
          承诺对象部门: [type === '审批替代型' ? 'itemCode' : 'departmentCode'],
          部门: [type === '审批替代型' ? 'itemCode' : 'departmentCode'],
        }),
      );
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <AsyncContent state={state}>
      {({ list, departments, grade }) => {
        const text = list.texts.find((candidate) => candidate.type === type);
        const item = list.items.find((candidate) => candidate.code === itemCode);
        const eligibleMeasures = list.eligibility.filter((rule) => grade !== null && rule.grades.includes(grade));
        const departmentName = (code: string) => departments.get(code)?.shortName ?? code;
        return (
          <Form<Values>
            form={form}
            layout="vertical"
            requiredMark="optional"
            onFinish={submit}
            initialValues={{ commitmentType: '审批替代型', hasRead: false }}
            scrollToFirstError={{ block: 'center' }}
          >
            <Alert
              type={eligibleMeasures.length > 0 ? 'success' : 'info'}
              showIcon
              style={{ marginBottom: 12 }}
              message={
                grade === null
                  ? '本企业尚未评价，暂不能适用告知承诺、容缺受理'
                  : eligibleMeasures.length > 0
                    ? `当前信用等级 ${grade}：可适用${eligibleMeasures.map((rule) => rule.measure).join('、')}`
                    : `当前信用等级 ${grade}：暂不能适用告知承诺、容缺受理`
              }
              description={list.eligibility
                .map((rule) => `${rule.measure}要求等级 ${rule.grades.join('、')}`)
                .join('；')}
            />
            <Form.Item
              name="commitmentType"
              label="承诺类型"
              rules={[{ required: true, message: '请选择承诺类型' }]}
              extra={type ? TYPE_HINTS[type] : undefined}
            >
              <Radio.Group
                {...RADIO_GROUP_ROLE}
                aria-label="承诺类型"
                optionType="button"
                buttonStyle="solid"
                size="large"
                style={{ display: 'flex' }}
              >
                {SIGNABLE_TYPES.map((candidate) => (
                  <Radio.Button
                    key={candidate}
                    value={candidate}
                    style={{ flex: 1, textAlign: 'center', paddingInline: 4 }}
                  >
                    {candidate}
                  </Radio.Button>
                ))}
              </Radio.Group>
            </Form.Item>
            {type === '审批替代型' ? (
              <Form.Item
                name="itemCode"
                label="承诺办理的事项"
                rules={[{ required: true, message: '请选择信用承诺清单中的事项' }]}
                extra={
                  item
                    ? `${departmentName(item.department)}办理 · 可适用 ${item.measures.join('、')} · 依据 ${item.reference}`
                    : undefined
                }
              >
                <Select
                  size="large"
                  placeholder="请选择事项"
                  options={list.items.map((candidate) => ({
                    value: candidate.code,
                    label: candidate.name,
                    department: departmentName(candidate.department),
                  }))}
                  optionRender={(option) => (
                    <div style={{ whiteSpace: 'normal', lineHeight: 1.4, padding: '4px 0' }}>
                      <div>{option.data.label}</div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {option.data.department}
                      </Typography.Text>
                    </div>
                  )}
                />
              </Form.Item>
            ) : (
              <Form.Item
                name="departmentCode"
                label="承诺对象部门"
                rules={[{ required: true, message: '请选择承诺对象部门' }]}
                extra="该部门负责核查承诺的履行情况"
              >
                <Select
                  size="large"
                  placeholder="请选择部门"
                  options={[...departments.values()]
                    .filter((department) => department.kind === 'government')
                    .map((department) => ({ value: department.code, label: department.name }))}
                />
              </Form.Item>
            )}
            {text && (
              <Typography.Paragraph
                style={{ fontSize: 13, background: '#fafafa', padding: '8px 12px', borderRadius: 6 }}
              >
                <Typography.Text type="secondary">承诺书文本（{text.version}）：</Typography.Text>
                {text.text}
              </Typography.Paragraph>
            )}
            <Form.Item
              name="hasRead"
              valuePropName="checked"
              rules={[
                {
                  validator: (_, value) =>
                    value ? Promise.resolve() : Promise.reject(new Error('请阅读承诺书文本并确认')),
                },
              ]}
            >
              <Checkbox style={{ minHeight: 40, alignItems: 'center' }}>我已阅读承诺书文本，同意作出承诺</Checkbox>
            </Form.Item>
            {formError && <Alert type="error" showIcon role="alert" message={formError} style={{ marginBottom: 12 }} />}
            <Button type="primary" htmlType="submit" size="large" block loading={isBusy}>
              作出承诺
            </Button>
            <Collapse
              ghost
              style={{ marginTop: 12 }}
              items={[
                {
                  key: 'excluded',
                  label: `不实行承诺制的事项（${list.excluded.length}）`,
                  children: (
                    <List
                      size="small"
                      dataSource={list.excluded}
                      renderItem={(excluded) => (
                        <List.Item key={excluded.name} style={{ paddingInline: 0, display: 'block' }}>
                          <Typography.Text>{excluded.name}</Typography.Text>{' '}
                          <Tag>{departmentName(excluded.department)}</Tag>
                          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                            {excluded.reason}
                          </Typography.Text>
                        </List.Item>
                      )}
                    />
                  ),
                },
              ]}
            />
          </Form>
        );
      }}
    </AsyncContent>
  );
}
