import { App as AntApp, ConfigProvider } from 'antd';
import zhCNLocale from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { SessionProvider, useSession } from '../auth/session.tsx';
import { LoadingState } from '../components/page-states.tsx';
import { lazy, Suspense, type ReactNode } from 'react';
import { PublicLayout } from '../layouts/public-layout.tsx';
import { DemoBanner } from '../layouts/demo-banner.tsx';
import { LoginPage } from '../pages/login/login-page.tsx';
import { UnifiedConsentPage } from '../pages/login/unified-consent-page.tsx';
import { NotFoundPage } from '../pages/system/not-found-page.tsx';
import { UnderConstructionPage } from '../pages/system/under-construction-page.tsx';
import { homePathOf, PORTAL_BASE, ROUTES, type Portal } from '../routes.tsx';
import { GuardedPage } from './guarded-page.tsx';

dayjs.locale('zh-cn');

// The login page and the public portal are in the first download; the consoles of the signed-in audiences (officials
// and banks, enterprises) and the password change load on first use, so a visitor on a slow phone connection waits
// only for what the public pages need.
const ConsoleLayout = lazy(() =>
  import('../layouts/console-layout.tsx').then((module) => ({ default: module.ConsoleLayout })),
);
const EnterpriseLayout = lazy(() =>
  import('../layouts/enterprise-layout.tsx').then((module) => ({ default: module.EnterpriseLayout })),
);
const ChangePasswordPage = lazy(() =>
  import('../pages/account/change-password-page.tsx').then((module) => ({ default: module.ChangePasswordPage })),
);

function Loaded({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState />}>{children}</Suspense>;
}

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
  const pages: RouteObject[] = ROUTES.filter((route) => route.portal === portal).map((route) => ({
    path: route.path,
    element: <GuardedPage route={route} />,
  }));
  if (!ROUTES.some((route) => route.portal === portal && route.path === PORTAL_BASE[portal]))
    pages.push({ path: PORTAL_BASE[portal], element: <PortalHome portal={portal} /> });
  return pages;
}

const router = createBrowserRouter([
  { path: '/', element: <RootRedirect /> },
  { path: '/login', element: <LoginPage /> },
  { path: '/login/unified-consent', element: <UnifiedConsentPage /> },
  {
    path: '/change-password',
    element: (
      <Loaded>
        <ChangePasswordPage />
      </Loaded>
    ),
  },
  {
    element: (
      <Loaded>
        <ConsoleLayout portal="admin" />
      </Loaded>
    ),
    children: portalRoutes('admin'),
  },
  {
    element: (
      <Loaded>
        <EnterpriseLayout />
      </Loaded>
    ),
    children: portalRoutes('enterprise'),
  },
  {
    element: (
      <Loaded>
        <ConsoleLayout portal="bank" />
      </Loaded>
    ),
    children: portalRoutes('bank'),
  },
  { element: <PublicLayout />, children: [...portalRoutes('public'), { path: '*', element: <NotFoundPage /> }] },
]);

// Colours that keep a contrast of at least 4.5:1 for text (GB/T 37668-2019 / WCAG 2.1 1.4.3): antd's default blue
// carries white text at 4.1:1 and its secondary grey reads at 3.4:1 on white.
const THEME = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    // Hovered or focused buttons and links (a phone keeps the last tapped one so) darken instead of antd's lighter
    // derived blue, which reads at 4.2:1 on white.
    colorPrimaryHover: '#003eb3',
    colorLinkHover: '#003eb3',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    // Status colours and the 7th shade of each preset colour (the text of a coloured tag), one shade darker than antd's.
    colorSuccess: '#237804',
    colorSuccessText: '#237804',
    colorWarning: '#ad6800',
    colorWarningText: '#874d00',
    colorError: '#cf1322',
    colorErrorText: '#cf1322',
    colorInfo: '#0958d9',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    // Empty states (“暂无数据”) are read, not disabled: they keep a readable grey.
    colorTextDisabled: 'rgba(0, 0, 0, 0.55)',
    green7: '#237804',
    red7: '#a8071a',
    volcano7: '#ad2102',
    orange7: '#873800',
    gold7: '#874d00',
    lime7: '#3f6600',
    cyan7: '#006d75',
    blue7: '#003eb3',
    geekblue7: '#10239e',
    purple7: '#391085',
    magenta7: '#9e1068',
    borderRadius: 6,
    fontFamily: "-apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif",
  },
};

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
