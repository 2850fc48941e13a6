import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { t } from '../../locales/zh-CN.ts';

export function ForbiddenPage({ roleLabel }: { roleLabel: string }) {
  return (
    <main data-route="forbidden">
      <Result
        status="403"
        title={t('page.forbidden')}
        subTitle={t('page.forbidden.detail', { role: roleLabel })}
        extra={
          <Link to="/">
            <Button type="primary">{t('page.backHome')}</Button>
          </Link>
        }
      />
    </main>
  );
}
