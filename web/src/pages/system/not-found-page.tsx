import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { t } from '../../locales/zh-CN.ts';

export function NotFoundPage() {
  return (
    <main data-route="not-found">
      <Result
        status="404"
        title={t('page.notFound')}
        subTitle={t('page.notFound.detail')}
        extra={
          <Link to="/">
            <Button type="primary">{t('page.backHome')}</Button>
          </Link>
        }
      />
    </main>
  );
}
