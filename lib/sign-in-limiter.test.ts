import { describe, expect, it } from 'vitest';
import { SignInLimiter, accountKey, limiterConfigFromEnv, limiterMessage } from './sign-in-limiter';
import { renderServerText } from './i18n/server-text';

function limiter(account = 3, address = 5) {
  let now = 1_000_000;
  const l = new SignInLimiter({ account: { max: account, windowMs: 60_000 }, address: { max: address, windowMs: 60_000 } }, () => now);
  return { l, advance: (ms: number) => (now += ms) };
}

describe('SignInLimiter', () => {
  it('blocks an account after its limit, and says how long to wait', () => {
    const { l, advance } = limiter();
    for (let i = 0; i < 3; i++) expect(l.attempt('a@x', '1.1.1.1').allowed).toBe(true);
    advance(15_000);
    const refused = l.attempt('a@x', '1.1.1.1');
    expect(refused).toEqual({ allowed: false, scope: 'account', retryAfterSeconds: 45 });
    if (!refused.allowed) expect(renderServerText(limiterMessage(refused), 'en')).toBe('Too many sign-in attempts for this account. Try again in 45 seconds.');
    if (!refused.allowed) expect(renderServerText(limiterMessage(refused), 'id')).toBe('Terlalu banyak percobaan masuk untuk akun ini. Coba lagi dalam 45 detik.');
  });

  it("one account's failures do not block another account from the same address", () => {
    const { l } = limiter();
    for (let i = 0; i < 4; i++) l.attempt('typo@x', '1.1.1.1');
    expect(l.attempt('other@x', '1.1.1.1').allowed).toBe(true);
  });

  it('blocks an address spraying many accounts, beyond the address limit only', () => {
    const { l } = limiter(3, 5);
    for (let i = 0; i < 5; i++) expect(l.attempt(`user${i}@x`, '6.6.6.6').allowed).toBe(true);
    expect(l.attempt('user9@x', '6.6.6.6')).toMatchObject({ allowed: false, scope: 'address' });
    expect(l.attempt('user9@x', '7.7.7.7').allowed).toBe(true);
  });

  it('blocks an account guessed at from many addresses', () => {
    const { l } = limiter(3, 5);
    for (let i = 0; i < 3; i++) l.attempt('a@x', `10.0.0.${i}`);
    expect(l.attempt('a@x', '10.0.0.99')).toMatchObject({ allowed: false, scope: 'account' });
  });

  it('refused attempts do not extend the wait, and the limits reset after the window', () => {
    const { l, advance } = limiter();
    for (let i = 0; i < 3; i++) l.attempt('a@x', '1.1.1.1');
    for (let i = 0; i < 10; i++) l.attempt('a@x', '1.1.1.1');
    advance(60_000);
    expect(l.attempt('a@x', '1.1.1.1').allowed).toBe(true);
  });

  it('counts one account whatever the case and spacing of the email', () => {
    expect(accountKey('  Ed@Example.ORG ')).toBe('ed@example.org');
    expect(accountKey(42)).toBe('');
  });
});

describe('limiterConfigFromEnv', () => {
  it('reads per-account and per-address limits, with defaults for missing or bad values', () => {
    expect(limiterConfigFromEnv({})).toEqual({ account: { max: 10, windowMs: 60_000 }, address: { max: 30, windowMs: 60_000 } });
    expect(limiterConfigFromEnv({ SIGNIN_RATE_WINDOW: '20' })).toMatchObject({ account: { windowMs: 20_000 }, address: { windowMs: 20_000 } });
    expect(limiterConfigFromEnv({ SIGNIN_RATE_LIMIT: '3', SIGNIN_ADDRESS_RATE_LIMIT: '7' })).toMatchObject({ account: { max: 3 }, address: { max: 7 } });
    expect(limiterConfigFromEnv({ SIGNIN_RATE_LIMIT: '-1', SIGNIN_ADDRESS_RATE_LIMIT: 'x' })).toMatchObject({ account: { max: 10 }, address: { max: 30 } });
  });
});
