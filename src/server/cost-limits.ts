import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './error-handler.ts';
import type { RateLimitCheck } from './server-context.ts';

/**
 * Routes that cost the platform far more than a page of JSON (one account rendered 78 PDFs in 33 s
 * and slowed everyone else's requests from 6 ms to 3 s): every file the server renders (PDF, HTML, Excel, rejection
 * files), bulk look-ups, and the background jobs a request starts.
 */
const COSTLY_SUFFIXES = ['.xlsx', '/pdf', '/report', '/bulletin', '/rejections'];
const COSTLY_ROUTES = new Set([
  'POST /api/whitelist/applicant-lookups',
  'POST /api/whitelist/generations',
  'POST /api/evaluation-runs',
  'POST /api/audit/verifications',
  'POST /api/upward/run',
  'POST /api/model-versions/:modelId/:version/simulations',
  'POST /api/model-versions/:modelId/:version/publication',
]);

export function isCostlyRoute(method: string, url: string): boolean {
  return (
    COSTLY_ROUTES.has(`${method} ${url}`) ||
    (method === 'GET' && COSTLY_SUFFIXES.some((suffix) => url.endsWith(suffix)))
  );
}

/**
 * preHandler of costly routes: besides the general limit, at most so many calls a minute per account and per client
 * address (the second also covers the anonymous public's exports and many accounts from one address). Counted once
 * the request is authorised and valid, just before the work starts.
 */
export function createCostLimit(limiters: {
  perAccount: RateLimitCheck;
  perIp: RateLimitCheck;
}): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
  return async (request, reply) => {
    for (const check of request.principal ? [limiters.perAccount, limiters.perIp] : [limiters.perIp]) {
      const result = await check(request);
      if (result.isExceeded) {
        const seconds = Math.max(1, Math.ceil(result.ttlInSeconds ?? 60));
        reply.header('retry-after', String(seconds));
        throw new HttpError('RATE_LIMITED', `生成报告、导出文件等耗时操作过于频繁，请 ${seconds} 秒后再试`);
      }
    }
  };
}
