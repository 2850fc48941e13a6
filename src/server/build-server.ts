import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type RouteOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { readConfig, readNetworkConfig } from '../config.ts';
import { loadSecretKey } from '../services/import/protect-personal.ts';
import { createSharedRateLimitStore } from '../services/operations/shared-rate-limit-store.ts';
import { loadSigningKey, type SigningKey } from '../services/crypto/signing-key.ts';
import type { Store } from '../store/connect.ts';
import {
  createUnifiedLoginProvider,
  type UnifiedLoginProvider,
} from '../services/accounts/unified-login/unified-login-provider.ts';
import { readUnifiedLoginSettings } from '../services/accounts/unified-login/unified-login-settings.ts';
import { authorizeRequest, declareRouteAccess, isDocumentationRoute, isOperationsRoute } from './access.ts';
import { createAuthenticateHook, SESSION_COOKIE } from './authenticate.ts';
import { createOriginCheck } from './check-origin.ts';
import { createCostLimit, isCostlyRoute } from './cost-limits.ts';
import { documentErrorResponses } from './document-error-responses.ts';
import { HttpError, installErrorHandlers, sendFrameworkError, writeClientError } from './error-handler.ts';
import { guardRequestBody, guardRequestUrl } from './guard-input.ts';
import { registerAuthRoutes } from './routes/auth.routes.ts';
import { registerCatalogRoutes } from './routes/catalog.routes.ts';
import { registerEnterpriseRoutes } from './routes/enterprise.routes.ts';
import { registerHealthRoutes } from './routes/health.routes.ts';
import { registerRecordPushRoutes, registerRecordRoutes } from './routes/record.routes.ts';
import { registerTokenRoutes } from './routes/token.routes.ts';
import { registerDepartmentPushRoutes } from './routes/department-push.routes.ts';
import { registerUserRoutes } from './routes/user.routes.ts';
import { registerReportRoutes } from './routes/report.routes.ts';
import { registerAttachmentRoutes, registerDeclarationRoutes } from './routes/declaration.routes.ts';
import { registerRepairRoutes } from './routes/repair.routes.ts';
import { registerInboxRoutes } from './routes/inbox.routes.ts';
import { registerObjectionRoutes } from './routes/objection.routes.ts';
import { registerCommitmentRoutes } from './routes/commitment.routes.ts';
import { registerRepairNoticeRoutes } from './routes/repair-notice.routes.ts';
import { registerAttachmentDownloadRoutes } from './routes/attachment-download.routes.ts';
import { registerGradeRoutes } from './routes/grade.routes.ts';
import { registerFeedRoutes } from './routes/feed.routes.ts';
import { registerSharedEnterpriseRoutes } from './routes/shared-enterprise.routes.ts';
import { registerSubscriptionRoutes } from './routes/subscription.routes.ts';
import { registerAuthorizationRoutes } from './routes/authorization.routes.ts';
import { registerMeasureRoutes } from './routes/measures.routes.ts';
import { registerSupervisionRoutes } from './routes/supervision.routes.ts';
import { registerInspectionRoutes } from './routes/inspection.routes.ts';
import { registerWhitelistRoutes } from './routes/whitelist.routes.ts';
import { registerInspectorConflictRoutes } from './routes/inspector-conflict.routes.ts';
import { registerPolicyRoutes } from './routes/policy.routes.ts';
import { registerCreditCheckupRoutes } from './routes/credit-checkup.routes.ts';
import { registerPolicyPayoutRoutes } from './routes/policy-payout.routes.ts';
import { registerProfileRoutes } from './routes/profile.routes.ts';
import { registerIncubatorRoutes } from './routes/incubator.routes.ts';
import { registerFinancingRoutes } from './routes/financing.routes.ts';
import { registerCreditIndexRoutes } from './routes/credit-index.routes.ts';
import { registerDashboardRoutes } from './routes/dashboard.routes.ts';
import { registerImportRoutes } from './routes/import.routes.ts';
import { registerRequestRoutes } from './routes/request.routes.ts';
import { registerReformTaskRoutes } from './routes/reform-task.routes.ts';
import { registerAuditCheckpointRoutes } from './routes/audit-checkpoint.routes.ts';
import { registerPublicRoutes } from './routes/public.routes.ts';
import { registerHonestCaseRoutes } from './routes/honest-case.routes.ts';
import { registerWorkingDaysRoutes } from './routes/working-days.routes.ts';
import { registerEnterprisePortalRoutes } from './routes/enterprise-portal.routes.ts';
import { registerModelRoutes } from './routes/model.routes.ts';
import { registerAuditRoutes } from './routes/audit.routes.ts';
import { registerJobRoutes } from './routes/job.routes.ts';
import { registerUpwardRoutes } from './routes/upward.routes.ts';
import { registerUnifiedLoginRoutes } from './routes/unified-login.routes.ts';
import { registerNotificationDeliveryRoutes } from './routes/notification-delivery.routes.ts';
import { DEFAULT_LIMITS, type ServerContext, type ServerOptions, type ZodApp } from './server-context.ts';
import { validatorCompiler } from './validate-request.ts';
import { registerWebApp } from './serve-web-app.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { buildLoggerOptions } from './log-options.ts';
import { registerMetrics } from './metrics.ts';

