import { Alert, Button, Card, DatePicker, Form, Input, List, Popconfirm, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { districtToday, formatDateTime } from '../../../components/district-time.ts';
import { EmptyState } from '../../../components/page-states.tsx';
import { useSubmit } from '../../../components/use-submit.ts';

type Authorization = Schemas['EnterpriseAuthorization'];

interface GrantForm {
  grantee: string;
  purpose: string;
  validUntil: Dayjs;
}

function stateTag(authorization: Authorization) {
  if (authorization.revokedAt) return <Tag>已撤回</Tag>;
  if (!authorization.isActive) return <Tag>已到期</Tag>;
  return <Tag color="green">有效</Tag>;
}

function GrantAuthorizationForm({ onGranted }: { onGranted: (authorization: Authorization) => void }) {
  const [form] = Form.useForm<GrantForm>();
  const { run, isBusy, error } = useSubmit();
  const today = districtToday();
  const submit = (values: GrantForm) =>
    run(async () => {
      const granted = await call(
        api.POST('/api/authorizations', {
          body: {
            grantee: values.grantee.trim(),
            purpose: values.purpose.trim(),
            validUntil: values.validUntil.format('YYYY-MM-DD'),
          },
        }),
      );
      form.resetFields();
      onGranted(granted);
    });
  return (
    <Form<GrantForm> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
      <Form.Item
        name="grantee"
        label="被授权机构的账号名"
        extra="由金融机构或行业协会提供，如“bank”。"
        rules={[{ required: true, whitespace: true, message: '请填写被授权机构的账号名' }]}
      >
        <Input maxLength={64} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="purpose"
        label="授权用途"
        rules={[{ required: true, whitespace: true, message: '请填写授权用途' }]}
      >
        <Input maxLength={200} placeholder="如：贷款审批" />
      </Form.Item>
      <Form.Item name="validUntil" label="授权截止日" rules={[{ required: true, message: '请选择授权截止日' }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(day) => day.format('YYYY-MM-DD') < today}
          defaultPickerValue={dayjs(today)}
        />
      </Form.Item>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={isBusy} block>
        授权查询
      </Button>
    </Form>
  );
}

/**
 * 查询授权 (企业授权查询): the enterprise lets a bank or an industry association see its credit grade, evaluation and full
 * credit report until a day it chooses, and withdraws that whenever it wants (docs/sharing.md).
 */
export default function AuthorizationsPage() {
  const state = useApi(() => call(api.GET('/api/authorizations')), []);
  const [notice, setNotice] = useState<string>();
  const { run, error } = useSubmit();
  const revoke = (authorization: Authorization) =>
    run(async () => {
      await call(api.DELETE('/api/authorizations/{id}', { params: { path: { id: authorization.id } } }));
      setNotice(`已撤回对${authorization.granteeName}的查询授权，立即生效。`);
      state.reload();
    });
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        授权后，被授权的金融机构或行业协会在截止日前可以查看本企业的信用等级、评价明细和完整版信用报告，并收到本企业的信用变化通知。可以随时撤回。
      </Typography.Paragraph>
      {notice && <Alert type="success" showIcon closable onClose={() => setNotice(undefined)} message={notice} />}
      {error && <Alert type="error" showIcon role="alert" message={error} />}
      <Card title="我的授权" size="small">
        <div data-loading={state.isLoading ? 'true' : undefined}>
          <AsyncContent state={state} empty={<EmptyState description="还没有授权任何机构查询" />}>
            {({ items }) => (
              <List<Authorization>
                dataSource={items}
                pagination={{ pageSize: 10, size: 'small', hideOnSinglePage: true }}
                renderItem={(authorization) => (
                  <List.Item
                    actions={
                      authorization.isActive
                        ? [
                            <Popconfirm
                              key="revoke"
                              title={`撤回对${authorization.granteeName}的授权？`}
                              description="撤回后对方立即不能再查看本企业。"
                              okText="撤回"
                              cancelText="不撤回"
                              onConfirm={() => revoke(authorization)}
                            >
                              <Button size="small" danger>
                                撤回
                              </Button>
                            </Popconfirm>,
                          ]
                        : []
                    }
                  >
                    <div style={{ minWidth: 0 }} data-card="authorization">
                      <Space size={8} wrap>
                        <Typography.Text strong>{authorization.granteeName}</Typography.Text>
                        {stateTag(authorization)}
                      </Space>
                      <Typography.Text style={{ display: 'block', fontSize: 13 }}>
                        用途：{authorization.purpose} · 截止 {authorization.validUntil}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                        {authorization.grantedByName} {formatDateTime(authorization.grantedAt)} 授权
                        {authorization.revokedAt ? `，${formatDateTime(authorization.revokedAt)} 撤回` : ''}
                      </Typography.Text>
                    </div>
                  </List.Item>
                )}
              />
            )}
          </AsyncContent>
        </div>
      </Card>
      <Card title="授权新的机构" size="small">
        <GrantAuthorizationForm
          onGranted={(granted) => {
            setNotice(`已授权${granted.granteeName}查询本企业，至 ${granted.validUntil} 止。`);
            state.reload();
          }}
        />
      </Card>
    </Space>
  );
}
