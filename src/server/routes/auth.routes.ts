import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { AUDIENCE_LABELS } from '../../domain/roles.ts';
import { changeOwnPassword } from '../../services/accounts/change-own-password.ts';
import { logIn } from '../../services/accounts/log-in.ts';
import { logOut } from '../../services/accounts/log-out.ts';
import type { OpenedSession } from '../../services/accounts/open-session.ts';
import { readStoreKind } from '../../services/accounts/store-kind.ts';
import { findLoginDelay, type LoginAttempt } from '../../services/accounts/throttle-logins.ts';
import { PUBLIC, SIGNED_IN, principalOf } from '../access.ts';
import { SESSION_COOKIE } from '../authenticate.ts';
import { HttpError } from '../error-handler.ts';
import { RoleSchema, UserSchema } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

const LoginBody = z.object({
  username: z.string().trim().min(1).max(64).describe('用户名'),
  password: z.string().min(1).max(256).describe('密码'),
});

const PasswordChangeBody = z.object({
  currentPassword: z.string().min(1).max(256).describe('当前口令'),
  newPassword: z
    .string()
    .min(1)
    .max(256)
    .describe('新口令：须符合口令策略（长度、字符类别、不含用户名、非常见弱口令、不与最近几次相同）'),
});

const LoggedInSchema = z.object({
  user: UserSchema,
  expiresAt: z.string().describe('会话最长有效期（另有空闲超时）'),
  mustChangePassword: z.boolean().describe('true：须先调用 POST /api/auth/password 修改口令，其他接口返回 403'),
});

const MeSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    roleLabel: z.string(),
    departmentCode: z.string().nullable(),
    uscc: z.string().nullable(),
    via: z.enum(['session', 'token']).describe('本次请求的认证方式：session 登录会话、token API 令牌'),
    mustChangePassword: z.boolean().describe('true：须先修改口令'),
  })
  .meta({ id: 'Me' });

export function registerAuthRoutes(app: ZodApp, context: ServerContext): void {
  /** 429 with Retry-After while a failed-login counter of the account or address delays it (throttle-logins.ts). */
  const refuseWhileDelayed = async (reply: FastifyReply, attempt: LoginAttempt) => {
    const delay = await findLoginDelay(context.store.db, attempt);
    if (delay === 0) return;
    reply.header('retry-after', String(delay));
    throw new HttpError('RATE_LIMITED', `登录失败次数过多，请 ${delay} 秒后再试`);
  };
  const setSessionCookie = (reply: FastifyReply, session: OpenedSession) =>
    reply.setCookie(SESSION_COOKIE, session.sessionToken, {
      httpOnly: true,
      sameSite: 'lax',
      secure: context.secureCookies,
      path: '/',
      expires: session.expiresAt,
    });

  app.post(
    '/api/auth/login',
    {
      config: {
        access: PUBLIC,
        // Per address, counting every attempt; failed attempts are slowed down by the database counters below.
        rateLimit: {
          max: context.limits.loginsPerIpPerMinute,
          timeWindow: 60_000,
          keyGenerator: (request) => `login-ip:${request.ip}`,
        },
      },
      schema: {
        summary: '登录',
        description:
          `用户名和密码正确时设置 httpOnly 会话 Cookie ${SESSION_COOKIE}。登录失败按“账号 + 来源地址”、来源地址、账号分别计数，` +
          '超过免罚次数后须等待的时间逐次加倍，不会锁死账号；计数保存在数据库中，重启不清零。',
        tags: ['账号'],
        body: LoginBody,
        response: { 200: LoggedInSchema },
      },
    },
    async (request, reply) => {
      await refuseWhileDelayed(reply, { username: request.body.username, ip: request.ip });
      const result = await logIn(context.store.db, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        sessionLifetimeMs: context.sessionLifetimeMs,
      });
      setSessionCookie(reply, result);
      return {
        user: result.user,
        expiresAt: result.expiresAt.toISOString(),
        mustChangePassword: result.mustChangePassword,
      };
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: SIGNED_IN, sessionOnly: true, allowedBeforePasswordChange: true },
      schema: {
        summary: '修改本人口令',
        description:
          '核对当前口令后设置新口令。当前口令错误与登录失败一样计数并延迟。本账号的全部会话与 API 令牌随即失效，本次请求的浏览器获得新的会话 Cookie。',
        tags: ['账号'],
        body: PasswordChangeBody,
        response: { 200: LoggedInSchema },
      },
    },
    async (request, reply) => {
      await refuseWhileDelayed(reply, { username: principalOf(request).username, ip: request.ip });
      const result = await changeOwnPassword(context.store.db, principalOf(request), {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        sessionLifetimeMs: context.sessionLifetimeMs,
      });
      setSessionCookie(reply, result);
      return { user: result.user, expiresAt: result.expiresAt.toISOString(), mustChangePassword: false };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: SIGNED_IN, sessionOnly: true, allowedBeforePasswordChange: true },
      schema: {
        summary: '退出登录',
        description: '结束当前会话并清除会话 Cookie。',
        tags: ['账号'],
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logOut(context.store.db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: SIGNED_IN, allowedBeforePasswordChange: true },
      schema: {
        summary: '当前账号',
        description: '返回本次请求所代表的账号。',
        tags: ['账号'],
        response: { 200: MeSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return {
        id: principal.userId,
        username: principal.username,
        displayName: principal.displayName,
        role: principal.role,
        roleLabel: AUDIENCE_LABELS[principal.role],
        departmentCode: principal.departmentCode,
        uscc: principal.uscc,
        via: principal.via,
        mustChangePassword: principal.mustChangePassword ?? false,
      };
    },
  );

  // What every page needs before anyone logs in: whether this is a demo store (the web app's 演示环境 banner).
  app.get(
    '/api/platform',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '平台环境',
        description: 'isDemo 为 true 表示演示库：数据为生成的演示数据，演示账号口令公开，网页每页显示“演示环境”横幅。',
        tags: ['系统'],
        response: { 200: z.object({ isDemo: z.boolean().describe('是否为演示库') }).meta({ id: 'Platform' }) },
      },
    },
    async () => ({ isDemo: (await readStoreKind(context.store.db)) === 'demo' }),
  );
}
