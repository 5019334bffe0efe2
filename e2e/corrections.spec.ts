import crypto from 'node:crypto';
import { test, expect, signIn, ingestArticle } from './fixtures';
import type { Request } from '@playwright/test';
import { ArticlePage, openCard, openHistory as expandHistory } from './pages/article-page';
import { ImportPage } from './pages/import-page';

// Corrections are made on invented articles (random token: a fresh content hash every time); the
// bundled article is never touched. Each test has its own article, so any test can run alone.

function story(tok: string): string {
  return [
    `Market hours ${tok}`,
    'The Port Alder harbour market will close early on Sundays from next month.',
    '“We will keep the fish stalls open until noon,” said market manager Lena Voss.',
    '“After that the whole quay will be washed down,” said Lena Voss.',
    '“Our prices are the fairest on the coast,” said trader Ben Ashdown.',
    'The benches near the fountain are too few for the Sunday crowds. The council has not answered letters about them.',
  ].join('\n\n');
}

/** The card whose text contains `quote` (cards here are told apart by their quotes alone). */
function card(articlePage: ArticlePage, quote: string) {
  return articlePage.claims().filter({ hasText: quote });
}

async function openHistory(articlePage: ArticlePage, quote: string) {
  const c = await openCard(card(articlePage, quote));
  await expandHistory(c);
  return c.locator('[id^="history-"]');
}

/** Each test but the first starts from its own copy of the market story, stored with the ingest
 * command (the first test imports it through the page, which is part of what it checks). */
const withMarket = test.extend<{ market: { path: string } }>({
  market: async ({}, provide) => {
    const { id } = ingestArticle(story(crypto.randomBytes(6).toString('hex')));
    await provide({ path: `/articles/${id}` });
  },
});

test('a reviewer adds, re-attributes, hides, restores and merges claims, and the history shows each step', async ({ page, reviewer, articlePage }) => {
  await signIn(page, reviewer);
  const tok = crypto.randomBytes(6).toString('hex');
  await new ImportPage(page).importPasted({ text: story(tok), language: 'English' });
  await expect(card(articlePage, 'We will keep the fish stalls open until noon')).toContainText('Lena Voss');

  // 1. Add a claim the extractor could not see: select its words, name the speaker.
  await articlePage.selectInArticle('The benches near the fountain are too few for the Sunday crowds');
  const addForm = page.getByRole('form', { name: 'Add claim from selection' });
  await expect(addForm).toContainText('The benches near the fountain are too few');
  await addForm.getByLabel('Speaker of the new claim').fill('Residents of Gull Point');
  await addForm.getByLabel('Kind').selectOption({ label: 'Reported (indirect)' });
  await addForm.getByRole('button', { name: 'Add claim' }).click();
  const added = card(articlePage, 'The benches near the fountain are too few');
  await expect(added).toContainText('Residents of Gull Point');
  await expect(added).toBeFocused();

  // 2. Adjust its span with the start/end form: drop "for the Sunday crowds".
  await added.getByRole('button', { name: 'Correct' }).click();
  const start = Number(await added.getByLabel('Start').inputValue());
  await added.getByLabel('End').fill(String(start + 'The benches near the fountain are too few'.length));
  await added.getByRole('button', { name: 'Adjust span' }).click();
  await expect(added.getByText('Saved: span.')).toBeVisible();
  await expect(added.locator('blockquote')).not.toContainText('Sunday crowds');
  // ...and back again by re-selecting the words in the article.
  await articlePage.selectInArticle('The benches near the fountain are too few for the Sunday crowds.');
  await added.getByRole('button', { name: 'Use selected text' }).click();
  await added.getByRole('button', { name: 'Adjust span' }).click();
  await expect(added.locator('blockquote')).toContainText('too few for the Sunday crowds');
  const addedHistory = await openHistory(articlePage, 'The benches near the fountain are too few');
  await expect(addedHistory).toContainText('Claim added: added by hand');
  await expect(addedHistory).toContainText('Span adjusted');

  // 3. Change a speaker.
  const ashdown = await openCard(card(articlePage, 'Our prices are the fairest on the coast'));
  await ashdown.getByRole('button', { name: 'Correct' }).click();
  await ashdown.getByLabel('Speaker').fill('Benjamin Ashdown');
  await ashdown.getByRole('button', { name: 'Change speaker' }).click();
  await expect(ashdown.getByText('Saved: speaker Benjamin Ashdown.')).toBeVisible();
  await expect(ashdown).toContainText('Benjamin Ashdown');

  // 4. "Not a claim": it leaves the list, is kept under Hidden claims, and can be restored.
  await ashdown.getByRole('button', { name: 'Not a claim' }).click();
  await expect(card(articlePage, 'Our prices are the fairest on the coast')).toHaveCount(0);
  await page.reload();
  await expect(card(articlePage, 'Our prices are the fairest on the coast')).toHaveCount(0);
  await page.getByText('Hidden claims (1)').click();
  await page.getByRole('list', { name: 'Hidden claims' }).getByRole('button', { name: /^Restore/ }).click();
  await expect(card(articlePage, 'Our prices are the fairest on the coast')).toBeVisible();
  const ashdownHistory = await openHistory(articlePage, 'Our prices are the fairest on the coast');
  await expect(ashdownHistory).toContainText(/Speaker changed: .+ → Benjamin Ashdown/);
  await expect(ashdownHistory).toContainText('Marked "Not a claim"');
  await expect(ashdownHistory).toContainText('Restored as a claim');

  // 5. Merge two adjacent quotes of the same speaker.
  const before = await articlePage.claims().count();
  const voss = await openCard(card(articlePage, 'We will keep the fish stalls open until noon'));
  await voss.getByRole('button', { name: 'Correct' }).click();
  await voss.getByRole('button', { name: 'Merge with next quote' }).click();
  await expect(articlePage.claims()).toHaveCount(before - 1);
  await expect(card(articlePage, 'We will keep the fish stalls open until noon')).toContainText('After that the whole quay will be washed down');
  const vossHistory = await openHistory(articlePage, 'We will keep the fish stalls open until noon');
  await expect(vossHistory).toContainText('Quotes merged: joined with the next quote');
  await page.reload();
  await expect(articlePage.claims()).toHaveCount(before - 1);
});

