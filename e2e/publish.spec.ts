import AxeBuilder from '@axe-core/playwright';
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { test, expect, signIn, ADMIN } from './fixtures';
import { openCard } from './pages/article-page';

// Sign off → frozen → publish → public page (signed out, no JavaScript) → correction → unpublish.
// Runs on its own short article (ingested with the product's CLI), so other specs' use of the
// bundled article is untouched.

const ARTICLE_URL = 'https://news.example.org/2026/11/harbor-ferries-night-crossings';
const INTERNAL_NOTE = `INTERNAL-ONLY ${crypto.randomBytes(3).toString('hex')}: legal asked us not to print the source`;
const HOLT = 'We will run a boat every hour until midnight';
const ORTIZ = 'This town has waited ten years for a late ferry';

type ApiClaim = { id: number; version: number; status: string; quote: string; kind: string };
type LdNode = Record<string, unknown>;

const e2eEnv = () => ({ ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH });

/** Stores a fresh article (unique text, so never a duplicate) with the product's own command. */
function ingestArticle(): { id: number; slug: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-publish-'));
  const file = path.join(dir, 'harbor.txt');
  const run = crypto.randomBytes(3).toString('hex');
  fs.writeFileSync(
    file,
    [
      `Harbor Ferries will add night crossings to Pelican Island next spring, the company announced on Monday (ref ${run}).`,
      `"${HOLT}, seven days a week," said Dana Holt, the director of Harbor Ferries.`,
      `Mayor Lena Ortiz welcomed the plan at a press conference. "${ORTIZ}," Ortiz said.`,
      'The company did not say how much the new service would cost.',
    ].join('\n\n'),
  );
  const out = execFileSync('npm', ['run', '--silent', 'ingest', '--', file, '--title', `Harbor Ferries to run at night ${run}`, '--lang', 'en', '--url', ARTICLE_URL], {
    env: e2eEnv(),
    encoding: 'utf8',
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return JSON.parse(out) as { id: number; slug: string };
}

/** `npm run export -- --format claimreview` as a newsroom script would run it. */
function exportClaimReview(articleId: number, draft = false) {
  const args = ['run', '--silent', 'export', '--', '--article', String(articleId), '--format', 'claimreview', ...(draft ? ['--draft'] : [])];
  const r = spawnSync('npm', args, { env: e2eEnv(), encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function claimsOf(request: APIRequestContext, articleId: number): Promise<ApiClaim[]> {
  const res = await request.get(`/api/articles/${articleId}/claims`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { claims: ApiClaim[] }).claims;
}

async function review(request: APIRequestContext, claim: ApiClaim, data: Record<string, unknown>) {
  return request.patch(`/api/claims/${claim.id}/review`, { data: { version: claim.version, ...data } });
}

function panel(page: Page) {
  return page.getByRole('region', { name: 'Sign-off and publication' });
}

async function writeForReaders(page: Page, claimId: number, fields: { explanation?: string; setAside?: string }) {
  // A card at rest is compact: the public explanation is in the opened card.
  const card = await openCard(page.locator(`#claim-${claimId}`));
  await card.locator('summary', { hasText: 'Public explanation' }).click();
  if (fields.explanation !== undefined) await card.getByLabel('Explanation for readers').fill(fields.explanation);
  if (fields.setAside !== undefined) await card.getByLabel('Set aside from the published review because').fill(fields.setAside);
  await card.getByRole('button', { name: 'Save for readers' }).click();
}

/** The public page as a signed-out reader without JavaScript sees it. */
async function openAsReader(browser: Browser, url: string, { width = 1280, javaScript = false } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(url);
  return { context, page, response: response! };
}

function jsonLdOf(html: string): LdNode[] {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(m, 'the page embeds ClaimReview JSON-LD').not.toBeNull();
  return (JSON.parse(m![1]!) as { '@graph': LdNode[] })['@graph'];
}

test('an editor signs off, publishes, corrects and unpublishes a review; readers see only the public page', async ({ page, browser, baseURL }) => {
  // Four command-line runs (ingest, three exports) each start tsx: slow on a busy 2-core machine.
  test.setTimeout(420_000);
  const article = ingestArticle();
  await signIn(page, ADMIN);
  let claims = await claimsOf(page.request, article.id);
  const holt = claims.find((c) => c.quote.startsWith(HOLT))!;
  const ortiz = claims.find((c) => c.quote.startsWith(ORTIZ))!;
  expect(holt, 'the extractor finds the Holt quote').toBeTruthy();
  expect(ortiz, 'the extractor finds the Ortiz quote').toBeTruthy();
  const others = claims.filter((c) => c.id !== holt.id && c.id !== ortiz.id);

  await test.step('sign-off is refused while claims are unconcluded', async () => {
    await page.goto(`/articles/${article.id}`);
    await expect(panel(page)).toContainText('Not signed off yet');
    await panel(page).getByRole('button', { name: 'Sign off' }).click();
    await expect(panel(page).getByRole('status')).toContainText('still need a verdict or a reason to set them aside');
  });

  await test.step('the CLI refuses a ClaimReview of an unpublished review, or writes a marked draft', () => {
    const refused = exportClaimReview(article.id);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('not published, so its ClaimReview has no URL');
    const draft = exportClaimReview(article.id, true);
    expect(draft.status).toBe(0);
    expect(draft.stdout).not.toContain('"url"');
  });

  await test.step('conclude every claim: verdicts through the API, set-asides in the UI', async () => {
    expect((await review(page.request, holt, { status: 'verified', evidence: [{ url: 'https://ferries.example.org/timetable', title: 'Harbor Ferries timetable' }] })).status()).toBe(200);
    expect((await review(page.request, ortiz, { status: 'disputed', note: INTERNAL_NOTE })).status()).toBe(200);
    await page.reload();
    for (const other of others) {
      await writeForReaders(page, other.id, { setAside: 'not a checkable statement of fact' });
      await expect(page.locator(`#claim-${other.id}`).getByRole('status').filter({ hasText: 'Saved for readers.' })).toBeVisible();
    }
  });

  await test.step('sign off: the review is frozen and says who, when and which history chain', async () => {
    await page.reload();
    await panel(page).getByRole('button', { name: 'Sign off' }).click();
    await expect(panel(page)).toContainText(/Signed off by Ada Admin at .+ UTC, history chain [0-9a-f]{64}\. The review is frozen/);
  });

  await test.step('a change is refused until the review is reopened', async () => {
    const card = page.locator(`#claim-${holt.id}`);
    await card.getByRole('radio', { name: 'Needs source' }).click();
    await expect(card).toContainText('This review is signed off and frozen');
    await expect(card.getByRole('radio', { name: 'Verified' })).toBeChecked();
    claims = await claimsOf(page.request, article.id);
    const frozen = await review(page.request, claims.find((c) => c.id === holt.id)!, { status: 'disputed', note: 'x' });
    expect(frozen.status()).toBe(409);
    expect(await frozen.json()).toMatchObject({ error: 'frozen' });
  });

  await test.step('publishing needs a public explanation for the Disputed claim', async () => {
    await panel(page).getByRole('button', { name: 'Publish' }).click();
    await expect(panel(page).getByRole('status').filter({ hasText: 'Not published' })).toContainText('readers need a public explanation');
    await expect(panel(page).getByRole('list', { name: 'Before publishing' })).toContainText(/Claim \d+ is Disputed: write the public explanation readers will see\./);
  });

  await test.step('reopen with a reason, write the explanation, sign off again and publish', async () => {
    await panel(page).getByRole('button', { name: 'Reopen' }).click();
    await expect(panel(page)).toContainText('Say why the review is reopened');
    await panel(page).getByLabel('Reason for reopening').fill('The public explanation was missing');
    await panel(page).getByRole('button', { name: 'Reopen' }).click();
    await expect(panel(page)).toContainText('Reopened by Ada Admin');
    await expect(panel(page)).toContainText('because: The public explanation was missing');
    await writeForReaders(page, ortiz.id, { explanation: 'Council minutes show the ferry was first requested four years ago, not ten.' });
    await expect(page.locator(`#claim-${ortiz.id}`).getByRole('status').filter({ hasText: 'Saved for readers.' })).toBeVisible();
    await panel(page).getByRole('button', { name: 'Sign off' }).click();
    await expect(panel(page)).toContainText('The review is frozen');
    await panel(page).getByRole('button', { name: 'Publish' }).click();
    await expect(panel(page)).toContainText(`Published at ${baseURL}/p/${article.slug}`);
  });

  const publicUrl = `${baseURL}/p/${article.slug}`;

  await test.step('a signed-out reader without JavaScript reads the public page and its ClaimReview', async () => {
    const reader = await openAsReader(browser, publicUrl);
    expect(reader.response.status()).toBe(200);
    expect(reader.response.headers()['etag']).toBeTruthy();
    expect(reader.response.headers()['last-modified']).toBeTruthy();
    await expect(reader.page.getByRole('heading', { level: 1 })).toContainText('Harbor Ferries to run at night');
    await expect(reader.page.getByRole('link', { name: 'Read the reviewed article' })).toHaveAttribute('href', ARTICLE_URL);
    await expect(reader.page.locator(`#claim-${ortiz.id}`)).toContainText('Verdict: Disputed');
    await expect(reader.page.locator(`#claim-${ortiz.id}`)).toContainText('Council minutes show');
    await expect(reader.page.locator(`#claim-${holt.id}`)).toContainText('Verdict: Verified');
    await expect(reader.page.getByRole('link', { name: 'Harbor Ferries timetable' })).toBeVisible();
    await expect(reader.page.locator('.signoff')).toContainText(/Signed off by the editors of .+ history chain [0-9a-f]{64}/);
    for (const other of others) await expect(reader.page.locator(`#claim-${other.id}`)).toHaveCount(0);

    const html = await reader.response.text();
    expect(html).not.toContain(INTERNAL_NOTE);
    expect(html).not.toContain('Ada Admin');
    expect(html).not.toContain(ADMIN.email);
    const graph = jsonLdOf(html);
    const byUrl = Object.fromEntries(graph.map((n) => [n.url as string, n]));
    expect(Object.keys(byUrl).sort()).toEqual([`${publicUrl}#claim-${holt.id}`, `${publicUrl}#claim-${ortiz.id}`].sort());
    const disputed = byUrl[`${publicUrl}#claim-${ortiz.id}`]!;
    expect(disputed.reviewRating).toMatchObject({ alternateName: 'Disputed' });
    expect(disputed.itemReviewed).toMatchObject({ '@type': 'Claim', appearance: { '@type': 'NewsArticle', url: ARTICLE_URL } });
    expect(byUrl[`${publicUrl}#claim-${holt.id}`]!.reviewRating).toMatchObject({ alternateName: 'Verified' });

    const again = await reader.page.request.get(publicUrl, { headers: { 'if-none-match': reader.response.headers()['etag']! } });
    expect(again.status()).toBe(304);
    await reader.context.close();

    // axe and the layout check need script access to the page (the page itself has none).
    for (const width of [1440, 390]) {
      const view = await openAsReader(browser, publicUrl, { width, javaScript: true });
      const axe = await new AxeBuilder({ page: view.page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`), `axe at ${width} px`).toEqual([]);
      expect(await view.page.evaluate(() => document.documentElement.scrollWidth), `no sideways scrolling at ${width} px`).toBeLessThanOrEqual(width);
      await view.page.screenshot({ path: test.info().outputPath(`public-page-${width}.png`), fullPage: true });
      await view.context.close();
    }
  });

  await test.step('the CLI exports the ClaimReview of the public page', () => {
    const out = exportClaimReview(article.id);
    expect(out.status).toBe(0);
    const urls = (JSON.parse(out.stdout) as { '@graph': LdNode[] })['@graph'].map((n) => n.url);
    expect(urls).toContain(`${publicUrl}#claim-${holt.id}`);
  });

  await test.step('a corrected verdict is printed on the public page with its note', async () => {
    await panel(page).getByLabel('Reason for reopening').fill('The timetable was withdrawn');
    await panel(page).getByRole('button', { name: 'Reopen' }).click();
    await expect(panel(page)).toContainText('because: The timetable was withdrawn');
    const card = await openCard(page.locator(`#claim-${holt.id}`));
    await card.getByLabel('Note', { exact: true }).fill('Timetable page removed; company will not confirm.');
    // click, not check: the note saved on blur answers first and briefly shows the old status.
    await card.getByRole('radio', { name: 'Disputed' }).click();
    await expect(card.getByText('Saved: Disputed.')).toBeVisible();
    await expect(card.getByRole('radio', { name: 'Disputed' })).toBeChecked();
    await writeForReaders(page, holt.id, { explanation: 'The company withdrew the hourly timetable it had published.' });
    await expect(card.getByRole('status').filter({ hasText: 'Saved for readers.' })).toBeVisible();
    await page.reload();
    await panel(page).getByRole('button', { name: 'Sign off and publish the corrections' }).click();
    const correction = panel(page).getByLabel(/published as Verified, now Disputed/);
    await expect(correction).toHaveAttribute('aria-invalid', 'true');
    await correction.fill('the company withdrew the timetable it had announced');
    await panel(page).getByRole('button', { name: 'Sign off and publish the corrections' }).click();
    await expect(panel(page)).toContainText('The review is frozen');

    const reader = await openAsReader(browser, publicUrl);
    await reader.page.screenshot({ path: test.info().outputPath('public-page-corrected.png'), fullPage: true });
    await expect(reader.page.locator(`#claim-${holt.id}`)).toContainText(
      /Updated \d{1,2} \w+ \d{4}: was Verified, now Disputed, because the company withdrew the timetable it had announced\./,
    );
    const corrected = jsonLdOf(await reader.response.text()).find((n) => n.url === `${publicUrl}#claim-${holt.id}`)!;
    expect(corrected.reviewRating).toMatchObject({ alternateName: 'Disputed' });
    expect(Date.parse(corrected.dateModified as string)).toBeGreaterThan(Date.parse(corrected.datePublished as string));
    await reader.context.close();
  });

  await test.step('unpublish: the page is gone (404, like a missing one) and the history is kept', async () => {
    await panel(page).getByRole('button', { name: 'Unpublish' }).click();
    await expect(panel(page)).toContainText('Unpublished at');
    const reader = await openAsReader(browser, publicUrl);
    expect(reader.response.status()).toBe(404);
    const missing = await reader.page.request.get(`${baseURL}/p/no-such-review-${article.id}`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toBe(await reader.response.text());
    await reader.context.close();
    const history = await page.request.get(`/api/claims/${holt.id}/history`);
    const { events } = (await history.json()) as { events: { action: string }[] };
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['signed_off', 'reopened', 'published', 'corrected', 'unpublished']));
  });
});

test('the public pages are rate-limited per client address', async ({ request }) => {
  // Every request here comes from 127.0.0.1, the address earlier public-page visits in this run
  // also used, so the budget left is at most the limit: the refusal comes within limit + 1.
  const headers = { 'x-forwarded-for': `198.51.100.${crypto.randomInt(1, 254)}` };
  const limit = 120; // PUBLIC_RATE_LIMIT default
  let refused: Awaited<ReturnType<typeof request.get>> | null = null;
  for (let i = 0; i <= limit && !refused; i++) {
    const res = await request.get('/p/no-such-review', { headers });
    if (res.status() === 429) refused = res;
    else expect(res.status()).toBe(404);
  }
  expect(refused, `no 429 within ${limit + 1} requests`).not.toBeNull();
  expect(Number(refused!.headers()['retry-after'])).toBeGreaterThan(0);
  // The address is the socket's (no proxy is trusted here): a forged X-Forwarded-For gains nothing.
  expect((await request.get('/p/no-such-review', { headers: { 'x-forwarded-for': '203.0.113.77' } })).status()).toBe(429);
});
