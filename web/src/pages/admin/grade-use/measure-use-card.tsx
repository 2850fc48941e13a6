import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  message,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { useDepartmentChoices } from '../requests/use-department-choices.ts';
import { useSubmit } from '../../../components/use-submit.ts';

type Measure = Schemas['CreditMeasure'];
type MeasureUse = Schemas['MeasureUse'];

const KIND = {
  incentive: { label: '守信激励', color: 'green' },
  restriction: { label: '失信约束', color: 'red' },
} as const;

interface FeedbackValues {
  measure: string;
  uscc: string;
  departmentCode?: string;
  appliedOn: Dayjs;
  result: 'applied' | 'not_applied';
  note?: string;
}

/**
 * 措施实施反馈: a department reports that it applied (or did not apply) a measure to an enterprise; an administrator
 * enters it on a department's behalf and names the department. Feedback is never edited: a correction is a new one.
 */
function FeedbackForm({ measures, onReported }: { measures: Measure[]; onReported: () => void }) {
  const { user } = useSession();
  const departments = useDepartmentChoices();
  const [form] = Form.useForm<FeedbackValues>();
  const { run, isBusy, error } = useSubmit();
  const isAdministrator = user?.role === 'admin';
  const submit = (values: FeedbackValues) =>
    run(async () => {
      await call(
        api.POST('/api/measures/feedback', {
          body: {
            ...values,
            uscc: values.uscc.trim().toUpperCase(),
            appliedOn: values.appliedOn.format('YYYY-MM-DD'),
            note: values.note || undefined,
          },
        }),
      );
      message.success('已反馈');
      form.resetFields();
      onReported();
    });
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={submit}
      disabled={isBusy}
      initialValues={{ result: 'applied' }}
      aria-label="反馈措施实施情况"
      style={{ rowGap: 8 }}
    >
      <Form.Item name="measure" label="措施" rules={[{ required: true, message: '请选择措施' }]}>
        <Select
          style={{ width: 220 }}
          showSearch
          optionFilterProp="label"
          options={measures.map((measure) => ({ value: measure.code, label: measure.label }))}
        />
      </Form.Item>
      <Form.Item name="uscc" label="统一社会信用代码" rules={[{ required: true, message: '请输入统一社会信用代码' }]}>
        <Input style={{ width: 210 }} maxLength={18} />
      </Form.Item>
      {isAdministrator && (
        <Form.Item name="departmentCode" label="实施部门" rules={[{ required: true, message: '请选择实施部门' }]}>
          <Select style={{ width: 180 }} options={departments.options} />
        </Form.Item>
      )}
      <Form.Item name="appliedOn" label="实施日期" rules={[{ required: true, message: '请填写实施日期' }]}>
        {/* antd's picker, not the browser's date field: that one reads mm/dd/yyyy in an English-language system. */}
        <DatePicker style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="result" label="结果">
        <Radio.Group
          options={[
            { value: 'applied', label: '已实施' },
            { value: 'not_applied', label: '未实施' },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label="说明">
        <Input style={{ width: 260 }} maxLength={2000} placeholder="未实施时须说明原因" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={isBusy}>
        提交反馈
      </Button>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ width: '100%', marginTop: 8 }} />}
    </Form>
  );
}

/**
 * 措施应用与反馈: per measure, how often the decision API (资源挂接) named it and what departments reported back; a
 * department sees the counts of its own feedback. Shown to the roles the API serves (not to inspectors).
 */
export function MeasureUseCard({ measures }: { measures: Measure[] }) {
  const { user } = useSession();
  const canReport = user?.role === 'admin' || user?.role === 'department_operator';
  const canRead = canReport || user?.role === 'reviewer';
  const [version, setVersion] = useState(0);
  const usage = useApi(
    () => (canRead ? call(api.GET('/api/measures/usage')) : Promise.resolve({ items: [] })),
    [canRead, version],
  );
  if (!canRead) return null;
  return (
    <Card
      title="措施应用与反馈统计"
      extra={
        <ExportButton
          request={() => api.GET('/api/measures/feedback.xlsx', { parseAs: 'blob' })}
          fileName="措施实施反馈.xlsx"
        >
          导出反馈明细
        </ExportButton>
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          “答复适用”为资源挂接查询答复中适用该措施的次数（全部部门）；
          {user?.role === 'department_operator' ? '反馈统计只含本部门的反馈。' : '反馈统计含全部部门的反馈。'}
        </Typography.Text>
        <AsyncContent state={usage}>
          {(data) => (
            <Table<MeasureUse>
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={data.items}
              scroll={{ x: 800 }}
              columns={[
                {
                  title: '措施',
                  dataIndex: 'label',
                  render: (label: string, row) => (
                    <Space size={4}>
                      <span>{label}</span>
                      <Tag color={KIND[row.kind].color}>{KIND[row.kind].label}</Tag>
                    </Space>
                  ),
                },
                { title: '答复适用', dataIndex: 'answers', width: 100, align: 'right' },
                { title: '反馈', dataIndex: 'feedbacks', width: 80, align: 'right' },
                { title: '已实施', dataIndex: 'applied', width: 80, align: 'right' },
                { title: '未实施', dataIndex: 'notApplied', width: 80, align: 'right' },
                { title: '涉及企业', dataIndex: 'enterprises', width: 90, align: 'right' },
              ]}
            />
          )}
        </AsyncContent>
        {canReport && (
          <Card type="inner" title="反馈措施实施情况">
            <FeedbackForm measures={measures} onReported={() => setVersion((value) => value + 1)} />
          </Card>
        )}
      </Space>
    </Card>
  );
}
