// The sign-in limiter: attempts are counted per account (the email tried) and per client address,
// each in a fixed one-minute window. One person's typos lock out only their own account, and a
// guesser spraying many accounts from one address is stopped by the address limit; a shared
// address (a newsroom behind one NAT) has a higher limit than an account. Kept in memory: a
// restart clears it, which costs a guesser nothing they could not get by waiting. Pure and clock-injected
// so the unit tests can move time.
import { keyed } from './i18n/keyed';

export type LimiterRule = { max: number; windowMs: number };
export type LimiterConfig = { account: LimiterRule; address: LimiterRule };
export type LimiterVerdict = { allowed: true } | { allowed: false; scope: 'account' | 'address'; retryAfterSeconds: number };

type Bucket = { count: number; resetAt: number };

/** Beyond this many live buckets, expired ones are swept so memory stays bounded. */
const SWEEP_AT = 10_000;

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n > 0 ? n : fallback;
}

/** SIGNIN_RATE_LIMIT (per account, default 10) and SIGNIN_ADDRESS_RATE_LIMIT (per address,
 * default 30) attempts per SIGNIN_RATE_WINDOW seconds (default 60). */
export function limiterConfigFromEnv(env: { [key: string]: string | undefined }): LimiterConfig {
  const windowMs = positive(env.SIGNIN_RATE_WINDOW, 60) * 1000;
  return {
    account: { max: positive(env.SIGNIN_RATE_LIMIT, 10), windowMs },
    address: { max: positive(env.SIGNIN_ADDRESS_RATE_LIMIT, 30), windowMs },
  };
}

/** Emails differ only in case and surrounding spaces for the same account. */
export function accountKey(email: unknown): string {
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

export class SignInLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly config: LimiterConfig,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Records one attempt for this account from this address, unless either is over its limit.
   * Counting at the attempt (not after the password check) means a burst of parallel guesses
   * cannot slip past the limit before the first answers come back.
   */
  attempt(account: string, address: string): LimiterVerdict {
    const now = this.now();
    this.sweep(now);
    const byAccount = this.current(`account:${account}`, this.config.account, now);
    const byAddress = this.current(`address:${address}`, this.config.address, now);
    if (byAccount.count >= this.config.account.max) return this.refusal('account', byAccount, now);
    if (byAddress.count >= this.config.address.max) return this.refusal('address', byAddress, now);
    byAccount.count += 1;
    byAddress.count += 1;
    return { allowed: true };
  }

  private current(key: string, rule: LimiterRule, now: number): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket || bucket.resetAt <= now) {
      bucket = { count: 0, resetAt: now + rule.windowMs };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  private refusal(scope: 'account' | 'address', bucket: Bucket, now: number): LimiterVerdict {
    return { allowed: false, scope, retryAfterSeconds: Math.max(1, Math.ceil((bucket.resetAt - now) / 1000)) };
  }

  private sweep(now: number): void {
    if (this.buckets.size < SWEEP_AT) return;
    for (const [key, bucket] of this.buckets) if (bucket.resetAt <= now) this.buckets.delete(key);
  }
}

/** What the sign-in form shows, and the API answers, when an attempt is refused. */
export function limiterMessage(verdict: Extract<LimiterVerdict, { allowed: false }>): string {
  return keyed('server.signIn.tooMany', { scope: verdict.scope, seconds: verdict.retryAfterSeconds });
}
