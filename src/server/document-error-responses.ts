import type { RouteOptions } from 'fastify';
import { isPublic } from './access.ts';
import { ErrorBody } from './error-handler.ts';

/**
 * Adds the error responses a route can give to its schema, so /openapi.json documents them (all with the one
 * error shape) and the serializer checks them like any other response.
 */
export function documentErrorResponses(route: RouteOptions): void {
  const schema = (route.schema ??= {}) as Record<string, unknown>;
  const response = (schema.response ??= {}) as Record<string, unknown>;
  const add = (status: number, description: string) => {
    response[status] ??= ErrorBody.describe(description);
  };
  const hasInput = Boolean(schema.body || schema.querystring || schema.params);
  if (hasInput) add(400, '请求参数有误');
  if (route.config?.access && !isPublic(route.config.access)) {
    add(401, '未登录，或会话/令牌已失效');
    add(403, '当前角色或数据范围无权访问');
  }
  if (schema.params) add(404, '资源不存在');
  if (schema.body) add(413, '请求体过大');
  if (route.config?.rateLimit !== false) add(429, '请求过于频繁');
  add(500, '服务器内部错误');
}
