// Who is on the other end of a request: the socket's address, or, when the socket belongs to a
// reverse proxy the desk was told to trust (TRUSTED_PROXIES), the address that proxy forwarded.
// Pure (node:net only), so the server entry point and the unit tests share it.
import net from 'node:net';

/** The request header the desk's own HTTP server sets (after deleting any copy a client sent). */
export const CLIENT_ADDRESS_HEADER = 'x-quote-desk-client-address';

/** Forwarding headers that only a trusted proxy may set; from anyone else they are dropped. */
export const FORWARDING_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded'] as const;

/** "::ffff:127.0.0.1" (an IPv4 peer on a dual-stack socket) is 127.0.0.1. */
export function normalizeAddress(address: string | undefined | null): string | null {
  if (!address) return null;
  const trimmed = address.trim().replace(/^\[(.*)\]$/, '$1');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(trimmed);
  const value = mapped ? mapped[1]! : trimmed;
  return net.isIP(value) ? value.toLowerCase() : null;
}

export type TrustedProxies = { list: net.BlockList; size: number; entries: readonly string[] };

/**
 * Parses TRUSTED_PROXIES: comma-separated addresses or CIDR ranges ("127.0.0.1, 10.0.0.0/8, ::1").
 * A wrong entry is an error at start-up, not a silently ignored rule.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new net.BlockList();
  const entries = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const entry of entries) {
    const [addr, bits, extra] = entry.split('/');
    const ip = normalizeAddress(addr);
    if (!ip || extra !== undefined) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range.`);
    const family = net.isIPv4(ip) ? 'ipv4' : 'ipv6';
    if (bits === undefined) {
      list.addAddress(ip, family);
      continue;
    }
    const prefix = Number(bits);
    const max = family === 'ipv4' ? 32 : 128;
    if (!/^\d+$/.test(bits) || prefix > max) throw new Error(`TRUSTED_PROXIES: "${entry}" has a bad prefix length.`);
    list.addSubnet(ip, prefix, family);
  }
  return { list, size: entries.length, entries };
}

export function isTrustedProxy(address: string | null, proxies: TrustedProxies): boolean {
  if (!address || proxies.size === 0) return false;
  return proxies.list.check(address, net.isIPv4(address) ? 'ipv4' : 'ipv6');
}

/**
 * The client's address. Without a trusted proxy in front, the socket's own address: a client
 * cannot forge it. Behind trusted proxies, X-Forwarded-For is read from the right, skipping the
 * trusted hops; the first untrusted entry was written by a trusted proxy, so it is real. Entries
 * further left were sent by the client and are ignored.
 */
export function clientAddress(
  socketAddress: string | undefined | null,
  forwardedFor: string | string[] | undefined | null,
  proxies: TrustedProxies,
): string {
  const peer = normalizeAddress(socketAddress);
  if (!peer) return 'unknown';
  if (!isTrustedProxy(peer, proxies) || !forwardedFor) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map((s) => s.trim());
  let nearest = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    // A value a trusted proxy wrote that is not an address: the last hop we can vouch for.
    if (!hop) return nearest;
    if (!isTrustedProxy(hop, proxies)) return hop;
    nearest = hop;
  }
  return nearest;
}
