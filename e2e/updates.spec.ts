import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';
import { openCard, openHistory } from './pages/article-page';
import { ImportPage } from './pages/import-page';

// Each test imports its own invented article (random token: a fresh content hash every run) and
// only ever changes that article.

const PARAGRAPHS = {
  intro: 'The Port Alder ferry timetable will change next month, the operator announced on Tuesday.',
  lindqvist: '“We will add a late sailing on Fridays,” said operations chief Marta Lindqvist.',
  okafor: '“Fares will stay the same for pensioners,” said councillor Dev Okafor.',
  welcome: 'Passengers waiting at the north terminal gave the plan a mixed welcome.',
  brooks: '“The old boats are simply too slow for this crossing,” said engineer Hannah Brooks.',
  end: 'The new timetable will be published on the harbour website.',
};

function articleText(tok: string, order: (keyof typeof PARAGRAPHS)[], edit: (s: string) => string = (s) => s): string {
  return edit([`Ferry timetable ${tok}`, ...order.map((k) => PARAGRAPHS[k])].join('\n\n'));
}

function card(page: Page, quote: string) {
  return page.getByRole('list', { name: 'Claims in reading order' }).getByRole('listitem').filter({ hasText: quote });
}

function importPasted(page: Page, text: string, url?: string) {
  return new ImportPage(page).importPasted({ text, url, language: 'English' });
}

async function markNeedsSource(page: Page, quote: string) {
  const c = card(page, quote);
  await c.getByRole('radiogroup', { name: 'Status' }).getByRole('radio', { name: 'Needs source' }).click();
  await expect(c.getByText('Saved: Needs source.')).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test('an update keeps reviews of moved quotes and sends reworded and removed ones back for a re-check', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  const tok = crypto.randomBytes(6).toString('hex');
  await importPasted(page, articleText(tok, ['intro', 'lindqvist', 'okafor', 'welcome', 'brooks', 'end']));
  const articleUrl = page.url().replace(/\?.*$/, '');

  await markNeedsSource(page, 'We will add a late sailing on Fridays');
  await markNeedsSource(page, 'Fares will stay the same for pensioners');
  await markNeedsSource(page, 'The old boats are simply too slow');

  // Version 2: Lindqvist reworded, Okafor removed, Brooks's paragraph moved to the top.
  await page.getByRole('link', { name: 'Update text' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Update text' })).toBeVisible();
  await page
    .getByLabel('Article text')
    .fill(
      articleText(tok, ['intro', 'brooks', 'lindqvist', 'welcome', 'end'], (s) =>
        s.replace('a late sailing on Fridays', 'two late sailings on Fridays and Saturdays'),
      ),
    );
  await page.getByRole('button', { name: 'Update text' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Updated to version 2' })).toContainText('2 claims need a re-check');
  expect(page.url().replace(/\?.*$/, '')).toBe(articleUrl);
  await expect(page.getByRole('article', { name: 'Article text' })).not.toContainText('Fares will stay the same');

  const reworded = card(page, 'We will add two late sailings on Fridays and Saturdays');
  await expect(reworded.getByRole('radio', { name: 'Unreviewed' })).toBeChecked();
  await expect(reworded).toContainText('Re-check: the quote changed');
  const removed = card(page, 'Fares will stay the same for pensioners');
  await expect(removed.getByRole('radio', { name: 'Unreviewed' })).toBeChecked();
  await expect(removed).toContainText('Re-check: the quote is missing');
  const moved = card(page, 'The old boats are simply too slow');
  await expect(moved.getByRole('radio', { name: 'Needs source' })).toBeChecked();

  await openCard(reworded);
  await openHistory(reworded);
  await expect(reworded.locator('[id^="history-"]')).toContainText("the quote's wording changed in version 2");
  await openCard(moved);
  await openHistory(moved);
  await expect(moved.locator('[id^="history-"]')).toContainText('the quote moved in version 2; review kept');

  // The re-check queue holds exactly the reworded and the removed claim.
  await page.getByRole('link', { name: 'Re-check 2 claims to re-check' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Re-check queue' })).toBeVisible();
  const queue = page.getByRole('list', { name: 'Re-check queue' }).getByRole('listitem');
  await expect(queue).toHaveCount(2);
  await expect(queue.filter({ hasText: 'Marta Lindqvist' })).toContainText('We will add a late sailing on Fridays');
  await expect(queue.filter({ hasText: 'Dev Okafor' })).toContainText('removed in version 2');
  await expect(page.getByRole('list', { name: 'Claims in reading order' })).not.toContainText('The old boats');

  // Reviewing a claim again takes it out of the queue.
  await card(page, 'We will add two late sailings').getByRole('radio', { name: 'Needs source' }).click();
  await expect(card(page, 'We will add two late sailings').getByText('Saved: Needs source.')).toBeVisible();
  await page.goto(articleUrl);
  await expect(page.getByRole('link', { name: 'Re-check 1 claim to re-check' })).toBeVisible();

  // Both versions are listed.
  await page.getByRole('link', { name: 'Versions' }).click();
  const rows = page.getByRole('table', { name: /Versions of/ }).locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('current');
  await rows.last().getByRole('link', { name: 'Show text of version 1' }).click();
  await expect(page.getByRole('region', { name: 'Text of version 1' })).toContainText('Fares will stay the same for pensioners');
});

test('importing new text for a URL we already have updates that article instead of adding one', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  const tok = crypto.randomBytes(6).toString('hex');
  const url = `https://harbour-gazette.example/ferry-${tok}`;
  await importPasted(page, articleText(tok, ['intro', 'lindqvist', 'end']), url);
  const articleUrl = page.url().replace(/\?.*$/, '');
  await markNeedsSource(page, 'We will add a late sailing on Fridays');

  await importPasted(page, articleText(tok, ['intro', 'lindqvist', 'brooks', 'end']), url);
  expect(page.url().replace(/\?.*$/, '')).toBe(articleUrl);
  await expect(page.getByRole('status').filter({ hasText: 'Updated to version 2' })).toContainText('1 new');
  await expect(card(page, 'We will add a late sailing on Fridays').getByRole('radio', { name: 'Needs source' })).toBeChecked();
  await expect(card(page, 'The old boats are simply too slow')).toContainText('Hannah Brooks');
  await expect(page.getByText('Version 2', { exact: true })).toBeVisible();
});
