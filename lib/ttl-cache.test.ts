import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache';

function clock(start = 1_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('TtlCache', () => {
  it('serves a value until its time is up, then forgets it', () => {
    const c = clock();
    const cache = new TtlCache<string>({ ttlMs: 5_000, maxEntries: 10, now: c.now });
    cache.set('a', 'alpha');
    c.advance(4_999);
    expect(cache.get('a')).toBe('alpha');
    c.advance(1);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps at most maxEntries, dropping the oldest stored first', () => {
    const cache = new TtlCache<number>({ ttlMs: 60_000, maxEntries: 2 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 11); // stored again: now the newest
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(11);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('forgets one key, every matching value, or everything on request', () => {
    const cache = new TtlCache<{ user: string }>({ ttlMs: 60_000, maxEntries: 10 });
    cache.set('s1', { user: 'u1' });
    cache.set('s2', { user: 'u1' });
    cache.set('s3', { user: 'u2' });
    cache.delete('s3');
    expect(cache.get('s3')).toBeUndefined();
    cache.deleteWhere((v) => v.user === 'u1');
    expect(cache.size).toBe(0);
    cache.set('s4', { user: 'u3' });
    cache.clear();
    expect(cache.get('s4')).toBeUndefined();
  });
});
