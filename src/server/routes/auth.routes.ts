import { z } from 'zod';
import { AppError } from '../../domain/app-error.ts';
import { AUDIENCE_LABELS } from '../../domain/roles.ts';
import { logIn } from '../../services/accounts/log-in.ts';
import { logOut } from '../../services/accounts/log-out.ts';
import { PUBLIC, SIGNED_IN, principalOf } from '../access.ts';
import { SESSION_COOKIE } from '../authenticate.ts';
import { HttpError } from '../error-handler.ts';
import { RoleSchema, UserSchema } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

const LoginBody = z.object({
  username: z.string().trim().min(1).max(64).describe('用户名'),
  password: z.string().min(1).max(256).describe('密码'),
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
    via: z.enum(['session', 'token']).describe('本次请求的认证方式:session 登录会话、token API 令牌'),
  })
  .meta({ id: 'Me' });

export function registerAuthRoutes(app: ZodApp, context: ServerContext): void {
  app.post(
    '/api/auth/login',
    {
      config: {
        access: PUBLIC,
        // Per address, counting every attempt; failed attempts per account are counted separately below.
        rateLimit: { max: context.limits.loginsPerIpPerMinute, timeWindow: 60_000, keyGenerator: (request) => `login-ip:${request.ip}` },
      },
      schema: {
        summary: '登录',
        description: `用户名和密码正确时设置 httpOnly 会话 Cookie ${SESSION_COOKIE}。同一账号连续失败 ${context.limits.failedLoginsPerAccount} 次后锁定 ${context.limits.accountLockMinutes} 分钟。`,
        tags: ['账号'],
        body: LoginBody,
        response: { 200: z.object({ user: UserSchema, expiresAt: z.string().describe('会话过期时间') }) },
      },
    },
    async (request, reply) => {
      const attempts = await context.failedLoginLimiter(request, { increment: false });
      if (!attempts.isAllowed && attempts.remaining === 0) {
        throw new HttpError('RATE_LIMITED', `该账号登录失败次数过多,请 ${Math.ceil((attempts.ttlInSeconds ?? 60) / 60)} 分钟后再试`);
      }
      try {
        const result = await logIn(context.store.db, {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'],
          sessionLifetimeMs: context.sessionLifetimeMs,
        });
        reply.setCookie(SESSION_COOKIE, result.sessionToken, {
          httpOnly: true,
          sameSite: 'lax',
          secure: context.secureCookies,
          path: '/',
          expires: result.expiresAt,
        });
        return { user: result.user, expiresAt: result.expiresAt.toISOString() };
      } catch (error) {
        if (error instanceof AppError && error.code === 'UNAUTHENTICATED') await context.failedLoginLimiter(request);
        throw error;
      }
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: SIGNED_IN, sessionOnly: true },
      schema: { summary: '退出登录', description: '结束当前会话并清除会话 Cookie。', tags: ['账号'], response: { 204: z.undefined() } },
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
      config: { access: SIGNED_IN },
      schema: { summary: '当前账号', description: '返回本次请求所代表的账号。', tags: ['账号'], response: { 200: MeSchema } },
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
      };
    },
  );
}