withMarket('merging quotes of different speakers is refused with a reason', async ({ page, reviewer, articlePage, market }) => {
  await signIn(page, reviewer);
  await articlePage.goto(market.path);
  // Lena Voss's second quote is followed by Ben Ashdown's.
  const second = await openCard(card(articlePage, 'After that the whole quay will be washed down'));
  await second.getByRole('button', { name: 'Correct' }).click();
  await second.getByRole('button', { name: 'Merge with next quote' }).click();
  await expect(second.getByText(/only quotes of the same speaker can be merged/)).toBeVisible();
});

withMarket('viewers see no correction controls, and the server refuses their corrections', async ({ page, viewer, reviewer, browser, articlePage, market }) => {
  // A reviewer's "Not a claim" request, as their browser sends it, is recorded and held back
  // (it never reaches the server), to be replayed below with the viewer's session.
  const reviewerContext = await browser.newContext();
  const reviewerPage = new ArticlePage(await reviewerContext.newPage());
  await signIn(reviewerPage.page, reviewer);
  await reviewerPage.goto(market.path);
  const ashdown = await openCard(card(reviewerPage, 'Our prices are the fairest on the coast'));
  await ashdown.getByRole('button', { name: 'Correct' }).click();
  let recorded: (request: Request) => void = () => {};
  const hideRequest = new Promise<Request>((resolve) => (recorded = resolve));
  await reviewerPage.page.route('**/*', async (route) => {
    if (route.request().method() !== 'POST' || !route.request().headers()['next-action']) return route.continue();
    recorded(route.request());
    await route.abort();
  });
  await ashdown.getByRole('button', { name: 'Not a claim' }).click();
  const hide = await hideRequest;
  const hideReplay = { url: hide.url(), headers: hide.headers(), body: hide.postData() ?? '' };
  await reviewerContext.close();

  await signIn(page, viewer);
  await articlePage.goto(market.path);
  const viewerCard = await openCard(articlePage.claims().first());
  // The open card's later parts are loaded on demand: wait until they are there before checking
  // what is absent.
  await expect(viewerCard.getByText('Public explanation')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Correct' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Update text' })).toHaveCount(0);
  await articlePage.selectInArticle('The Port Alder harbour market');
  await expect(page.getByRole('form', { name: 'Add claim from selection' })).toHaveCount(0);

  // The server refuses too: the reviewer's "Not a claim" request replayed with the viewer's session.
  const replay = await page.request.post(hideReplay.url, {
    headers: {
      'next-action': hideReplay.headers['next-action']!,
      'content-type': hideReplay.headers['content-type'] ?? 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
    },
    data: hideReplay.body,
  });
  expect(replay.status()).toBeLessThan(500);
  expect(await replay.text()).toContain('forbidden');
  await page.reload();
  await expect(card(articlePage, 'Our prices are the fairest on the coast')).toBeVisible();
});

/** The market story with one more speaker, to merge into Lena Voss. */
const withOkafor = test.extend<{ market: { path: string } }>({
  market: async ({}, provide) => {
    const text = `${story(crypto.randomBytes(6).toString('hex'))}\n\n“The fountain must be repaired before summer,” said resident Mira Okafor.`;
    await provide({ path: `/articles/${ingestArticle(text).id}` });
  },
});

withOkafor('speakers pages list canonical names, aliases and counts, and merging re-points claims with history', async ({ page, reviewer, articlePage, market }) => {
  await signIn(page, reviewer);
  await articlePage.goto(market.path);
  await page.getByRole('main').getByRole('link', { name: 'Speakers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Speakers in this article' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Speakers and their claims' });
  const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  // cells after the name: kind, role, also called, claims
  await expect(row('Lena Voss').getByRole('cell').nth(0)).toHaveText('Person');
  await expect(row('Lena Voss').getByRole('cell').nth(3)).toHaveText('2');
  const okafor = row('Mira Okafor');
  await okafor.getByText('Rename or merge Mira Okafor').click();
  await okafor.getByLabel('Merge Mira Okafor into').selectOption({ label: 'Lena Voss' });
  await okafor.getByRole('button', { name: 'Merge speakers' }).click();
  await expect(table.getByRole('rowheader', { name: 'Mira Okafor' })).toHaveCount(0);
  // The merged name lives on as an alias; all three quotes now count for Lena Voss.
  await expect(row('Lena Voss').getByRole('cell').nth(2)).toContainText('Mira Okafor');
  await expect(row('Lena Voss').getByRole('cell').nth(3)).toHaveText('3');

  await articlePage.goto(market.path);
  const history = await openHistory(articlePage, 'The fountain must be repaired before summer');
  await expect(history).toContainText('Speaker changed: speakers merged');

  await page.goto('/speakers');
  await expect(page.getByRole('heading', { level: 1, name: 'Speakers' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Speakers and their claims' }).getByRole('rowheader', { name: 'Lena Voss' })).toBeVisible();
});
