// A fixed-window request limiter per client address, for the public pages (which anyone can
// request without signing in). In memory: one app process serves the desk, and a restart only
// forgets who asked in the current minute.
import { CLIENT_ADDRESS_HEADER } from '../client-address';

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export class FixedWindowLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    /** Past this many tracked clients, finished windows are dropped so memory stays bounded. */
    private readonly maxKeys = 10_000,
  ) {}

  take(key: string): RateDecision {
    const t = this.now();
    let w = this.windows.get(key);
    if (!w || t - w.start >= this.windowMs) {
      if (!w && this.windows.size >= this.maxKeys) this.sweep(t);
      w = { start: t, count: 0 };
      this.windows.set(key, w);
    }
    w.count += 1;
    if (w.count <= this.limit) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + this.windowMs - t) / 1000)) };
  }

  private sweep(t: number) {
    for (const [key, w] of this.windows) if (t - w.start >= this.windowMs) this.windows.delete(key);
    // Still full (a flood of distinct addresses): start over rather than grow without limit.
    if (this.windows.size >= this.maxKeys) this.windows.clear();
  }
}

/**
 * The client address the limiter keys on: the one the desk's own server (scripts/start.ts)
 * determined from the socket or a trusted proxy (TRUSTED_PROXIES), the same as the sign-in
 * limiter's. A client's own X-Forwarded-For is never believed, so forging it gains nothing;
 * under a bare `next start` (no such server) every reader shares one bucket.
 */
export function clientAddress(headers: Headers): string {
  const fromDeskServer = (globalThis as { __quoteDeskClientAddress?: boolean }).__quoteDeskClientAddress;
  return (fromDeskServer && headers.get(CLIENT_ADDRESS_HEADER)) || 'unknown';
}

/** PUBLIC_RATE_LIMIT: page requests per minute per client address (default 120). */
export function publicRateLimit(raw: string | undefined): number {
  const n = Number(raw ?? '');
  return Number.isInteger(n) && n > 0 ? n : 120;
}
