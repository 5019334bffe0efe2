// The server remembers who a session cookie belongs to for a few seconds (lib/auth.ts), so each
// request does not look the session up again. Ending or changing a session must still take effect
// on the very next request: sign-out and a role change are tried right after the session was used.
import type { APIRequestContext, Page } from '@playwright/test';
import { ADMIN, createUser, expect, signIn, test } from './fixtures';
import { UsersPage } from './pages/users-page';

async function sessionCookie(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

async function claimsStatus(request: APIRequestContext, cookie: string): Promise<number> {
  return (await request.get('/api/articles/1/claims?versions=1', { headers: { cookie } })).status();
}

async function firstClaim(request: APIRequestContext, cookie: string): Promise<{ id: number; version: number }> {
  const res = await request.get('/api/articles/1/claims', { headers: { cookie } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { claims: { id: number; version: number }[] }).claims[0]!;
}

test('a signed-out session is refused on the next request, even right after it was used', async ({ page, request }) => {
  const user = createUser('reviewer');
  await signIn(page, user);
  const cookie = await sessionCookie(page);
  expect(await claimsStatus(request, cookie)).toBe(200);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await claimsStatus(request, cookie)).toBe(401);
});

test('a role change applies to the next request of that user, even right after a save', async ({ page, browser, request }) => {
  const user = createUser('reviewer');
  await signIn(page, user);
  const cookie = await sessionCookie(page);
  const claim = await firstClaim(request, cookie);
  const save = (version: number) =>
    request.patch(`/api/claims/${claim.id}/review`, { headers: { cookie }, data: { status: 'needs_source', note: `role check ${version}`, version } });
  const first = await save(claim.version);
  expect(first.status()).toBe(200);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ADMIN);
  await new UsersPage(admin).setRole(user.name, 'viewer');
  await adminContext.close();

  const refused = await save(((await first.json()) as { version: number }).version);
  expect(refused.status()).toBe(403);
});
