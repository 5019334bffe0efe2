import { describe, expect, it } from 'vitest';
import { FixedWindowLimiter, clientAddress, publicRateLimit } from './rate-limit';

describe('FixedWindowLimiter', () => {
  it('lets `limit` requests through per window and client, then says when to retry', () => {
    let now = 1_000_000;
    const limiter = new FixedWindowLimiter(2, 60_000, () => now);
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('b')).toEqual({ ok: true }); // another client has its own budget
    now += 15_000;
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 45 });
    now += 45_000;
    expect(limiter.take('a')).toEqual({ ok: true });
  });

  it('stays bounded under a flood of distinct addresses', () => {
    let now = 0;
    const limiter = new FixedWindowLimiter(1, 1000, () => now, 100);
    for (let i = 0; i < 1000; i++) limiter.take(`ip-${i}`);
    now += 1000;
    expect(limiter.take('ip-0')).toEqual({ ok: true });
  });
});

describe('clientAddress and publicRateLimit', () => {
  it("keys on the address the desk's server determined, never on a client's own X-Forwarded-For", () => {
    const holder = globalThis as { __quoteDeskClientAddress?: boolean };
    const before = holder.__quoteDeskClientAddress;
    try {
      holder.__quoteDeskClientAddress = true;
      expect(clientAddress(new Headers({ 'x-quote-desk-client-address': '203.0.113.9', 'x-forwarded-for': '198.51.100.1' }))).toBe('203.0.113.9');
      expect(clientAddress(new Headers({ 'x-forwarded-for': '198.51.100.1' }))).toBe('unknown');
      holder.__quoteDeskClientAddress = false;
      // Under a bare `next start` the header could come from the client: not believed.
      expect(clientAddress(new Headers({ 'x-quote-desk-client-address': '203.0.113.9' }))).toBe('unknown');
    } finally {
      holder.__quoteDeskClientAddress = before;
    }
  });

  it('reads PUBLIC_RATE_LIMIT, defaulting to 120', () => {
    expect(publicRateLimit('30')).toBe(30);
    expect(publicRateLimit(undefined)).toBe(120);
    expect(publicRateLimit('-1')).toBe(120);
    expect(publicRateLimit('abc')).toBe(120);
  });
});
