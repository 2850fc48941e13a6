import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { AppError } from '../../src/domain/app-error.ts';
import {
  isAllowedAddress,
  parseOutboundAllowList,
  parseOutboundUrl,
  resolveOutboundHost,
} from '../../src/services/outbound/outbound-address.ts';
import { postOutbound } from '../../src/services/outbound/post-outbound.ts';

/**
 * Replays the webhook probes of docs/security.md (bank and department accounts registered loopback, metadata and
 * intranet addresses, and the platform POSTed to loopback). Nothing here sends a request to a non-loopback address:
 * other ranges are checked through the address check itself, delivery only with loopback spellings.
 */
const NOBODY = parseOutboundAllowList([]);

describe('outbound address check', () => {
  test('loopback, private, link-local (cloud metadata), carrier-grade NAT, multicast, unspecified and IPv6 special addresses are refused', () => {
    const refused = [
      '127.0.0.1',
      '127.1.2.3',
      '::1',
      '0.0.0.0',
      '::',
      '10.0.0.1',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.100.100.200',
      '224.0.0.1',
      '255.255.255.255',
      'fe80::1',
      'fd00:ec2::254',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:169.254.169.254',
      '64:ff9b::7f00:1',
      '2002:7f00:1::1',
      '198.18.0.1',
    ];
    for (const address of refused) assert.equal(isAllowedAddress(address, NOBODY), false, `${address} must be refused`);
  });

  test('public addresses are allowed, and an intranet receiver only through the allow-list', () => {
    for (const address of ['93.184.216.34', '114.114.114.114', '2400:3200::1'])
      assert.equal(isAllowedAddress(address, NOBODY), true, `${address} is public`);
    const intranet = parseOutboundAllowList(['10.20.0.0/16', '192.168.7.9']);
    assert.equal(isAllowedAddress('10.20.3.4', intranet), true);
    assert.equal(isAllowedAddress('192.168.7.9', intranet), true);
    assert.equal(isAllowedAddress('10.21.0.1', intranet), false, 'outside the allowed range');
    assert.equal(isAllowedAddress('127.0.0.1', intranet), false);
    assert.throws(() => parseOutboundAllowList(['10.0.0.0/33x']), AppError, 'a malformed entry stops the start-up');
  });

  test('every spelling of loopback and metadata in a URL, and credentials in a URL, are refused before any connection', () => {
    const probes = [
      'http://127.0.0.1/hook',
      'http://[::1]/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/hook',
      'http://0x7f.0.0.1/hook',
      'http://2130706433/hook',
      'http://0177.0.0.1/hook',
      'http://127.1/hook',
      'http://[::ffff:7f00:1]/hook',
      'https://user:pass@example.com/hook',
      'https://token@example.com/hook',
      'ftp://example.com/hook',
      'file:///etc/passwd',
      'gopher://127.0.0.1:6379/_',
      'not a url',
    ];
    for (const url of probes)
      assert.throws(
        () => parseOutboundUrl(url, NOBODY),
        (error: unknown) => error instanceof AppError && /[\u4e00-\u9fa5]/.test(error.userMessage),
        url,
      );
    assert.equal(parseOutboundUrl('https://hooks.example.com/x', NOBODY).hostname, 'hooks.example.com');
  });

  test('a host name is judged by the addresses it resolves to: localhost is loopback', async () => {
    await assert.rejects(resolveOutboundHost('localhost', NOBODY), AppError);
    assert.deepEqual(
      (await resolveOutboundHost('localhost', parseOutboundAllowList(['localhost']))).length > 0,
      true,
      'an allowed host name is trusted as named',
    );
  });
});

describe('outbound delivery', () => {
  let server: http.Server;
  let port: number;
  const received: string[] = [];

  before(async () => {
    server = http.createServer((request, response) => {
      received.push(String(request.url));
      if (request.url === '/redirect')
        return void response.writeHead(302, { location: `http://127.0.0.1:${port}/redirected` }).end();
      response.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const post = (url: string, allowed: string[] = []) =>
    postOutbound(
      url,
      { headers: { 'content-type': 'application/json' }, body: '{}', timeoutMs: 2_000 },
      parseOutboundAllowList(allowed),
    );

  test('the platform does not POST to loopback under any spelling unless an operator allowed it', async () => {
    received.length = 0;
    for (const host of ['127.0.0.1', '0x7f.0.0.1', '2130706433', '127.1', 'localhost', '[::ffff:127.0.0.1]']) {
      const result = await post(`http://${host}:${port}/probe`);
      assert.equal(result.ok, false, host);
      assert.match(result.error ?? '', /^拒绝投递：/, host);
    }
    assert.deepEqual(received, [], 'the receiver on loopback got nothing');
    const allowed = await post(`http://localhost:${port}/allowed`, ['127.0.0.1/32', '::1/128']);
    assert.deepEqual({ ok: allowed.ok, status: allowed.status }, { ok: true, status: 204 });
    assert.deepEqual(received, ['/allowed']);
  });

  test('redirects are not followed: a 3xx is a failed delivery and its target gets nothing', async () => {
    received.length = 0;
    const result = await post(`http://127.0.0.1:${port}/redirect`, ['127.0.0.1/32']);
    assert.deepEqual({ ok: result.ok, status: result.status }, { ok: false, status: 302 });
    assert.deepEqual(received, ['/redirect']);
  });
});
