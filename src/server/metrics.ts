import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import ipaddr from 'ipaddr.js';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { AppError } from '../domain/app-error.ts';
import { jobsOf } from '../services/jobs/job-registry.ts';
import { measureEvaluations, type EvaluationFigures } from '../services/operations/measure-evaluations.ts';
import { measureQueueBacklogs } from '../services/operations/measure-queue-backlogs.ts';
import { measureWebhookBacklog, type WebhookBacklog } from '../services/sharing/measure-webhook-backlog.ts';
import { PUBLIC } from './access.ts';
import type { ServerContext, ZodApp } from './server-context.ts';

/** Figures read from the store are reused this long: a scrape every few seconds must not count a million rows each time. */
const STORE_FIGURES_TTL_MS = 30_000;

/** Seconds; request latencies from a cached page to a full PDF report. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Seconds; jobs from an audit verification of a small store to a full re-evaluation of a province. */
const JOB_BUCKETS = [0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600];

/**
 * Prometheus metrics at GET /metrics (prom-client, one registry per server so test servers never share counters):
 * request latency per route pattern (never the raw URL, which carries codes and numbers), long jobs running and
 * their durations, evaluation counts, the webhook backlog and the depth of every queue. Readable only from this
 * machine without a proxy in between, or anywhere with `Authorization: Bearer $XINPING_METRICS_TOKEN`
 * (docs/deployment.md).
 */
export function registerMetrics(app: ZodApp, context: ServerContext, token: string | undefined): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'xinping_' });

  const latency = new Histogram({
    name: 'xinping_http_request_duration_seconds',
    help: 'HTTP request latency by route pattern',
    labelNames: ['method', 'route', 'status_code'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    latency.observe(
      { method: request.method, route: routeLabel(request), status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  const jobs = jobsOf(context.store);
  const jobDuration = new Histogram({
    name: 'xinping_job_duration_seconds',
    help: 'Duration of long jobs (re-evaluation, simulation, publication, import, audit verification) by kind and outcome',
    labelNames: ['kind', 'status'],
    buckets: JOB_BUCKETS,
    registers: [registry],
  });
  const stopListening = jobs.onFinished((job) => {
    if (job.finishedAt)
      jobDuration.observe(
        { kind: job.kind, status: job.status },
        (Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000,
      );
  });
  app.addHook('onClose', async () => stopListening());
  new Gauge({
    name: 'xinping_jobs_running',
    help: 'Long jobs running in this process, by kind (the queue is per process today)',
    labelNames: ['kind'],
    registers: [registry],
    collect() {
      this.reset();
      for (const job of jobs.list()) if (job.status === 'running') this.inc({ kind: job.kind });
    },
  });

  const readEvaluations = cached(() => measureEvaluations(context.store.db));
  new Gauge({
    name: 'xinping_evaluations_stored',
    help: 'Evaluations stored, by reason',
    labelNames: ['reason'],
    registers: [registry],
    async collect() {
      const figures: EvaluationFigures = await readEvaluations();
      this.reset();
      for (const [reason, count] of Object.entries(figures.storedByReason)) this.set({ reason }, count);
    },
  });
  new Gauge({
    name: 'xinping_enterprises_by_grade',
    help: 'Enterprises by their current grade',
    labelNames: ['grade'],
    registers: [registry],
    async collect() {
      const figures = await readEvaluations();
      this.reset();
      for (const [grade, count] of Object.entries(figures.currentGrades)) this.set({ grade }, count);
    },
  });

  const readBacklog = cached(() => measureWebhookBacklog(context.store.db));
  new Gauge({
    name: 'xinping_webhook_deliveries_pending',
    help: 'Webhook deliveries to active subscriptions not yet accepted',
    registers: [registry],
    async collect() {
      this.set((await readBacklog()).pending);
    },
  });
  new Gauge({
    name: 'xinping_webhook_oldest_pending_seconds',
    help: 'Age of the share event behind the oldest pending webhook delivery (0: none pending)',
    registers: [registry],
    async collect() {
      const backlog: WebhookBacklog = await readBacklog();
      this.set(backlog.oldestPendingSeconds);
    },
  });

  // Queue depths are read at every scrape (a few grouped counts over small tables), so an alert sees a queue that stops
  // moving within one scrape interval.
  let backlogs: ReturnType<typeof measureQueueBacklogs> | undefined;
  const readBacklogs = () =>
    (backlogs ??= measureQueueBacklogs(context.store.db).finally(() => (backlogs = undefined)));
  new Gauge({
    name: 'xinping_queue_jobs',
    help: 'Jobs of the PostgreSQL job queue not yet finished, by queue and state (created, retry, active)',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      const { jobs } = await readBacklogs();
      this.reset();
      for (const job of jobs) this.set({ queue: job.name, state: job.state }, job.count);
    },
  });
  new Gauge({
    name: 'xinping_notification_deliveries_queued',
    help: 'SMS and e-mail notifications queued and not yet sent, by channel',
    labelNames: ['channel'],
    registers: [registry],
    async collect() {
      const { notificationsQueued } = await readBacklogs();
      for (const [channel, count] of Object.entries(notificationsQueued)) this.set({ channel }, count);
    },
  });
  new Gauge({
    name: 'xinping_upward_batches_pending',
    help: 'Upward-sharing batches formed and not yet accepted by the provincial platform',
    registers: [registry],
    async collect() {
      this.set((await readBacklogs()).upwardBatchesPending);
    },
  });

  app.get(
    '/metrics',
    // Hidden from the API reference: for the monitoring system, not for API clients. Its own check below.
    { config: { access: PUBLIC, rateLimit: false }, schema: { hide: true } },
    async (request, reply) => {
      if (!isAllowedToScrape(request, token))
        throw new AppError(
          'FORBIDDEN',
          '监控指标只对本机开放；从其他地址读取须设置 XINPING_METRICS_TOKEN 并在请求头 Authorization 中携带该令牌',
        );
      reply.header('content-type', registry.contentType);
      return registry.metrics();
    },
  );
}

/** The route pattern (`/api/enterprises/:uscc`), never the URL itself; requests that matched no route share one label. */
function routeLabel(request: FastifyRequest): string {
  return request.routeOptions.url ?? 'unmatched';
}

function isAllowedToScrape(request: FastifyRequest, token: string | undefined): boolean {
  if (token) {
    const given = Buffer.from(request.headers.authorization ?? '');
    const expected = Buffer.from(`Bearer ${token}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  // A reverse proxy on this machine would make every client look local: a forwarded request is never local.
  const address = request.socket.remoteAddress ?? '';
  // ipaddr.js names the ranges, as for outbound addresses (outbound-address.ts): all of 127.0.0.0/8, ::1, and IPv4
  // loopback written as IPv6 (process() unwraps ::ffff:a.b.c.d).
  const isLoopback = ipaddr.isValid(address) && ipaddr.process(address).range() === 'loopback';
  return isLoopback && request.headers['x-forwarded-for'] === undefined && request.headers.forwarded === undefined;
}

function cached<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  let readAt = 0;
  return () => {
    if (!value || Date.now() - readAt > STORE_FIGURES_TTL_MS) {
      readAt = Date.now();
      value = read().catch((error: unknown) => {
        value = undefined;
        throw error;
      });
    }
    return value;
  };
}
