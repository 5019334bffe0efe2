import crypto from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect, signIn, ingestArticle } from './fixtures';
import { openCard } from './pages/article-page';
import { ImportPage } from './pages/import-page';

// "Check speaker": the card flags the attributions the extractor was unsure of, so an editor can
// do those first. Which claims are unsure depends on the extractor's model (which is retrained
// from time to time), so each test reads the stored confidences through the JSON API and checks
// the page against them, never against numbers written here. The threshold is the product's:
// below 0.6 (lib/speaker-check.ts).
const THRESHOLD = 0.6;

/** A made-up story (never a corpus text) with confident and doubtful attributions and a report as a source. */
function story(tok: string): string {
  return [
    `Harbour town split over new ferry timetable ${tok}`,
    'The harbour board met on Tuesday to discuss the new ferry timetable for the winter months.',
    '“The pier needs repairs before the first storms arrive,” said Marta Kowalski, the harbour master.',
    'According to the report, “the old crane has not been inspected since 2019.”',
    'Residents were less certain. “We were never asked,” one fisherman told reporters, adding that the board had ignored the petition.',
    '“It is too early to say,” he said. “Nobody knows what the money will cover.”',
    'Kowalski and her deputy, Ines Moreau, disagreed on the date. “March at the latest,” she said.',
    '“Wait and see.”',
    'Kowalski added that the board would publish the full plan next week. “We will listen to everyone,” she said.',
    // two men, then "he said": whichever the model names, it cannot be sure
    'The ferry captain, Tom Berg, and the mayor, Omar Reyes, argued over the fares for an hour.',
    '“Nobody listens to us,” he said.',
  ].join('\n\n');
}

type ApiClaim = {
  id: number;
  quote: string;
  confidence: number;
  speakerByHand: boolean;
  status: string;
  speaker: { name: string; type: string | null } | null;
};

async function storedClaims(request: APIRequestContext, articleId: number): Promise<ApiClaim[]> {
  const res = await request.get(`/api/articles/${articleId}/claims`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { claims: ApiClaim[] }).claims;
}

/** The stored claims split at the threshold; the story must give at least one of each. */
async function splitByConfidence(request: APIRequestContext, articleId: number) {
  const claims = await storedClaims(request, articleId);
  const unsure = claims.filter((c) => c.confidence < THRESHOLD);
  const sure = claims.filter((c) => c.confidence >= THRESHOLD);
  expect(unsure.length, 'the test story should give at least one doubtful attribution').toBeGreaterThan(0);
  expect(sure.length, 'the test story should give at least one confident attribution').toBeGreaterThan(0);
  return { claims, unsure, sure };
}

const cardOf = (page: Page, id: number) => page.locator(`#claim-${id}`);
const marker = (page: Page, id: number) => cardOf(page, id).getByText(/^⚠ Check speaker \(\d+%\)/);

/** 0.58 → 58: rounded down, after undoing float error (0.58 * 100 is 57.99999999999999 in JavaScript). */
function wholePercent(confidence: number): number {
  return Math.floor(Math.round(confidence * 1e6) / 1e4);
}

function articleIdOf(page: Page): number {
  return Number(new URL(page.url()).pathname.split('/')[2]);
}

