import { test, expect, signIn } from './fixtures';
import { claimCard, openCard, openHistory } from './pages/article-page';
import type { Page } from '@playwright/test';

/** Opens the bundled article (the first one listed with its outlet). */
async function openBundledArticle(page: Page) {
  await page.goto('/');
  await page.getByRole('row', { name: /BBC News Indonesia/ }).getByRole('link').first().click();
  await expect(page.getByRole('list', { name: 'Claims in reading order' })).toBeVisible();
}


async function reviewedCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('review-progress').innerText()).match(/(\d+) of (\d+) reviewed/);
  return Number(text?.[1]);
}

test.describe.configure({ mode: 'serial' });

test('Verified without evidence asks for a link and saves both together; Disputed without a note asks for the note', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  await openBundledArticle(page);
  const quote = 'Dia sedang memperkuat hubungan antara rezim otoriter';
  const card = claimCard(page, quote);
  const before = await reviewedCount(page);

  // Choosing Verified on the compact card opens it with the focus in the evidence link; nothing is saved yet.
  // (Clicked again until it takes: a click before the page has hydrated does nothing.)
  await expect(async () => {
    await card.getByRole('radiogroup', { name: 'Status' }).getByRole('radio', { name: 'Verified' }).click();
    await expect(card.getByLabel('Evidence URL')).toBeFocused({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(card).toHaveAttribute('data-open', 'true');
  await expect(card.getByText('Verified needs an evidence link: add one and it is saved together with the status.')).toBeVisible();
  expect(await reviewedCount(page)).toBe(before);

  // Disputed without a note: the note gets the focus instead, and leaving it empty saves nothing.
  await card.getByRole('radio', { name: 'Disputed' }).click();
  await expect(card.getByLabel('Note')).toBeFocused();
  await page.reload();
  const again = claimCard(page, quote);
  await expect(again.getByRole('radio', { name: 'Unreviewed' })).toBeChecked();
  expect(await reviewedCount(page)).toBe(before);

  // Verified, then a link (no title needed): status and evidence are saved in one go.
  await expect(async () => {
    await again.getByRole('radio', { name: 'Verified' }).click();
    await expect(again.getByLabel('Evidence URL')).toBeFocused({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await page.keyboard.type('https://www.reuters.com/world/putin-north-korea-2024-06-19/');
  await page.keyboard.press('Enter');
  await expect(again.getByText(/^Saved: Verified, with evidence/)).toBeVisible();
  await expect(again.getByRole('link', { name: 'https://www.reuters.com/world/putin-north-korea-2024-06-19/' })).toBeVisible();
  expect(await reviewedCount(page)).toBe(before + 1);

  // Disputed with the note typed when asked: saved together when the note is saved.
  const other = claimCard(page, 'mendukung dengan tegas');
  await other.getByRole('radio', { name: 'Disputed' }).click();
  await expect(other.getByLabel('Note')).toBeFocused();
  await page.keyboard.type('Rodong Sinmun prints a different wording.');
  await other.getByRole('button', { name: 'Save note and dispute' }).click();
  await expect(other.getByText('Saved: Disputed.')).toBeVisible();

  await page.reload();
  await expect(claimCard(page, quote).getByRole('radio', { name: 'Verified' })).toBeChecked();
  await expect(claimCard(page, 'mendukung dengan tegas').getByRole('radio', { name: 'Disputed' })).toBeChecked();
  // The compact card keeps one line for the note.
  await expect(claimCard(page, 'mendukung dengan tegas')).toContainText('Rodong Sinmun prints a different wording.');
  const history = await openCard(claimCard(page, quote));
  await openHistory(history);
  await expect(history.locator('[id^="history-"]')).toContainText('Unreviewed → Verified');
});

test('an editor reviews the bundled article end to end, and it persists with its history', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  await openBundledArticle(page);
  const before = await reviewedCount(page);

  // Kirby's quote: Verified with evidence.
  const kirby = await openCard(claimCard(page, 'Kami tidak khawatir tentang perjalanan'));
  await expect(kirby).toContainText('John Kirby');
  await kirby.getByLabel('Evidence URL').fill('https://www.whitehouse.gov/briefing-room/press-briefings/');
  await kirby.getByLabel('Evidence title').fill('White House press briefing transcript');
  await kirby.getByRole('button', { name: 'Add evidence' }).click();
  await expect(kirby.getByRole('link', { name: 'White House press briefing transcript' })).toBeVisible();
  await kirby.getByRole('radio', { name: 'Verified' }).click();
  await expect(kirby.getByText('Saved: Verified.')).toBeVisible();

  // A Putin quote: Disputed with a note.
  const putin = await openCard(claimCard(page, 'yang tidak dikendalikan oleh Barat'));
  await expect(putin).toContainText('Vladimir Putin');
  await putin.getByLabel('Note').fill('The letter text in Rodong Sinmun words this differently.');
  await putin.getByRole('radio', { name: 'Disputed' }).click();
  await expect(putin.getByText('Saved: Disputed.')).toBeVisible();

  // A Kim quote: Needs source.
  const kim = claimCard(page, 'berkembang menjadi hubungan sekutu tak terputus');
  await expect(kim).toContainText('Kim Jong Un');
  await kim.getByRole('radio', { name: 'Needs source' }).click();
  await expect(kim.getByText('Saved: Needs source.')).toBeVisible();

  await page.reload();
  await expect(claimCard(page, 'Kami tidak khawatir tentang perjalanan').getByRole('radio', { name: 'Verified' })).toBeChecked();
  await expect(claimCard(page, 'yang tidak dikendalikan oleh Barat').getByRole('radio', { name: 'Disputed' })).toBeChecked();
  await expect((await openCard(claimCard(page, 'yang tidak dikendalikan oleh Barat'))).getByLabel('Note')).toHaveValue(
    'The letter text in Rodong Sinmun words this differently.',
  );
  await expect(claimCard(page, 'berkembang menjadi hubungan sekutu').getByRole('radio', { name: 'Needs source' })).toBeChecked();
  expect(await reviewedCount(page)).toBe(before + 3);

  const history = await openCard(claimCard(page, 'Kami tidak khawatir tentang perjalanan'));
  await openHistory(history);
  const panel = history.locator('[id^="history-"]');
  await expect(panel).toContainText('Evidence added: White House press briefing transcript');
  await expect(panel).toContainText('Unreviewed → Verified');
  await expect(panel).toContainText(reviewer.name);
});

test('keyboard-only review of three claims', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  await openBundledArticle(page);
  const list = page.getByRole('list', { name: 'Claims in reading order' });
  // Show only unreviewed claims so the three we mark are fresh.
  await page.getByLabel('Status filter').selectOption('unreviewed');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const first = await list.getByRole('listitem').first().getAttribute('id');

  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(page.locator(`#${first}`)).toBeFocused();
  await page.keyboard.press('3');
  await expect(page.locator(`#${first}`).getByText('Saved: Needs source.')).toBeVisible();

  await page.keyboard.press('j');
  const second = await page.evaluate(() => document.activeElement?.id);
  expect(second).not.toBe(first);
  await page.keyboard.press('n');
  await page.keyboard.type('Reads as a paraphrase of the briefing.');
  // Typing "2" in the note must not change the status.
  await page.keyboard.type(' 2');
  await page.keyboard.press('Escape');
  await page.locator(`#${second}`).focus();
  await page.keyboard.press('2');
  await expect(page.locator(`#${second}`).getByText('Saved: Disputed.')).toBeVisible();

  await page.keyboard.press('j');
  const third = await page.evaluate(() => document.activeElement?.id);
  await page.keyboard.press('3');
  await expect(page.locator(`#${third}`).getByText('Saved: Needs source.')).toBeVisible();

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search claims')).toBeFocused();
});

test('clicking a highlight in the article focuses its claim card', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  await openBundledArticle(page);
  const mark = page.getByRole('article', { name: 'Article text' }).locator('mark', { hasText: 'persahabatan' }).first();
  await mark.click();
  const card = claimCard(page, 'persahabatan');
  await expect(card).toBeFocused();
  await expect(card).toHaveAttribute('aria-current', 'true');
});

test('search and filters narrow the claim list', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  await openBundledArticle(page);
  const list = page.getByRole('list', { name: 'Claims in reading order' });
  const cards = list.locator(':scope > li');
  const all = await cards.count();
  await page.getByLabel('Search claims').fill('Kirby');
  await expect(cards.filter({ hasNotText: 'John Kirby' })).toHaveCount(0);
  await expect(cards.first()).toContainText('John Kirby');
  await page.getByLabel('Search claims').fill('');
  await expect(cards).toHaveCount(all);
  await page.getByLabel('Kind filter').selectOption('indirect');
  await expect(cards.filter({ hasNotText: 'Reported' })).toHaveCount(0);
  await expect(cards.first()).toContainText('Reported');
});
