import type { FastifyRequest } from 'fastify';
import { AppError } from '../domain/app-error.ts';
import { HttpError } from './error-handler.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * onRequest hook against cross-site request forgery, on top of SameSite=Lax cookies:
 * - a state-changing request a browser sends from another site is refused: an `Origin` other than the server's own
 *   host (or a configured allowed origin), including the opaque `null`, or `Sec-Fetch-Site: cross-site`;
 * - a state-changing request that declares a body type declares JSON (file uploads are base64 inside JSON), so no
 *   HTML form (urlencoded, multipart, text/plain) can reach a route, even with an empty body.
 * API clients (banks, departments pushing records) send no Origin and are not affected.
 */
export function createOriginCheck(allowedOrigins: readonly string[]): (request: FastifyRequest) => Promise<void> {
  const allowed = new Set(allowedOrigins.map((origin) => origin.replace(/\/+$/, '').toLowerCase()));
  return async (request) => {
    if (!STATE_CHANGING.has(request.method)) return;
    const origin = request.headers.origin;
    if (
      origin !== undefined &&
      !allowed.has(origin.toLowerCase()) &&
      originHost(origin) !== withoutDefaultPort(request.host.toLowerCase())
    ) {
      throw new AppError('FORBIDDEN', '拒绝来自其他网站的修改请求（Origin 与本平台不一致）');
    }
    if (request.headers['sec-fetch-site'] === 'cross-site' && origin === undefined)
      throw new AppError('FORBIDDEN', '拒绝来自其他网站的修改请求');
    const type = request.headers['content-type'];
    if (type !== undefined && !/^application\/json\s*(;|$)/i.test(type))
      throw new HttpError('UNSUPPORTED_MEDIA_TYPE', '不支持的请求体类型，请使用 application/json');
  };
}

/** "https://credit.example.gov.cn:443" → "credit.example.gov.cn"; null for `null` and other non-URLs. */
function originHost(origin: string): string | null {
  if (!URL.canParse(origin)) return null;
  const url = new URL(origin);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : null;
}

function withoutDefaultPort(host: string): string {
  return host.replace(/:(80|443)$/, '');
}