test('the cards flag exactly the doubtful attributions, and the filter and keyboard take the editor through them', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  await new ImportPage(page).importPasted({ text: story(crypto.randomBytes(6).toString('hex')), language: 'English' });
  const articleId = articleIdOf(page);
  const { claims, unsure, sure } = await splitByConfidence(page.request, articleId);

  // The marker, with its percentage rounded down, on every doubtful card and on no other.
  for (const c of unsure) {
    await expect(marker(page, c.id)).toHaveText(new RegExp(`Check speaker \\(${wholePercent(c.confidence)}%\\)`));
  }
  for (const c of sure) await expect(marker(page, c.id)).toHaveCount(0);

  // On a phone the marker wraps onto its own line rather than pushing the page sideways (checked
  // before any review, while every doubtful card still carries it: the story may give only one).
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(marker(page, unsure[unsure.length - 1]!.id)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  if (desktop) await page.setViewportSize(desktop);

  // An open confident card says how sure the desk is.
  const confident = await openCard(cardOf(page, sure[0]!.id));
  await expect(confident.getByText(`Attribution confidence: ${wholePercent(sure[0]!.confidence)}%`)).toBeVisible();

  // The filter shows only the doubtful claims, in reading order.
  const filter = page.getByRole('checkbox', { name: `Only speakers to check (${unsure.length})` });
  await filter.check();
  await expect(page.getByText(`Showing ${unsure.length} of ${claims.length} claims`)).toBeVisible();
  const cards = page.getByRole('list', { name: 'Claims in reading order' }).locator(':scope > li');
  await expect(cards).toHaveCount(unsure.length);
  expect(await cards.evaluateAll((els) => els.map((e) => Number(e.id.replace('claim-', ''))))).toEqual(unsure.map((c) => c.id));

  // Keyboard only: j opens the first doubtful claim, 3 marks it Needs source; a reviewed claim no
  // longer asks for a check, and the count goes down.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('j');
  const first = cardOf(page, unsure[0]!.id);
  await expect(first).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('3');
  await expect(first.getByRole('radio', { name: 'Needs source' })).toBeChecked();
  await expect(marker(page, unsure[0]!.id)).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: `Only speakers to check (${unsure.length - 1})` })).toBeVisible();

  // After a reload the stored state says the same.
  await page.reload();
  await expect(marker(page, unsure[0]!.id)).toHaveCount(0);
  for (const c of unsure.slice(1)) await expect(marker(page, c.id)).toBeVisible();
});

test('a speaker changed by hand stops the nagging, a report quoted as a source is a Document, and an editor can set a kind', async ({ page, reviewer }) => {
  const { id: articleId } = ingestArticle(story(crypto.randomBytes(6).toString('hex')));
  await signIn(page, reviewer);
  await page.goto(`/articles/${articleId}`);
  const { claims, unsure } = await splitByConfidence(page.request, articleId);

  const doubtful = unsure[0]!;
  await expect(marker(page, doubtful.id)).toBeVisible();
  const card = await openCard(cardOf(page, doubtful.id));
  await card.getByRole('button', { name: 'Correct' }).click();
  await card.getByLabel('Speaker').fill('Ines Moreau');
  await card.getByRole('button', { name: 'Change speaker' }).click();
  await expect(card.getByText('Saved: speaker Ines Moreau.')).toBeVisible();
  await expect(marker(page, doubtful.id)).toHaveCount(0);
  await expect(card.getByText('Speaker chosen by a reviewer')).toBeVisible();
  // Still unreviewed: it is the hand-chosen speaker, not a status, that ends the check.
  await expect(card.getByRole('radio', { name: 'Unreviewed' })).toBeChecked();
  const after = (await storedClaims(page.request, articleId)).find((c) => c.id === doubtful.id)!;
  expect(after).toMatchObject({ speakerByHand: true, status: 'unreviewed', speaker: { name: 'Ines Moreau' } });

  // "According to the report": the report is kept as the source, labelled as a document.
  const crane = claims.find((c) => c.quote.startsWith('the old crane'))!;
  expect(crane.speaker).toMatchObject({ name: 'the report', type: 'document' });
  await expect(cardOf(page, crane.id).getByText('Document', { exact: true })).toBeVisible();
  // People are not labelled on the card.
  const kowalski = claims.find((c) => c.quote.startsWith('The pier needs repairs'))!;
  await expect(cardOf(page, kowalski.id).getByText('Person', { exact: true })).toHaveCount(0);

  await page.goto(`/articles/${articleId}/speakers`);
  const table = page.getByRole('table', { name: 'Speakers and their claims' });
  const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(row('the report').getByRole('cell').first()).toHaveText('Document');
  await expect(row('Marta Kowalski').getByRole('cell').first()).toHaveText('Person');

  // An editor can set the kind the extractor could not tell.
  const fisherman = row('one fisherman');
  await expect(fisherman.getByRole('cell').first()).toHaveText('—');
  await fisherman.getByText('Rename or merge one fisherman').click();
  await fisherman.getByLabel('Kind of one fisherman').selectOption({ label: 'Person' });
  await fisherman.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(row('one fisherman').getByRole('cell').first()).toHaveText('Person');
});
