import { Alert, Button, Form, Input, InputNumber, Popconfirm, Select, Space, Typography, message } from 'antd';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useSubmit } from '../../../components/use-submit.ts';

type Request = Schemas['EnterpriseRequestDetail'];

/** Runs one handling step: busy while it runs, the server's Chinese refusal kept for display next to its form. */
function useStep(onDone: () => void) {
  const submission = useSubmit();
  /** Whether the step was done (false: refused, and the refusal is in `error`). */
  const run = async (step: () => Promise<unknown>, done: string): Promise<boolean> => {
    let isDone = false;
    await submission.run(async () => {
      await step();
      message.success(done);
      onDone();
      isDone = true;
    });
    return isDone;
  };
  return { isBusy: submission.isBusy, error: submission.error, run };
}

function StepError({ error }: { error: string | undefined }) {
  return error ? <Alert type="error" showIcon role="alert" message={error} style={{ marginTop: 8 }} /> : null;
}

const AWAITING = ['submitted', 'accepted', 'in_progress', 'rectifying'];

/** 受理 / 开始办理 / 办结: the one-click steps of the decision route that the case's state allows. */
export function QuickSteps({ request, onDone }: { request: Request; onDone: () => void }) {
  const step = useStep(onDone);
  const decide = (action: 'accept' | 'start' | 'close', done: string) =>
    step.run(
      () => call(api.POST('/api/requests/{id}/decision', { params: { path: { id: request.id } }, body: { action } })),
      done,
    );
  if (!['submitted', 'accepted', 'answered', 'rated'].includes(request.state)) return null;
  return (
    <div>
      <Space wrap>
        {request.state === 'submitted' && (
          <Button type="primary" loading={step.isBusy} onClick={() => decide('accept', '已受理')}>
            受理
          </Button>
        )}
        {request.state === 'accepted' && (
          <Button loading={step.isBusy} onClick={() => decide('start', '已开始办理')}>
            开始办理
          </Button>
        )}
        {(request.state === 'answered' || request.state === 'rated') && (
          <Popconfirm
            title="办结该诉求？"
            description={request.state === 'answered' ? '尚未评价的，须待评价期满才能办结。' : undefined}
            okText="办结"
            cancelText="取消"
            onConfirm={() => decide('close', '已办结')}
          >
            <Button loading={step.isBusy}>办结</Button>
          </Popconfirm>
        )}
      </Space>
      <StepError error={step.error} />
    </div>
  );
}

/** 答复 (or 整改答复 after a bad rating): the text goes to the requester, and to the duplicates linked to this case. */
export function AnswerForm({ request, onDone }: { request: Request; onDone: () => void }) {
  const [form] = Form.useForm<{ text: string }>();
  const step = useStep(onDone);
  if (!['accepted', 'in_progress', 'rectifying'].includes(request.state)) return null;
  const submit = async ({ text }: { text: string }) => {
    const isDone = await step.run(
      () =>
        call(
          api.POST('/api/requests/{id}/decision', {
            params: { path: { id: request.id } },
            body: { action: 'answer', text },
          }),
        ),
      '已答复，已告知诉求人',
    );
    if (isDone) form.resetFields();
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} disabled={step.isBusy} aria-label="答复">
      <Form.Item
        name="text"
        label={request.state === 'rectifying' ? '整改答复' : '答复内容'}
        rules={[
          { required: true, whitespace: true, message: '请填写答复内容' },
          { max: 4000, message: '不超过 4000 字' },
        ]}
      >
        <Input.TextArea rows={5} maxLength={4000} showCount placeholder="办理结果与依据；答复将告知诉求人" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={step.isBusy}>
        提交答复
      </Button>
      <StepError error={step.error} />
    </Form>
  );
}

/** 转办: to the department whose duty it is, with the reason (audited); the deadline keeps running. */
export function TransferForm({
  request,
  departments,
  onDone,
}: {
  request: Request;
  departments: { value: string; label: string }[];
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ departmentCode: string; reason: string }>();
  const step = useStep(onDone);
  if (!AWAITING.includes(request.state)) return null;
  const submit = async (values: { departmentCode: string; reason: string }) => {
    const isDone = await step.run(
      () => call(api.POST('/api/requests/{id}/transfer', { params: { path: { id: request.id } }, body: values })),
      '已转办',
    );
    if (isDone) form.resetFields();
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} disabled={step.isBusy} aria-label="转办">
      <Form.Item name="departmentCode" label="接收部门" rules={[{ required: true, message: '请选择接收部门' }]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={departments.filter((department) => department.value !== request.departmentCode)}
          placeholder="请选择"
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label="转办理由"
        rules={[{ required: true, whitespace: true, message: '请说明转办理由' }]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Button htmlType="submit" loading={step.isBusy}>
        转办
      </Button>
      <StepError error={step.error} />
    </Form>
  );
}

/** 关联重复诉求: this case follows an earlier one and gets its answer. */
export function LinkDuplicateForm({ request, onDone }: { request: Request; onDone: () => void }) {
  const step = useStep(onDone);
  if (!AWAITING.includes(request.state) || request.duplicateOf !== null) return null;
  const submit = (values: { originalId: number; reason: string }) =>
    step.run(
      () => call(api.POST('/api/requests/{id}/link', { params: { path: { id: request.id } }, body: values })),
      '已关联到原诉求',
    );
  return (
    <Form layout="vertical" onFinish={submit} disabled={step.isBusy} aria-label="关联重复诉求">
      <Typography.Paragraph type="secondary">
        与较早的诉求重复时，关联到原诉求：原诉求已答复的立即随同答复，否则在原诉求答复时随同答复。
      </Typography.Paragraph>
      <Form.Item name="originalId" label="原诉求编号" rules={[{ required: true, message: '请填写原诉求编号' }]}>
        <InputNumber min={1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label="关联理由"
        rules={[{ required: true, whitespace: true, message: '请说明关联理由' }]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Button htmlType="submit" loading={step.isBusy}>
        关联
      </Button>
      <StepError error={step.error} />
    </Form>
  );
}
