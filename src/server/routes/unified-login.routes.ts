import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../domain/app-error.ts';
import { describeActor } from '../../domain/principal.ts';
import { UNIFIED_LOGIN_REFUSALS } from '../../domain/unified-login-refusals.ts';
import type { LoggedIn } from '../../services/accounts/log-in.ts';
import { answerConsent, readPendingConsent } from '../../services/accounts/unified-login/consent-to-unified-login.ts';
import { finishUnifiedLogin } from '../../services/accounts/unified-login/finish-unified-login.ts';
import {
  linkUnifiedIdentity,
  listUnifiedIdentities,
} from '../../services/accounts/unified-login/link-unified-identity.ts';
import { UnifiedLoginRefused } from '../../services/accounts/unified-login/refuse-unified-login.ts';
import { startUnifiedLogin, UNIFIED_LOGIN_FLOW_MS } from '../../services/accounts/unified-login/start-unified-login.ts';
import type { UnifiedLoginProvider } from '../../services/accounts/unified-login/unified-login-provider.ts';
import { PUBLIC, principalOf, type RouteAccess } from '../access.ts';
import { SESSION_COOKIE } from '../authenticate.ts';
import { IdParams, UserSchema } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

/** The browser's login in progress (startUnifiedLogin); sent only to the unified-login routes. */
export const UNIFIED_LOGIN_COOKIE = 'xinping_unified_login';
const COOKIE_PATH = '/api/auth/oidc';
/** The web application's pages the callback sends the browser to. */
const LOGIN_PAGE = '/login';
const CONSENT_PAGE = '/login/unified-consent';

/** Linking a member of staff's identity edits the account: as for account edits (user.routes.ts, 三权分立). */
const IDENTITY_LINKERS: RouteAccess = { admin: 'all', security_admin: 'all' };

const LoggedInSchema = z.object({
  user: UserSchema,
  expiresAt: z.string().describe('会话最长有效期（另有空闲超时）'),
  mustChangePassword: z.boolean(),
});

const UnifiedIdentitySchema = z
  .object({
    userId: z.number().int(),
    kind: z
      .enum(['enterprise', 'staff'])
      .describe('enterprise 企业（按统一社会信用代码）、staff 工作人员（按统一身份标识）'),
    subject: z.string().describe('统一身份标识（工作人员）或统一社会信用代码（企业）'),
    linkedBy: z.string().describe('关联人：系统管理员，或 enterprise_consent 企业本人授权'),
    createdAt: z.string(),
  })
  .meta({ id: 'UnifiedIdentity' });

