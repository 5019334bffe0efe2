import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect, signIn, openCard } from './fixtures';

// Corrections are made on an invented article imported by this spec (random token: a fresh
// content hash every run); the bundled article is never touched.

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

/** The claim cards: direct items of the list (an open history panel has list items of its own). */
function claims(page: Page) {
  return page.getByRole('list', { name: 'Claims in reading order' }).locator(':scope > li');
}

function card(page: Page, quote: string) {
  return claims(page).filter({ hasText: quote });
}

/** Selects the first occurrence of `words` in the article text, as an editor dragging over it
 * (the words may run across several highlighted and plain stretches of text). */
async function selectInArticle(page: Page, words: string) {
  await page.getByRole('article', { name: 'Article text' }).evaluate((root, needle) => {
    const nodes: { node: Node; from: number }[] = [];
    let text = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node, from: text.length });
      text += node.textContent ?? '';
    }
    const at = text.indexOf(needle);
    if (at < 0) throw new Error(`not in the article: ${needle}`);
    const locate = (offset: number, isEnd: boolean) => {
      const hit = nodes.findLast((n) => (isEnd ? n.from < offset : n.from <= offset))!;
      return [hit.node, offset - hit.from] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(at, false));
    range.setEnd(...locate(at + needle.length, true));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);
}

async function openHistory(page: Page, quote: string) {
  const c = await openCard(card(page, quote));
  await c.getByRole('button', { name: 'History' }).click();
  return c.locator('[id^="history-"]');
}

test.describe.configure({ mode: 'serial' });

let articlePath = '';
/** The "Not a claim" server action as a reviewer's browser sent it, replayed later by a viewer. */
let hideReplay: { url: string; headers: Record<string, string>; body: string } | null = null;

test('a reviewer adds, re-attributes, hides, restores and merges claims, and the history shows each step', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  const tok = crypto.randomBytes(6).toString('hex');
  await page.goto('/articles/new');
  await page.getByLabel('Article text').fill(story(tok));
  await page.getByLabel('Language').selectOption({ label: 'English' });
  await page.getByRole('button', { name: 'Import article' }).click();
  await expect(card(page, 'We will keep the fish stalls open until noon')).toContainText('Lena Voss');
  articlePath = new URL(page.url()).pathname;

  // 1. Add a claim the extractor could not see: select its words, name the speaker.
  await selectInArticle(page, 'The benches near the fountain are too few for the Sunday crowds');
  const addForm = page.getByRole('form', { name: 'Add claim from selection' });
  await expect(addForm).toContainText('The benches near the fountain are too few');
  await addForm.getByLabel('Speaker of the new claim').fill('Residents of Gull Point');
  await addForm.getByLabel('Kind').selectOption({ label: 'Reported (indirect)' });
  await addForm.getByRole('button', { name: 'Add claim' }).click();
  const added = card(page, 'The benches near the fountain are too few');
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
  await selectInArticle(page, 'The benches near the fountain are too few for the Sunday crowds.');
  await added.getByRole('button', { name: 'Use selected text' }).click();
  await added.getByRole('button', { name: 'Adjust span' }).click();
  await expect(added.locator('blockquote')).toContainText('too few for the Sunday crowds');
  const addedHistory = await openHistory(page, 'The benches near the fountain are too few');
  await expect(addedHistory).toContainText('Claim added: added by hand');
  await expect(addedHistory).toContainText('Span adjusted');

  // 3. Change a speaker.
  const ashdown = await openCard(card(page, 'Our prices are the fairest on the coast'));
  await ashdown.getByRole('button', { name: 'Correct' }).click();
  await ashdown.getByLabel('Speaker').fill('Benjamin Ashdown');
  await ashdown.getByRole('button', { name: 'Change speaker' }).click();
  await expect(ashdown.getByText('Saved: speaker Benjamin Ashdown.')).toBeVisible();
  await expect(ashdown).toContainText('Benjamin Ashdown');

  // 4. "Not a claim": it leaves the list, is kept under Hidden claims, and can be restored.
  const recorded = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
  await ashdown.getByRole('button', { name: 'Not a claim' }).click();
  const hideRequest = await recorded;
  hideReplay = { url: hideRequest.url(), headers: hideRequest.headers(), body: hideRequest.postData() ?? '' };
  await expect(card(page, 'Our prices are the fairest on the coast')).toHaveCount(0);
  await page.reload();
  await expect(card(page, 'Our prices are the fairest on the coast')).toHaveCount(0);
  await page.getByText('Hidden claims (1)').click();
  await page.getByRole('list', { name: 'Hidden claims' }).getByRole('button', { name: /^Restore/ }).click();
  await expect(card(page, 'Our prices are the fairest on the coast')).toBeVisible();
  const ashdownHistory = await openHistory(page, 'Our prices are the fairest on the coast');
  await expect(ashdownHistory).toContainText(/Speaker changed: .+ → Benjamin Ashdown/);
  await expect(ashdownHistory).toContainText('Marked "Not a claim"');
  await expect(ashdownHistory).toContainText('Restored as a claim');

  // 5. Merge two adjacent quotes of the same speaker.
  const before = await claims(page).count();
  const voss = await openCard(card(page, 'We will keep the fish stalls open until noon'));
  await voss.getByRole('button', { name: 'Correct' }).click();
  await voss.getByRole('button', { name: 'Merge with next quote' }).click();
  await expect(claims(page)).toHaveCount(before - 1);
  await expect(card(page, 'We will keep the fish stalls open until noon')).toContainText('After that the whole quay will be washed down');
  const vossHistory = await openHistory(page, 'We will keep the fish stalls open until noon');
  await expect(vossHistory).toContainText('Quotes merged: joined with the next quote');
  await page.reload();
  await expect(claims(page)).toHaveCount(before - 1);
});

