import { Button, Collapse, Flex, Form, Input, Switch, Typography, message } from 'antd';
import { useState } from 'react';
import { ApiError, api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';

type Channels = Schemas['NotificationChannels'];

interface FormValues {
  isSmsEnabled: boolean;
  isEmailEnabled: boolean;
  phone?: string;
  email?: string;
}

/**
 * 通知方式: the inbox always gets every message; the account may also ask for SMS and e-mail (whichever the platform
 * has a gateway for). A stored number or address is shown masked only; typing a new one replaces it.
 */
export function NotificationChannelsSection() {
  const state = useApi(() => call(api.GET('/api/notification-channels')), []);
  const [saveError, setSaveError] = useState<ApiError>();
  const [isSaving, setIsSaving] = useState(false);
  const [form] = Form.useForm<FormValues>();

  const save = async (values: FormValues) => {
    setSaveError(undefined);
    setIsSaving(true);
    try {
      await call(
        api.PUT('/api/notification-channels', {
          body: {
            isSmsEnabled: values.isSmsEnabled,
            isEmailEnabled: values.isEmailEnabled,
            ...(values.phone?.trim() ? { phone: values.phone.trim() } : {}),
            ...(values.email?.trim() ? { email: values.email.trim() } : {}),
          },
        }),
      );
      message.success('通知方式已保存');
      form.setFieldsValue({ phone: '', email: '' });
      state.reload();
    } catch (error) {
      setSaveError(error instanceof ApiError ? error : undefined);
    } finally {
      setIsSaving(false);
    }
  };

  const describe = (channels: Channels) =>
    [
      '站内',
      channels.isSmsEnabled && `短信（${channels.phoneMasked}）`,
      channels.isEmailEnabled && `邮件（${channels.emailMasked}）`,
    ]
      .filter(Boolean)
      .join('、');

  return (
    <AsyncContent state={state}>
      {(channels) => (
        // Default size: its header is a phone tap target (at least 40 px tall).
        <Collapse
          style={{ marginBottom: 12, background: '#fff' }}
          items={[
            {
              key: 'channels',
              label: `通知方式：${describe(channels)}`,
              children:
                channels.availableChannels.length === 0 ? (
                  <Typography.Text type="secondary">本平台尚未接入短信或邮件，所有通知发送到站内消息。</Typography.Text>
                ) : (
                  <Form<FormValues>
                    form={form}
                    layout="vertical"
                    aria-label="通知方式"
                    initialValues={{ isSmsEnabled: channels.isSmsEnabled, isEmailEnabled: channels.isEmailEnabled }}
                    onFinish={save}
                  >
                    <Typography.Paragraph type="secondary">
                      站内消息始终送达。开通短信或邮件后，评价等级变化、办理时限、申请办理结果等通知也会发送到您登记的手机号码或邮箱；号码和邮箱加密保存，仅显示脱敏形式。
                    </Typography.Paragraph>
                    {channels.availableChannels.includes('sms') && (
                      <Flex gap={12} wrap align="flex-end">
                        <Form.Item name="isSmsEnabled" label="短信通知" valuePropName="checked">
                          <Switch />
                        </Form.Item>
                        <Form.Item
                          name="phone"
                          label={
                            channels.phoneMasked ? `手机号码（已登记 ${channels.phoneMasked}，填写则更换）` : '手机号码'
                          }
                          style={{ flex: 1, minWidth: 200 }}
                        >
                          <Input inputMode="tel" autoComplete="tel" placeholder="11 位手机号码" />
                        </Form.Item>
                      </Flex>
                    )}
                    {channels.availableChannels.includes('email') && (
                      <Flex gap={12} wrap align="flex-end">
                        <Form.Item name="isEmailEnabled" label="邮件通知" valuePropName="checked">
                          <Switch />
                        </Form.Item>
                        <Form.Item
                          name="email"
                          label={
                            channels.emailMasked ? `电子邮箱（已登记 ${channels.emailMasked}，填写则更换）` : '电子邮箱'
                          }
                          style={{ flex: 1, minWidth: 200 }}
                        >
                          <Input inputMode="email" autoComplete="email" placeholder="name@example.com" />
                        </Form.Item>
                      </Flex>
                    )}
                    <ErrorAlert error={saveError} />
                    <Button type="primary" htmlType="submit" loading={isSaving} style={{ minHeight: 40 }}>
                      保存通知方式
                    </Button>
                  </Form>
                ),
            },
          ]}
        />
      )}
    </AsyncContent>
  );
}
