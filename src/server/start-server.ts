import net from 'node:net';
import os from 'node:os';
import { AppError } from '../domain/app-error.ts';
import type { Store } from '../store/connect.ts';
import ipaddr from 'ipaddr.js';
import { readConfig, readNetworkConfig } from '../config.ts';
import { recordCryptoChoice } from '../services/crypto/record-crypto-choice.ts';
import { loadSecretKey } from '../services/import/protect-personal.ts';
import { startIndexCloser, type IndexCloser } from '../services/credit-index/index-closer.ts';
import { startDailyChecks, type DailyChecks } from '../services/requests/start-daily-checks.ts';
import { startAuditCheckpointer, type AuditCheckpointer } from '../services/audit/audit-checkpointer.ts';
import { loadSigningKey, type SigningKey } from '../services/crypto/signing-key.ts';
import { startWebhookDispatcher, type WebhookDispatcher } from '../services/sharing/webhook-dispatcher.ts';
import { startUpwardSharer, type UpwardRunOutcome } from '../services/upward/run-upward-sharing.ts';
import { readUpwardSettings } from '../services/upward/upward-settings.ts';
import { startNotificationDelivery, type NotificationDelivery } from '../services/notifications/channel-notifier.ts';
import { availableChannels, readDeliverySettings } from '../services/notifications/delivery-settings.ts';
import { currentNotifier, installNotifier } from '../services/notifications/notifier.ts';
import type { PeriodicJob } from '../services/scheduling/start-periodic-job.ts';
import { listClusterPeriodicJobs, startPeriodicOffers } from '../services/scheduling/cluster-periodic-jobs.ts';
import { workClusterQueues } from '../services/jobs/work-cluster-queues.ts';
import { readWebhookSettings, type WebhookSettings } from '../services/sharing/webhook-settings.ts';
import {
  DEFAULT_WHITELIST_SCHEDULER,
  startWhitelistScheduler,
  type WhitelistScheduler,
  type WhitelistSchedulerSettings,
} from '../services/whitelist/whitelist-scheduler.ts';
import { buildServer } from './build-server.ts';
import type { ServerLimits, ServerOptions, ZodApp } from './server-context.ts';

export interface ListenOptions extends ServerOptions {
  host: string;
  port: number;
  /** The in-process webhook dispatcher's settings (default: from the environment); false: do not run it. */
  webhooks?: WebhookSettings | false;
  /** The daily IP-pledge whitelist check; false: do not run it. */
  whitelistSchedule?: WhitelistSchedulerSettings | false;
  /** Close ended months of the credit index daily; false: do not run it. */
  indexCloser?: false;
  /** Escalation of overdue requests, reform-task and workflow deadline reminders, checked hourly; false: do not run them. */
  dailyChecks?: false;
  /** Sign and publish the audit chain's head daily; false: do not run it. */
  auditCheckpoints?: false;
  /**
   * 向上共享 to the provincial platform (XINPING_UPWARD_*, docs/integration.md), run when XINPING_UPWARD_URL or
   * XINPING_UPWARD_DIR is set; false: do not run it.
   */
  upwardSharing?: false;
  /**
   * With `queue` (several instances on PostgreSQL): also work on the queue's jobs here, as `xinping worker` does
   * (XINPING_SERVE_WORKS=1); otherwise this instance only queues them.
   */
  isWorking?: boolean;
  /**
   * SMS and e-mail delivery of enterprise notifications (XINPING_SMS_*, XINPING_SMTP_*, docs/integration.md), run when
   * a gateway or an SMTP server is configured; false: do not run it.
   */
  notificationDelivery?: false;
}

/**
 * Builds the server and listens; returns the base URL to print. Port 0 picks a free port. While it listens, background
 * jobs run: the webhook dispatcher delivers the sharing feed, the IP-pledge whitelist schedule is
 * checked daily, ended months of the credit index are closed, and the daily checks send
 * reminders and escalate overdue requests, and the audit chain's head is checkpointed daily. Closing the server stops them all.
 */