test('merging quotes of different speakers is refused with a reason', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  await page.goto(articlePath);
  const merged = await openCard(card(page, 'We will keep the fish stalls open until noon'));
  await merged.getByRole('button', { name: 'Correct' }).click();
  await merged.getByRole('button', { name: 'Merge with next quote' }).click();
  await expect(merged.getByText(/only quotes of the same speaker can be merged/)).toBeVisible();
});

test('viewers see no correction controls, and the server refuses their corrections', async ({ page, viewer }) => {
  await signIn(page, viewer);
  await page.goto(articlePath);
  await openCard(claims(page).first());
  await expect(page.getByRole('button', { name: 'Correct' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Update text' })).toHaveCount(0);
  await selectInArticle(page, 'The Port Alder harbour market');
  await expect(page.getByRole('form', { name: 'Add claim from selection' })).toHaveCount(0);

  // The server refuses too: the reviewer's "Not a claim" request replayed with the viewer's session.
  expect(hideReplay).not.toBeNull();
  const replay = await page.request.post(hideReplay!.url, {
    headers: {
      'next-action': hideReplay!.headers['next-action']!,
      'content-type': hideReplay!.headers['content-type'] ?? 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
    },
    data: hideReplay!.body,
  });
  expect(replay.status()).toBeLessThan(500);
  expect(await replay.text()).toContain('forbidden');
  await page.reload();
  await expect(card(page, 'Our prices are the fairest on the coast')).toBeVisible();
});

test('speakers pages list canonical names, aliases and counts, and merging re-points claims with history', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  await page.goto(articlePath);
  await page.getByRole('main').getByRole('link', { name: 'Speakers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Speakers in this article' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Speakers and their claims' });
  const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(row('Lena Voss').getByRole('cell').nth(2)).toHaveText('1');
  const residents = row('Residents of Gull Point');
  await residents.getByText('Rename or merge Residents of Gull Point').click();
  await residents.getByLabel('Merge Residents of Gull Point into').selectOption({ label: 'Benjamin Ashdown' });
  await residents.getByRole('button', { name: 'Merge speakers' }).click();
  await expect(table.getByRole('rowheader', { name: 'Residents of Gull Point' })).toHaveCount(0);
  // The merged name lives on as an alias; both claims now count for Benjamin Ashdown.
  await expect(row('Benjamin Ashdown').getByRole('cell').nth(1)).toContainText('Residents of Gull Point');
  await expect(row('Benjamin Ashdown').getByRole('cell').nth(2)).toHaveText('2');

  await page.goto(articlePath);
  const history = await openHistory(page, 'The benches near the fountain are too few');
  await expect(history).toContainText('Speaker changed: speakers merged');

  await page.goto('/speakers');
  await expect(page.getByRole('heading', { level: 1, name: 'Speakers' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Speakers and their claims' }).getByRole('rowheader', { name: 'Benjamin Ashdown' })).toBeVisible();
});
