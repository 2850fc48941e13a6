import { DashboardOutlined } from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { Role } from './api/client.ts';
import { t } from './locales/zh-CN.ts';

/**
 * The one route table of the web application (issue #8): every page with its path, Chinese title, component (loaded
 * on first visit), who may open it and in which portal's menu it appears. The menus, the guards and the home page of
 * each role are all derived from it. Add a page by appending an entry in its portal's section.
 */
export type Portal = 'admin' | 'enterprise' | 'bank' | 'public';

/** Who uses which portal: officials the admin console, enterprises theirs, banks and associations theirs. */
export const PORTAL_ROLES: Record<Exclude<Portal, 'public'>, readonly Role[]> = {
  admin: ['admin', 'department_operator', 'reviewer', 'inspector'],
  enterprise: ['enterprise'],
  bank: ['bank', 'association'],
};

export const PORTAL_BASE: Record<Portal, string> = { admin: '/admin', enterprise: '/enterprise', bank: '/bank', public: '/public' };

export interface AppRoute {
  /** Under the portal's base path (`/admin/…`, `/enterprise/…`, `/bank/…`, `/public/…`); may have `:params`. */
  path: string;
  /** Chinese; shown as the page heading, the browser tab and (unless `menu` says otherwise) the menu item. */
  title: string;
  portal: Portal;
  /** The roles that may open the page; 'everyone' includes the anonymous public. */
  roles: readonly Role[] | 'everyone';
  page: LazyExoticComponent<ComponentType>;
  /** false: not in the menu (detail pages reached by a link). `group`: the submenu it belongs to. */
  menu?: false | { label?: string; group?: string; icon?: ReactNode };
}

const OFFICIALS: readonly Role[] = PORTAL_ROLES.admin;

export const ROUTES: AppRoute[] = [
  // ── Admin console (管理端) ────────────────────────────────────────────────────────────────────────────────────
  { path: '/admin', title: t('menu.dashboard'), portal: 'admin', roles: OFFICIALS, page: lazy(() => import('./pages/admin/dashboard/dashboard-page.tsx')), menu: { icon: <DashboardOutlined /> } },
];

/** The routes of a portal a role may open, in table order. */
export function routesOf(portal: Portal, role: Role | null): AppRoute[] {
  return ROUTES.filter((route) => route.portal === portal && isAllowed(route, role));
}

export function isAllowed(route: AppRoute, role: Role | null): boolean {
  return route.roles === 'everyone' || (role !== null && route.roles.includes(role));
}

/** A route's menu entry (label defaults to the title), or null for pages kept out of the menu. */
export function menuEntryOf(route: AppRoute): { label: string; group?: string; icon?: ReactNode } | null {
  if (route.menu === false) return null;
  return { label: route.menu?.label ?? route.title, group: route.menu?.group, icon: route.menu?.icon };
}

/** The portal a role works in. */
export function portalOf(role: Role): Exclude<Portal, 'public'> {
  return (Object.keys(PORTAL_ROLES) as Array<Exclude<Portal, 'public'>>).find((portal) => PORTAL_ROLES[portal].includes(role)) ?? 'admin';
}

/** Where a role lands after logging in: the first page of its portal it may open (the portal's base path if none yet). */
export function homePathOf(role: Role | null): string {
  if (!role) return ROUTES.find((route) => route.portal === 'public' && !route.path.includes(':'))?.path ?? '/login';
  const portal = portalOf(role);
  return routesOf(portal, role).find((route) => !route.path.includes(':'))?.path ?? PORTAL_BASE[portal];
}