export async function startServer(store: Store, options: ListenOptions): Promise<{ app: ZodApp; url: string }> {
  const app = await buildServer(store, options);
  // The encryption in use (SM4 or, with XINPING_CRYPTO=intl, AES-256) and its key are recorded when they change.
  await recordCryptoChoice(
    store.db,
    (options.secretKey ?? loadSecretKey(options.dataDir ?? readConfig().dataDir)).ring,
    '平台启动',
  );
  let dispatcher: WebhookDispatcher | undefined;
  let whitelistScheduler: WhitelistScheduler | undefined;
  let indexCloser: IndexCloser | undefined;
  let dailyChecks: DailyChecks | undefined;
  let auditCheckpointer: AuditCheckpointer | undefined;
  let upwardSharer: PeriodicJob<UpwardRunOutcome> | undefined;
  let periodicOffers: PeriodicJob<number> | undefined;
  let notificationDelivery: NotificationDelivery | undefined;
  const previousNotifier = currentNotifier();
  app.addHook('onClose', async () => {
    await periodicOffers?.stop();
    if (notificationDelivery && currentNotifier() === notificationDelivery.notifier) installNotifier(previousNotifier);
    await notificationDelivery?.stop();
    await upwardSharer?.stop();
    await dispatcher?.stop();
    await whitelistScheduler?.stop();
    await indexCloser?.stop();
    await dailyChecks?.stop();
    await auditCheckpointer?.stop();
  });
  try {
    await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    await app.close();
    throw describeListenFailure(error, options);
  }
  if (options.webhooks !== false) {
    let key = options.secretKey;
    const secretKey = () => (key ??= loadSecretKey(options.dataDir ?? readConfig().dataDir));
    dispatcher = startWebhookDispatcher(store.db, secretKey, options.webhooks ?? readWebhookSettings(), (error) =>
      app.log.error({ err: error }, '共享事件推送（Webhook）失败，将在下一轮重试'),
    );
  }
  // SMS and e-mail: every instance sends what is due (each delivery row is claimed by one sender).
  const deliverySettings = readDeliverySettings();
  if (options.notificationDelivery !== false && availableChannels(deliverySettings).length > 0) {
    let key = options.secretKey;
    const secretKey = () => (key ??= loadSecretKey(options.dataDir ?? readConfig().dataDir));
    notificationDelivery = startNotificationDelivery(store.db, deliverySettings, secretKey, (error) =>
      app.log.error({ err: error }, '短信、邮件通知发送失败，将在下一轮重试'),
    );
    installNotifier(notificationDelivery.notifier);
  }
  if (options.queue) {
    // Several instances: the periodic passes are queued once per period for the cluster and run by a worker.
    const dataDir = options.dataDir ?? readConfig().dataDir;
    const jobs = listClusterPeriodicJobs({
      db: store.db,
      signingKey: loadKeyOnce(() => loadSigningKey(dataDir)),
      upward:
        options.upwardSharing !== false && (process.env.XINPING_UPWARD_URL || process.env.XINPING_UPWARD_DIR)
          ? readUpwardSettings(dataDir)
          : null,
      onError: (error) => app.log.error({ err: error }, '定期任务中的一项检查失败'),
    });
    periodicOffers = startPeriodicOffers(options.queue, jobs, (error) =>
      app.log.error({ err: error }, '定期任务排队失败，将在下一分钟重试'),
    );
    if (options.isWorking)
      await workClusterQueues(store, options.queue, jobs, {
        worker: `serve ${os.hostname()}:${process.pid}`,
        shardConcurrency: 1,
        secretKey: loadKeyOnce(() => options.secretKey ?? loadSecretKey(dataDir)),
        log: {
          info: (line) => app.log.info(line),
          error: (error, line) => app.log.error({ err: error }, line),
        },
      });
    return listeningAddress(app, options);
  }
  if (options.whitelistSchedule !== false) {
    whitelistScheduler = startWhitelistScheduler(
      store.db,
      options.whitelistSchedule ?? DEFAULT_WHITELIST_SCHEDULER,
      (error) => app.log.error({ err: error }, '知识产权质押融资白名单定期生成失败，将在下次检查时重试'),
    );
  }
  if (options.indexCloser !== false)
    indexCloser = startIndexCloser(store.db, (error) =>
      app.log.error({ err: error }, '信用指数月度结算失败，将在次日重试'),
    );
  if (options.auditCheckpoints !== false) {
    let signingKey: SigningKey | undefined;
    const loadKey = () => (signingKey ??= loadSigningKey(options.dataDir ?? readConfig().dataDir));
    auditCheckpointer = startAuditCheckpointer(store.db, loadKey, (error) =>
      app.log.error({ err: error }, '审计链检查点签发失败，将在次日重试'),
    );
  }
  // Only for a district that shares upward: a receiver or a package folder is configured.
  if (options.upwardSharing !== false && (process.env.XINPING_UPWARD_URL || process.env.XINPING_UPWARD_DIR)) {
    const dataDir = options.dataDir ?? readConfig().dataDir;
    let signingKey: SigningKey | undefined;
    upwardSharer = startUpwardSharer(
      store.db,
      readUpwardSettings(dataDir),
      () => (signingKey ??= loadSigningKey(dataDir)),
      (error) => app.log.error({ err: error }, '向上共享失败，将在下一轮重试'),
    );
  }
  if (options.dailyChecks !== false)
    dailyChecks = startDailyChecks(store.db, (error) =>
      app.log.error({ err: error }, '诉求督办或重点任务提醒检查失败，将在下一轮重试'),
    );
  return listeningAddress(app, options);
}

