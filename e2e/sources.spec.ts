import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';
import { claimCard, openHistory } from './pages/article-page';
import { TRANSCRIPT_EN, TRANSCRIPT_ID } from '../lib/match/fixtures/transcript';

// Source check: this spec uses its own articles (our own short texts, stored with the product's
// `ingest` command) so it never touches the claims other specs review.

const SOURCE_TITLE = 'Harbour Board press conference';
const SOURCE_URL = 'https://example.org/harbour-board/12-march';

const ARTICLE_A = `Harbour chair promises new ferries

PORT WREN — The chair of the Harbour Board, Mara Okonjo, spoke to reporters on Tuesday.

“Fares will stay at the current level until at least 2027,” Okonjo said.

“We have ordered three new vessels, and the first will arrive in September,” she said.

“We will build a new passenger terminal next year,” Okonjo added.
`;

const ARTICLE_B = `Ferry fares frozen, says harbour board

PORT WREN — Passengers will not pay more for the new boats, the Harbour Board said on Wednesday.

“Fares will stay at the current level until at least 2027,” said Mara Okonjo, the board's chair.
`;

const ARTICLE_C = `Harbour chair answers on crews

PORT WREN — Mara Okonjo was asked about the crews of the old ferries.

“Every crew member keeps a job,” Okonjo told reporters.
`;

const FARES = 'Fares will stay at the current level until at least 2027';
const VESSELS = 'We have ordered three new vessels';
const TERMINAL = 'We will build a new passenger terminal';

/** Stores an article with the product's own command and returns its id. */
function ingest(text: string, title: string): number {
  const file = path.join(os.tmpdir(), `qd-e2e-sources-${process.pid}-${title.length}.txt`);
  fs.writeFileSync(file, text);
  const out = execFileSync('npm', ['run', '--silent', 'ingest', '--', file, '--title', title, '--lang', 'en'], {
    env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH },
    encoding: 'utf8',
  });
  fs.rmSync(file, { force: true });
  return (JSON.parse(out.trim().split('\n').at(-1)!) as { id: number }).id;
}

let articleA: number;
let articleB: number;
let articleC: number;

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  articleA = ingest(ARTICLE_A, 'Harbour chair promises new ferries');
  articleB = ingest(ARTICLE_B, 'Ferry fares frozen, says harbour board');
  articleC = ingest(ARTICLE_C, 'Harbour chair answers on crews');
});

/** Serious and critical accessibility problems only: those block a screen-reader or keyboard user. */
async function blockingViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

async function openArticle(page: Page, id: number) {
  await page.goto(`/articles/${id}`);
  await expect(page.getByRole('list', { name: 'Claims in reading order' })).toBeVisible();
}

test('a reviewer attaches a transcript, reads the differing words, uses a passage as evidence, verifies and finds the check in the report', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  await openArticle(page, articleA);
  const panel = page.getByRole('region', { name: 'Sources' });
  await expect(panel.getByText('No source attached yet.')).toBeVisible();

  // Add the transcript (pasted) and attach it.
  await panel.getByText('Add a new source').click();
  await panel.getByLabel('Source title').fill(SOURCE_TITLE);
  await panel.getByLabel('Kind').selectOption('transcript');
  await panel.getByLabel('Source URL').fill(SOURCE_URL);
  await panel.getByLabel('Language').selectOption('en');
  await panel.getByLabel('Source text').fill(TRANSCRIPT_EN);
  await panel.getByRole('button', { name: 'Add and attach source' }).click();
  await expect(panel.getByText(`Added “${SOURCE_TITLE}” and attached it.`)).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Attached sources' })).toContainText(SOURCE_TITLE);

  // The matches, per claim.
  const fares = claimCard(page, FARES);
  const vessels = claimCard(page, VESSELS);
  await expect(fares).toContainText(`exact in ${SOURCE_TITLE}`);
  await expect(vessels).toContainText('altered: 1 word differs');
  await expect(claimCard(page, TERMINAL)).toContainText('not found in the attached sources');

  // The altered one: which words differ, and the source's context.
  await vessels.getByRole('button', { name: 'Compare with source' }).click();
  const comparison = vessels.getByRole('region', { name: `Comparison with ${SOURCE_TITLE}` });
  await expect(comparison.getByRole('definition').first()).toHaveText('three');
  await expect(comparison.getByRole('definition').nth(1)).toHaveText('two');
  await expect(comparison).toContainText('Sentence before: That is not acceptable, and I will not defend it.');
  await expect(comparison.getByRole('deletion')).toHaveText(/two/);
  await expect(comparison.getByRole('insertion')).toHaveText(/three/);
  expect(await blockingViolations(page)).toEqual([]);

  // The exact one: its passage as evidence. The status does not change by itself.
  await fares.getByRole('button', { name: 'Compare with source' }).click();
  await fares.getByRole('button', { name: 'Use as evidence' }).click();
  const link = fares.getByRole('link', { name: /^Harbour Board press conference: “Fares will stay/ });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', `${SOURCE_URL}#:~:text=Fares%20will%20stay%20at%20the%20current%20level%20until%20at%20least%202027`);
  await expect(fares.getByRole('radio', { name: 'Unreviewed' })).toBeChecked();
  await fares.getByRole('radio', { name: 'Verified' }).click();
  await expect(fares.getByText('Saved: Verified.')).toBeVisible();

  // The passage is recorded in the claim's history like any evidence.
  await openHistory(fares);
  await expect(fares.getByText(/Evidence added: Harbour Board press conference: “Fares will stay/)).toBeVisible();

  // Reports carry the source check.
  const md = await (await page.request.get(`/api/articles/${articleA}/report?format=markdown`)).text();
  expect(md).toContain(`- **Source check:** exact (score 1.00) in ${SOURCE_TITLE}; source passage used as evidence — [${SOURCE_TITLE}](${SOURCE_URL})`);
  expect(md).toContain('only in the quote: three; only in the source: two');
  const json = (await (await page.request.get(`/api/articles/${articleA}/report?format=json`)).json()) as {
    claims: { text: string; sourceCheck: { verdict: string; quoteOnly: string[] } | null }[];
  };
  const vesselsJson = json.claims.find((c) => c.text.startsWith(VESSELS))!;
  expect(vesselsJson.sourceCheck).toMatchObject({ verdict: 'altered', quoteOnly: ['three'] });
  await page.goto(`/articles/${articleA}/report`);
  await expect(page.getByText(`exact (score 1.00) in ${SOURCE_TITLE}`)).toBeVisible();
});

