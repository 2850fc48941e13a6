import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { findEnterpriseRefsByUscc } from '../../store/enterprise.repository.ts';
import { createUser } from '../accounts/create-user.ts';
import { registerEnterprises } from '../enterprises/register-enterprises.ts';
import type { SecretKey } from '../import/protect-personal.ts';
import { pushWhitelistGeneration } from '../whitelist/push-whitelist-generation.ts';
import { loadWhitelistRules } from '../whitelist/whitelist-rules.ts';
import { createSubscription } from './create-subscription.ts';
import type { SharedEvent } from './share-event.ts';
import { verifyWebhookSignature } from './webhook-signature.ts';

/** Receivers in tests and the benchmark listen on loopback: allowed explicitly, as an operator allows an intranet one. */
export const LOOPBACK_RECEIVERS = ['127.0.0.1/32'];
const TOLERANCE_SECONDS = 300;

export interface ReceivedEvent {
  event: SharedEvent;
  /** performance.now() when the receiver handed it to its application. */
  receivedAt: number;
}

export interface WebhookReceiver {
  url: string;
  /** The subscription's signing secret the receiver verifies with. */
  secret: string;
  /** Events handed to the application (each event id once), in the order they arrived. */
  application: ReceivedEvent[];
  /** Every request's verdict: ok, replayed, bad-signature, stale, missing-header, or the status it was refused with. */
  verdicts: string[];
  /** Every request as received: headers and raw body. */
  requests: Array<{ headers: http.IncomingHttpHeaders; body: string; at: number }>;
  /** Requests that carried a batch body. */
  batches: number;
  /** Most events one request carried. */
  largestRequest: number;
  /** Most requests that were in progress at the same time. */
  mostConcurrent: number;
  /** Until this many more requests have arrived, answer 503 (with `Retry-After` when retryAfterSeconds is set). */
  refuseNext(count: number, retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

/**
 * A subscriber's receiver written as a subscriber would: verify with the helper, hand each new event to the
 * application once, answer 2xx to a replay without handing it over again. `latencyMs` delays every answer (a receiver
 * on a real network).
 */
export async function startWebhookReceiver(
  secret: string,
  options: { latencyMs?: number } = {},
): Promise<WebhookReceiver> {
  const seen = new Set<string>();
  const receiver: Omit<WebhookReceiver, 'url' | 'secret' | 'close' | 'refuseNext'> = {
    application: [],
    verdicts: [],
    requests: [],
    batches: 0,
    largestRequest: 0,
    mostConcurrent: 0,
  };
  let refusing = 0;
  let retryAfter: number | undefined;
  let concurrent = 0;
  const server = http.createServer((request, response) => {
    concurrent += 1;
    receiver.mostConcurrent = Math.max(receiver.mostConcurrent, concurrent);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answer = (status: number, headers: Record<string, string> = {}) => {
        const send = () => {
          concurrent -= 1;
          response.writeHead(status, headers).end();
        };
        if (options.latencyMs) setTimeout(send, options.latencyMs);
        else send();
      };
      const body = Buffer.concat(chunks).toString('utf8');
      receiver.requests.push({ headers: request.headers, body, at: performance.now() });
      if (refusing > 0) {
        refusing -= 1;
        receiver.verdicts.push('503');
        return answer(503, retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) });
      }
      const verdict = verifyWebhookSignature(secret, request.headers, body, TOLERANCE_SECONDS, seen);
      receiver.verdicts.push(verdict.ok ? 'ok' : verdict.reason);
      if (!verdict.ok) return answer(verdict.reason === 'replayed' ? 200 : 401);
      const parsed = JSON.parse(body) as SharedEvent | { events: SharedEvent[] };
      const events = 'events' in parsed ? parsed.events : [parsed];
      if ('events' in parsed) receiver.batches += 1;
      receiver.largestRequest = Math.max(receiver.largestRequest, events.length);
      const fresh = new Set(verdict.freshEventIds);
      const now = performance.now();
      for (const event of events)
        if (fresh.has(String(event.id))) receiver.application.push({ event, receivedAt: now });
      answer(204);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}/xinping-hook`,
    secret,
    refuseNext(count: number, retryAfterSeconds?: number) {
      refusing = count;
      retryAfter = retryAfterSeconds;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  }) as WebhookReceiver;
}

/**
 * A bank subscribed by webhook to pushed lists (list_updated), its receiver on loopback, and `enterprises` registered
 * enterprises (USCCs made from `prefix`) ready to be listed.
 */
export async function startWebhookBank(
  db: Kysely<Database>,
  key: SecretKey,
  options: { enterprises: number; bank: string; prefix: string; batchSize?: number; latencyMs?: number },
): Promise<{ receiver: WebhookReceiver; subscriptionId: number; usccs: string[] }> {
  const usccs = Array.from({ length: options.enterprises }, (_, index) =>
    makeUscc(`91420703${makeOrganizationCode(`${options.prefix}${String(index).padStart(6, '0')}`)}`),
  );
  for (let start = 0; start < usccs.length; start += 1_000)
    await registerEnterprises(
      db,
      '测试',
      usccs.slice(start, start + 1_000).map((uscc, index) => ({
        uscc,
        name: `鄂州华容推送${options.prefix}${start + index}科技有限公司`,
        legalRepresentative: null,
        status: '存续',
        industryCode: 'I65',
        registeredOn: '2018-01-01',
      })),
      { today: '2026-11-01' },
    );
  const bank = await createUser(
    db,
    '测试',
    { username: options.bank, displayName: `${options.bank} 银行`, role: 'bank', password: 'bank-password-1' },
    { isDemo: true },
  );
  const created = await createSubscription(
    db,
    key,
    {
      userId: bank.id,
      username: options.bank,
      displayName: bank.displayName,
      role: 'bank',
      departmentCode: null,
      uscc: null,
      via: 'session',
      tokenId: null,
      scopes: ['read', 'write'],
    },
    {
      name: '白名单推送',
      eventTypes: ['list_updated'],
      delivery: 'webhook',
      url: 'http://127.0.0.1:9/unused',
      batchSize: options.batchSize ?? 1,
    },
    LOOPBACK_RECEIVERS,
  );
  const receiver = await startWebhookReceiver(created.secret!, { latencyMs: options.latencyMs });
  await db.updateTable('subscriptions').set({ url: receiver.url }).where('id', '=', created.subscription.id).execute();
  return { receiver, subscriptionId: created.subscription.id, usccs };
}

/**
 * Generates a whitelist generation listing `usccs` (in that order) and pushes it to every subscribed bank, as the
 * whitelist scheduler does (pushWhitelistGeneration): new entries are added, entries no longer listed withdrawn.
 */
export async function pushWhitelistOf(db: Kysely<Database>, usccs: string[]): Promise<number> {
  const rules = loadWhitelistRules();
  const generation = await db
    .insertInto('whitelist_generations')
    .values({
      list_code: rules.listCode,
      as_of: '2026-11-05',
      period: null,
      trigger: 'manual',
      triggered_by: '测试',
      rules_digest: 'test',
      rules: JSON.stringify({}),
      model_version_id: null,
      candidates: usccs.length,
      ungraded: 0,
      excluded_by_grade: 0,
      excluded_by_records: 0,
      listed: usccs.length,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const idOf = new Map<string, number>();
  for (let start = 0; start < usccs.length; start += 1_000)
    for (const row of await findEnterpriseRefsByUscc(db, usccs.slice(start, start + 1_000)))
      idOf.set(row.uscc, Number(row.id));
  for (let start = 0; start < usccs.length; start += 1_000)
    await db
      .insertInto('whitelist_entries')
      .values(
        usccs.slice(start, start + 1_000).map((uscc, index) => ({
          generation_id: Number(generation.id),
          enterprise_id: idOf.get(uscc)!,
          rank: start + index + 1,
          grade: 'A',
          score: 90,
          evaluated_on: '2026-11-01',
          valid_patents: 1,
          valid_invention_patents: 1,
          is_priority: true,
        })),
      )
      .execute();
  await pushWhitelistGeneration(db, Number(generation.id), rules, '测试');
  return Number(generation.id);
}
