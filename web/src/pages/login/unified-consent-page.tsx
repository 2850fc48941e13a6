import { Alert, Button, Card, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call, messageOf, type Schemas } from '../../api/client.ts';
import { LoadingState } from '../../components/page-states.tsx';
import { t } from '../../locales/zh-CN.ts';

/**
 * An enterprise's first unified login: what the platform will use of its unified identity, and its consent before the
 * account is linked or created (consent-to-unified-login.ts). Declining creates nothing.
 */
export function UnifiedConsentPage() {
  const navigate = useNavigate();
  const [pending, setPending] = useState<Schemas['UnifiedLoginConsent']>();
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  useEffect(() => {
    document.title = `${t('auth.unified.consentTitle')} · ${t('app.name')}`;
    call(api.GET('/api/auth/oidc/consent')).then(setPending, (failure) => setError(messageOf(failure)));
  }, []);

  const answer = async (isAccepted: boolean) => {
    setIsBusy(true);
    setError(undefined);
    try {
      await call(api.POST('/api/auth/oidc/consent', { body: { isAccepted } }));
      // A fresh load: the session provider reads the new session, and the login page sends the enterprise home.
      window.location.assign('/login');
    } catch (failure) {
      if (!isAccepted) navigate('/login?unifiedLoginRefusal=declined', { replace: true });
      else setError(messageOf(failure));
      setIsBusy(false);
    }
  };

  return (
    <main
      data-route="/login/unified-consent"
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(160deg, #e6f4ff 0%, #f5f5f5 60%)',
        padding: 16,
      }}
    >
      <Card style={{ width: '100%', maxWidth: 480 }}>
        <Typography.Title level={3}>{t('auth.unified.consentTitle')}</Typography.Title>
        {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} />}
        {!pending && !error && <LoadingState height={160} />}
        {pending && (
          <>
            <Typography.Paragraph>
              {t('auth.unified.consentIntro', {
                enterprise: pending.enterpriseName,
                uscc: pending.uscc,
                action: pending.hasAccount ? t('auth.unified.consentLink') : t('auth.unified.consentCreate'),
              })}
            </Typography.Paragraph>
            <ul>
              {pending.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <Typography.Paragraph type="secondary">{t('auth.unified.consentNote')}</Typography.Paragraph>
            <Space>
              <Button type="primary" loading={isBusy} onClick={() => answer(true)}>
                {t('auth.unified.consentAccept')}
              </Button>
              <Button disabled={isBusy} onClick={() => answer(false)}>
                {t('auth.unified.consentDecline')}
              </Button>
            </Space>
          </>
        )}
        {error && !pending && (
          <Button type="link" href="/login">
            {t('auth.login')}
          </Button>
        )}
      </Card>
    </main>
  );
}
