import { test, expect, signIn, ADMIN } from './fixtures';
import { claimCard, openCard, openHistory } from './pages/article-page';
import { UsersPage } from './pages/users-page';
import type { APIRequestContext, Page } from '@playwright/test';

type ApiClaim = { id: number; version: number; status: string; quote: string; speaker: { name: string } | null; note: string };

function createToken(page: Page, name: string, role: 'reviewer' | 'viewer'): Promise<string> {
  return new UsersPage(page).createToken(name, role);
}

async function bundledArticleId(page: Page): Promise<number> {
  await page.goto('/');
  const href = await page.getByRole('row', { name: /BBC News Indonesia/ }).getByRole('link').first().getAttribute('href');
  return Number(href!.split('/').pop());
}

async function claimsOf(request: APIRequestContext, articleId: number, token: string): Promise<ApiClaim[]> {
  const res = await request.get(`/api/articles/${articleId}/claims`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { claims: ApiClaim[] }).claims;
}

test('API tokens: a PATCH changes a review and shows in the UI and history; stale, viewer and revoked tokens are refused', async ({
  page,
  playwright,
}) => {
  await signIn(page, ADMIN);
  const articleId = await bundledArticleId(page);
  const reviewerToken = await createToken(page, 'CMS integration', 'reviewer');
  const viewerToken = await createToken(page, 'Dashboard', 'viewer');
  const api = await playwright.request.newContext({ baseURL: page.url().replace(/\/users.*$/, '') });

  const claims = await claimsOf(api, articleId, reviewerToken);
  const target = claims.find((c) => c.quote === 'kemungkinan')!;
  expect(target.speaker?.name).toBe('Vladimir Putin');

  const auth = { authorization: `Bearer ${reviewerToken}` };
  const ok = await api.patch(`/api/claims/${target.id}/review`, {
    headers: auth,
    data: { status: 'verified', note: 'Matches the Kremlin transcript.', evidence: [{ url: 'https://en.kremlin.ru/events', title: 'Kremlin transcript' }], version: target.version },
  });
  expect(ok.status()).toBe(200);
  const updated = (await ok.json()) as ApiClaim;
  expect(updated).toMatchObject({ status: 'verified', version: target.version + 1, note: 'Matches the Kremlin transcript.' });

  const stale = await api.patch(`/api/claims/${target.id}/review`, { headers: auth, data: { status: 'disputed', note: 'x', version: target.version } });
  expect(stale.status()).toBe(409);
  expect(((await stale.json()) as { current: ApiClaim }).current).toMatchObject({ status: 'verified', version: target.version + 1 });

  const invalid = await api.patch(`/api/claims/${target.id}/review`, { headers: auth, data: { status: 'disputed', note: '', version: updated.version } });
  expect(invalid.status()).toBe(400);
  expect(((await invalid.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.note).toBeTruthy();

  const badUrl = await api.patch(`/api/claims/${target.id}/review`, {
    headers: auth,
    data: { status: 'verified', evidence: [{ url: 'javascript:alert(1)', title: 'x' }], version: updated.version },
  });
  expect(badUrl.status()).toBe(400);

  const asViewer = await api.patch(`/api/claims/${target.id}/review`, {
    headers: { authorization: `Bearer ${viewerToken}` },
    data: { status: 'disputed', note: 'x', version: updated.version },
  });
  expect(asViewer.status()).toBe(403);
  const noCredentials = await api.patch(`/api/claims/${target.id}/review`, { data: { status: 'disputed', note: 'x', version: updated.version } });
  expect(noCredentials.status()).toBe(401);

  // The UI and the history show the API's change.
  await page.goto(`/articles/${articleId}`);
  const card = await openCard(claimCard(page, 'kemungkinan”'));
  await expect(card.getByRole('radio', { name: 'Verified' })).toBeChecked();
  await expect(card.getByRole('link', { name: 'Kremlin transcript' })).toBeVisible();
  await openHistory(card);
  await expect(card.locator('[id^="history-"]')).toContainText('API token "CMS integration"');

  // Revoke the reviewer token: it stops working at once.
  await page.goto('/users');
  await page.getByRole('button', { name: 'Revoke token CMS integration' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'CMS integration' })).toContainText('revoked');
  const revoked = await api.get(`/api/articles/${articleId}/claims`, { headers: auth });
  expect(revoked.status()).toBe(401);
  await api.dispose();
});
