import type { Store } from '../store/connect.ts';
import { readConfig } from '../config.ts';
import { loadSecretKey } from '../services/import/protect-personal.ts';
import { startWebhookDispatcher, type WebhookDispatcher } from '../services/sharing/webhook-dispatcher.ts';
import { readWebhookSettings, type WebhookSettings } from '../services/sharing/webhook-settings.ts';
import { buildServer } from './build-server.ts';
import type { ServerOptions, ZodApp } from './server-context.ts';

export interface ListenOptions extends ServerOptions {
  host: string;
  port: number;
  /** The in-process webhook dispatcher's settings (default: from the environment); false: do not run it. */
  webhooks?: WebhookSettings | false;
}

/**
 * Builds the server and listens; returns the base URL to print. Port 0 picks a free port. While it listens, the
 * webhook dispatcher delivers the sharing feed (issue #4 §5); closing the server stops it.
 */
export async function startServer(store: Store, options: ListenOptions): Promise<{ app: ZodApp; url: string }> {
  const app = await buildServer(store, options);
  let dispatcher: WebhookDispatcher | undefined;
  app.addHook('onClose', async () => dispatcher?.stop());
  await app.listen({ host: options.host, port: options.port });
  if (options.webhooks !== false) {
    let key = options.secretKey;
    const secretKey = () => (key ??= loadSecretKey(options.dataDir ?? readConfig().dataDir));
    dispatcher = startWebhookDispatcher(store.db, secretKey, options.webhooks ?? readWebhookSettings(), (error) => app.log.error({ err: error }, '共享事件推送(Webhook)失败,将在下一轮重试'));
  }
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
