import type { MenuProps } from 'antd';
import { matchPath } from 'react-router';
import type { Role } from '../api/client.ts';
import { menuEntryOf, PORTAL_BASE, routesOf, type Portal } from '../routes.tsx';

type MenuItem = Required<MenuProps>['items'][number];

/** The menu of a portal for a role, from the route table: entries in table order, `menu.group` entries in a submenu. */
export function buildMenuItems(portal: Portal, role: Role | null): MenuItem[] {
  const items: MenuItem[] = [];
  const groups = new Map<string, MenuItem[]>();
  for (const route of routesOf(portal, role)) {
    const entry = menuEntryOf(route);
    if (!entry) continue;
    const item: MenuItem = { key: route.path, icon: entry.icon, label: entry.label };
    const group = entry.group;
    if (!group) {
      items.push(item);
      continue;
    }
    let children = groups.get(group);
    if (!children) {
      children = [];
      groups.set(group, children);
      items.push({ key: `group:${group}`, label: group, icon: entry.icon, children });
    }
    children.push(item);
  }
  return items;
}

/** The menu entry to highlight for a location: the route it matches, or the longest menu path it lies under. */
export function selectedMenuKey(portal: Portal, role: Role | null, pathname: string): string | undefined {
  const routes = routesOf(portal, role);
  const exact = routes.find((route) => matchPath(route.path, pathname));
  if (exact && exact.menu !== false) return exact.path;
  return (
    routes
      .filter(
        (route) => route.menu !== false && route.path !== PORTAL_BASE[portal] && pathname.startsWith(`${route.path}/`),
      )
      .sort((a, b) => b.path.length - a.path.length)[0]?.path ?? (exact ? PORTAL_BASE[portal] : undefined)
  );
}
