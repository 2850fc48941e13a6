import { AuditOutlined, CloudUploadOutlined, DashboardOutlined, DatabaseOutlined } from '@ant-design/icons';
import { ApiOutlined } from '@ant-design/icons';
import { MessageOutlined, ProjectOutlined } from '@ant-design/icons';
import { AppstoreOutlined, ProfileOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import {
  BankOutlined,
  FileSearchOutlined,
  HomeOutlined,
  SearchOutlined,
  SolutionOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
  VerifiedOutlined,
} from '@ant-design/icons';
import { ExperimentOutlined, FundOutlined, SafetyOutlined, ScheduleOutlined, TeamOutlined } from '@ant-design/icons';
import { MailOutlined, NotificationOutlined } from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { Role } from './api/client.ts';
import { UnreadBadgeIcon } from './pages/enterprise/inbox/unread-badge-icon.tsx';
import { t } from './locales/zh-CN.ts';

/**
 * The one route table of the web application: every page with its path, Chinese title, component (loaded
 * on first visit), who may open it and in which portal's menu it appears. The menus, the guards and the home page of
 * each role are all derived from it. Add a page by appending an entry in its portal's section.
 */
export type Portal = 'admin' | 'enterprise' | 'bank' | 'public';

/** Who uses which portal: officials the admin console, enterprises theirs, banks and associations theirs. */
export const PORTAL_ROLES: Record<Exclude<Portal, 'public'>, readonly Role[]> = {
  admin: ['admin', 'security_admin', 'audit_admin', 'department_operator', 'reviewer', 'inspector'],
  enterprise: ['enterprise'],
  bank: ['bank', 'association'],
};

export const PORTAL_BASE: Record<Portal, string> = {
  admin: '/admin',
  enterprise: '/enterprise',
  bank: '/bank',
  public: '/public',
};

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

/** The business officials; the 安全管理员 and 审计管理员 (三权分立) see only 用户与权限 and 审计 respectively. */
const OFFICIALS: readonly Role[] = ['admin', 'department_operator', 'reviewer', 'inspector'];
/** 企呼我应 and 重点任务: those who handle cases and report on tasks, and the credit office. */
const REQUEST_HANDLERS: readonly Role[] = ['admin', 'reviewer', 'department_operator'];

export const ROUTES: AppRoute[] = [
  // ── Admin console (管理端) ────────────────────────────────────────────────────────────────────────────────────
  // An inspector's home is the list of their visits, made for a phone (first in the table: homePathOf picks it).
  {
    path: '/admin/my-inspections',
    title: '我的检查任务',
    portal: 'admin',
    roles: ['inspector'],
    page: lazy(() => import('./pages/admin/inspector/my-inspections-page.tsx')),
    menu: { icon: <ScheduleOutlined /> },
  },
  {
    path: '/admin',
    title: t('menu.dashboard'),
    portal: 'admin',
    roles: OFFICIALS,
    page: lazy(() => import('./pages/admin/dashboard/dashboard-page.tsx')),
    menu: { icon: <DashboardOutlined /> },
  },
  {
    path: '/admin/enterprises',
    title: t('menu.enterprises'),
    portal: 'admin',
    roles: OFFICIALS,
    page: lazy(() => import('./pages/admin/enterprises/enterprise-list-page.tsx')),
    menu: { icon: <DatabaseOutlined /> },
  },
  {
    path: '/admin/enterprises/:uscc',
    title: '企业详情',
    portal: 'admin',
    roles: OFFICIALS,
    page: lazy(() => import('./pages/admin/enterprises/enterprise-detail-page.tsx')),
    menu: false,
  },
  {
    path: '/admin/imports',
    title: t('menu.imports'),
    portal: 'admin',
    roles: ['admin', 'department_operator'],
    page: lazy(() => import('./pages/admin/imports/import-page.tsx')),
    menu: { icon: <CloudUploadOutlined /> },
  },
  {
    path: '/admin/imports/receipts',
    title: '接口报送回执',
    portal: 'admin',
    roles: ['department_operator'],
    page: lazy(() => import('./pages/admin/imports/push-receipts-page.tsx')),
    menu: { icon: <ApiOutlined /> },
  },
  {
    path: '/admin/review/declarations',
    title: t('menu.review.declarations'),
    portal: 'admin',
    roles: ['admin', 'reviewer'],
    page: lazy(() => import('./pages/admin/review/declarations-page.tsx')),
    menu: { group: t('menu.review'), icon: <AuditOutlined /> },
  },
  {
    path: '/admin/review/objections',
    title: t('menu.review.objections'),
    portal: 'admin',
    roles: ['admin', 'reviewer'],
    page: lazy(() => import('./pages/admin/review/objections-page.tsx')),
    menu: { group: t('menu.review'), icon: <AuditOutlined /> },
  },
  {
    path: '/admin/review/repairs',
    title: t('menu.review.repairs'),
    portal: 'admin',
    roles: ['admin', 'reviewer'],
    page: lazy(() => import('./pages/admin/review/repairs-page.tsx')),
    menu: { group: t('menu.review'), icon: <AuditOutlined /> },
  },
  // 企呼我应 and 重点任务: the handling departments and the credit office.
  {
    path: '/admin/requests',
    title: '诉求办理',
    portal: 'admin',
    roles: REQUEST_HANDLERS,
    page: lazy(() => import('./pages/admin/requests/request-list-page.tsx')),
    menu: { group: t('menu.requests'), icon: <MessageOutlined /> },
  },
  {
    path: '/admin/requests/escalated',
    title: '督办',
    portal: 'admin',
    roles: REQUEST_HANDLERS,
    page: lazy(() => import('./pages/admin/requests/escalated-requests-page.tsx')),
    menu: { group: t('menu.requests'), icon: <MessageOutlined /> },
  },
  {
    path: '/admin/requests/analysis',
    title: '分析研判',
    portal: 'admin',
    roles: REQUEST_HANDLERS,
    page: lazy(() => import('./pages/admin/requests/request-analysis-page.tsx')),
    menu: { group: t('menu.requests'), icon: <MessageOutlined /> },
  },
  {
    path: '/admin/requests/:id',
    title: '诉求详情',
    portal: 'admin',
    roles: REQUEST_HANDLERS,
    page: lazy(() => import('./pages/admin/requests/request-page.tsx')),
    menu: false,
  },
  {
    path: '/admin/reform-tasks',
    title: '任务看板',
    portal: 'admin',
    roles: REQUEST_HANDLERS,
    page: lazy(() => import('./pages/admin/reform-tasks/task-board-page.tsx')),
    menu: { group: t('menu.reformTasks'), icon: <ProjectOutlined /> },
  },
  {
    path: '/admin/reform-tasks/list',
    title: '任务清单',
    portal: 'admin',
    roles: REQUEST_HANDLERS,
    page: lazy(() => import('./pages/admin/reform-tasks/task-list-page.tsx')),
    menu: { group: t('menu.reformTasks'), icon: <ProjectOutlined /> },
  },
  {
    path: '/admin/reform-tasks/bulletin',
    title: '进度通报',
    portal: 'admin',
    roles: REQUEST_HANDLERS,
    page: lazy(() => import('./pages/admin/reform-tasks/task-bulletin-page.tsx')),
    menu: { group: t('menu.reformTasks'), icon: <ProjectOutlined /> },
  },
  {
    path: '/admin/reform-tasks/list/:code',
    title: '任务详情',
    portal: 'admin',
    roles: REQUEST_HANDLERS,
    page: lazy(() => import('./pages/admin/reform-tasks/task-page.tsx')),
    menu: false,
  },

  // 信用应用, 模型管理, 用户与权限, 审计.
  {
    path: '/admin/grade-use/measures',
    title: '措施查询',
    portal: 'admin',
    roles: OFFICIALS,
    page: lazy(() => import('./pages/admin/grade-use/measures-page.tsx')),
    menu: { group: t('menu.gradeUse'), icon: <FundOutlined /> },
  },
  {
    path: '/admin/grade-use/supervision',
    title: '分级监管',
    portal: 'admin',
    roles: OFFICIALS,
    page: lazy(() => import('./pages/admin/grade-use/supervision-page.tsx')),
    menu: { group: t('menu.gradeUse'), icon: <FundOutlined /> },
  },
  {
    path: '/admin/grade-use/inspections',
    title: '双随机抽查',
    portal: 'admin',
    roles: OFFICIALS,
    page: lazy(() => import('./pages/admin/grade-use/inspection-plans-page.tsx')),
    menu: { group: t('menu.gradeUse'), icon: <FundOutlined /> },
  },
  {
    path: '/admin/grade-use/inspections/:id',
    title: '抽查计划',
    portal: 'admin',
    roles: OFFICIALS,
    page: lazy(() => import('./pages/admin/grade-use/inspection-plan-page.tsx')),
    menu: false,
  },
  {
    path: '/admin/grade-use/visits',
    title: '检查任务',
    portal: 'admin',
    roles: ['admin', 'inspector'],
    page: lazy(() => import('./pages/admin/grade-use/inspection-visits-page.tsx')),
    menu: { group: t('menu.gradeUse'), icon: <FundOutlined /> },
  },
  {
    path: '/admin/grade-use/whitelist',
    title: '融资白名单',
    portal: 'admin',
    roles: ['admin', 'reviewer', 'department_operator'],
    page: lazy(() => import('./pages/admin/grade-use/whitelist-page.tsx')),
    menu: { group: t('menu.gradeUse'), icon: <FundOutlined /> },
  },
  {
    path: '/admin/grade-use/credit-index',
    title: '信用指数',
    portal: 'admin',
    roles: OFFICIALS,
    page: lazy(() => import('./pages/admin/grade-use/credit-index-page.tsx')),
    menu: { group: t('menu.gradeUse'), icon: <FundOutlined /> },
  },
  {
    path: '/admin/grade-use/policies',
    title: '政策匹配',
    portal: 'admin',
    roles: ['admin', 'reviewer', 'department_operator'],
    page: lazy(() => import('./pages/admin/grade-use/policies-page.tsx')),
    menu: { group: t('menu.gradeUse'), icon: <FundOutlined /> },
  },
  {
    path: '/admin/grade-use/payouts',
    title: '政策兑现',
    portal: 'admin',
    roles: ['admin', 'reviewer', 'department_operator'],
    page: lazy(() => import('./pages/admin/grade-use/policy-payouts-page.tsx')),
    menu: { group: t('menu.gradeUse'), icon: <FundOutlined /> },
  },
  {
    path: '/admin/grade-use/financing',
    title: '融资对接',
    portal: 'admin',
    roles: ['admin', 'reviewer', 'department_operator'],
    page: lazy(() => import('./pages/admin/grade-use/financing-page.tsx')),
    menu: { group: t('menu.gradeUse'), icon: <FundOutlined /> },
  },
  {
    path: '/admin/grade-use/conflicts',
    title: '回避关系',
    portal: 'admin',
    roles: ['admin', 'department_operator', 'inspector'],
    page: lazy(() => import('./pages/admin/grade-use/inspector-conflicts-page.tsx')),
    menu: { group: t('menu.gradeUse'), icon: <FundOutlined /> },
  },
  // 孵化载体 (000 §二(二)) and their yearly evaluation (002 §(十三)).
  {
    path: '/admin/incubators',
    title: '孵化载体名录',
    portal: 'admin',
    roles: REQUEST_HANDLERS,
    page: lazy(() => import('./pages/admin/incubators/incubators-page.tsx')),
    menu: { group: t('menu.incubators'), icon: <BankOutlined /> },
  },
  {
    path: '/admin/incubators/evaluations',
    title: '年度评价',
    portal: 'admin',
    roles: REQUEST_HANDLERS,
    page: lazy(() => import('./pages/admin/incubators/incubator-evaluations-page.tsx')),
    menu: { group: t('menu.incubators'), icon: <BankOutlined /> },
  },
  {
    path: '/admin/incubators/:code',
    title: '孵化载体',
    portal: 'admin',
    roles: REQUEST_HANDLERS,
    page: lazy(() => import('./pages/admin/incubators/incubator-page.tsx')),
    menu: false,
  },
  // 信用承诺 核查 and 容缺受理/告知承诺 (000 §二(五)); 诚信典型案例 (001 §二(九)).
  {
    path: '/admin/commitments',
    title: '信用承诺核查',
    portal: 'admin',
    roles: ['admin', 'reviewer', 'department_operator'],
    page: lazy(() => import('./pages/admin/commitments/commitment-checks-page.tsx')),
    menu: { group: t('menu.gradeUse'), icon: <FundOutlined /> },
  },
  {
    path: '/admin/honest-cases',
    title: '诚信典型案例',
    portal: 'admin',
    roles: ['admin'],
    page: lazy(() => import('./pages/admin/honest-cases/honest-cases-page.tsx')),
    menu: { group: t('menu.gradeUse'), icon: <FundOutlined /> },
  },
  {
    path: '/admin/model',
    title: '版本与参数',
    portal: 'admin',
    roles: ['admin', 'reviewer'],
    page: lazy(() => import('./pages/admin/model/model-versions-page.tsx')),
    menu: { group: t('menu.model'), icon: <ExperimentOutlined /> },
  },
  {
    path: '/admin/model/evaluation',
    title: '批量评价',
    portal: 'admin',
    roles: ['admin', 'reviewer'],
    page: lazy(() => import('./pages/admin/model/evaluation-runs-page.tsx')),
    menu: { group: t('menu.model'), icon: <ExperimentOutlined /> },
  },
  {
    path: '/admin/model/:modelId/:version',
    title: '模型版本',
    portal: 'admin',
    roles: ['admin', 'reviewer'],
    page: lazy(() => import('./pages/admin/model/model-version-page.tsx')),
    menu: false,
  },
  {
    path: '/admin/users',
    title: t('menu.users'),
    portal: 'admin',
    roles: ['admin', 'security_admin'],
    page: lazy(() => import('./pages/admin/users/users-page.tsx')),
    menu: { icon: <TeamOutlined /> },
  },
  {
    path: '/admin/audit',
    title: t('menu.audit'),
    portal: 'admin',
    roles: ['audit_admin', 'reviewer'],
    page: lazy(() => import('./pages/admin/audit/audit-page.tsx')),
    menu: { icon: <SafetyOutlined /> },
  },
  {
    path: '/admin/upward',
    title: '向上共享',
    portal: 'admin',
    roles: ['admin'],
    page: lazy(() => import('./pages/admin/upward/upward-page.tsx')),
    menu: { icon: <CloudUploadOutlined /> },
  },
  {
    path: '/admin/notification-deliveries',
    title: '短信与邮件',
    portal: 'admin',
    roles: ['admin'],
    page: lazy(() => import('./pages/admin/notification-deliveries/notification-deliveries-page.tsx')),
    menu: { icon: <MailOutlined /> },
  },
  {
    path: '/admin/subscriptions',
    title: '共享订阅',
    portal: 'admin',
    roles: ['admin'],
    page: lazy(() => import('./pages/admin/subscriptions/subscriptions-page.tsx')),
    menu: { icon: <NotificationOutlined /> },
  },
  {
    path: '/admin/working-days',
    title: t('menu.workingDays'),
    portal: 'admin',
    roles: ['admin', 'reviewer'],
    page: lazy(() => import('./pages/admin/working-days/working-days-page.tsx')),
    menu: { icon: <ProfileOutlined /> },
  },

  // ── Enterprise portal (企业服务): mobile first; 我的信用 is the enterprise's home ──────────────────────────
  {
    path: '/enterprise/grade',
    title: '我的信用',
    portal: 'enterprise',
    roles: ['enterprise'],
    page: lazy(() => import('./pages/enterprise/grade/grade-page.tsx')),
    menu: { icon: <SafetyCertificateOutlined /> },
  },
  {
    path: '/enterprise/grade/report',
    title: '信用报告',
    portal: 'enterprise',
    roles: ['enterprise'],
    page: lazy(() => import('./pages/enterprise/report/report-page.tsx')),
    menu: false,
  },
  {
    path: '/enterprise/records',
    title: '我的记录',
    portal: 'enterprise',
    roles: ['enterprise'],
    page: lazy(() => import('./pages/enterprise/records/records-page.tsx')),
    menu: { icon: <ProfileOutlined /> },
  },
  {
    path: '/enterprise/services',
    title: '办事',
    portal: 'enterprise',
    roles: ['enterprise'],
    page: lazy(() => import('./pages/enterprise/services/services-page.tsx')),
    menu: { icon: <AppstoreOutlined /> },
  },
  {
    path: '/enterprise/services/declarations',
    title: '自主申报',
    portal: 'enterprise',
    roles: ['enterprise'],
    page: lazy(() => import('./pages/enterprise/declarations/declarations-page.tsx')),
    menu: false,
  },
  {
    path: '/enterprise/services/objections',
    title: '异议申请',
    portal: 'enterprise',
    roles: ['enterprise'],
    page: lazy(() => import('./pages/enterprise/objections/objections-page.tsx')),
    menu: false,
  },
  {
    path: '/enterprise/services/repairs',
    title: '信用修复',
    portal: 'enterprise',
    roles: ['enterprise'],
    page: lazy(() => import('./pages/enterprise/repairs/repairs-page.tsx')),
    menu: false,
  },
  {
    path: '/enterprise/services/commitments',
    title: '信用承诺',
    portal: 'enterprise',
    roles: ['enterprise'],
    page: lazy(() => import('./pages/enterprise/commitments/commitments-page.tsx')),
    menu: false,
  },
  {
    path: '/enterprise/services/checkup',
    title: '信用体检',
    portal: 'enterprise',
    roles: ['enterprise'],
    page: lazy(() => import('./pages/enterprise/checkup/checkup-page.tsx')),
    menu: false,
  },
  {
    path: '/enterprise/services/payouts',
    title: '政策兑现',
    portal: 'enterprise',
    roles: ['enterprise'],
    page: lazy(() => import('./pages/enterprise/payouts/payouts-page.tsx')),
    menu: false,
  },
  {
    path: '/enterprise/services/financing',
    title: '融资对接',
    portal: 'enterprise',
    roles: ['enterprise'],
    page: lazy(() => import('./pages/enterprise/financing/financing-page.tsx')),
    menu: false,
  },
  {
    path: '/enterprise/services/authorizations',
    title: '查询授权',
    portal: 'enterprise',
    roles: ['enterprise'],
    page: lazy(() => import('./pages/enterprise/authorizations/authorizations-page.tsx')),
    menu: false,
  },
  {
    path: '/enterprise/inbox',
    title: '消息',
    portal: 'enterprise',
    roles: ['enterprise'],
    page: lazy(() => import('./pages/enterprise/inbox/inbox-page.tsx')),
    menu: { icon: <UnreadBadgeIcon /> },
  },

  // ── Enterprise portal (企业服务): 企呼我应 ─────────────────────────────────────────────────────────────
  {
    path: '/enterprise/requests',
    title: t('menu.requests'),
    portal: 'enterprise',
    roles: ['enterprise'],
    page: lazy(() => import('./pages/enterprise/requests/my-requests-page.tsx')),
    menu: { label: t('menu.requests'), icon: <MessageOutlined /> },
  },
  {
    path: '/enterprise/requests/new',
    title: '提交诉求',
    portal: 'enterprise',
    roles: ['enterprise'],
    page: lazy(() => import('./pages/enterprise/requests/file-request-page.tsx')),
    menu: false,
  },
  {
    path: '/enterprise/requests/:id',
    title: '诉求详情',
    portal: 'enterprise',
    roles: ['enterprise'],
    page: lazy(() => import('./pages/enterprise/requests/my-request-page.tsx')),
    menu: false,
  },

  // ── Public portal (公众门户, no login): the first entry is the anonymous public's home ─────────────────
  {
    path: '/public',
    title: t('menu.public.home'),
    portal: 'public',
    roles: 'everyone',
    page: lazy(() => import('./pages/public/home/home-page.tsx')),
    menu: { icon: <HomeOutlined /> },
  },
  {
    path: '/public/disclosure',
    title: t('menu.public.disclosure'),
    portal: 'public',
    roles: 'everyone',
    page: lazy(() => import('./pages/public/disclosure/disclosure-page.tsx')),
    menu: { icon: <SearchOutlined /> },
  },
  {
    path: '/public/model',
    title: t('menu.public.model'),
    portal: 'public',
    roles: 'everyone',
    page: lazy(() => import('./pages/public/model/model-page.tsx')),
    menu: { icon: <FileSearchOutlined /> },
  },
  {
    path: '/public/inspections',
    title: t('menu.public.inspections'),
    portal: 'public',
    roles: 'everyone',
    page: lazy(() => import('./pages/public/inspections/inspections-page.tsx')),
    menu: { icon: <AuditOutlined /> },
  },
  {
    path: '/public/verify',
    title: t('menu.public.verify'),
    portal: 'public',
    roles: 'everyone',
    page: lazy(() => import('./pages/public/verify/verify-page.tsx')),
    menu: { icon: <VerifiedOutlined /> },
  },
  {
    path: '/public/cases',
    title: t('menu.public.cases'),
    portal: 'public',
    roles: 'everyone',
    page: lazy(() => import('./pages/public/cases/cases-page.tsx')),
    menu: { icon: <TrophyOutlined /> },
  },

  // ── Bank portal (金融机构): the IP-pledge whitelist pushed to the bank, applicant look-up, loan feedback ─
  {
    path: '/bank/whitelist',
    title: t('menu.bank.whitelist'),
    portal: 'bank',
    roles: ['bank'],
    page: lazy(() => import('./pages/bank/whitelist/whitelist-page.tsx')),
    menu: { icon: <UnorderedListOutlined /> },
  },
  {
    path: '/bank/applicants',
    title: t('menu.bank.applicants'),
    portal: 'bank',
    roles: ['bank'],
    page: lazy(() => import('./pages/bank/applicants/applicants-page.tsx')),
    menu: { icon: <SolutionOutlined /> },
  },
  {
    path: '/bank/loans',
    title: t('menu.bank.loans'),
    portal: 'bank',
    roles: ['bank'],
    page: lazy(() => import('./pages/bank/loans/loans-page.tsx')),
    menu: { icon: <BankOutlined /> },
  },
  {
    path: '/bank/financing',
    title: '融资需求',
    portal: 'bank',
    roles: ['bank'],
    page: lazy(() => import('./pages/bank/financing/financing-page.tsx')),
    menu: { icon: <FundOutlined /> },
  },
  // ── Association portal (行业协会): its members' grades and grade changes, as shared with it ─────────────
  {
    path: '/bank/members',
    title: '会员企业信用',
    portal: 'bank',
    roles: ['association'],
    page: lazy(() => import('./pages/bank/members/members-page.tsx')),
    menu: { icon: <TeamOutlined /> },
  },
  {
    path: '/bank/subscriptions',
    title: '共享订阅',
    portal: 'bank',
    roles: ['bank', 'association'],
    page: lazy(() => import('./pages/bank/subscriptions/subscriptions-page.tsx')),
    menu: { icon: <NotificationOutlined /> },
  },

  // ── Public portal (信用公示): 企呼我应 for visitors ───────────────────────────────────────────────────
  {
    path: '/public/requests',
    title: t('menu.requests'),
    portal: 'public',
    roles: 'everyone',
    page: lazy(() => import('./pages/public/requests/public-requests-page.tsx')),
  },
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
  return (
    (Object.keys(PORTAL_ROLES) as Array<Exclude<Portal, 'public'>>).find((portal) =>
      PORTAL_ROLES[portal].includes(role),
    ) ?? 'admin'
  );
}

/** Where a role lands after logging in: the first page of its portal it may open (the portal's base path if none yet). */
export function homePathOf(role: Role | null): string {
  if (!role) return ROUTES.find((route) => route.portal === 'public' && !route.path.includes(':'))?.path ?? '/login';
  const portal = portalOf(role);
  return routesOf(portal, role).find((route) => !route.path.includes(':'))?.path ?? PORTAL_BASE[portal];
}
