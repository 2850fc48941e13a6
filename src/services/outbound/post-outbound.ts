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
}

/**
 * POSTs a body to a URL the platform was given by a user, checked at the moment of sending: the URL again, then the
 * host's addresses after DNS resolution, and the connection is made to exactly the address that was checked (the
 * socket's lookup is the check), so a name that answers differently the second time (DNS rebinding) gains nothing.
 * Redirects are never followed: a 3xx is a failed attempt like any other non-2xx answer.
 */
export async function postOutbound(
  target: string,
  request: { headers: Record<string, string>; body: string; timeoutMs: number; signal?: AbortSignal },
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
  const send = url.protocol === 'https:' ? https.request : http.request;
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
      },
      (response) => {
        clearTimeout(timer);
        response.resume();
        const status = response.statusCode ?? 0;
        resolve(
          status >= 200 && status < 300
            ? { ok: true, status, error: null }
            : { ok: false, status, error: `接收方返回 HTTP ${status}` },
        );
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

function refused(error: unknown): OutboundResult {
  if (!isAppError(error)) throw error;
  return { ok: false, status: null, error: `拒绝投递：${error.userMessage}` };
}
