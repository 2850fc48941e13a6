import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography, message } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { messageOf } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadingState } from '../../components/page-states.tsx';
import { t } from '../../locales/zh-CN.ts';
import { destinationOf } from '../login/login-page.tsx';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/**
 * 修改口令: self-service, and where an account with an initial, reset or expired password is sent
 * until it changes it. The server checks the policy and names every broken rule.
 */
export function ChangePasswordPage() {
  const { user, changePassword, logOut } = useSession();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  useEffect(() => {
    document.title = `${t('auth.changePassword')} · ${t('app.name')}`;
  }, []);

  if (user === undefined) return <LoadingState height={400} />;
  if (user === null) return <Navigate to="/login?next=%2Fchange-password" replace />;

  const submit = async (values: Values) => {
    setIsBusy(true);
    setError(undefined);
    try {
      const me = await changePassword(values.currentPassword, values.newPassword);
      message.success(t('auth.passwordChanged'));
      navigate(destinationOf(searchParams.get('next'), me.role), { replace: true });
    } catch (failure) {
      setError(messageOf(failure));
      setIsBusy(false);
    }
  };

  return (
    <main
      data-route="/change-password"
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#f5f5f5',
        padding: 16,
      }}
    >
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('auth.changePassword')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {user.displayName.includes(user.roleLabel) ? user.displayName : `${user.displayName} · ${user.roleLabel}`}
        </Typography.Paragraph>
        {user.mustChangePassword && (
          <Alert type="warning" showIcon message={t('auth.mustChangePassword')} style={{ marginBottom: 16 }} />
        )}
        <Form<Values> layout="vertical" onFinish={submit} requiredMark={false} disabled={isBusy}>
          <Form.Item
            name="currentPassword"
            label={t('auth.currentPassword')}
            rules={[{ required: true, message: t('auth.password.required') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" autoFocus />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('auth.newPassword')}
            extra={t('auth.passwordRules')}
            rules={[{ required: true, message: t('auth.password.required') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('auth.confirmPassword')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('auth.password.required') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('auth.passwordMismatch'))),
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" block loading={isBusy}>
            {t('auth.changePassword')}
          </Button>
        </Form>
        <Button
          type="link"
          style={{ marginTop: 8, paddingLeft: 0 }}
          onClick={() => logOut().then(() => navigate('/login', { replace: true }))}
        >
          {t('auth.logout')}
        </Button>
      </Card>
    </main>
  );
}
