import { App as AntApp, ConfigProvider } from 'antd';
import zhCNLocale from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { SessionProvider, useSession } from '../auth/session.tsx';
import { LoadingState } from '../components/page-states.tsx';
import { ConsoleLayout } from '../layouts/console-layout.tsx';
import { EnterpriseLayout } from '../layouts/enterprise-layout.tsx';
import { PublicLayout } from '../layouts/public-layout.tsx';
import { DemoBanner } from '../layouts/demo-banner.tsx';
import { ChangePasswordPage } from '../pages/account/change-password-page.tsx';
import { LoginPage } from '../pages/login/login-page.tsx';
import { NotFoundPage } from '../pages/system/not-found-page.tsx';
import { UnderConstructionPage } from '../pages/system/under-construction-page.tsx';
import { homePathOf, PORTAL_BASE, ROUTES, type Portal } from '../routes.tsx';
import { GuardedPage } from './guarded-page.tsx';

dayjs.locale('zh-cn');

/** `/`: each role's home page, the public portal (or the login page) for the anonymous public. */
function RootRedirect() {
  const { user } = useSession();
  if (user === undefined) return <LoadingState />;
  return <Navigate to={homePathOf(user?.role ?? null)} replace />;
}

/** A portal's base path (e.g. /enterprise): the role's home page, the login page when logged out, or a notice when the role has no page yet. */
function PortalHome({ portal }: { portal: Portal }) {
  const { user } = useSession();
  if (user === undefined) return <LoadingState />;
  if (user === null) return <Navigate to={`/login?next=${encodeURIComponent(PORTAL_BASE[portal])}`} replace />;
  const home = homePathOf(user.role);
  return home === PORTAL_BASE[portal] ? <UnderConstructionPage /> : <Navigate to={home} replace />;
}

/** The route table's pages of a portal under that portal's layout; the portal's base path exists even with no page. */
function portalRoutes(portal: Portal): RouteObject[] {
  const pages: RouteObject[] = ROUTES.filter((route) => route.portal === portal).map((route) => ({ path: route.path, element: <GuardedPage route={route} /> }));
  if (!ROUTES.some((route) => route.portal === portal && route.path === PORTAL_BASE[portal])) pages.push({ path: PORTAL_BASE[portal], element: <PortalHome portal={portal} /> });
  return pages;
}

const router = createBrowserRouter([
  { path: '/', element: <RootRedirect /> },
  { path: '/login', element: <LoginPage /> },
  { path: '/change-password', element: <ChangePasswordPage /> },
  { element: <ConsoleLayout portal="admin" />, children: portalRoutes('admin') },
  { element: <EnterpriseLayout />, children: portalRoutes('enterprise') },
  { element: <ConsoleLayout portal="bank" />, children: portalRoutes('bank') },
  { element: <PublicLayout />, children: [...portalRoutes('public'), { path: '*', element: <NotFoundPage /> }] },
]);

const THEME = { token: { colorPrimary: '#1677ff', borderRadius: 6, fontFamily: "-apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif" } };

/** The application: Ant Design in Chinese, the session, the router. */
export function App() {
  return (
    // No space inserted between two Chinese characters in buttons: labels read as written (受理, not 受 理).
    <ConfigProvider locale={zhCNLocale} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <SessionProvider>
          <DemoBanner />
          <RouterProvider router={router} />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
