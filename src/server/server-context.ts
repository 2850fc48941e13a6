import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JobQueue } from '../store/job-queue.ts';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { SecretKey } from '../services/import/protect-personal.ts';
import type { SigningKey } from '../services/crypto/signing-key.ts';
import type { UnifiedLoginProvider } from '../services/accounts/unified-login/unified-login-provider.ts';
import type { UnifiedLoginSettings } from '../services/accounts/unified-login/unified-login-settings.ts';
import type { Store } from '../store/connect.ts';
import type { LogSetting } from './log-options.ts';

/** The Fastify instance with zod schemas as its type provider: handlers see validated, typed input. */
export type ZodApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse<IncomingMessage>,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Limits that protect the platform. Operational settings, not regulation: they live here. */
export interface ServerLimits {
  /** Largest request body in bytes (JSON); larger ones get 413. */
  bodyBytes: number;
  /** Largest body of a records push (a department's batch of records). */
  pushBodyBytes: number;
  /** Login attempts per IP address per minute, successful or not. */
  loginsPerIpPerMinute: number;
  /** Requests per minute per account (per IP for the anonymous public) on every other route. */
  requestsPerMinute: number;
  /** Requests per minute per account to costly routes (reports, PDFs, exports, bulk look-ups, background jobs). */
  costlyPerAccountPerMinute: number;
  /** Requests per minute per client address to costly routes, whoever is logged in (anonymous exports included). */
  costlyPerIpPerMinute: number;
}

export interface ServerOptions {
  /** Fastify's logger (pino, JSON lines; log-options.ts); off by default (tests), `serve` turns it on. */
  logger?: LogSetting;
  /** XINPING_METRICS_TOKEN: lets a monitoring system elsewhere read /metrics with this bearer token (metrics.ts). */
  metricsToken?: string;
  /** Directory of the personal-data key file when XINPING_SECRET_KEY is not set. */
  dataDir?: string;
  /** The personal-data key itself (tests); otherwise loaded from the environment or dataDir on first use. */
  secretKey?: SecretKey;
  /** Overrides catalog/account-security.yaml session_absolute_hours. */
  sessionLifetimeHours?: number;
  /** Mark the session cookie Secure (set when the platform is served over HTTPS). */
  secureCookies?: boolean;
  /** Reverse proxies (addresses or CIDRs) whose X-Forwarded-For gives the client address (rate limits, audit). */
  trustedProxies?: string[];
  /** Origins besides the server's own allowed to send state-changing requests from a browser. */
  allowedOrigins?: string[];
  /** Intranet webhook receivers allowed despite a private address (CIDRs or host names); default from the environment. */
  outboundAllowed?: string[];
  limits?: Partial<ServerLimits>;
  /** The built web application (default `web/dist`); when it is missing, `/` says how to build it. */
  webDist?: string;
  /** Unified login (OpenID Connect); null: off; default: XINPING_OIDC_* read on first use (unified-login-settings.ts). */
  unifiedLogin?: UnifiedLoginSettings | null;
  /**
   * PostgreSQL with several instances: the job queue shared with the workers (store/job-queue.ts). With it a full
   * evaluation is queued as shards for the workers instead of run in this process.
   */
  queue?: JobQueue;
}

export const DEFAULT_LIMITS: ServerLimits = {
  bodyBytes: 1024 * 1024,
  pushBodyBytes: 16 * 1024 * 1024,
  loginsPerIpPerMinute: 20,
  requestsPerMinute: 600,
  costlyPerAccountPerMinute: 10,
  costlyPerIpPerMinute: 30,
};

export type RateLimitCheck = (
  request: FastifyRequest,
  options?: { increment?: boolean },
) => Promise<{ isAllowed: boolean; isExceeded?: boolean; remaining?: number; ttlInSeconds?: number }>;

/** What route handlers get besides the request: the store and the resolved options. */
export interface ServerContext {
  store: Store;
  /** Absolute session lifetime; undefined: catalog/account-security.yaml. */
  sessionLifetimeMs: number | undefined;
  secureCookies: boolean;
  limits: ServerLimits;
  /** The personal-data key (XINPING_SECRET_KEY or <dataDir>/secret.key), loaded on first use. */
  secretKey(): SecretKey;
  /** The platform's signing key (SM2 by default; <dataDir>/keys/, or XINPING_SIGNING_KEY_FILE), loaded on first use. */
  signingKey(): SigningKey;
  /** The platform's data directory (attachments are stored under <dataDir>/attachments). */
  dataDir: string;
  /** Intranet webhook receivers allowed despite a private address (see outbound-address.ts). */
  outboundAllowed: string[];
  /** The unified identity service (政务服务网统一身份认证), or null when not configured; resolved on first use. */
  unifiedLogin(): UnifiedLoginProvider | null;
  /** The cluster's job queue (PostgreSQL deployments; ServerOptions.queue), else undefined. */
  queue: JobQueue | undefined;
}
