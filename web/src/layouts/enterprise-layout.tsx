import { Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/session.tsx';
import { t } from '../locales/zh-CN.ts';
import { menuEntryOf, routesOf } from '../routes.tsx';
import { selectedMenuKey } from './menu-items.tsx';
import { UserMenu } from './user-menu.tsx';

const BAR_HEIGHT = 52;
const TAB_HEIGHT = 56;

/**
 * The enterprise portal, mobile first (usable at 375 px, 001 §二(二) "掌上办"): a top bar, the page, and a bottom tab
 * bar with the portal's menu entries from the route table (icon and a short label). On a desktop the column is capped
 * at a phone-friendly width.
 */
export function EnterpriseLayout() {
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = routesOf('enterprise', user?.role ?? null).flatMap((route) => {
    const entry = menuEntryOf(route);
    return entry ? [{ path: route.path, ...entry }] : [];
  });
  const selected = selectedMenuKey('enterprise', user?.role ?? null, location.pathname);
  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          height: BAR_HEIGHT,
          background: '#0958d9',
          color: '#fff',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          padding: '0 12px',
        }}
      >
        <Typography.Text strong style={{ color: '#fff', fontSize: 16 }}>
          {t('app.name')} · {t('portal.enterprise')}
        </Typography.Text>
        <UserMenu isCompact />
      </header>
      <div style={{ maxWidth: 720, margin: '0 auto', padding: `12px 12px ${TAB_HEIGHT + 16}px` }}>
        <Outlet />
      </div>
      {tabs.length > 0 && (
        <nav
          aria-label={t('portal.enterprise')}
          style={{
            position: 'fixed',
            bottom: 0,
            left: 0,
            right: 0,
            height: TAB_HEIGHT,
            background: '#fff',
            borderTop: '1px solid #e8e8e8',
            display: 'flex',
            zIndex: 10,
          }}
        >
          {tabs.slice(0, 5).map((tab) => {
            const isActive = selected === tab.path;
            return (
              <button
                key={tab.path}
                type="button"
                onClick={() => navigate(tab.path)}
                aria-current={isActive ? 'page' : undefined}
                style={{
                  flex: 1,
                  border: 'none',
                  background: 'none',
                  color: isActive ? '#0958d9' : '#595959',
                  display: 'flex',
                  flexDirection: 'column',
                  alignItems: 'center',
                  justifyContent: 'center',
                  gap: 2,
                  fontSize: 12,
                  cursor: 'pointer',
                }}
              >
                <span style={{ fontSize: 20 }}>{tab.icon}</span>
                {tab.label}
              </button>
            );
          })}
        </nav>
      )}
    </div>
  );
}
