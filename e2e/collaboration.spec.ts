import { test, expect, signIn, createUser } from './fixtures';
import { claimCard, openCard, openHistory } from './pages/article-page';
import type { Browser, Page } from '@playwright/test';

async function reviewerPage(browser: Browser, name: string): Promise<Page> {
  const user = createUser('reviewer', name);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  await page.goto('/');
  await page.getByRole('row', { name: /BBC News Indonesia/ }).getByRole('link').first().click();
  await expect(page.getByRole('list', { name: 'Claims in reading order' })).toBeVisible();
  return page;
}

const card = claimCard;

async function historyOf(page: Page, quote: string): Promise<string> {
  const c = await openCard(card(page, quote));
  await openHistory(c);
  const panel = c.locator('[id^="history-"]');
  await expect(panel.getByText('Loading…')).toHaveCount(0);
  return panel.innerText();
}

test('two reviewers on the same claim: the stale save shows the conflict, "keep theirs" adds nothing', async ({ browser }) => {
  const quote = 'tekanan, pemerasan, dan ancaman militer dari AS';
  const first = await reviewerPage(browser, 'Fay First');
  const second = await reviewerPage(browser, 'Sam Second');

  // The second reviewer starts writing a note; meanwhile the first one saves.
  const conflictCard = await openCard(card(second, quote));
  await conflictCard.getByLabel('Note').fill('Quote checked against TASS.');
  await (await openCard(card(first, quote))).getByLabel('Note').fill('Matches the published letter.');
  await card(first, quote).getByRole('radio', { name: 'Needs source' }).click();
  await expect(card(first, quote).getByText('Saved: Needs source.')).toBeVisible();

  // The second reviewer's save names the version their note started from: refused, with the other state shown.
  await conflictCard.getByRole('radio', { name: 'Disputed' }).click();
  const alert = conflictCard.getByRole('alert');
  await expect(alert).toContainText('Someone else changed this claim');
  await expect(alert).toContainText('Fay First');
  await expect(alert).toContainText('Needs source');
  await expect(alert).toContainText('Matches the published letter.');

  await alert.getByRole('button', { name: 'Keep theirs' }).click();
  await expect(conflictCard.getByRole('radio', { name: 'Needs source' })).toBeChecked();
  const history = await historyOf(second, quote);
  expect(history).toContain('Fay First');
  expect(history).not.toContain('Sam Second');
  await first.context().close();
  await second.context().close();
});

test('two reviewers on the same claim: "apply mine" records both changes in order', async ({ browser }) => {
  const quote = 'mengimbangi saran bahwa AS dan sekutunya';
  const first = await reviewerPage(browser, 'Ann Alpha');
  const second = await reviewerPage(browser, 'Ben Beta');

  const c = await openCard(card(second, quote));
  await c.getByLabel('Note').fill('Cambridge confirmed the wording.');
  await card(first, quote).getByRole('radio', { name: 'Needs source' }).click();
  await expect(card(first, quote).getByText('Saved: Needs source.')).toBeVisible();

  await c.getByRole('radio', { name: 'Disputed' }).click();
  await expect(c.getByRole('alert')).toContainText('Ann Alpha');
  await c.getByRole('alert').getByRole('button', { name: 'Apply mine' }).click();
  await expect(c.getByText('Saved: Disputed.')).toBeVisible();

  const history = await historyOf(second, quote);
  const alpha = history.indexOf('Ann Alpha');
  const beta = history.indexOf('Ben Beta');
  expect(alpha).toBeGreaterThanOrEqual(0);
  expect(beta).toBeGreaterThan(alpha);
  expect(history).toContain('Unreviewed → Needs source');
  expect(history).toContain('Needs source → Disputed');
  await first.context().close();
  await second.context().close();
});

test('a change in one window appears in another without a reload', async ({ browser }) => {
  const quote = 'memperkuat hubungan dengan mitra Perang Dingin lamanya';
  const watcher = await reviewerPage(browser, 'Wendy Watcher');
  const actor = await reviewerPage(browser, 'Andy Actor');
  await card(actor, quote).getByRole('radio', { name: 'Needs source' }).click();
  await expect(card(actor, quote).getByText('Saved: Needs source.')).toBeVisible();
  await expect(card(watcher, quote).getByRole('radio', { name: 'Needs source' })).toBeChecked({ timeout: 15_000 });
  await expect(await openCard(card(watcher, quote))).toContainText('Andy Actor');
  await watcher.context().close();
  await actor.context().close();
});

test('a viewer sees everything but cannot change a status, in the UI or by posting to the action', async ({ page, viewer, browser }) => {
  // Record the review server action exactly as a reviewer's browser sends it.
  const reviewerPageForAction = await reviewerPage(browser, 'Rhea Recorder');
  const recorded = reviewerPageForAction.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
  // (The live-update test above left this claim at Needs source.)
  await claimCard(reviewerPageForAction, 'memperkuat hubungan dengan mitra Perang Dingin lamanya').getByRole('radio', { name: 'Unreviewed' }).click();
  const actionRequest = await recorded;
  await reviewerPageForAction.context().close();

  await signIn(page, viewer);
  await page.goto('/');
  await page.getByRole('row', { name: /BBC News Indonesia/ }).getByRole('link').first().click();
  const first = page.getByRole('list', { name: 'Claims in reading order' }).getByRole('listitem').first();
  await expect(first.getByRole('radio', { name: 'Verified' })).toBeDisabled();
  await openCard(first);
  await expect(first.getByText('You have view-only access')).toBeVisible();
  await expect(first.getByRole('button', { name: 'Add evidence' })).toHaveCount(0);

  // Replay the review server action with the viewer's cookie: the server refuses it too.
  const claims = await page.request.get(page.url().replace(/\/articles\/(\d+).*/, '/api/articles/$1/claims'));
  const { claims: list } = (await claims.json()) as { claims: { id: number; version: number; status: string }[] };
  const target = list[0]!;
  const patch = await page.request.patch(`/api/claims/${target.id}/review`, { data: { status: 'needs_source', version: target.version } });
  expect(patch.status()).toBe(403);
  const after = (await (await page.request.get(page.url().replace(/\/articles\/(\d+).*/, '/api/articles/$1/claims'))).json()) as {
    claims: { id: number; status: string; version: number }[];
  };
  expect(after.claims.find((c) => c.id === target.id)).toMatchObject({ status: target.status, version: target.version });

  // Replay the server action itself with the viewer's session: refused, nothing changes.
  const replay = await page.request.post(actionRequest.url(), {
    headers: {
      'next-action': actionRequest.headers()['next-action']!,
      'content-type': actionRequest.headers()['content-type'] ?? 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
    },
    data: (actionRequest.postData() ?? '').replace(/"status":"unreviewed"/, '"status":"needs_source"'),
  });
  expect(replay.status()).toBeLessThan(500);
  expect(await replay.text()).toContain('forbidden');
  const final = (await (await page.request.get(page.url().replace(/\/articles\/(\d+).*/, '/api/articles/$1/claims'))).json()) as typeof after;
  expect(final.claims.map((c) => [c.id, c.status, c.version])).toEqual(after.claims.map((c) => [c.id, c.status, c.version]));
});
