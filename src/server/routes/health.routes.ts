import { sql } from 'kysely';
import { z } from 'zod';
import { PUBLIC } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

export function registerHealthRoutes(app: ZodApp, context: ServerContext): void {
  app.get(
    '/healthz',
    {
      // Probes from load balancers must never be throttled.
      config: { access: PUBLIC, rateLimit: false },
      schema: {
        summary: '健康检查',
        description: '服务与数据库均可用时返回 ok。',
        tags: ['系统'],
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      await sql`select 1`.execute(context.store.db);
      return { status: 'ok' as const, database: context.store.engine };
    },
  );
}
