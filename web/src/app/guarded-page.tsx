import { Typography } from 'antd';
import { Suspense, useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../auth/session.tsx';
import { LoadingState } from '../components/page-states.tsx';
import { t } from '../locales/zh-CN.ts';
import { ForbiddenPage } from '../pages/system/forbidden-page.tsx';
import { isAllowed, type AppRoute } from '../routes.tsx';

/**
 * One page of the route table behind its guard: the anonymous public is sent to /login (and back afterwards), a role
 * the table does not list sees 无权访问. The page's heading and the browser tab show the route's title. The page sits
 * in `<main data-route=…>`: the browser tests measure a page as usable once that element is there with no loading
 * indicator left inside.
 */
export function GuardedPage({ route }: { route: AppRoute }) {
  const { user } = useSession();
  const location = useLocation();
  useEffect(() => {
    document.title = `${route.title} · ${t('app.name')}`;
  }, [route.title]);
  if (user === undefined) return <LoadingState />;
  // An initial, reset or expired password: the server refuses everything else until it is changed.
  if (user?.mustChangePassword)
    return <Navigate to={`/change-password?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!isAllowed(route, user?.role ?? null)) {
    if (!user)
      return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
    return <ForbiddenPage roleLabel={user.roleLabel} />;
  }
  const Page = route.page;
  return (
    <main data-route={route.path}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {route.title}
      </Typography.Title>
      <Suspense fallback={<LoadingState />}>
        <Page />
      </Suspense>
    </main>
  );
}
