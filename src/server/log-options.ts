import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LogController, type FastifyRequest, type FastifyServerOptions } from 'fastify';

/** How the server logs: off (tests), or JSON lines at a level, to stdout or a given stream (tests read it). */
export type LogSetting = boolean | { level: string; stream?: NodeJS.WritableStream };

/** A request id a reverse proxy may pass on (`X-Request-Id`), so its log and ours can be joined; anything else is replaced. */
const FORWARDED_REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

const CENSORED = '[已隐去]';

/**
 * Chinese resident ID numbers (GB 11643: six digits of place, a birth date, three digits and a check character) and
 * mainland mobile numbers, wherever they appear in a log line's text. Names of persons cannot be recognised by
 * shape: they are kept out by logging no request bodies, no query strings and no database error details.
 */
const PERSONAL_PATTERNS = [
  /(?<![0-9A-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g,
  /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g,
];

export function scrubPersonalData(text: string): string {
  return PERSONAL_PATTERNS.reduce((result, pattern) => result.replace(pattern, CENSORED), text);
}

function scrubValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return scrubPersonalData(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  // Requests, replies and errors are left to their serializers below, which keep only what is safe.
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return value;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubValue(item, depth + 1)]));
}

/**
 * Fastify's logger (pino, one JSON object per line) with a request id on every line a request writes (`requestId`,
 * also sent back as `X-Request-Id`) and no personal data: requests are logged as method, path and route pattern —
 * never the query string (a tracking query carries a phone number), the body, cookies or the Authorization header —
 * errors as type, code and message without the database's DETAIL (which quotes the row's values), and every string
 * is scrubbed of ID and mobile numbers. Passwords, tokens and cookies are also censored by key, should a handler
 * ever log an object holding them (GB/T 22239-2019 8.1.4.2 安全审计; PIPL Art. 51).
 */
export function buildLoggerOptions(setting: LogSetting | undefined): Pick<
  FastifyServerOptions,
  'genReqId' | 'requestIdHeader' | 'logController'
> & {
  logger: FastifyServerOptions['logger'];
} {
  const ids = {
    requestIdHeader: false as const,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    genReqId: (request: IncomingMessage) => {
      const forwarded = request.headers['x-request-id'];
      return typeof forwarded === 'string' && FORWARDED_REQUEST_ID.test(forwarded) ? forwarded : randomUUID();
    },
  };
  if (!setting) return { ...ids, logger: false };
  const { level, stream } = setting === true ? { level: 'info', stream: undefined } : setting;
  return {
    ...ids,
    logger: {
      level,
      ...(stream ? { stream } : {}),
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          '*.password',
          '*.currentPassword',
          '*.newPassword',
          '*.token',
          '*.secret',
          '*.cookie',
          '*.authorization',
        ],
        censor: CENSORED,
      },
      serializers: {
        req: (request: FastifyRequest) => ({
          method: request.method,
          path: request.url.split('?')[0],
          route: request.routeOptions?.url,
        }),
        res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
        err: (error: Error & { code?: string; statusCode?: number }) => ({
          type: error.name,
          code: error.code,
          statusCode: error.statusCode,
          message: scrubPersonalData(String(error.message)),
          stack: scrubPersonalData(error.stack ?? ''),
        }),
      },
      formatters: { log: (object: Record<string, unknown>) => scrubValue(object, 0) as Record<string, unknown> },
    },
  };
}
