import { Alert, Button, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useSubmit } from '../../../components/use-submit.ts';

/**
 * The account's 政务服务网 unified identity: a member of staff who tried unified login was shown their identity
 * (统一身份标识) on the login page; the administrator links it here, or removes it. Enterprise accounts are linked by
 * the enterprise's own consent and only shown.
 */
export function UnifiedIdentityLink({
  user,
  identity,
  onDone,
}: {
  user: Schemas['User'];
  identity: Schemas['UnifiedIdentity'] | undefined;
  onDone(): void;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const [subject, setSubject] = useState('');
  const { run, isBusy, error } = useSubmit();
  if (user.role === 'enterprise') return <span>{identity ? '已授权（统一社会信用代码）' : '—'}</span>;
  const save = (value: string | null) =>
    run(async () => {
      await call(
        api.PUT('/api/users/{id}/unified-identity', { params: { path: { id: user.id } }, body: { subject: value } }),
      );
      setIsOpen(false);
      onDone();
    });
  return (
    <>
      <Space size={0} wrap>
        <Typography.Text code={Boolean(identity)}>{identity?.subject ?? '未关联'}</Typography.Text>
        <Button
          type="link"
          size="small"
          onClick={() => {
            setSubject(identity?.subject ?? '');
            setIsOpen(true);
          }}
        >
          {identity ? '更改' : '关联'}
        </Button>
      </Space>
      <Modal
        title={`关联统一身份：${user.username}`}
        open={isOpen}
        onCancel={() => setIsOpen(false)}
        footer={[
          identity && (
            <Button key="remove" danger disabled={isBusy} onClick={() => save(null)}>
              解除关联
            </Button>
          ),
          <Button key="cancel" onClick={() => setIsOpen(false)}>
            取消
          </Button>,
          <Button
            key="save"
            type="primary"
            loading={isBusy}
            disabled={!subject.trim()}
            onClick={() => save(subject.trim())}
          >
            保存
          </Button>,
        ]}
      >
        <Typography.Paragraph type="secondary">
          填写工作人员在登录页看到的统一身份标识；关联后其以政务服务网统一身份认证登录即为本账号，权限按本账号角色。
        </Typography.Paragraph>
        <Input
          value={subject}
          onChange={(event) => setSubject(event.target.value)}
          aria-label="统一身份标识"
          maxLength={256}
        />
        {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginTop: 12 }} />}
      </Modal>
    </>
  );
}
