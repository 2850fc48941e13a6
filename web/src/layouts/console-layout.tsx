import { Grid, Layout, Menu, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/session.tsx';
import { t } from '../locales/zh-CN.ts';
import { menuEntryOf, ROUTES, type Portal } from '../routes.tsx';
import { buildMenuItems, selectedMenuKey } from './menu-items.tsx';
import { UserMenu } from './user-menu.tsx';

/** The admin console and the bank portal: a side menu from the route table, a header with the account, the page. */
export function ConsoleLayout({ portal }: { portal: Extract<Portal, 'admin' | 'bank'> }) {
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [isCollapsed, setIsCollapsed] = useState(false);
  // On a phone the menu folds away entirely (a button opens it) and the header keeps only the account: a 80 px rail
  // and the district's full title would leave the page a third of a 390 px screen and overlap the account menu.
  const isPhone = Grid.useBreakpoint().md === false;
  const role = user?.role ?? null;
  const selected = selectedMenuKey(portal, role, location.pathname);
  // Banks and industry associations share a portal; each sees its own name on it.
  const portalName = t(
    portal === 'admin' ? 'portal.admin' : role === 'association' ? 'portal.association' : 'portal.bank',
  );
  // Only the submenu of the current page starts open: the whole console menu is longer than a screen.
  const selectedGroup = ROUTES.find((route) => route.path === selected);
  const openGroup = selectedGroup ? menuEntryOf(selectedGroup)?.group : undefined;
  const [openKeys, setOpenKeys] = useState<string[]>([]);
  useEffect(() => {
    if (openGroup)
      setOpenKeys((keys) => (keys.includes(`group:${openGroup}`) ? keys : [...keys, `group:${openGroup}`]));
  }, [openGroup]);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        breakpoint="lg"
        collapsible
        collapsed={isCollapsed}
        onCollapse={setIsCollapsed}
        collapsedWidth={isPhone ? 0 : 80}
        zeroWidthTriggerStyle={{ top: 12 }}
        width={208}
        theme="dark"
        style={
          isPhone
            ? {
                position: 'fixed',
                zIndex: 20,
                top: 0,
                left: 0,
                height: '100vh',
                overflowY: isCollapsed ? 'visible' : 'auto',
              }
            : { position: 'sticky', top: 0, height: '100vh', overflowY: 'auto' }
        }
      >
        <div
          style={{
            color: '#fff',
            padding: '16px 20px',
            fontWeight: 600,
            fontSize: isCollapsed ? 14 : 18,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
          }}
        >
          {t('app.name')}
          {!isCollapsed && (
            <span style={{ fontSize: 12, fontWeight: 400, marginLeft: 8, opacity: 0.75 }}>{portalName}</span>
          )}
        </div>
        <nav aria-label={portalName}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            openKeys={isCollapsed ? undefined : openKeys}
            onOpenChange={setOpenKeys}
            items={buildMenuItems(portal, role)}
            onClick={({ key }) => {
              navigate(key);
              if (isPhone) setIsCollapsed(true);
            }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: isPhone ? '0 12px 0 56px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 8,
            borderBottom: '1px solid #f0f0f0',
            // On a phone the menu button floats at the top left of the screen: the header stays under it while the
            // page scrolls, so the button never covers the page title or the text below it.
            ...(isPhone ? { position: 'sticky', top: 0, zIndex: 19 } : {}),
          }}
        >
          <Typography.Text type="secondary" ellipsis style={{ minWidth: 0 }}>
            {isPhone ? t('app.name') : `${t('app.district')} · ${t('app.fullName')}`}
          </Typography.Text>
          {/* On a phone the account's name and the two labelled buttons wrapped over the page title: icons only. */}
          <UserMenu isCompact={isPhone} />
        </Layout.Header>
        <Layout.Content style={{ padding: isPhone ? 12 : 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