/** Every group of routes, in the order they appear in the API reference. Add new groups here. */
const ROUTE_GROUPS = [
  registerHealthRoutes,
  registerAuthRoutes,
  registerUnifiedLoginRoutes,
  registerTokenRoutes,
  registerUserRoutes,
  registerCatalogRoutes,
  registerEnterpriseRoutes,
  registerRecordRoutes,
  registerRecordPushRoutes,
  registerDepartmentPushRoutes,
  registerReportRoutes,
  registerAttachmentRoutes,
  registerAttachmentDownloadRoutes,
  registerDeclarationRoutes,
  registerRepairRoutes,
  registerObjectionRoutes,
  registerCommitmentRoutes,
  registerRepairNoticeRoutes,
  registerInboxRoutes,
  registerGradeRoutes,
  registerFeedRoutes,
  registerSharedEnterpriseRoutes,
  registerSubscriptionRoutes,
  registerUpwardRoutes,
  registerNotificationDeliveryRoutes,
  registerAuthorizationRoutes,
  registerMeasureRoutes,
  registerSupervisionRoutes,
  registerInspectionRoutes,
  registerWhitelistRoutes,
  registerCreditIndexRoutes,
  registerDashboardRoutes,
  registerImportRoutes,
  registerPolicyRoutes,
  registerCreditCheckupRoutes,
  registerPolicyPayoutRoutes,
  registerProfileRoutes,
  registerIncubatorRoutes,
  registerFinancingRoutes,
  registerInspectorConflictRoutes,
  registerRequestRoutes,
  registerReformTaskRoutes,
  registerEnterprisePortalRoutes,
  registerModelRoutes,
  registerAuditRoutes,
  registerJobRoutes,
  registerPublicRoutes,
  registerHonestCaseRoutes,
  registerWorkingDaysRoutes,
  registerAuditCheckpointRoutes,
];

/** A registered API route, as collected while the server was built (the documentation routes excluded). */
export interface RegisteredRoute {
  method: string;
  url: string;
  summary: string;
  config: RouteOptions['config'];
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The API routes of this server, for the OpenAPI and authorization-matrix checks. */
    apiRoutes: RegisteredRoute[];
  }
}

const API_VERSION = '0.1.0';

/**
 * The HTTP API: Fastify with zod schemas that both validate and generate /openapi.json, an interactive
 * reference at /docs, sessions and API tokens, one access rule per route, rate and body-size limits, and every
 * error as `{ error: { code, message } }` in Chinese. Hardened: security headers with a strict CSP,
 * X-Forwarded-For believed only from the configured proxies, malformed text refused with 400, cross-site and
 * non-JSON state-changing requests refused, and per-account and per-address limits on costly routes.
 */
