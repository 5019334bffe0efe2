// A small bounded cache whose entries expire after a fixed time. Pure (no Node or Next imports),
// so it is unit-tested on its own; the server layer uses it for credential look-ups.

export type TtlCacheOptions = {
  /** How long an entry is served after it was stored, in milliseconds. */
  ttlMs: number;
  /** The most entries kept; the oldest stored is dropped first when a new one would exceed it. */
  maxEntries: number;
  /** The clock, replaceable in tests. */
  now?: () => number;
};

export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor({ ttlMs, maxEntries, now = Date.now }: TtlCacheOptions) {
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
    this.now = now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The live value for `key`, or undefined when absent or expired (an expired entry is dropped). */
  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.value;
  }

  set(key: string, value: V): void {
    // Re-inserting moves the key to the end, so Map order stays oldest-stored first.
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Drops every entry whose value matches, e.g. all sessions of one user. */
  deleteWhere(matches: (value: V) => boolean): void {
    for (const [key, { value }] of this.entries) if (matches(value)) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
