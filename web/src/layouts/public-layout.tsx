import { MenuOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/session.tsx';
import { t } from '../locales/zh-CN.ts';
import { homePathOf } from '../routes.tsx';
import { buildMenuItems, selectedMenuKey } from './menu-items.tsx';

/** The public portal (no login needed, 000 §二(九)): a header with the portal's navigation and a way in for accounts. */
export function PublicLayout() {
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const selected = selectedMenuKey('public', null, location.pathname);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, padding: '0 16px', flexWrap: 'nowrap' }}>
        <Link to="/" style={{ color: '#fff', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
          {t('app.name')} · {t('portal.public')}
        </Link>
        <nav aria-label={t('portal.public')} style={{ flex: 1, minWidth: 0 }}>
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={selected ? [selected] : []}
            items={buildMenuItems('public', null)}
            // On a phone the sections that do not fit fold under a button: named 栏目, not antd's bare “···”.
            overflowedIndicator={
              <span style={{ whiteSpace: 'nowrap' }}>
                <MenuOutlined /> 栏目
              </span>
            }
            onClick={({ key }) => navigate(key)}
          />
        </nav>
        {user ? (
          <Button onClick={() => navigate(homePathOf(user.role))}>{user.displayName}</Button>
        ) : (
          <Button type="primary" onClick={() => navigate('/login')}>
            {t('auth.login')}
          </Button>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: '24px 16px', maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        <Typography.Text type="secondary">
          {t('app.district')} · {t('app.fullName')}
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