export async function buildServer(store: Store, options: ServerOptions = {}): Promise<ZodApp> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const app = Fastify({
    ...buildLoggerOptions(options.logger),
    bodyLimit: limits.bodyBytes,
    // Only these proxies' X-Forwarded-For is believed (the client address is the last one they did not add).
    trustProxy: options.trustedProxies?.length ? options.trustedProxies : false,
    frameworkErrors: sendFrameworkError,
    clientErrorHandler: writeClientError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('principal', null);
  app.decorateRequest('credentialProblem', undefined);
  app.decorate('apiRoutes', [] as RegisteredRoute[]);
  // JSON only: a cross-site HTML form can post text/plain, never application/json (with SameSite=Lax, CSRF defence).
  app.removeContentTypeParser('text/plain');

  let costLimit: ReturnType<typeof createCostLimit> | undefined;
  // Runs for every route registered after it, before the swagger plugin reads the route.
  app.addHook('onRoute', (route) => {
    if (
      isDocumentationRoute(route.url) ||
      isOperationsRoute(route.url) ||
      route.method === 'HEAD' ||
      route.config?.isWebAsset
    )
      return;
    if (costLimit && [route.method].flat().some((method) => isCostlyRoute(method, route.url)))
      route.preHandler = [costLimit, ...[route.preHandler ?? []].flat()];
    declareRouteAccess(route);
    documentErrorResponses(route);
    for (const method of [route.method].flat())
      app.apiRoutes.push({
        method,
        url: route.url,
        summary: String(route.schema?.summary ?? ''),
        config: route.config,
      });
  });

  await app.register(fastifyCookie);
  await registerSecurityHeaders(app, { isHttps: options.secureCookies ?? false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: '信评 xinping API',
        description:
          '科创企业公共信用综合评价平台的 HTTP 接口。错误统一为 `{ "error": { "code", "message" } }`,message 为中文。',
        version: API_VERSION,
        license: { name: 'Apache-2.0' },
      },
      components: {
        securitySchemes: {
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: '登录后由 /api/auth/login 设置的会话 Cookie',
          },
          bearerToken: { type: 'http', scheme: 'bearer', description: 'API 令牌（/api/tokens 创建），供对接系统使用' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifyRateLimit, {
    global: true,
    // Several instances on PostgreSQL count together; the embedded store's one process counts in memory.
    ...(store.engine === 'postgres' ? { store: createSharedRateLimitStore(store.db) } : {}),
    max: limits.requestsPerMinute,
    timeWindow: 60_000,
    // Per account when logged in (so one office behind one address is not throttled as one), per address otherwise.
    keyGenerator: (request) => (request.principal ? `user:${request.principal.userId}` : `ip:${request.ip}`),
    errorResponseBuilder: (_request, context) =>
      new HttpError('RATE_LIMITED', `请求过于频繁，请 ${Math.max(1, Math.ceil(context.ttl / 1000))} 秒后再试`),
  });

  costLimit = createCostLimit({
    perAccount: app.createRateLimit({
      max: limits.costlyPerAccountPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request) => `costly-user:${request.principal?.userId}`,
    }),
    perIp: app.createRateLimit({
      max: limits.costlyPerIpPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request) => `costly-ip:${request.ip}`,
    }),
  });

  app.addHook('onRequest', guardRequestUrl);
  app.addHook('onRequest', createOriginCheck(options.allowedOrigins ?? readNetworkConfig().allowedOrigins));
  app.addHook('onRequest', createAuthenticateHook(store.db));
  app.addHook('preParsing', authorizeRequest);
  app.addHook('preValidation', guardRequestBody);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
  installErrorHandlers(app, { bodyLimit: limits.bodyBytes, notFoundPreHandler: app.rateLimit() });

  const dataDir = options.dataDir ?? readConfig().dataDir;
  let secretKey = options.secretKey;
  let signingKey: SigningKey | undefined;
  let unifiedLogin: UnifiedLoginProvider | null | undefined;
  const context: ServerContext = {
    store,
    sessionLifetimeMs:
      options.sessionLifetimeHours === undefined ? undefined : options.sessionLifetimeHours * 3_600_000,
    secureCookies: options.secureCookies ?? false,
    limits,
    secretKey: () => (secretKey ??= loadSecretKey(dataDir)),
    signingKey: () => (signingKey ??= loadSigningKey(dataDir)),
    dataDir,
    outboundAllowed: options.outboundAllowed ?? readNetworkConfig().outboundAllowed,
    unifiedLogin: () => {
      if (unifiedLogin !== undefined) return unifiedLogin;
      const settings = options.unifiedLogin === undefined ? readUnifiedLoginSettings() : options.unifiedLogin;
      unifiedLogin = settings ? createUnifiedLoginProvider(settings) : null;
      return unifiedLogin;
    },
    queue: options.queue,
  };
  registerMetrics(app, context, options.metricsToken);
  for (const register of ROUTE_GROUPS) register(app, context);

  await app.register(fastifySwaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await registerWebApp(app, options.webDist);
  return app;
}
