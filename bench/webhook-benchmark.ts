/**
 * Webhook delivery benchmark (npm run bench:webhooks, part of npm run bench): an in-memory PGlite store, a bank
 * subscribed by webhook to pushed lists, and a whitelist of N enterprises (2,500 by default) pushed to it as the
 * whitelist scheduler does; then one dispatch pass (what the server's dispatcher runs every interval) delivers to a
 * receiver on loopback (node:http, verifying every signature with the subscriber's helper). Three receivers:
 *   - answering at once, one event per request;
 *   - answering after 50 ms (a partner across a network, or one that does some work per request), one event per request;
 *   - answering after 50 ms, a subscriber that accepts batches of 50 events.
 * Figures: deliveries per second (N over the time from the push's commit to the last event's receipt), p99 lag
 * (push commit to receipt), requests in flight at once, deliveries per CPU second of this process (dispatcher,
 * PGlite and receiver together: what one free core would do), and the machine's load average before and after;
 * written to bench/results/webhooks.json.
 *
 *   node --import tsx bench/webhook-benchmark.ts [--enterprises 2500]
 */
import { parseArgs } from 'node:util';
import { syncCatalog } from '../src/services/catalog/sync-catalog.ts';
import { parseSecretKey } from '../src/services/import/protect-personal.ts';
import { dispatchWebhooks } from '../src/services/sharing/dispatch-webhooks.ts';
import { DEFAULT_WEBHOOK_SETTINGS } from '../src/services/sharing/webhook-settings.ts';
import { LOOPBACK_RECEIVERS, pushWhitelistOf, startWebhookBank } from '../src/services/sharing/webhook-test-support.ts';
import { openStore } from '../src/store/connect.ts';
import { measure, writeBenchResult } from './bench-record.ts';

const { values } = parseArgs({ options: { enterprises: { type: 'string', default: '2500' } } });
const enterpriseCount = Number(values.enterprises);
const TARGET_PER_SECOND = 200;

const store = await openStore({ dataDir: '' }, { memory: true });
await syncCatalog(store.db);
const key = parseSecretKey('ef'.repeat(32));
const settings = { ...DEFAULT_WEBHOOK_SETTINGS, allowedReceivers: LOOPBACK_RECEIVERS };

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
const round = (value: number, decimals = 1) => Math.round(value * 10 ** decimals) / 10 ** decimals;

async function runScenario(name: string, options: { latencyMs: number; batchSize: number; prefix: string }) {
  process.stderr.write(`${name}：登记 ${enterpriseCount} 家企业并推送白名单…\n`);
  const { receiver, subscriptionId, usccs } = await startWebhookBank(store.db, key, {
    enterprises: enterpriseCount,
    bank: `bench-${options.prefix.toLowerCase()}`,
    prefix: options.prefix,
    batchSize: options.batchSize,
    latencyMs: options.latencyMs,
  });
  await pushWhitelistOf(store.db, usccs);
  const committed = performance.now();
  const timed = await measure(async () => {
    let passes = 0;
    while (receiver.application.length < usccs.length && passes < 20) {
      await dispatchWebhooks(store.db, key, settings);
      passes += 1;
    }
    return passes;
  });
  const lags = receiver.application.map(({ receivedAt }) => receivedAt - committed).sort((a, b) => a - b);
  const seconds = (lags.at(-1) ?? 0) / 1000;
  const delivered = new Set(receiver.application.map(({ event }) => event.id)).size;
  const badSignatures = receiver.verdicts.filter((verdict) => verdict !== 'ok').length;
  await store.db.updateTable('subscriptions').set({ active: false }).where('id', '=', subscriptionId).execute();
  await receiver.close();
  const figure = {
    scenario: name,
    receiverLatencyMs: options.latencyMs,
    eventsPerRequest: options.batchSize,
    deliveries: delivered,
    requests: receiver.requests.length,
    dispatchPasses: timed.value,
    seconds: round(seconds, 2),
    deliveriesPerSecond: round(delivered / Math.max(seconds, 0.001)),
    p50LagMs: round(percentile(lags, 0.5)),
    p99LagMs: round(percentile(lags, 0.99)),
    mostRequestsInFlight: receiver.mostConcurrent,
    refusedSignatures: badSignatures,
    cpuSeconds: timed.cpuSeconds,
    // On a shared machine the wall clock mostly measures the queue for a core; CPU time per delivery does not.
    deliveriesPerCpuSecond: round(delivered / Math.max(timed.cpuSeconds, 0.001)),
    loadBefore: timed.loadBefore,
    loadAfter: timed.loadAfter,
    meetsTarget: delivered / Math.max(seconds, 0.001) >= TARGET_PER_SECOND,
  };
  process.stderr.write(`  ${JSON.stringify(figure)}\n`);
  return figure;
}

const scenarios = [
  await runScenario('接收方即时应答，逐条推送', { latencyMs: 0, batchSize: 1, prefix: 'BA' }),
  await runScenario('接收方每次应答 50 毫秒，逐条推送', { latencyMs: 50, batchSize: 1, prefix: 'BB' }),
  await runScenario('接收方每次应答 50 毫秒，每批 50 条', { latencyMs: 50, batchSize: 50, prefix: 'BC' }),
];
await store.close();

const file = writeBenchResult('webhooks', {
  description:
    'Webhook 投递：白名单推送给一家订阅了“推送名单更新”的金融机构，服务内投递器一轮投递到本机回环地址上的接收方（校验每个签名）',
  engine: 'pglite (in memory)',
  enterprises: enterpriseCount,
  target: { deliveriesPerSecond: TARGET_PER_SECOND, order: '同一订阅内同一企业的事件按编号顺序送达' },
  settings: {
    maxInFlight: settings.maxInFlight,
    claimPerRound: settings.batchSize,
    timeoutMs: settings.timeoutMs,
  },
  scenarios,
  before: {
    description:
      '改动前（提交 5480c17，同一台机器，负载约 8）：同一订阅逐条顺序发送、每条新建连接、每条一次数据库更新；529 条白名单推送',
    receiverAtOnce: { deliveriesPerSecond: 387 },
    receiver50Ms: { deliveriesPerSecond: 17.7 },
  },
});
process.stderr.write(`结果已写入 ${file}\n`);
