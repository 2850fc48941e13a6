import type { Store } from '../store/connect.ts';
import { buildServer } from './build-server.ts';
import type { ServerOptions, ZodApp } from './server-context.ts';

export interface ListenOptions extends ServerOptions {
  host: string;
  port: number;
}

/** Builds the server and listens; returns the base URL to print. Port 0 picks a free port. */
export async function startServer(store: Store, options: ListenOptions): Promise<{ app: ZodApp; url: string }> {
  const app = await buildServer(store, options);
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { app, url: `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${port}` };
}

/** Server settings an operator sets in the environment (see `xinping help`). */
export function readServerEnvironment(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const requestsPerMinute = Number(env.XINPING_REQUESTS_PER_MINUTE);
  return {
    logger: { level: env.XINPING_LOG_LEVEL || 'warn' },
    secureCookies: env.XINPING_SECURE_COOKIES === '1',
    trustProxy: env.XINPING_TRUST_PROXY === '1',
    limits: Number.isInteger(requestsPerMinute) && requestsPerMinute > 0 ? { requestsPerMinute } : {},
  };
}
