import { describe, expect, it } from 'vitest';
import { clientAddress, normalizeAddress, parseTrustedProxies } from './client-address';

const none = parseTrustedProxies(undefined);
const proxy = parseTrustedProxies('127.0.0.1, 10.0.0.0/8, ::1');

describe('clientAddress', () => {
  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', none)).toBe('203.0.113.7');
    expect(clientAddress('127.0.0.1', '198.51.100.1', none)).toBe('127.0.0.1');
  });

  it('reads X-Forwarded-For only when the socket is a trusted proxy', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.1', proxy)).toBe('198.51.100.1');
    expect(clientAddress('203.0.113.7', '198.51.100.1', proxy)).toBe('203.0.113.7');
  });

  it('takes the rightmost untrusted hop: entries a client prepends gain nothing', () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the real address.
    expect(clientAddress('127.0.0.1', '1.2.3.4, 198.51.100.1', proxy)).toBe('198.51.100.1');
    expect(clientAddress('127.0.0.1', '1.2.3.4, 198.51.100.1, 10.1.2.3', proxy)).toBe('198.51.100.1');
    expect(clientAddress('127.0.0.1', ['1.2.3.4', '198.51.100.1'], proxy)).toBe('198.51.100.1');
  });

  it('falls back to the last trusted hop when a proxy forwarded something that is not an address', () => {
    expect(clientAddress('127.0.0.1', 'garbage', proxy)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '198.51.100.1, not-an-ip, 10.0.0.2', proxy)).toBe('10.0.0.2');
  });

  it('treats IPv4-mapped IPv6 socket addresses as IPv4', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.9', proxy)).toBe('198.51.100.9');
    expect(clientAddress('::1', '2001:db8::5', proxy)).toBe('2001:db8::5');
  });

  it('has one bucket for a socket without an address', () => {
    expect(clientAddress(undefined, '1.2.3.4', proxy)).toBe('unknown');
  });
});

describe('parseTrustedProxies', () => {
  it('refuses entries that are not addresses or ranges, naming them', () => {
    expect(() => parseTrustedProxies('proxy.local')).toThrow(/"proxy.local"/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/prefix/);
    expect(() => parseTrustedProxies('10.0.0.0/8/1')).toThrow(/10.0.0.0\/8\/1/);
  });

  it('accepts an empty setting as "no proxy"', () => {
    expect(parseTrustedProxies('').size).toBe(0);
    expect(parseTrustedProxies(' , ').size).toBe(0);
  });
});
