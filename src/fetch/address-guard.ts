import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { FetchError } from './types.ts';

/**
 * SSRF guard. Every address a host name resolves to must be public unicast, unless configuration allows it. The
 * check runs inside the socket's own DNS lookup, so the address we approve is the address we connect to (no window
 * for DNS rebinding), and on every redirect hop because each hop opens its own request.
 */

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** Public unicast only: IPv4 outside every special range, IPv6 inside global unicast 2000::/3 and no special range. */
export function isPublicAddress(text: string): boolean {
  const address = parseAddress(text);
  if (!address) return false;
  if (address.kind() === 'ipv4') return address.range() === 'unicast';
  const v6 = address as ipaddr.IPv6;
  return v6.range() === 'unicast' && (v6.parts[0]! & 0xe000) === 0x2000;
}

/** Parses an address, unwrapping IPv4-mapped IPv6 so ::ffff:10.0.0.1 is judged as 10.0.0.1. */
function parseAddress(text: string): Address | null {
  const bare = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return null;
  return ipaddr.process(bare);
}

export class AddressGuard {
  private readonly allowAll: boolean;
  private readonly allowed: [Address, number][];

  /** `allowPrivateNetworks` from configuration: false, true, or CIDRs such as "127.0.0.0/8". */
  constructor(allowPrivateNetworks: boolean | string[]) {
    this.allowAll = allowPrivateNetworks === true;
    this.allowed = Array.isArray(allowPrivateNetworks)
      ? allowPrivateNetworks.map((cidr) => {
          try {
            return ipaddr.parseCIDR(cidr);
          } catch {
            throw new Error(`fetch.allowPrivateNetworks: "${cidr}" is not a CIDR such as "127.0.0.0/8"`);
          }
        })
      : [];
  }

  allows(text: string): boolean {
    if (this.allowAll || isPublicAddress(text)) return true;
    const address = parseAddress(text);
    if (!address) return false;
    return this.allowed.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
  }

  /**
   * Refuses a URL whose host is a literal address that is not allowed. Sockets skip DNS for literals, so this is
   * the only check they get; it runs before any connection is opened.
   */
  checkLiteral(url: URL): void {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (ipaddr.isValid(host) && !this.allows(host)) {
      throw new FetchError('blocked_address', url.href, `refusing to connect to non-public address ${host}`);
    }
  }

  /** A `lookup` for http.request that resolves every address of the host and fails if any is not allowed. */
  lookupFor(url: string): LookupFunction {
    return (hostname, options, callback) => {
      dns.lookup(hostname, { all: true, family: options.family, hints: options.hints }, (err, addresses) => {
        if (err) return callback(err, '', 0);
        const refused = addresses.find((a) => !this.allows(a.address));
        if (refused) {
          const message = `${hostname} resolves to non-public address ${refused.address}`;
          return callback(new FetchError('blocked_address', url, message), '', 0);
        }
        if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
        const first = addresses[0]!;
        callback(null, first.address, first.family);
      });
    };
  }
}