test('a second article with the same quote shows the first one’s verdict and can apply it', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  await openArticle(page, articleB);
  const card = claimCard(page, FARES);
  await expect(card).toContainText(`Also in Harbour chair promises new ferries: Verified by ${reviewer.name}`);
  await expect(card.getByRole('link', { name: 'Harbour chair promises new ferries' })).toHaveAttribute('href', new RegExp(`/articles/${articleA}#claim-`));
  await card.getByRole('button', { name: 'Apply the same verdict' }).click();
  await expect(card.getByText('Applied Verified from “Harbour chair promises new ferries”.')).toBeVisible();
  await expect(card.getByRole('radio', { name: 'Verified' })).toBeChecked();
  await expect(card.getByRole('link', { name: /^Harbour Board press conference: “Fares will stay/ })).toBeVisible();

  await page.reload();
  const again = claimCard(page, FARES);
  await expect(again.getByRole('radio', { name: 'Verified' })).toBeChecked();
});

test('a source in another language is linked by hand, not matched', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  // The library source is in English; add the Indonesian transcript through the API.
  const res = await page.request.post('/api/sources', {
    data: { title: 'Konferensi pers Dewan Pelabuhan', kind: 'transcript', language: 'id', text: TRANSCRIPT_ID },
  });
  expect(res.status()).toBe(201);
  const { id: sourceId } = (await res.json()) as { id: number };
  const attach = await page.request.post(`/api/articles/${articleC}/sources`, { data: { sourceId } });
  expect(await attach.json()).toMatchObject({ attached: true, sameLanguage: false, matches: { exact: 0, close: 0, altered: 0, not_found: 0 } });

  await openArticle(page, articleC);
  const card = claimCard(page, 'Every crew member keeps a job');
  await expect(card).toContainText('Source in “id”: Konferensi pers Dewan Pelabuhan');
  await card.getByRole('button', { name: 'Link the translated passage' }).click();
  const viewer = card.getByRole('region', { name: 'Source text: Konferensi pers Dewan Pelabuhan' });
  await viewer.getByLabel('Search the source').fill('kapal baru');
  const paragraph = viewer.locator('p[data-offset]', { hasText: 'dua kapal baru' });
  await expect(paragraph).toHaveCount(1);
  // Select the translated sentence, as a reviewer would with the mouse.
  await paragraph.evaluate((el) => {
    const node = el.firstChild!;
    const text = node.textContent!;
    const start = text.indexOf('Kami sudah memesan');
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, text.indexOf('September', start) + 'September'.length);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  });
  await expect(viewer.getByText(/Selected: “Kami sudah memesan dua kapal baru/)).toBeVisible();
  await viewer.getByRole('button', { name: 'Link selected passage' }).click();
  await expect(card.getByText('Linked the passage of Konferensi pers Dewan Pelabuhan as evidence (cross-language, by hand).')).toBeVisible();
  await expect(card.getByRole('link', { name: /^Konferensi pers Dewan Pelabuhan: “Kami sudah memesan dua kapal baru/ })).toHaveAttribute(
    'href',
    new RegExp(`^/sources/${sourceId}\\?from=\\d+&to=\\d+#passage$`),
  );
  await expect(card.getByRole('radio', { name: 'Unreviewed' })).toBeChecked();
});

test('the API answers with matches, and follows the review authorization', async ({ page, viewer, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.post('/api/sources', { data: { title: 't', kind: 'other', text: 'x' } })).status()).toBe(401);
  expect((await anonymous.get('/api/sources')).status()).toBe(401);
  await anonymous.dispose();

  await signIn(page, viewer);
  expect((await page.request.post('/api/sources', { data: { title: 't', kind: 'other', text: 'Some words.' } })).status()).toBe(403);
  expect((await page.request.post(`/api/articles/${articleB}/sources`, { data: { sourceId: 1 } })).status()).toBe(403);

  const claims = (await (await page.request.get(`/api/articles/${articleA}/claims`)).json()) as { claims: { id: number; quote: string }[] };
  const vessels = claims.claims.find((c) => c.quote.startsWith(VESSELS))!;
  const res = await page.request.get(`/api/claims/${vessels.id}/matches`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { matches: { verdict: string; score: number; text: string; diff: { op: string; text: string }[] }[]; alsoIn: unknown[] };
  expect(body.matches[0]).toMatchObject({ verdict: 'altered', text: 'We have ordered two new vessels, and the first will arrive in September' });
  expect(body.matches[0]!.diff).toEqual(
    expect.arrayContaining([
      { op: 'delete', text: 'two' },
      { op: 'insert', text: 'three' },
    ]),
  );
});
