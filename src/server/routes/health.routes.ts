import { z } from 'zod';
import { checkReadiness } from '../../services/operations/check-readiness.ts';
import { PUBLIC } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

/**
 * Probes for a load balancer or an orchestrator (docs/deployment.md): /healthz says the process is alive and touches
 * nothing else, /readyz says whether it can serve (store reachable and migrated). Neither names any data, neither
 * needs a login, and probes are never throttled.
 */
export function registerHealthRoutes(app: ZodApp, context: ServerContext): void {
  app.get(
    '/healthz',
    {
      config: { access: PUBLIC, rateLimit: false },
      schema: {
        summary: '健康检查',
        description: '服务进程存活时返回 ok（不访问数据库；能否提供服务见 /readyz）。',
        tags: ['系统'],
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => ({ status: 'ok' as const, database: context.store.engine }),
  );
  app.get(
    '/readyz',
    // Hidden from the API reference like /metrics: for load balancers, not API clients (docs/deployment.md).
    { config: { access: PUBLIC, rateLimit: false }, schema: { hide: true } },
    async (_request, reply) => {
      const readiness = await checkReadiness(context.store.db);
      if (readiness.isReady) return { status: 'ready' };
      return reply.code(503).send({ status: 'not-ready', reason: readiness.reason });
    },
  );
}
