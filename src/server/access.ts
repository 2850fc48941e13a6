import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { AppError } from '../domain/app-error.ts';
import type { Principal } from '../domain/principal.ts';
import { AUDIENCE_LABELS, AUDIENCES, ROLES, type Audience } from '../domain/roles.ts';

/**
 * Which part of a resource an audience may reach through a route:
 * - all: everything the route serves;
 * - own-enterprise: only the enterprise the account is bound to (enterprise accounts);
 * - own-department: only records of the department the account reports for (department operators);
 * - own-account: only what the account itself created (its own API tokens);
 * - shared-enterprise: only enterprises on a list pushed to the account or that authorised it (banks and
 *   associations, 企业授权查询; checked against the database by assertEnterpriseVisible in shared-enterprise-scope.ts).
 * Lists are filtered to the scope; a single resource outside it is refused with 403.
 */
export const ACCESS_SCOPES = ['all', 'own-enterprise', 'own-department', 'own-account', 'shared-enterprise'] as const;
export type AccessScope = (typeof ACCESS_SCOPES)[number];

/** Each route's access rule: the audiences it serves and with what scope. An audience left out is refused. */
export type RouteAccess = Partial<Record<Audience, AccessScope>>;

export interface RouteAccessConfig {
  access?: RouteAccess;
  /** Only with a browser session, never with an API token (e.g. creating tokens: a token must not mint tokens). */
  sessionOnly?: boolean;
  /** Open to an account that must change its password first (the change itself, `me`, logout). */
  allowedBeforePasswordChange?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig extends RouteAccessConfig {}
  interface FastifyRequest {
    /** The logged-in account, or null for the anonymous public. */
    principal: Principal | null;
    /** Why credentials that were sent do not count (expired session, revoked token …); told on a 401. */
    credentialProblem: string | undefined;
  }
}

/** Everyone, logged in or not. */
export const PUBLIC: RouteAccess = Object.fromEntries(AUDIENCES.map((audience) => [audience, 'all']));
/** Every logged-in account. */
export const SIGNED_IN: RouteAccess = Object.fromEntries(ROLES.map((role) => [role, 'all']));

export const SCOPE_LABELS: Record<AccessScope, string> = {
  all: '全部',
  'own-enterprise': '仅本企业',
  'own-department': '仅本部门',
  'own-account': '仅本人',
  'shared-enterprise': '仅推送或授权的企业',
};

