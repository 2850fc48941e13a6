import { Alert, Button, Form, Input, InputNumber, Radio, Select, Typography, message } from 'antd';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useSession } from '../../../auth/session.tsx';
import { AttachmentField } from '../../../components/attachment-field.tsx';
import { useDepartmentChoices } from '../requests/use-department-choices.ts';
import { PROGRESS_STATUSES, type ProgressStatus } from './task-terms.ts';
import { RADIO_GROUP_ROLE } from '../../../components/radio-group-role.ts';
import { useSubmit } from '../../../components/use-submit.ts';

type Task = Schemas['ReformTask'];

interface ReportValues {
  unitCode?: string;
  status: ProgressStatus;
  percent?: number;
  text: string;
  attachments?: string[];
}

/**
 * 报送推进情况: a department reports for itself, on a task it leads or is named responsible for; an
 * administrator enters a report on a unit's behalf and names the unit. Reports are never edited: a correction is a
 * new report. The server decides who may report; its refusal shows under the form.
 */
export function TaskReportForm({ task, onReported }: { task: Task; onReported: () => void }) {
  const { user } = useSession();
  const departments = useDepartmentChoices();
  const [form] = Form.useForm<ReportValues>();
  const { run, isBusy, error } = useSubmit();
  const isAdministrator = user?.role === 'admin';
  const units = [...task.lead, ...task.responsible].filter(
    (unit, index, all) => all.findIndex((other) => other.code === unit.code) === index,
  );

  const submit = (values: ReportValues) =>
    run(async () => {
      await call(
        api.POST('/api/reform-tasks/{code}/reports', {
          params: { path: { code: task.code } },
          body: { ...values, attachments: values.attachments ?? [] },
        }),
      );
      message.success('已报送');
      form.resetFields();
      onReported();
    });

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={isBusy}
      initialValues={{ status: 'in_progress' }}
      aria-label="报送推进情况"
    >
      {isAdministrator ? (
        <Form.Item
          name="unitCode"
          label="报送单位"
          extra="平台管理员代为录入，须指明单位"
          rules={[{ required: true, message: '请选择报送单位' }]}
        >
          <Select
            options={units.map((unit) => ({ value: unit.code, label: unit.name }))}
            placeholder="牵头或责任单位"
          />
        </Form.Item>
      ) : (
        <Typography.Paragraph>
          以本部门名义报送：
          <Typography.Text strong>
            {(user?.departmentCode && departments.names.get(user.departmentCode)) ?? user?.departmentCode ?? ''}
          </Typography.Text>
        </Typography.Paragraph>
      )}
      <Form.Item name="status" label="进展" rules={[{ required: true, message: '请选择进展' }]}>
        <Radio.Group
          {...RADIO_GROUP_ROLE}
          aria-label="进展"
          options={PROGRESS_STATUSES}
          optionType="button"
          buttonStyle="solid"
        />
      </Form.Item>
      <Form.Item name="percent" label="完成进度（%）">
        <InputNumber min={0} max={100} precision={0} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item
        name="text"
        label="推进情况"
        rules={[
          { required: true, whitespace: true, message: '请填写推进情况' },
          { max: 4000, message: '不超过 4000 字' },
        ]}
      >
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      <Form.Item name="attachments" label="佐证材料">
        <AttachmentField upload={(file) => call(api.POST('/api/reform-tasks/evidence', { body: file }))} />
      </Form.Item>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={isBusy}>
        报送
      </Button>
    </Form>
  );
}
