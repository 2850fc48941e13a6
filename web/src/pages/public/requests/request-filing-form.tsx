import { Alert, Button, Form, Input, Radio, Select, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import { AttachmentField } from '../../../components/attachment-field.tsx';
import { CATEGORY_OPTIONS, TYPE_OPTIONS, type RequestCategory, type RequestType } from './request-terms.ts';
import { useSubmit } from '../../../components/use-submit.ts';

export type FiledRequest = Awaited<ReturnType<typeof fileRequest>>;

interface FilingValues {
  requestType: RequestType;
  category: RequestCategory;
  title: string;
  body: string;
  attachments?: string[];
  phone?: string;
}

function fileRequest(values: FilingValues) {
  return call(api.POST('/api/requests', { body: values }));
}

/**
 * The filing form of 企呼我应: an enterprise account files for itself and may attach proof; a visitor
 * gives a mobile number instead (no attachments: uploads are for accounts) and follows the case by tracking code.
 * The server routes the case and answers with the department and deadline; its refusal shows under the button.
 */
export function RequestFilingForm({
  filer,
  onFiled,
}: {
  filer: 'enterprise' | 'visitor';
  onFiled: (filed: FiledRequest) => void;
}) {
  const [form] = Form.useForm<FilingValues>();
  const { run, isBusy, error } = useSubmit();
  const category = Form.useWatch('category', form);

  const submit = (values: FilingValues) =>
    run(async () => {
      onFiled(await fileRequest({ ...values, attachments: values.attachments ?? [] }));
      form.resetFields();
    });

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ requestType: 'request' }}
      disabled={isBusy}
      scrollToFirstError
    >
      <Form.Item name="requestType" label="类型">
        <Radio.Group options={TYPE_OPTIONS} optionType="button" buttonStyle="solid" />
      </Form.Item>
      <Form.Item name="category" label="诉求类别" rules={[{ required: true, message: '请选择诉求类别' }]}>
        <Select options={CATEGORY_OPTIONS} placeholder="请选择" />
      </Form.Item>
      {category === 'credit' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="对信用记录或信用评价结果有异议的，请通过“异议申请”办理（华容政办函〔2025〕6号第二部分第（四）项）：登录企业账号后在“办事—异议申请”中选择该记录或评价结果。"
        />
      )}
      <Form.Item
        name="title"
        label="标题"
        rules={[
          { required: true, whitespace: true, message: '请填写标题' },
          { max: 200, message: '标题不超过 200 字' },
        ]}
      >
        <Input placeholder="一句话说明您反映的问题" maxLength={200} />
      </Form.Item>
      <Form.Item
        name="body"
        label="诉求内容"
        rules={[
          { required: true, whitespace: true, message: '请填写诉求内容' },
          { max: 4000, message: '诉求内容不超过 4000 字' },
        ]}
      >
        <Input.TextArea rows={5} placeholder="问题的经过、涉及的部门或事项、您的诉求" maxLength={4000} showCount />
      </Form.Item>
      {filer === 'enterprise' && (
        <Form.Item name="attachments" label="附件" extra="证明材料，可选；每个文件大小有上限">
          <AttachmentField upload={(file) => call(api.POST('/api/attachments', { body: file }))} />
        </Form.Item>
      )}
      {filer === 'visitor' && (
        <Form.Item
          name="phone"
          label="手机号码"
          extra="用于凭查询码查询进度和评价答复；加密保存，页面上只显示脱敏号码"
          rules={[
            { required: true, message: '请填写手机号码' },
            { pattern: /^1\d{10}$/, message: '请填写 11 位中国大陆手机号码' },
          ]}
        >
          <Input inputMode="tel" autoComplete="tel" maxLength={11} placeholder="11 位手机号码" />
        </Form.Item>
      )}
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" block loading={isBusy}>
        提交
      </Button>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
        提交后按诉求类别分至承办部门，在规定的工作日内答复；答复后请您评价（好差评），不满意的将重新交承办部门整改。
      </Typography.Paragraph>
    </Form>
  );
}