export function isPublic(access: RouteAccess): boolean {
  return access.anonymous !== undefined;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * preParsing hook: refuses a request its route's access rule does not allow, before the body is even read.
 * 401 when nobody (or an expired/revoked credential) is logged in, 403 when the account's role is not served.
 */
export async function authorizeRequest(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const { access, sessionOnly, allowedBeforePasswordChange } = request.routeOptions.config;
  if (!access) return; // documentation routes and the 404 handler
  const principal = request.principal;
  const audience: Audience = principal?.role ?? 'anonymous';
  if (access[audience] === undefined) {
    if (!principal) throw new AppError('UNAUTHENTICATED', request.credentialProblem ?? '请先登录');
    throw new AppError('FORBIDDEN', `当前账号角色（${AUDIENCE_LABELS[principal.role]}）无权使用此接口`);
  }
  if (principal?.via === 'token') {
    if (sessionOnly) throw new AppError('FORBIDDEN', '此操作只能在登录会话中进行，不能使用 API 令牌');
    if (!READ_METHODS.has(request.method) && !principal.scopes.includes('write'))
      throw new AppError('FORBIDDEN', '此 API 令牌为只读令牌，不能修改数据');
  }
  // An initial, reset or expired password: nothing but the change until it is changed; public routes
  // stay open since anyone may call them logged out.
  if (principal?.mustChangePassword && !allowedBeforePasswordChange && !isPublic(access)) {
    throw new AppError('FORBIDDEN', '请先修改口令：初始口令、已重置或已过期的口令须修改后才能使用其他功能');
  }
}

/** The scope the current request was granted (call only in handlers of routes with an access rule). */
export function scopeOf(request: FastifyRequest): AccessScope {
  const audience: Audience = request.principal?.role ?? 'anonymous';
  const scope = request.routeOptions.config.access?.[audience];
  if (!scope)
    throw new AppError('INTERNAL', '路由缺少访问规则', {
      message: `no access rule for ${audience} on ${request.routeOptions.url}`,
    });
  return scope;
}

/** The logged-in account (call only in handlers of routes that refuse the anonymous public). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('UNAUTHENTICATED', '请先登录');
  return request.principal;
}

/** Refuses a single resource outside the request's scope. */
export function assertInScope(
  request: FastifyRequest,
  resource: { uscc?: string | null; departmentCode?: string | null },
): void {
  const scope = scopeOf(request);
  const principal = request.principal;
  // Needs the database: routes that serve this scope call assertEnterpriseVisible instead, never this alone.
  if (scope === 'shared-enterprise')
    throw new AppError('INTERNAL', '路由未检查推送名单与企业授权', {
      message: `route ${request.routeOptions.url} must call assertEnterpriseVisible`,
    });
  if (scope === 'own-enterprise' && (!principal?.uscc || resource.uscc !== principal.uscc)) {
    throw new AppError('FORBIDDEN', '企业用户只能查看本企业的信息');
  }
  if (
    scope === 'own-department' &&
    (!principal?.departmentCode || resource.departmentCode !== principal.departmentCode)
  ) {
    throw new AppError('FORBIDDEN', '只能查看或报送本部门的数据');
  }
}

/** Routes served by the documentation plugins, which carry no access rule of their own: they are public. */
export function isDocumentationRoute(url: string): boolean {
  return url === '/openapi.json' || url === '/docs' || url.startsWith('/docs/');
}

/**
 * Probes and metrics for load balancers and monitoring (docs/deployment.md), outside the API: not in the OpenAPI
 * document, the API client or the authorization matrix. Both are open (PUBLIC); /metrics checks its caller itself.
 */
export function isOperationsRoute(url: string): boolean {
  return url === '/readyz' || url === '/metrics';
}

/**
 * onRoute hook: every API route must declare its access rule (so none is open by accident); the rule is copied
 * into the OpenAPI operation (`x-access`, `security`, and a Chinese sentence in the description) so the document,
 * the written matrix and the enforcement all come from the same declaration.
 */
export function declareRouteAccess(route: RouteOptions): void {
  if (isDocumentationRoute(route.url)) return;
  const { access, sessionOnly } = route.config ?? {};
  if (!access) throw new Error(`route ${String(route.method)} ${route.url} declares no access rule (config.access)`);
  const schema = (route.schema ??= {}) as Record<string, unknown>;
  if ('x-access' in schema) return; // the HEAD twin of a GET route shares its schema object
  schema['x-access'] = access;
  if (sessionOnly) schema['x-session-only'] = true;
  schema.security = isPublic(access)
    ? []
    : sessionOnly
      ? [{ sessionCookie: [] }]
      : [{ sessionCookie: [] }, { bearerToken: [] }];
  const sentence = `权限：${describeAccess(access)}${sessionOnly ? '；仅限登录会话（不接受 API 令牌）' : ''}。`;
  schema.description = schema.description ? `${String(schema.description)}\n\n${sentence}` : sentence;
}

/** "公开" or "平台管理员(全部)、企业用户(仅本企业)". */
export function describeAccess(access: RouteAccess): string {
  if (AUDIENCES.every((audience) => access[audience] === 'all')) return '公开';
  return AUDIENCES.filter((audience) => access[audience] !== undefined)
    .map((audience) => `${AUDIENCE_LABELS[audience]}(${SCOPE_LABELS[access[audience]!]})`)
    .join('、');
}
