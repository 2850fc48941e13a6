import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { createServerFixture, type ServerFixture } from '../../server/server-test-fixture.ts';
import { addDataKeyFile, fieldKeyId } from '../crypto/data-cipher.ts';
import { reencryptStoredValues } from '../crypto/reencrypt-stored-values.ts';
import { loadSecretKey, revealPersonal } from '../import/protect-personal.ts';
import { ChannelNotifier } from './channel-notifier.ts';
import { readDeliverySettings, type DeliverySettings } from './delivery-settings.ts';
import { dispatchNotificationDeliveries } from './dispatch-notification-deliveries.ts';
import { currentNotifier, installNotifier } from './notifier.ts';
import { notifyGradeChanges } from './notify-grade-changes.ts';
import { SMS_HEADERS, signSmsRequest } from './send-sms.ts';

const PHONE = '13912345678';
const EMAIL = 'credit.officer@example.com';
const SMS_KEY = 'xinping-district';
const SMS_SECRET = 'sms-gateway-secret';
const SMTP_USER = 'xinping';
const SMTP_SECRET = 'smtp-secret';

interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/** Decodes RFC 2047 words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=) of a header. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const source = text.replace(/=\r?\n/g, '');
  for (let index = 0; index < source.length; index += 1) {
    if (source[index] === '=' && /^[0-9A-F]{2}$/i.test(source.slice(index + 1, index + 3))) {
      bytes.push(Number.parseInt(source.slice(index + 1, index + 3), 16));
      index += 2;
    } else bytes.push(...Buffer.from(source[index]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A single-part text message as nodemailer writes it: headers, then the body in its transfer encoding. */
