import { test, expect, signIn, createUser, ADMIN } from './fixtures';
import { execFileSync } from 'node:child_process';
import { freePort, prepareDatabase, removeDatabase, startServer } from './support/own-server';

test('a signed-out visitor is sent to sign-in from every page', async ({ page, request }) => {
  for (const path of ['/', '/articles/1', '/users', '/claims', '/speakers', '/admin/history']) {
    await page.goto(path);
    await expect(page, `visiting ${path}`).toHaveURL(/\/sign-in/);
  }
  const api = await request.get('/api/articles/1/claims');
  expect(api.status()).toBe(401);
});

test('a viewer cannot reach the users page', async ({ page, viewer }) => {
  await signIn(page, viewer);
  await page.goto('/users');
  await expect(page.getByRole('heading', { name: 'Admins only' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add user' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
});

test('wrong credentials are refused with a clear message', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'incorrect' })).toHaveText('The email or password is incorrect.');
});

test('an admin adds a reviewer, who can then sign in', async ({ page, browser }) => {
  await signIn(page, ADMIN);
  await page.goto('/users');
  const email = `new-reviewer-${Date.now()}@desk.test`;
  await page.getByLabel('Name', { exact: true }).fill('Nina Newcomer');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Initial password').fill('nina-password-123');
  await page.getByLabel('Role', { exact: true }).selectOption('reviewer');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added Nina Newcomer as reviewer.' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Nina Newcomer/ })).toContainText(email);

  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, { email, password: 'nina-password-123' });
  await expect(other.getByText('Nina Newcomer')).toBeVisible();
  await context.close();
});

test('adding a user with an email already taken is refused and adds nobody', async ({ page }) => {
  const existing = createUser('viewer');
  await signIn(page, ADMIN);
  await page.goto('/users');
  const rowsBefore = await page.getByRole('row').count();
  await page.getByLabel('Name', { exact: true }).fill('Duplicate');
  await page.getByLabel('Email', { exact: true }).fill(existing.email);
  await page.getByLabel('Initial password').fill('some-password-123');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByText('A user with this email already exists.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('row')).toHaveCount(rowsBefore);
});

test('a sign-in from another origin is refused with a reason, never "wrong password"', async ({ request, baseURL }) => {
  const res = await request.post('/api/auth/sign-in/email', {
    headers: { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' },
    data: { email: ADMIN.email, password: ADMIN.password },
  });
  expect(res.status()).toBe(403);
  expect(await res.json()).toMatchObject({ code: 'INVALID_ORIGIN' });
  // The desk's own origin, at the same moment, is accepted.
  const own = await request.post('/api/auth/sign-in/email', { headers: { origin: baseURL! }, data: { email: ADMIN.email, password: ADMIN.password } });
  expect(own.status()).toBe(200);
});

test('with BETTER_AUTH_URL set, the desk opened at another address says the address is refused', async ({ browser }) => {
  test.setTimeout(180_000);
  const dbPath = prepareDatabase('origin');
  const user = { email: 'origin-check@desk.test', password: 'origin-check-password' };
  execFileSync('npm', ['run', '--silent', 'user:create', '--', '--email', user.email, '--name', 'Origin Check', '--password', user.password, '--role', 'reviewer'], {
    env: { ...process.env, DATABASE_PATH: dbPath },
    stdio: 'pipe',
  });
  const port = await freePort();
  const server = await startServer({ dbPath, port, env: { BETTER_AUTH_URL: `http://127.0.0.1:${port}` } });
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
  try {
    const page = await context.newPage();
    const other = `http://localhost:${port}`;
    await page.goto(`${other}/sign-in`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'does not accept' });
    await expect(alert).toHaveText(`This desk does not accept sign-ins from ${other}. Open the desk at its configured address, or ask your administrator to add this one to TRUSTED_ORIGINS.`);
    await expect(page.getByRole('alert').filter({ hasText: 'incorrect' })).toHaveCount(0);

    // At the configured address the same credentials work.
    await signIn(page, user);
    expect(new URL(page.url()).host).toBe(`127.0.0.1:${port}`);
  } finally {
    await context.close();
    await server.stop();
    removeDatabase(dbPath);
  }
});
