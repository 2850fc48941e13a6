import { Alert, Button, Checkbox, Form, Input, Typography, message } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { refreshUnreadCount } from '../inbox/unread-count.ts';
import { AttachmentUpload } from '../shared/attachment-upload.tsx';
import { showFieldErrors } from '../shared/field-errors.ts';

interface Values {
  correction: string;
  attachments: string[];
  acceptsCommitment: boolean;
}

/**
 * 信用修复申请 (001 §二(四); 《信用修复管理办法》) for one record: how the behaviour was corrected, the proof, and the
 * 修复型 commitment, whose current text the enterprise reads before it accepts it.
 */
export function RepairForm({
  record,
  commitmentText,
  maxBytes,
  onSubmitted,
  onCancel,
}: {
  record: Schemas['OwnRecord'];
  commitmentText: string | null;
  maxBytes: number;
  onSubmitted: () => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const submit = async (values: Values) => {
    setIsBusy(true);
    setFormError(null);
    try {
      const created = await call(
        api.POST('/api/repairs', {
          body: {
            recordId: record.id,
            correction: values.correction,
            attachments: values.attachments ?? [],
            acceptsCommitment: values.acceptsCommitment === true,
          },
        }),
      );
      message.success(`信用修复申请已提交（编号 ${created.id}）`);
      void refreshUnreadCount();
      onSubmitted();
    } catch (error) {
      setFormError(
        showFieldErrors(form, error, {
          correction: ['correction'],
          attachments: ['attachments'],
          acceptsCommitment: ['acceptsCommitment'],
          '纠正失信行为、履行义务的情况': ['correction'],
          证明材料: ['attachments'],
          信用承诺: ['acceptsCommitment'],
        }),
      );
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark="optional"
      onFinish={submit}
      initialValues={{ attachments: [], acceptsCommitment: false }}
      scrollToFirstError={{ block: 'center' }}
      style={{ marginTop: 12 }}
    >
      <Form.Item
        name="correction"
        label="纠正失信行为、履行义务的情况"
        rules={[{ required: true, whitespace: true, message: '请说明纠正失信行为、履行义务的情况' }]}
      >
        <Input.TextArea
          rows={4}
          maxLength={4000}
          showCount
          placeholder="如：罚款已于某日全额缴纳，违法行为已整改完毕"
        />
      </Form.Item>
      <Form.Item
        name="attachments"
        label="证明材料"
        rules={[{ required: true, type: 'array', min: 1, message: '请上传已纠正行为、履行义务的证明材料' }]}
      >
        <AttachmentUpload maxBytes={maxBytes} hint="缴款凭证、整改报告等的照片或 PDF" />
      </Form.Item>
      {commitmentText && (
        <Typography.Paragraph
          type="secondary"
          style={{ fontSize: 13, background: '#fafafa', padding: '8px 12px', borderRadius: 6 }}
        >
          信用修复承诺书：{commitmentText}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="acceptsCommitment"
        valuePropName="checked"
        rules={[
          {
            validator: (_, value) =>
              value ? Promise.resolve() : Promise.reject(new Error('申请信用修复须作出修复型信用承诺')),
          },
        ]}
      >
        <Checkbox style={{ minHeight: 40, alignItems: 'center' }}>我已阅读并作出上述信用修复承诺</Checkbox>
      </Form.Item>
      {formError && <Alert type="error" showIcon role="alert" message={formError} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" size="large" block loading={isBusy}>
        提交修复申请
      </Button>
      <Button type="link" block onClick={onCancel} style={{ minHeight: 40 }}>
        取消
      </Button>
    </Form>
  );
}