function listeningAddress(app: ZodApp, options: ListenOptions): { app: ZodApp; url: string } {
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { app, url: `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${port}` };
}

function loadKeyOnce<T>(load: () => T): () => T {
  let key: T | undefined;
  return () => (key ??= load());
}

/** A port taken by another program or not allowed to this user: say which and what to do, not a stack trace. */
export function describeListenFailure(error: unknown, address: { host: string; port: number }): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `${address.host}:${address.port}`;
  if (code === 'EADDRINUSE') {
    return new AppError(
      'CONFLICT',
      `端口 ${address.port} 已被占用（${where}），可能另一个信评或其他程序正在使用；请先停止它，或用 --port 指定其他端口（例如 --port ${address.port + 1},--port 0 表示自动选择空闲端口）。`,
      { cause: error },
    );
  }
  if (code === 'EACCES')
    return new AppError(
      'CONFLICT',
      `没有权限监听端口 ${address.port}(${where});1024 以下的端口需要管理员权限，请用 --port 指定 1024 以上的端口。`,
      { cause: error },
    );
  if (code === 'EADDRNOTAVAIL')
    return new AppError('INVALID_INPUT', `本机没有地址 ${address.host}，无法在 ${where} 监听；请检查 --host。`, {
      cause: error,
    });
  return error;
}

/** Fails early, before the store is opened or demo data generated, when the address cannot be listened on. */
export async function checkListenAddress(address: { host: string; port: number }): Promise<void> {
  if (address.port === 0) return;
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error) => reject(describeListenFailure(error, address)));
    probe.listen({ host: address.host, port: address.port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** Server settings an operator sets in the environment (see `xinping help`). */
export function readServerEnvironment(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const network = readNetworkConfig(env);
  // The old switch believed every client's X-Forwarded-For; refusing to start beats silently trusting nobody.
  if (env.XINPING_TRUST_PROXY && network.trustedProxies.length === 0) {
    throw new AppError(
      'INVALID_INPUT',
      'XINPING_TRUST_PROXY 已停用：请在 XINPING_TRUSTED_PROXIES 中列出反向代理的 IP 地址或网段（逗号分隔），只采信来自它们的 X-Forwarded-For',
    );
  }
  const badProxy = network.trustedProxies.find((entry) => !ipaddr.isValid(entry) && !ipaddr.isValidCIDR(entry));
  if (badProxy)
    throw new AppError('INVALID_INPUT', `XINPING_TRUSTED_PROXIES 中的“${badProxy}”不是 IP 地址或网段（CIDR）`);
  const limits: Partial<ServerLimits> = {};
  const LIMIT_VARIABLES = {
    requestsPerMinute: 'XINPING_REQUESTS_PER_MINUTE',
    costlyPerAccountPerMinute: 'XINPING_COSTLY_PER_ACCOUNT_PER_MINUTE',
    costlyPerIpPerMinute: 'XINPING_COSTLY_PER_IP_PER_MINUTE',
  } as const;
  for (const [limit, name] of Object.entries(LIMIT_VARIABLES) as Array<[keyof typeof LIMIT_VARIABLES, string]>) {
    const value = Number(env[name]);
    if (Number.isInteger(value) && value > 0) limits[limit] = value;
  }
  return {
    logger: { level: env.XINPING_LOG_LEVEL || 'warn' },
    metricsToken: env.XINPING_METRICS_TOKEN || undefined,
    secureCookies: env.XINPING_SECURE_COOKIES === '1',
    ...network,
    limits,
  };
}