function parseMail(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headerText = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map(
    headerText
      .split('\r\n')
      .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  const body = raw.slice(split + 4);
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return { subject: decodeHeader(headers.get('subject') ?? ''), text: text.replace(/\r\n/g, '\n') };
}

/** A real SMTP server (smtp-server) that requires the platform's login and keeps every message it accepts. */
async function startSmtpServer() {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_SECRET) return callback(null, { user: SMTP_USER });
      callback(new Error('认证失败'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((entry) => entry.address),
          ...parseMail(Buffer.concat(chunks).toString('utf8')),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

interface SmsCall {
  outId: string;
  phoneNumbers: string[];
  signName: string;
  templateId: string;
  templateParams: Record<string, string>;
  content: string;
}

/** An SMS gateway in the common template-id shape: checks the HMAC signature, answers `{ code: 'OK' }`, or 503 while down. */
async function startSmsGateway() {
  const calls: SmsCall[] = [];
  const state = { isDown: false };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (state.isDown) return void response.writeHead(503).end('网关维护中');
      const body = Buffer.concat(chunks).toString('utf8');
      const expected = signSmsRequest(
        { appKey: SMS_KEY, appSecret: SMS_SECRET },
        String(request.headers[SMS_HEADERS.timestamp]),
        String(request.headers[SMS_HEADERS.nonce]),
        body,
      );
      if (request.headers[SMS_HEADERS.appKey] !== SMS_KEY || request.headers[SMS_HEADERS.signature] !== expected)
        return void response
          .writeHead(401, { 'content-type': 'application/json' })
          .end('{"code":"SignatureDoesNotMatch"}');
      calls.push(JSON.parse(body) as SmsCall);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ code: 'OK', messageId: `SMS-${calls.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sms/send`,
    calls,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describeOnEachEngine('SMS and e-mail delivery of enterprise notifications', (current) => {
  let fixture: ServerFixture;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let gateway: Awaited<ReturnType<typeof startSmsGateway>>;
  let settings: DeliverySettings;
  let enterpriseId: number;
  let modelId: number;
  const savedEnvironment = { ...process.env };
  const previousNotifier = currentNotifier();
  const secretKey = () => loadSecretKey(fixture.dataDir, {});

  before(async () => {
    fixture = await createServerFixture(current());
    smtp = await startSmtpServer();
    gateway = await startSmsGateway();
    // The routes read the channels' configuration from the environment, as a deployment sets it.
    Object.assign(process.env, {
      XINPING_SMTP_HOST: '127.0.0.1',
      XINPING_SMTP_PORT: String(smtp.port),
      XINPING_SMTP_USER: SMTP_USER,
      XINPING_SMTP_SECRET: SMTP_SECRET,
      XINPING_SMTP_FROM: '鄂州市公共信用信息平台 <notice@credit.example.gov.cn>',
      XINPING_SMS_URL: gateway.url,
      XINPING_SMS_APP_KEY: SMS_KEY,
      XINPING_SMS_APP_SECRET: SMS_SECRET,
      XINPING_SMS_SIGN_NAME: '鄂州信用',
      XINPING_SMS_TEMPLATE_GRADE_CHANGE: 'SMS_GRADE_001',
      XINPING_OUTBOUND_ALLOWED: '127.0.0.1/32',
      XINPING_DELIVERY_BASE_DELAY_MS: '60000',
    });
    settings = readDeliverySettings();
    installNotifier(new ChannelNotifier(current().db, settings));
    enterpriseId = Number(
      (
        await current()
          .db.selectFrom('enterprises')
          .select('id')
          .where('uscc', '=', fixture.enterpriseA)
          .executeTakeFirstOrThrow()
      ).id,
    );
    modelId = Number(
      (
        await current()
          .db.insertInto('model_versions')
          .values({
            model_id: 'delivery-test',
            version: 'v1',
            digest: 'test',
            title: 'v1',
            dir: 'models/delivery-test/v1',
            status: 'published',
            published_at: new Date(),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  });
  after(async () => {
    installNotifier(previousNotifier);
    for (const name of Object.keys(process.env)) if (!(name in savedEnvironment)) delete process.env[name];
    await gateway?.close();
    await smtp?.close();
    await fixture?.close();
  });

  const evaluate = async (grade: string, score: number) => {
    await current()
      .db.insertInto('evaluations')
      .values({
        enterprise_id: enterpriseId,
        model_version_id: modelId,
        reason: 'test',
        as_of: todayInDistrict(),
        score,
        grade,
        vetoes: null,
        dimension_scores: Buffer.alloc(0),
        indicator_points: Buffer.alloc(0),
        fingerprint: 'f',
        result_hash: 0,
      })
      .execute();
  };
  const deliveries = () =>
    current()
      .db.selectFrom('notification_deliveries')
      .select(['id', 'channel', 'status', 'attempts', 'last_error', 'next_attempt_at'])
      .orderBy('id')
      .execute();

  test('an enterprise account turns on SMS and e-mail; the number and the address are stored encrypted and shown masked', async () => {
    const response = await fixture.injectAs('enterprise', {
      method: 'PUT',
      url: '/api/notification-channels',
      payload: { isSmsEnabled: true, isEmailEnabled: true, phone: PHONE, email: EMAIL },
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json(), {
      username: fixture.accounts.find((account) => account.role === 'enterprise')!.username,
      availableChannels: ['sms', 'email'],
      isSmsEnabled: true,
      isEmailEnabled: true,
      phoneMasked: '139****5678',
      emailMasked: 'c*************@example.com',
    });
    const stored = await current().db.selectFrom('notification_channels').selectAll().executeTakeFirstOrThrow();
    const rawRow = JSON.stringify(stored);
    assert.ok(!rawRow.includes(PHONE) && !rawRow.includes('12345678'), 'the raw row does not hold the number');
    assert.ok(!rawRow.includes(EMAIL) && !rawRow.includes('credit.officer'), 'the raw row does not hold the address');
    assert.equal(revealPersonal({ masked: '', cipher: stored.phone_cipher! }, secretKey()), PHONE);
    assert.equal(revealPersonal({ masked: '', cipher: stored.email_cipher! }, secretKey()), EMAIL);

    const refused = await fixture.injectAs('enterprise', {
      method: 'PUT',
      url: '/api/notification-channels',
      payload: { isSmsEnabled: true, isEmailEnabled: true, phone: '12345' },
    });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.json().error.message, /字段“手机号码”：应为中国大陆手机号码/);
  });

  test('a grade change delivers one e-mail to the SMTP server and one signed SMS request to the gateway, both in Chinese with the score change', async () => {
    await evaluate('B', 72.5);
    await evaluate('A', 85);
    assert.equal(await notifyGradeChanges(current().db, [enterpriseId]), 1);
    assert.deepEqual(
      (await deliveries()).map((row) => [row.channel, row.status]),
      [
        ['sms', 'queued'],
        ['email', 'queued'],
      ],
    );

    const pass = await dispatchNotificationDeliveries(current().db, settings, secretKey);
    assert.deepEqual(pass, { sent: 2, retrying: 0, failed: 0, deferred: 0 });

    assert.equal(smtp.mails.length, 1);
    const [mail] = smtp.mails;
    assert.deepEqual(mail!.to, [EMAIL]);
    assert.equal(mail!.subject, '【信用评价】信用评价等级上调');
    assert.match(mail!.text, /贵企业的公共信用综合评价等级由 B（72\.50 分）调整为 A（85\.00 分）。/);

    assert.equal(gateway.calls.length, 1);
    const [sms] = gateway.calls;
    assert.deepEqual(sms!.phoneNumbers, [PHONE]);
    assert.equal(sms!.signName, '鄂州信用');
    assert.equal(sms!.templateId, 'SMS_GRADE_001');
    assert.deepEqual(
      sms!.templateParams,
      { oldGrade: 'B', oldScore: '72.50', newGrade: 'A', newScore: '85.00' },
      'only what the template shows, not the inbox text',
    );
    assert.equal(sms!.content, '贵企业信用评价等级由B（72.50分）调整为A（85.00分），详情请登录信用平台查看。');
    assert.deepEqual(
      (await deliveries()).map((row) => [row.channel, row.status, Number(row.attempts)]),
      [
        ['sms', 'sent', 1],
        ['email', 'sent', 1],
      ],
    );
  });

  test('during a gateway outage the SMS stays queued with the error and is sent on the retry after its backoff', async () => {
    gateway.state.isDown = true;
    await evaluate('C', 58);
    assert.equal(await notifyGradeChanges(current().db, [enterpriseId]), 1);
    const duringOutage = await dispatchNotificationDeliveries(current().db, settings, secretKey);
    assert.deepEqual(duringOutage, { sent: 1, retrying: 1, failed: 0, deferred: 0 });
    const waiting = (await deliveries()).filter((row) => row.status === 'queued');
    assert.equal(waiting.length, 1);
    assert.equal(waiting[0]!.channel, 'sms');
    assert.equal(Number(waiting[0]!.attempts), 1);
    assert.match(waiting[0]!.last_error ?? '', /短信网关：接收方返回 HTTP 503/);
    assert.equal(gateway.calls.length, 1, 'nothing reached the gateway');

    gateway.state.isDown = false;
    const tooEarly = await dispatchNotificationDeliveries(current().db, settings, secretKey);
    assert.equal(tooEarly.sent, 0, 'the retry waits for its backoff');
    const later = new Date(new Date(waiting[0]!.next_attempt_at).getTime() + 1000);
    const retried = await dispatchNotificationDeliveries(current().db, settings, secretKey, { now: () => later });
    assert.deepEqual(retried, { sent: 1, retrying: 0, failed: 0, deferred: 0 });
    assert.equal(gateway.calls.length, 2);
    assert.match(gateway.calls[1]!.content, /由A（85\.00分）调整为C（58\.00分）/);
    const sent = (await deliveries()).find((row) => row.id === waiting[0]!.id)!;
    assert.equal(sent.status, 'sent');
    assert.equal(Number(sent.attempts), 2);
  });

  test('the console lists the deliveries with masked addresses, and an enterprise account cannot read the list', async () => {
    const response = await fixture.injectAs('admin', {
      method: 'GET',
      url: '/api/notification-deliveries?channel=sms',
    });
    assert.equal(response.statusCode, 200, response.body);
    const page = response.json();
    assert.equal(page.total, 2);
    assert.deepEqual(page.counts, { queued: 0, sent: 4, failed: 0 });
    assert.deepEqual(
      page.items.map((item: { recipient: string; statusLabel: string; attempts: number; noticeKindLabel: string }) => [
        item.recipient,
        item.statusLabel,
        item.attempts,
        item.noticeKindLabel,
      ]),
      [
        ['139****5678', '已发送', 2, '评价等级变化'],
        ['139****5678', '已发送', 1, '评价等级变化'],
      ],
    );
    assert.ok(!response.body.includes(PHONE));
    const enterprise = await fixture.injectAs('enterprise', { method: 'GET', url: '/api/notification-deliveries' });
    assert.equal(enterprise.statusCode, 403);
  });

  test('over the per-number limit of the catalog an SMS waits in the queue without counting an attempt', async () => {
    // Five more grade changes within the hour: the catalog allows 5 SMS an hour per number, 2 were sent already.
    const moves: Array<[string, number]> = [
      ['B', 75],
      ['C', 59],
      ['B', 76],
      ['C', 57],
      ['B', 77],
    ];
    for (const [grade, score] of moves) {
      await evaluate(grade, score);
      await notifyGradeChanges(current().db, [enterpriseId]);
    }
    // Dispatched within the millisecond the last one was queued: every queued delivery is due then. (They were once
    // stamped by the database's clock, with microseconds, and the last two were skipped by such a pass.)
    const queuedAt = (await deliveries()).filter((row) => row.status === 'queued').at(-1)!.next_attempt_at;
    const pass = await dispatchNotificationDeliveries(current().db, settings, secretKey, {
      now: () => new Date(queuedAt),
    });
    const rows = (await deliveries()).map((row) => [
      row.id,
      row.channel,
      row.status,
      row.attempts,
      row.next_attempt_at,
    ]);
    assert.equal(pass.deferred, 2, `the 6th and 7th SMS of the hour wait: ${JSON.stringify({ pass, rows })}`);
    assert.equal(pass.sent, 8, 'three SMS and five e-mails go out');
    const deferred = (await deliveries()).filter((row) => row.status === 'queued');
    assert.deepEqual(
      deferred.map((row) => [row.channel, Number(row.attempts)]),
      [
        ['sms', 0],
        ['sms', 0],
      ],
    );
    assert.match(deferred[0]!.last_error ?? '', /发送频率上限/);
  });

  test('after a key rotation the stored number, address and queued copies are re-encrypted under the new key and still decrypt', async () => {
    const newKeyId = addDataKeyFile(fixture.dataDir);
    const { rewritten } = await reencryptStoredValues(current().db, secretKey());
    assert.ok(rewritten >= 2 + 1, `${rewritten} ciphers rewritten`);
    const stored = await current().db.selectFrom('notification_channels').selectAll().executeTakeFirstOrThrow();
    assert.equal(fieldKeyId(stored.phone_cipher!), newKeyId);
    assert.equal(revealPersonal({ masked: '', cipher: stored.phone_cipher! }, secretKey()), PHONE);
    assert.equal(revealPersonal({ masked: '', cipher: stored.email_cipher! }, secretKey()), EMAIL);
    const copies = await current()
      .db.selectFrom('notification_deliveries')
      .select('recipient_cipher')
      .distinct()
      .execute();
    assert.deepEqual(
      copies.map((row) => fieldKeyId(row.recipient_cipher)),
      [newKeyId, newKeyId],
      'the SMS and the e-mail copies',
    );
  });
});
