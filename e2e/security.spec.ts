// Hardening a user relies on without seeing it: a Content-Security-Policy the app really passes
// (and that really blocks injected script), security headers, session cookies scripts cannot read,
// sign-in rate limiting, and an online backup that restores into a working desk.
import { test, expect, signIn } from './fixtures';
import { openCard, openHistory } from './pages/article-page';
import type { ConsoleMessage, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createToken, prepareDatabase, removeDatabase, startServer } from './support/own-server';

const e2eEnv = () => ({ ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH });

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.text().includes('Content Security Policy')) violations.push(`${page.url()}: ${msg.text()}`);
  });
  return violations;
}

test('every page loads without a Content-Security-Policy violation, and the policy blocks injected script', async ({ page, reviewer }) => {
  const violations = collectCspViolations(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));

  await page.goto('/sign-in');
  await expect(page.getByLabel('Email')).toBeVisible();
  await signIn(page, reviewer);
  const article = await page.goto('/articles/1');
  await expect(page.getByRole('list', { name: 'Claims in reading order' })).toBeVisible();
  // Interactive, so the client bundle really ran under the policy.
  // (A card at rest is compact: its History button is in the opened card.)
  const card = await openCard(page.getByRole('list', { name: 'Claims in reading order' }).getByRole('listitem').first());
  await openHistory(card);
  await expect(page.locator('[id^="history-"]').first()).toBeVisible();
  for (const url of ['/', '/claims', '/claims/1/history', '/articles/1/report']) {
    await page.goto(url);
    await expect(page.locator('main')).toBeVisible();
  }
  expect(violations).toEqual([]);
  expect(pageErrors).toEqual([]);

  const csp = article!.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("form-action 'self'");

  // Markup injected into the DOM (what an XSS would do): its inline handler is refused by the policy.
  await page.goto('/articles/1');
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<img alt="" src="/no-such-image.png" onerror="window.__injected = true">');
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations.join('\n')).toContain('inline event handler');
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test('security headers on pages and API responses; the session cookie is HttpOnly and SameSite', async ({ page, reviewer, request }) => {
  await signIn(page, reviewer);
  const pageRes = await page.request.get('/articles/1');
  const apiRes = await request.get('/api/health');
  for (const res of [pageRes, apiRes]) {
    const h = res.headers();
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['x-frame-options']).toBe('DENY');
    expect(h['x-powered-by']).toBeUndefined();
  }
  const session = (await page.context().cookies()).find((c) => c.name.endsWith('session_token'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  // Plain http here: the cookie is not marked Secure (it would never be sent back). Over https it is.
  expect(session!.secure).toBe(false);
  expect(await page.evaluate(() => document.cookie)).not.toContain('session_token');
});

test('the benchmark-only bare route is inert in a normal server', async ({ request }) => {
  const res = await request.patch('/api/bench/bare', { data: { claimId: 1, note: 'should never be written' } });
  expect(res.status()).toBe(404);
});

function createAccount(dbPath: string, email: string, password: string): void {
  execFileSync('npm', ['run', '--silent', 'user:create', '--', '--email', email, '--name', email.split('@')[0]!, '--password', password, '--role', 'reviewer'], {
    env: { ...process.env, DATABASE_PATH: dbPath },
    stdio: 'pipe',
  });
}

type Attempt = { status: number; message: string; retryAfter: string | null };

function signInAttempt(baseURL: string) {
  return async (email: string, password: string, headers: Record<string, string> = {}): Promise<Attempt> => {
    const res = await fetch(`${baseURL}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseURL, ...headers },
      body: JSON.stringify({ email, password }),
    });
    const body = (await res.json().catch(() => ({}))) as { message?: string };
    return { status: res.status, message: body.message ?? '', retryAfter: res.headers.get('retry-after') };
  };
}

test('sign-in is limited per account and per client address: one account\'s typos lock out only that account, a forged X-Forwarded-For gains nothing, the limits reset', async () => {
  test.setTimeout(180_000);
  const dbPath = prepareDatabase('ratelimit');
  const password = 'the-right-passphrase';
  for (const email of ['typo@desk.test', 'colleague@desk.test']) createAccount(dbPath, email, password);
  // No trusted proxy: the client address is the socket's, so X-Forwarded-For is ignored.
  const server = await startServer({ dbPath, env: { SIGNIN_RATE_LIMIT: '3', SIGNIN_ADDRESS_RATE_LIMIT: '6', SIGNIN_RATE_WINDOW: '20' } });
  try {
    const attempt = signInAttempt(server.baseURL);
    for (let i = 0; i < 3; i++) expect((await attempt('typo@desk.test', `wrong-guess-${i}`)).status).toBe(401);

    // The account is now locked, even with the right password, and the answer says how long to wait.
    const locked = await attempt('typo@desk.test', password);
    expect(locked.status).toBe(429);
    expect(locked.message).toMatch(/^Too many sign-in attempts for this account\. Try again in \d+ seconds?\.$/);
    expect(Number(locked.retryAfter)).toBeGreaterThan(0);
    expect(Number(locked.retryAfter)).toBeLessThanOrEqual(20);
    // Claiming to be someone else in X-Forwarded-For changes nothing.
    expect((await attempt('typo@desk.test', password, { 'x-forwarded-for': '203.0.113.77' })).status).toBe(429);

    // A colleague at the same address signs in: one account's failures do not block another's.
    expect((await attempt('colleague@desk.test', password)).status).toBe(200);

    // The address limit (6) still stops one address spraying many accounts, forged header or not.
    expect((await attempt('nobody1@desk.test', 'x-wrong-password')).status).toBe(401);
    expect((await attempt('nobody2@desk.test', 'x-wrong-password')).status).toBe(401);
    const sprayed = await attempt('nobody3@desk.test', 'x-wrong-password');
    expect(sprayed.status).toBe(429);
    expect(sprayed.message).toMatch(/from your network address\. Try again in \d+ seconds?\.$/);
    expect((await attempt('nobody4@desk.test', 'x-wrong-password', { 'x-forwarded-for': '198.51.100.1' })).status).toBe(429);

    // The limits reset when the window has passed: the locked account signs in again.
    await expect.poll(async () => (await attempt('typo@desk.test', password)).status, { timeout: 40_000, intervals: [2_000] }).toBe(200);
  } finally {
    await server.stop();
    removeDatabase(dbPath);
  }
});

test('behind a trusted proxy (TRUSTED_PROXIES) the limiter keys on the address the proxy forwarded, not on what the client prepended', async () => {
  test.setTimeout(180_000);
  const dbPath = prepareDatabase('proxy-limit');
  const server = await startServer({ dbPath, env: { SIGNIN_RATE_LIMIT: '100', SIGNIN_ADDRESS_RATE_LIMIT: '2', TRUSTED_PROXIES: '127.0.0.1' } });
  try {
    const attempt = signInAttempt(server.baseURL);
    const from = (xff: string) => ({ 'x-forwarded-for': xff });
    expect((await attempt('a@desk.test', 'x-wrong-password', from('198.51.100.1'))).status).toBe(401);
    expect((await attempt('b@desk.test', 'x-wrong-password', from('198.51.100.1'))).status).toBe(401);
    expect((await attempt('c@desk.test', 'x-wrong-password', from('198.51.100.1'))).status).toBe(429);
    // A client behind the proxy prepending another address: the proxy's entry (rightmost) counts.
    expect((await attempt('d@desk.test', 'x-wrong-password', from('192.0.2.50, 198.51.100.1'))).status).toBe(429);
    // Another client behind the same proxy has its own bucket.
    expect((await attempt('e@desk.test', 'x-wrong-password', from('198.51.100.2'))).status).toBe(401);
  } finally {
    await server.stop();
    removeDatabase(dbPath);
  }
});

test('npm run backup: an online backup while the server runs, never overwritten by accident, restores into a working desk', async () => {
  test.setTimeout(90_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-backup-'));
  const file = path.join(dir, 'desk-backup.db');
  const backup = (...extra: string[]) => spawnSync('npm', ['run', '--silent', 'backup', '--', file, ...extra], { env: e2eEnv(), encoding: 'utf8' });
  try {
    const first = backup();
    expect(first.status, first.stderr).toBe(0);
    const printed = JSON.parse(first.stdout) as { file: string; bytes: number; integrity: string; claims: number; events: number };
    const live = new Database(process.env.E2E_DATABASE_PATH!, { readonly: true });
    const liveClaims = (live.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n;
    live.close();
    expect(printed).toMatchObject({ file, integrity: 'ok', bytes: fs.statSync(file).size });
    expect(printed.claims).toBe(liveClaims);
    expect(fs.statSync(file).mode & 0o077).toBe(0);

    const refused = backup();
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('already exists');
    expect(backup('--force').status).toBe(0);

    // Restore = put the file where DATABASE_PATH points and start: the desk serves its claims.
    const restoredPath = path.join(dir, 'restored.db');
    fs.copyFileSync(file, restoredPath);
    const token = createToken(restoredPath, 'viewer', 'Restore check');
    const server = await startServer({ dbPath: restoredPath });
    try {
      const res = await fetch(`${server.baseURL}/api/articles/1/claims`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { claims: unknown[] }).claims.length).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
