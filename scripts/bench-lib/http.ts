// HTTP measurement helpers: a signed-in session, one-at-a-time timings and autocannon runs.
import autocannon, { type Context, type RawRequest, type Result } from 'autocannon';
import { percentile, round, since } from './stats';

export async function signIn(baseURL: string, user: { email: string; password: string }): Promise<string> {
  const res = await fetch(`${baseURL}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseURL },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  if (!cookie.includes('session_token')) throw new Error('sign-in set no session cookie');
  return cookie;
}

export type Timing = { p50: number; p99: number; n: number };

/** Server time one request at a time: `warmup` untimed requests, then `n` timed ones. */
export async function sequentialTiming(url: string, headers: Record<string, string>, n = 50, warmup = 5): Promise<Timing & { status: number }> {
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < warmup + n; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers, redirect: 'manual' });
    await res.arrayBuffer();
    status = res.status;
    if (status !== 200) break;
    if (i >= warmup) times.push(since(t0));
  }
  return { status, n: times.length, p50: round(percentile(times, 50)), p99: round(percentile(times, 99)) };
}

export type LoadResult = { rps: number; p50: number; p99: number; total: number; non2xx: number; errors: number; seconds: number };

/**
 * Combines runs of the same load: throughput over the summed time, the median of the runs' p50s and
 * the WORST run's p99 (percentiles cannot be merged exactly; the worst is the honest bound).
 */
export function combine(runs: LoadResult[]): LoadResult {
  const total = runs.reduce((n, r) => n + r.total, 0);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  const p50s = runs.map((r) => r.p50).sort((a, b) => a - b);
  return {
    rps: round(total / seconds),
    p50: p50s[Math.floor(p50s.length / 2)]!,
    p99: Math.max(...runs.map((r) => r.p99)),
    total,
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    seconds,
  };
}

function summarize(r: Result): LoadResult {
  return {
    rps: round(r.requests.total / r.duration),
    p50: r.latency.p50,
    p99: r.latency.p99,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    seconds: r.duration,
  };
}

/** `connections` clients hammering one GET for `seconds`. */
export async function loadGet(url: string, headers: Record<string, string>, connections: number, seconds: number): Promise<LoadResult> {
  return summarize(await autocannon({ url, headers, connections, duration: seconds, timeout: 30 }));
}

/**
 * `connections` clients sending PATCHes for `seconds`. A claim is checked out for one request and
 * returned when its answer arrives, with the version that answer carried, so no two requests are
 * ever in flight for one claim and no save is stale. (autocannon resets its per-connection context
 * after every request, so the state lives here, not in the context.)
 */
export async function loadPatch(opts: {
  baseURL: string;
  path: (claimId: number) => string;
  headers: Record<string, string>;
  body: (claimId: number, version: number, n: number) => unknown;
  claimIds: number[];
  /** Current version per claim; updated from the answers, so a later run can continue the chain. */
  versions: Map<number, number>;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const free = [...opts.claimIds];
  const versions = opts.versions;
  let n = 0;
  const result = await autocannon({
    url: opts.baseURL,
    connections: opts.connections,
    duration: opts.seconds,
    timeout: 30,
    requests: [
      {
        method: 'PATCH',
        setupRequest: (req: RawRequest, ctx: Context) => {
          const claimId = free.shift();
          if (claimId === undefined) throw new Error('loadPatch: more requests in flight than claims');
          ctx.claimId = claimId;
          return {
            ...req,
            path: opts.path(claimId),
            headers: { ...opts.headers, 'content-type': 'application/json' },
            body: JSON.stringify(opts.body(claimId, versions.get(claimId) ?? 1, n++)),
          };
        },
        onResponse: (status: number, body: string, ctx: Context) => {
          const claimId = ctx.claimId as number;
          const parsed = (status === 200 || status === 409 ? JSON.parse(body) : {}) as { version?: number; current?: { version: number } };
          const version = parsed.version ?? parsed.current?.version;
          if (typeof version === 'number') versions.set(claimId, version);
          free.push(claimId);
        },
      },
    ],
  });
  return summarize(result);
}
