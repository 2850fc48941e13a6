import type { Socket } from 'node:net';
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchemaValidationError,
} from 'fastify';
import { z } from 'zod';
import { ERROR_CODES, isAppError, type ErrorCode } from '../domain/app-error.ts';
import { describeFieldPath } from './field-labels.ts';

/**
 * Codes a response may carry: the domain's AppError codes plus the ones only the HTTP layer produces (the domain
 * never rate-limits or measures request bodies).
 */
export const RESPONSE_ERROR_CODES = [
  ...ERROR_CODES,
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
] as const;
export type ResponseErrorCode = (typeof RESPONSE_ERROR_CODES)[number];

/** The one table from error code to HTTP status (STYLE.md, Documenso). */
export const HTTP_STATUS: Record<ResponseErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  // A workflow rule forbids the action in the current state: the request is fine, the state is not.
  PRECONDITION_FAILED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** Every error response has this shape; the message is Chinese and meant for the user. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.enum(RESPONSE_ERROR_CODES).describe('错误代码（固定集合）'),
      message: z.string().describe('给用户看的中文说明'),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

export class HttpError extends Error {
  constructor(
    readonly code: ResponseErrorCode,
    readonly userMessage: string,
  ) {
    super(userMessage);
  }
}

const CONTEXT_LABELS: Record<string, string> = {
  body: '请求体',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

/** "查询参数字段“每页条数”…；请求体字段“记录”第 1 项的“名称”…" — every problem, naming where it is in Chinese. */
function describeValidation(context: string | undefined, problems: FastifySchemaValidationError[]): string {
  const where = CONTEXT_LABELS[context ?? ''] ?? '请求';
  const parts = problems.map((problem) => {
    const path = describeFieldPath(
      problem.instancePath
        .split('/')
        .filter(Boolean)
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replaceAll('~1', '/').replaceAll('~0', '~'))),
      (problem.params as { labels?: Array<string | undefined> }).labels,
    );
    return path
      ? `${where}${path}${problem.message}`
      : problem.message === '为必填项'
        ? `缺少${where}`
        : `${where}${problem.message}`;
  });
  return `请求参数有误：${parts.join('；')}`;
}

const GENERIC_MESSAGES: Record<number, [ResponseErrorCode, string]> = {
  400: ['INVALID_INPUT', '请求格式有误'],
  401: ['UNAUTHENTICATED', '请先登录'],
  403: ['FORBIDDEN', '无权执行此操作'],
  404: ['NOT_FOUND', '未找到请求的资源'],
  409: ['CONFLICT', '与当前数据冲突'],
  413: ['PAYLOAD_TOO_LARGE', '请求体过大'],
  415: ['UNSUPPORTED_MEDIA_TYPE', '不支持的请求体类型，请使用 application/json'],
  429: ['RATE_LIMITED', '请求过于频繁，请稍后再试'],
};

/** Turns anything thrown into the error shape: a Chinese message and the right status, never a stack trace. */
export function toErrorResponse(error: unknown, options: { bodyLimit: number }): { status: number; body: ErrorBody } {
  if (isAppError(error)) return respond(error.code, error.userMessage);
  if (error instanceof HttpError) return respond(error.code, error.userMessage);
  const fastifyError = error as Partial<FastifyError> & { validationContext?: string };
  if (fastifyError.validation)
    return respond('INVALID_INPUT', describeValidation(fastifyError.validationContext, fastifyError.validation));
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return respond('PAYLOAD_TOO_LARGE', `请求体过大：上限为 ${formatBytes(options.bodyLimit)}`);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return respond('INVALID_INPUT', '请求体不是有效的 JSON');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return respond('INVALID_INPUT', '请求体为空，但声明了 JSON 类型');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return respond('UNSUPPORTED_MEDIA_TYPE', GENERIC_MESSAGES[415]![1]);
  }
  const status = fastifyError.statusCode ?? 500;
  const generic = GENERIC_MESSAGES[status];
  if (generic && status < 500) return respond(generic[0], generic[1]);
  return respond('INTERNAL', '服务器内部错误，请稍后重试；如持续出现请联系平台管理员');
}

function respond(code: ResponseErrorCode, message: string): { status: number; body: ErrorBody } {
  return { status: HTTP_STATUS[code], body: { error: { code, message } } };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

/** Installs the error and not-found handlers on the server. */
export function installErrorHandlers(
  app: FastifyInstance,
  options: {
    bodyLimit: number;
    notFoundPreHandler?: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  },
): void {
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toErrorResponse(error, {
      bodyLimit: (request.routeOptions.bodyLimit as number | undefined) ?? options.bodyLimit,
    });
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    // Rate-limit headers (retry-after …) set before the error stay; everything else about the error stays in the log.
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });
  app.setNotFoundHandler({ preHandler: options.notFoundPreHandler }, (request, reply) => {
    const path = request.url.split('?')[0];
    reply
      .code(404)
      .send({ error: { code: 'NOT_FOUND', message: `不存在的接口：${request.method} ${path}` } } satisfies ErrorBody);
  });
}

/**
 * Fastify's `frameworkErrors`: errors raised before routing (a path that is not valid percent-encoded UTF-8) get the
 * platform's error body too, instead of the framework's own.
 */
export function sendFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } =
    error.code === 'FST_ERR_BAD_URL'
      ? respond('INVALID_INPUT', '请求路径含有无效的编码')
      : toErrorResponse(error, { bodyLimit: 0 });
  reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** Fastify's `clientErrorHandler`: a request Node cannot even parse is answered in the platform's format, then closed. */
export function writeClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const isHeaderOverflow = error.code === 'HPE_HEADER_OVERFLOW';
  const { status, body } = isHeaderOverflow
    ? respond('PAYLOAD_TOO_LARGE', '请求头过大')
    : respond('INVALID_INPUT', '请求格式有误，无法解析');
  const text = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${isHeaderOverflow ? 'Payload Too Large' : 'Bad Request'}\r\nContent-Length: ${Buffer.byteLength(text)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy(error);
}