export function registerUnifiedLoginRoutes(app: ZodApp, context: ServerContext): void {
  const providerOrRefuse = (): UnifiedLoginProvider => {
    const provider = context.unifiedLogin();
    if (!provider) throw new UnifiedLoginRefused('not_configured');
    return provider;
  };
  const setSessionCookie = (reply: FastifyReply, loggedIn: LoggedIn) =>
    reply.setCookie(SESSION_COOKIE, loggedIn.sessionToken, {
      httpOnly: true,
      sameSite: 'lax',
      secure: context.secureCookies,
      path: '/',
      expires: loggedIn.expiresAt,
    });
  const clearFlowCookie = (reply: FastifyReply) => reply.clearCookie(UNIFIED_LOGIN_COOKIE, { path: COOKIE_PATH });
  /** A refusal met during a browser navigation goes back to the login page, which shows its message. */
  const redirectRefusal = (reply: FastifyReply, error: unknown) => {
    if (!(error instanceof UnifiedLoginRefused)) throw error;
    const query = new URLSearchParams({ unifiedLoginRefusal: error.refusal });
    if (error.subject && error.refusal === 'staff_unmapped') query.set('subject', error.subject);
    return reply.redirect(`${LOGIN_PAGE}?${query}`, 302);
  };
  const sessionInput = (request: FastifyRequest) => ({
    ip: request.ip,
    userAgent: request.headers['user-agent'],
    sessionLifetimeMs: context.sessionLifetimeMs,
  });
  const loginRateLimit = {
    max: context.limits.loginsPerIpPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => `login-ip:${request.ip}`,
  };

  app.get(
    '/api/auth/oidc',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '统一身份认证登录是否启用',
        description:
          '登录页据此显示“政务服务网统一身份认证登录”。refusals 为统一身份认证未能登录的原因（代码 → 中文说明），' +
          '回调失败时浏览器被转到 /login?unifiedLoginRefusal=代码。',
        tags: ['账号'],
        response: {
          200: z
            .object({
              isEnabled: z.boolean(),
              refusals: z.record(z.string(), z.string()),
            })
            .meta({ id: 'UnifiedLoginStatus' }),
        },
      },
    },
    async () => ({ isEnabled: context.unifiedLogin() !== null, refusals: { ...UNIFIED_LOGIN_REFUSALS } }),
  );

  app.get(
    '/api/auth/oidc/start',
    {
      config: { access: PUBLIC, rateLimit: loginRateLimit },
      schema: {
        summary: '开始统一身份认证登录',
        description:
          '浏览器访问：转到统一身份认证服务（OpenID Connect 授权码流程，PKCE、state、nonce 保存在服务端，浏览器只持有随机 Cookie）。',
        tags: ['账号'],
        response: { 302: z.undefined() },
      },
    },
    async (_request, reply) => {
      try {
        const started = await startUnifiedLogin(context.store.db, providerOrRefuse());
        reply.setCookie(UNIFIED_LOGIN_COOKIE, started.flowToken, {
          httpOnly: true,
          // Lax: the cookie comes back on the identity service's top-level redirect to the callback.
          sameSite: 'lax',
          secure: context.secureCookies,
          path: COOKIE_PATH,
          maxAge: UNIFIED_LOGIN_FLOW_MS / 1000,
        });
        return reply.redirect(started.authorizationUrl, 302);
      } catch (error) {
        return redirectRefusal(reply, error);
      }
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    {
      config: { access: PUBLIC, rateLimit: loginRateLimit },
      schema: {
        summary: '统一身份认证回调',
        description:
          '统一身份认证服务把浏览器送回这里。企业（统一社会信用代码）已关联的直接登录，首次登录转到授权页；工作人员按系统管理员关联的统一身份标识登录。' +
          '登录成功与账号口令登录设置同一会话 Cookie，审计记录 auth.logged_in（method: unified）；失败转到登录页并显示原因。',
        tags: ['账号'],
        querystring: z.object({
          code: z.string().max(4096).optional().describe('授权码'),
          state: z.string().max(1024).optional(),
          iss: z.string().max(1024).optional().describe('签发者（RFC 9207）'),
          error: z.string().max(256).optional().describe('统一身份认证服务返回的错误'),
          error_description: z.string().max(1024).optional(),
        }),
        response: { 302: z.undefined() },
      },
    },
    async (request, reply) => {
      try {
        const outcome = await finishUnifiedLogin(context.store.db, providerOrRefuse(), {
          flowToken: request.cookies[UNIFIED_LOGIN_COOKIE],
          query: new URL(request.url, 'http://callback').search,
          ...sessionInput(request),
        });
        if (outcome.kind === 'consent') return reply.redirect(CONSENT_PAGE, 302);
        clearFlowCookie(reply);
        setSessionCookie(reply, outcome.loggedIn);
        return reply.redirect(LOGIN_PAGE, 302);
      } catch (error) {
        clearFlowCookie(reply);
        return redirectRefusal(reply, error);
      }
    },
  );

  app.get(
    '/api/auth/oidc/consent',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '待授权的统一身份',
        description: '企业首次统一身份认证登录后，授权页显示的企业和将使用的信息（授权使用统一身份认证信息）。',
        tags: ['账号'],
        response: {
          200: z
            .object({
              uscc: z.string(),
              enterpriseName: z.string(),
              displayName: z.string().nullable(),
              hasAccount: z.boolean().describe('true：企业已有账号，授权后关联该账号；false：授权后创建企业账号'),
              items: z.array(z.string()).describe('将使用的统一身份认证信息'),
              expiresAt: z.string(),
            })
            .meta({ id: 'UnifiedLoginConsent' }),
        },
      },
    },
    async (request) => {
      providerOrRefuse();
      return readPendingConsent(context.store.db, request.cookies[UNIFIED_LOGIN_COOKIE]);
    },
  );

  app.post(
    '/api/auth/oidc/consent',
    {
      config: { access: PUBLIC, rateLimit: loginRateLimit },
      schema: {
        summary: '授权使用统一身份认证信息',
        description:
          'isAccepted 为 true：关联（无账号时创建）企业账号并登录，设置会话 Cookie；false：不创建账号，返回 403 及说明。',
        tags: ['账号'],
        body: z.object({ isAccepted: z.boolean().describe('是否同意授权') }),
        response: { 200: LoggedInSchema },
      },
    },
    async (request, reply) => {
      const token = request.cookies[UNIFIED_LOGIN_COOKIE];
      clearFlowCookie(reply);
      const loggedIn = await answerConsent(context.store.db, providerOrRefuse(), {
        flowToken: token,
        isAccepted: request.body.isAccepted,
        ...sessionInput(request),
      });
      setSessionCookie(reply, loggedIn);
      return {
        user: loggedIn.user,
        expiresAt: loggedIn.expiresAt.toISOString(),
        mustChangePassword: loggedIn.mustChangePassword,
      };
    },
  );

  app.get(
    '/api/unified-identities',
    {
      config: { access: IDENTITY_LINKERS },
      schema: {
        summary: '统一身份关联列表',
        description:
          '已关联到本平台账号的政务服务网统一身份（工作人员由系统管理员关联，企业由本企业授权关联）。未启用统一身份认证时为空。',
        tags: ['账号管理'],
        response: { 200: z.object({ items: z.array(UnifiedIdentitySchema) }) },
      },
    },
    async () => {
      const provider = context.unifiedLogin();
      return { items: provider ? await listUnifiedIdentities(context.store.db, provider.settings.issuer) : [] };
    },
  );

  app.put(
    '/api/users/:id/unified-identity',
    {
      config: { access: IDENTITY_LINKERS, sessionOnly: true },
      schema: {
        summary: '关联工作人员的统一身份',
        description:
          '把工作人员的政务服务网统一身份标识（未关联时登录页会显示）关联到本账号；subject 为 null 解除关联。企业账号不在此关联。',
        tags: ['账号管理'],
        params: IdParams,
        body: z.object({
          subject: z.string().trim().min(1).max(256).nullable().describe('统一身份标识（OpenID Connect sub）'),
        }),
        response: { 200: z.object({ identity: UnifiedIdentitySchema.nullable() }) },
      },
    },
    async (request) => {
      const provider = context.unifiedLogin();
      if (!provider) throw new AppError('PRECONDITION_FAILED', UNIFIED_LOGIN_REFUSALS.not_configured);
      const identity = await linkUnifiedIdentity(context.store.db, describeActor(principalOf(request)), {
        issuer: provider.settings.issuer,
        userId: request.params.id,
        subject: request.body.subject,
      });
      return { identity };
    },
  );
}
