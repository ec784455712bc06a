import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * The SSRF guard of webhook endpoints. A subscriber URL may point anywhere on the public
 * internet, never into the portal's own networks: loopback, private (RFC 1918), link-local
 * (169.254.0.0/16 with the cloud metadata service, fe80::/10), unique-local (fc00::/7),
 * carrier-grade NAT, multicast, broadcast, unspecified, reserved and documentation ranges,
 * and the IPv6 forms that embed an IPv4 address (IPv4-mapped, 6to4, NAT64, Teredo) are all
 * refused. Only ipaddr.js's `unicast` range (global unicast) passes.
 *
 * The check runs when a subscription is saved AND at every delivery, on the address the
 * connection then actually uses: the name is resolved once, checked, and the socket is
 * opened to that very address (see http-post.ts) — a DNS answer that changes between the
 * check and the connection (DNS rebinding) cannot slip through.
 */

export type AddressRange = ReturnType<ipaddr.IPv4['range']> | ReturnType<ipaddr.IPv6['range']>;

/** The range of an IP address (IPv4-mapped IPv6 judged as its IPv4 address); null when it is not an address. */
export function addressRange(address: string): AddressRange | null {
  if (!ipaddr.isValid(address)) return null;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range();
}

/** True only for a global unicast address. */
export const isPublicAddress = (address: string): boolean => addressRange(address) === 'unicast';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map((answer) => ({ address: answer.address, family: answer.family === 6 ? 6 : 4 }));
};

/** Why an endpoint is refused: said to the subscriber (problem detail) and kept in the delivery log. */
export class WebhookAddressError extends Error {
  constructor(
    message: string,
    readonly reason: 'scheme' | 'unresolvable' | 'address',
  ) {
    super(message);
    this.name = 'WebhookAddressError';
  }
}

/** `hooks.example.vn`, `10.0.0.5:8443`, `[::1]:9000` → host (no brackets) and port (null: any). */
export function parseAllowedHost(entry: string): { host: string; port: number | null } {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(entry.trim().toLowerCase());
  if (!match) return { host: entry.trim().toLowerCase(), port: null };
  return { host: match[1]!.replace(/^\[|\]$/g, ''), port: match[2] ? Number(match[2]) : null };
}

const hostOf = (url: URL): string => url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
const portOf = (url: URL): number => (url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80);

/** The setting WEBHOOK_ALLOWED_HOSTS lets this URL's host (and port) through despite its address. */
export function isAllowedHost(url: URL, allowedHosts: readonly string[]): boolean {
  const host = hostOf(url);
  const port = portOf(url);
  return allowedHosts.some((entry) => {
    const allowed = parseAllowedHost(entry);
    return allowed.host === host && (allowed.port === null || allowed.port === port);
  });
}

export interface AddressGuardOptions {
  /** Production accepts https only */
  requireHttps: boolean;
  /** WEBHOOK_ALLOWED_HOSTS */
  allowedHosts: readonly string[];
  resolver?: Resolver;
}

/**
 * The address to connect to for `url`, checked. Every answer of the name must be public
 * (one internal answer among public ones is refused: a resolver could return either).
 * Throws WebhookAddressError.
 */
export async function resolveWebhookTarget(url: URL, options: AddressGuardOptions): Promise<ResolvedAddress> {
  if (url.protocol !== 'https:' && (options.requireHttps || url.protocol !== 'http:')) {
    throw new WebhookAddressError('only https:// endpoints are accepted', 'scheme');
  }
  const host = hostOf(url);
  const allowed = isAllowedHost(url, options.allowedHosts);
  let addresses: ResolvedAddress[];
  const literal = isIP(host);
  if (literal) {
    addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await (options.resolver ?? systemResolver)(host);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) throw new WebhookAddressError(`the host name ${host} does not resolve`, 'unresolvable');
  }
  if (!allowed) {
    for (const { address } of addresses) {
      const range = addressRange(address);
      if (range !== 'unicast') throw new WebhookAddressError(`${host} resolves to ${address}, a ${range ?? 'invalid'} address`, 'address');
    }
  }
  return addresses[0]!;
}
