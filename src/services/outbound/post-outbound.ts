import type { LookupFunction } from 'node:net';
import http from 'node:http';
import https from 'node:https';
import { isAppError } from '../../domain/app-error.ts';
import { parseOutboundUrl, resolveOutboundHost, type OutboundAllowList } from './outbound-address.ts';

export interface OutboundResult {
  ok: boolean;
  status: number | null;
  /** Why it failed, in Chinese (kept in the delivery log). */
  error: string | null;
  /** The receiver's answer (UTF-8, at most RESPONSE_BODY_LIMIT bytes): a receipt for those that send one. */
  responseBody?: string;
  /** The receiver's `Retry-After` (seconds or an HTTP date), in milliseconds from now, when it sent one. */
  retryAfterMs?: number;
}

/** Keep-alive connection pools for a sender that posts many requests to the same receivers (webhook delivery). */
export interface OutboundAgents {
  http: http.Agent;
  https: https.Agent;
}

/** A receipt is small; a receiver answering more is cut off rather than held in memory. */
const RESPONSE_BODY_LIMIT = 1024 * 1024;

/**
 * POSTs a body to a URL the platform was given by a user, checked at the moment of sending: the URL again, then the
 * host's addresses after DNS resolution, and the connection is made to exactly the address that was checked (the
 * socket's lookup is the check), so a name that answers differently the second time (DNS rebinding) gains nothing.
 * Redirects are never followed: a 3xx is a failed attempt like any other non-2xx answer.
 */
export async function postOutbound(
  target: string,
  request: {
    headers: Record<string, string>;
    body: string;
    timeoutMs: number;
    signal?: AbortSignal;
    /** Reuse connections: a pooled socket was connected to an address checked when it was opened. */
    agents?: OutboundAgents;
  },
  allowList: OutboundAllowList,
): Promise<OutboundResult> {
  let url: URL;
  try {
    url = parseOutboundUrl(target, allowList);
  } catch (error) {
    return refused(error);
  }
  const lookup: LookupFunction = (hostname, options, callback) => {
    resolveOutboundHost(hostname, allowList).then(
      (addresses) => {
        if (options.all) return callback(null, addresses);
        const first = addresses.find((entry) => !options.family || entry.family === options.family) ?? addresses[0]!;
        callback(null, first.address, first.family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, ''),
    );
  };
  const isHttps = url.protocol === 'https:';
  const send = isHttps ? https.request : http.request;
  const agent = isHttps ? request.agents?.https : request.agents?.http;
  return new Promise((resolve) => {
    let isTimedOut = false;
    const timer = setTimeout(() => {
      isTimedOut = true;
      outgoing.destroy();
    }, request.timeoutMs);
    const outgoing = send(
      url,
      {
        method: 'POST',
        headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) },
        lookup,
        signal: request.signal,
        ...(agent ? { agent } : {}),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (size < RESPONSE_BODY_LIMIT) chunks.push(chunk);
          size += chunk.length;
        });
        response.on('error', () => {});
        // Cut off mid-answer (timeout, connection lost): a failed attempt. After 'end' this changes nothing.
        response.on('close', () =>
          resolve({
            ok: false,
            status,
            error: isTimedOut ? `接收方 ${request.timeoutMs} 毫秒内未响应完毕` : '接收方的应答中断',
          }),
        );
        response.on('end', () => {
          clearTimeout(timer);
          const responseBody = Buffer.concat(chunks).subarray(0, RESPONSE_BODY_LIMIT).toString('utf8');
          resolve(
            status >= 200 && status < 300
              ? { ok: true, status, error: null, responseBody }
              : {
                  ok: false,
                  status,
                  error: `接收方返回 HTTP ${status}`,
                  responseBody,
                  ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
                },
          );
        });
      },
    );
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (isTimedOut) return resolve({ ok: false, status: null, error: `接收方 ${request.timeoutMs} 毫秒内未响应` });
      if (isAppError(error)) return resolve(refused(error));
      resolve({
        ok: false,
        status: null,
        error:
          error.code === 'ECONNREFUSED' ? '连接被拒绝（接收方未启动？）' : `投递失败：${error.code ?? error.message}`,
      });
    });
    outgoing.end(request.body);
  });
}

/** RFC 9110 §10.2.3: Retry-After is a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function refused(error: unknown): OutboundResult {
  if (!isAppError(error)) throw error;
  return { ok: false, status: null, error: `拒绝投递：${error.userMessage}` };
}
