import dns from 'node:dns';
import ipaddr from 'ipaddr.js';
import { AppError } from '../../domain/app-error.ts';

/**
 * Where the platform may send requests of its own (webhooks, and any future callback): only public unicast
 * addresses, so a registered URL cannot make the platform reach its own host, the intranet or a cloud metadata
 * service (SSRF). ipaddr.js names every special range (loopback, private, link-local with
 * 169.254.169.254, carrier-grade NAT with 100.100.100.200, multicast, unique-local, NAT64, 6to4, Teredo …); anything
 * it does not call `unicast` is refused. A department's own intranet receiver is reached only through the
 * operator's allow-list: CIDRs (`10.20.0.0/16`) or host names (`hooks.scjg.gov.local`).
 */
export interface OutboundAllowList {
  ranges: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>;
  hosts: Set<string>;
}

/** Parses the operator's allow-list; a malformed entry stops the start-up instead of being ignored. */
export function parseOutboundAllowList(entries: readonly string[]): OutboundAllowList {
  const allowList: OutboundAllowList = { ranges: [], hosts: new Set() };
  for (const raw of entries.map((entry) => entry.trim()).filter(Boolean)) {
    if (ipaddr.isValidCIDR(raw)) allowList.ranges.push(ipaddr.parseCIDR(raw));
    else if (ipaddr.isValid(raw)) {
      const address = ipaddr.process(raw);
      allowList.ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else if (/^[a-z0-9.-]+$/i.test(raw)) allowList.hosts.add(raw.toLowerCase());
    else throw new AppError('INVALID_INPUT', `外发地址白名单中“${raw}”既不是 IP 地址、CIDR，也不是主机名`);
  }
  return allowList;
}

/** Whether the platform may connect to this (resolved) address. */
export function isAllowedAddress(address: string, allowList: OutboundAllowList): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  if (allowList.ranges.some(([range, bits]) => range.kind() === parsed.kind() && parsed.match(range, bits)))
    return true;
  return parsed.range() === 'unicast';
}

/**
 * Checks what can be checked without the network: an http(s) URL without credentials (a URL carrying a password
 * would store it in the subscription and the audit trail) and, when its host is an address literal, an allowed one.
 * WHATWG URL parsing has already turned spellings like `0x7f.0.0.1` or `2130706433` into 127.0.0.1.
 */
export function parseOutboundUrl(text: string, allowList: OutboundAllowList): URL {
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || !['http:', 'https:'].includes(url.protocol))
    throw new AppError('INVALID_INPUT', '地址须为 http 或 https 地址');
  if (url.username || url.password) throw new AppError('INVALID_INPUT', '地址中不能包含用户名或密码');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host) && !isAllowedAddress(host, allowList))
    throw new AppError(
      'INVALID_INPUT',
      `地址 ${host} 属于本机、内网、链路本地、组播或云平台元数据等保留地址，平台不向其发送请求`,
    );
  return url;
}

/**
 * Resolves a host name and returns the addresses to connect to, refusing the name if any of them is not allowed (an
 * attacker's DNS may answer a public and a private address). Hosts on the allow-list are trusted as named.
 */
export async function resolveOutboundHost(
  hostname: string,
  allowList: OutboundAllowList,
): Promise<dns.LookupAddress[]> {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (ipaddr.isValid(host)) {
    if (!isAllowedAddress(host, allowList))
      throw new AppError(
        'INVALID_INPUT',
        `地址 ${host} 属于本机、内网、链路本地、组播或云平台元数据等保留地址，平台不向其发送请求`,
      );
    return [{ address: host, family: ipaddr.parse(host).kind() === 'ipv4' ? 4 : 6 }];
  }
  let addresses: dns.LookupAddress[];
  try {
    addresses = await dns.promises.lookup(host, { all: true, verbatim: true });
  } catch (error) {
    throw new AppError('INVALID_INPUT', `无法解析主机名 ${host}`, { cause: error });
  }
  if (allowList.hosts.has(host)) return addresses;
  const refused = addresses.filter((entry) => !isAllowedAddress(entry.address, allowList));
  if (refused.length > 0 || addresses.length === 0) {
    throw new AppError(
      'INVALID_INPUT',
      `主机名 ${host} 解析到保留地址 ${refused.map((entry) => entry.address).join('、')}，平台不向其发送请求`,
    );
  }
  return addresses;
}
