import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, matchPath, Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, type Role, type Schemas, messageOf } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadingState } from '../../components/page-states.tsx';
import { t } from '../../locales/zh-CN.ts';
import { homePathOf, isAllowed, ROUTES } from '../../routes.tsx';

/**
 * Where to go after logging in: the 修改口令 page when the password must be changed first, else the page that asked
 * for the login if the role may open it, else the role's home.
 */
export function destinationOf(next: string | null, role: Role, mustChangePassword = false): string {
  if (mustChangePassword) return `/change-password${next ? `?next=${encodeURIComponent(next)}` : ''}`;
  if (next && next.startsWith('/') && !next.startsWith('//')) {
    const pathname = next.split('?')[0];
    const route = ROUTES.find((candidate) => matchPath(candidate.path, pathname));
    if (route && isAllowed(route, role)) return next;
  }
  return homePathOf(role);
}

export function LoginPage() {
  const { user, logIn, hasExpired } = useSession();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const [unifiedLogin, setUnifiedLogin] = useState<Schemas['UnifiedLoginStatus']>();
  useEffect(() => {
    document.title = `${t('auth.login')} · ${t('app.name')}`;
    // Unified login is offered only where the platform is configured for it (docs/integration.md).
    api.GET('/api/auth/oidc').then(
      ({ data }) => setUnifiedLogin(data),
      () => undefined,
    );
  }, []);
  const refusal = searchParams.get('unifiedLoginRefusal');
  const refusalSubject = searchParams.get('subject');

  if (user === undefined) return <LoadingState height={400} />;
  if (user && !isBusy)
    return <Navigate to={destinationOf(searchParams.get('next'), user.role, user.mustChangePassword)} replace />;

  const submit = async (values: { username: string; password: string }) => {
    setIsBusy(true);
    setError(undefined);
    try {
      const me = await logIn(values.username, values.password);
      navigate(destinationOf(searchParams.get('next'), me.role, me.mustChangePassword), { replace: true });
    } catch (failure) {
      setError(messageOf(failure));
      setIsBusy(false);
    }
  };

  return (
    <main
      data-route="/login"
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(160deg, #e6f4ff 0%, #f5f5f5 60%)',
        padding: 16,
      }}
    >
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('app.district')} · {t('app.fullName')}
        </Typography.Paragraph>
        {hasExpired && (
          <Alert type="warning" showIcon message={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />
        )}
        {refusal && unifiedLogin && (
          <Alert
            type="error"
            showIcon
            role="alert"
            message={t('auth.unified.refused')}
            description={
              <>
                {unifiedLogin.refusals[refusal] ?? refusal}
                {refusalSubject && <div>{t('auth.unified.subject', { subject: refusalSubject })}</div>}
              </>
            }
            style={{ marginBottom: 16 }}
          />
        )}
        {unifiedLogin?.isEnabled && (
          <>
            {/* A full navigation: the server sends the browser on to the identity service. */}
            <Button type="primary" size="large" block href="/api/auth/oidc/start">
              {t('auth.unified.login')}
            </Button>
            <Divider plain>{t('auth.unified.or')}</Divider>
          </>
        )}
        <Form layout="vertical" onFinish={submit} requiredMark={false} disabled={isBusy}>
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, whitespace: true, message: t('auth.username.required') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('auth.password.required') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" block loading={isBusy}>
            {t('auth.login')}
          </Button>
        </Form>
        <div style={{ marginTop: 16 }}>
          <Link to="/">{t('auth.toPublic')}</Link>
        </div>
      </Card>
    </main>
  );
}
