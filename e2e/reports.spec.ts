import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';
import { claimCard, openCard } from './pages/article-page';

// Review reports: this spec reviews ITS reserved claims of the bundled article (Kirby's second
// quote, the Kremlin's "persahabatan", Kim's "keberhasilan") and checks every export against what
// the API says at that moment, since earlier specs may have reviewed other claims.

const KIRBY = 'Apa yang kami khawatirkan adalah hubungan';
const KREMLIN = 'persahabatan';
const KIM = 'keberhasilan';
const EVIDENCE = {
  url: 'https://www.whitehouse.gov/briefing-room/press-briefings/2024/06/17/',
  title: 'White House press briefing of 17 June 2024',
};
const DISPUTE_NOTE = 'Kremlin readout calls it a state visit; "friendship" is the TASS wording.';

const STATUS_LABELS: Record<string, string> = {
  unreviewed: 'Unreviewed',
  verified: 'Verified',
  disputed: 'Disputed',
  needs_source: 'Needs source',
};

type ApiClaim = { id: number; quote: string; status: string; note: string };
type ApiArticle = { article: { id: number; slug: string }; claims: ApiClaim[] };

test.describe.configure({ mode: 'serial' });
// An English-speaking browser: reports default to the reader's language, and these tests read English first.
test.use({ locale: 'en-US' });

/** Opens the bundled article (the one listed with its outlet) and returns its id. */
async function openBundledArticle(page: Page): Promise<number> {
  await page.goto('/');
  await page.getByRole('row', { name: /BBC News Indonesia/ }).getByRole('link').first().click();
  await expect(page.getByRole('list', { name: 'Claims in reading order' })).toBeVisible();
  return Number(new URL(page.url()).pathname.split('/').pop());
}

/** The API's view of the article, fetched with the page's session. */
async function apiArticle(request: APIRequestContext, articleId: number): Promise<ApiArticle> {
  const res = await request.get(`/api/articles/${articleId}/claims`);
  expect(res.status()).toBe(200);
  return (await res.json()) as ApiArticle;
}

function claimByQuote(api: ApiArticle, quote: string): ApiClaim {
  const found = api.claims.find((c) => c.quote.startsWith(quote));
  expect(found, quote).toBeTruthy();
  return found!;
}

async function openExportMenu(page: Page) {
  // A <details> disclosure: its <summary> has no ARIA role Playwright can match, so by its text.
  await page.getByText('Export report', { exact: true }).click();
  await expect(page.getByRole('list', { name: 'Report formats' })).toBeVisible();
}

/** Clicks a link of the Export menu and returns the downloaded file. */
async function downloadFromMenu(page: Page, linkName: string): Promise<{ filename: string; body: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('list', { name: 'Report formats' }).getByRole('link', { name: linkName }).click(),
  ]);
  const file = await download.path();
  return { filename: download.suggestedFilename(), body: fs.readFileSync(file) };
}

function expectReportFilename(filename: string, slug: string, ext: string) {
  expect(filename).toMatch(new RegExp(`^${slug}-review-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`));
}

/** The text of a PDF, all pages, whitespace folded, as a reader's text extraction gives it. */
async function pdfText(pdf: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const fontDir = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts');
  const doc = await getDocument({ data: new Uint8Array(pdf), standardFontDataUrl: `${fontDir}/` }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? ' ' : '');
  }
  await doc.destroy();
  return parts.join('').replace(/\s+/g, ' ');
}

test('signed-out requests to the export routes get 401 and no report data', async ({ request }) => {
  for (const url of ['/api/articles/1/report?format=json', '/api/articles/1/report?format=pdf', '/api/summary?format=csv']) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(401);
    expect(res.headers()['content-disposition'], url).toBeUndefined();
    const body = await res.text();
    expect(JSON.parse(body)).toMatchObject({ error: 'unauthenticated' });
    expect(body).not.toContain('Kirby');
  }
});

test('a reviewer marks the reserved claims Verified, Disputed and Needs source', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  await openBundledArticle(page);

  const kirby = await openCard(claimCard(page, KIRBY));
  await expect(kirby).toContainText('John Kirby');
  await kirby.getByLabel('Evidence URL').fill(EVIDENCE.url);
  await kirby.getByLabel('Evidence title').fill(EVIDENCE.title);
  await kirby.getByRole('button', { name: 'Add evidence' }).click();
  await expect(kirby.getByRole('link', { name: EVIDENCE.title })).toBeVisible();
  await kirby.getByRole('radio', { name: 'Verified' }).click();
  await expect(kirby.getByText('Saved: Verified.')).toBeVisible();

  const kremlin = await openCard(claimCard(page, KREMLIN));
  await expect(kremlin).toContainText('Kremlin');
  await kremlin.getByLabel('Note').fill(DISPUTE_NOTE);
  await kremlin.getByRole('radio', { name: 'Disputed' }).click();
  await expect(kremlin.getByText('Saved: Disputed.')).toBeVisible();

  const kim = claimCard(page, KIM);
  await expect(kim).toContainText('Kim Jong Un');
  await kim.getByRole('radio', { name: 'Needs source' }).click();
  await expect(kim.getByText('Saved: Needs source.')).toBeVisible();
});

test('a viewer downloads Markdown, CSV and JSON from the Export menu', async ({ page, viewer }) => {
  await signIn(page, viewer);
  const articleId = await openBundledArticle(page);
  const api = await apiArticle(page.request, articleId);
  await openExportMenu(page);

  const md = await downloadFromMenu(page, 'Markdown (.md)');
  expectReportFilename(md.filename, api.article.slug, 'md');
  const markdown = md.body.toString('utf8');
  expect(markdown).toContain(`${api.claims.length} claims in total.`);
  const kirbyBlock = markdown.split('\n### ').find((block) => block.includes(KIRBY) && block.includes('**Status:**'));
  expect(kirbyBlock).toBeDefined();
  expect(kirbyBlock).toContain('**Speaker:** John Kirby');
  expect(kirbyBlock).toContain('**Status:** Verified');
  expect(kirbyBlock).toContain(`[${EVIDENCE.title}](${EVIDENCE.url})`);

  const csv = await downloadFromMenu(page, 'CSV (.csv)');
  expectReportFilename(csv.filename, api.article.slug, 'csv');
  const rows = parse(csv.body, { bom: true, columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(api.claims.length);
  const statusById = new Map(rows.map((row) => [Number(row['Claim ID']), row.Status]));
  for (const claim of api.claims) expect(statusById.get(claim.id), claim.quote).toBe(STATUS_LABELS[claim.status]);
  expect(statusById.get(claimByQuote(api, KIRBY).id)).toBe('Verified');
  expect(statusById.get(claimByQuote(api, KIM).id)).toBe('Needs source');
  const kremlinRow = rows.find((row) => Number(row['Claim ID']) === claimByQuote(api, KREMLIN).id)!;
  expect(kremlinRow).toMatchObject({ Status: 'Disputed', Note: DISPUTE_NOTE, Speaker: 'Kremlin' });

  const json = await downloadFromMenu(page, 'JSON (.json)');
  expectReportFilename(json.filename, api.article.slug, 'json');
  const report = JSON.parse(json.body.toString('utf8')) as {
    claims: { id: number; status: string; evidence: { url: string }[] }[];
    generatedBy: { name: string };
    chain: { intact: boolean };
  };
  const schema = JSON.parse(fs.readFileSync(path.resolve('lib/report/report.schema.json'), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  expect(report.claims).toHaveLength(api.claims.length);
  expect(report.generatedBy.name).toBe(viewer.name);
  expect(report.chain.intact).toBe(true);
  expect(report.claims.find((c) => c.id === claimByQuote(api, KIRBY).id)?.evidence).toEqual([
    expect.objectContaining({ url: EVIDENCE.url }),
  ]);
});

test('a viewer downloads the PDF and ClaimReview, and sees which claims ClaimReview leaves out', async ({ page, viewer }) => {
  await signIn(page, viewer);
  const articleId = await openBundledArticle(page);
  const api = await apiArticle(page.request, articleId);
  await openExportMenu(page);

  const pdf = await downloadFromMenu(page, 'PDF (.pdf)');
  expectReportFilename(pdf.filename, api.article.slug, 'pdf');
  expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = await pdfText(pdf.body);
  expect(text).toContain('Summary');
  expect(text).toContain(`${api.claims.length} claims in total.`);
  expect(text).toContain(KIRBY);
  expect(text).toContain(EVIDENCE.title);

  const jsonLd = await downloadFromMenu(page, 'ClaimReview (JSON-LD)');
  expectReportFilename(jsonLd.filename, api.article.slug, 'jsonld');
  const graph = (JSON.parse(jsonLd.body.toString('utf8')) as { '@graph': Record<string, unknown>[] })['@graph'];
  const concluded = api.claims.filter((c) => c.status === 'verified' || c.status === 'disputed');
  expect(graph).toHaveLength(concluded.length);
  for (const entry of graph) {
    // Not published: a draft without a URL (no page publishes it yet), never the article's own URL.
    expect(entry).toMatchObject({ '@type': 'ClaimReview', claimReviewed: expect.any(String), creativeWorkStatus: 'Draft' });
    expect(entry).not.toHaveProperty('url');
    expect(entry.reviewRating).toMatchObject({ '@type': 'Rating', ratingValue: expect.any(Number) });
  }
  expect(graph.find((e) => String(e.claimReviewed).startsWith(KIRBY))?.reviewRating).toMatchObject({ alternateName: 'Verified' });
  expect(graph.find((e) => e.claimReviewed === KREMLIN)?.reviewRating).toMatchObject({ alternateName: 'Disputed' });

  await expect(page.getByRole('status').filter({ hasText: 'Draft only' })).toContainText('not published, so its ClaimReview has no URL');
  const skipped = api.claims.length - concluded.length;
  const status = page.getByRole('status').filter({ hasText: 'not exported' });
  await expect(status).toContainText(`${skipped} ${skipped === 1 ? 'claim was' : 'claims were'} not exported`);
  const kim = claimByQuote(api, KIM);
  await expect(status.getByRole('list', { name: 'Claims not exported' })).toContainText(`(id ${kim.id}) not exported: status "Needs source"`);
});

test('the print view is reachable from the menu and shows the summary, claims and history', async ({ page, viewer }) => {
  await signIn(page, viewer);
  const articleId = await openBundledArticle(page);
  const api = await apiArticle(page.request, articleId);
  await openExportMenu(page);
  await page.getByRole('list', { name: 'Report formats' }).getByRole('link', { name: 'Print view' }).click();

  // The browser asks for English (Playwright's en-US), so the menu starts with English reports.
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}/report\\?locale=en$`));
  const report = page.getByRole('article', { name: 'Review report' });
  await expect(report.getByRole('heading', { level: 1 })).toContainText('Review report:');
  await expect(report.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(report).toContainText(`${api.claims.length} claims in total.`);
  const byStatus = report.getByRole('table', { name: 'Claims by status' });
  const verified = api.claims.filter((c) => c.status === 'verified').length;
  await expect(byStatus.getByRole('row', { name: 'Verified' })).toContainText(String(verified));
  await expect(report.getByRole('link', { name: EVIDENCE.title })).toHaveAttribute('href', EVIDENCE.url);
  await expect(report.getByRole('heading', { name: 'Appendix: history' })).toBeVisible();
  await expect(report).toContainText('Intact:');

  // On paper only the report remains: the app header and the report toolbar are hidden.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
  await expect(report.getByRole('heading', { name: 'Summary' })).toBeVisible();
});

test('an editor chooses Bahasa Indonesia in the Export menu and gets Indonesian reports', async ({ page, viewer }) => {
  await signIn(page, viewer);
  const articleId = await openBundledArticle(page);
  const api = await apiArticle(page.request, articleId);
  await openExportMenu(page);
  const english = page.getByRole('radio', { name: 'English' });
  await expect(english).toBeChecked();
  await page.getByRole('radio', { name: 'Bahasa Indonesia' }).check();

  const md = (await downloadFromMenu(page, 'Markdown (.md)')).body.toString('utf8');
  expect(md).toMatch(/^# Laporan tinjauan: /);
  expect(md).toContain('## Ringkasan');
  expect(md).toContain(`Total ${api.claims.length} klaim.`);
  const kirbyBlock = md.split('\n### ').find((block) => block.includes(KIRBY) && block.includes('**Status:**'));
  expect(kirbyBlock).toContain('**Narasumber:** John Kirby');
  expect(kirbyBlock).toContain('**Status:** Terverifikasi');
  expect(md).toContain('## Lampiran: riwayat');
  expect(md).not.toContain('Review report');

  const pdf = await pdfText((await downloadFromMenu(page, 'PDF (.pdf)')).body);
  for (const heading of ['Laporan tinjauan:', 'Ringkasan', 'Per narasumber', 'Lampiran: riwayat', 'Halaman 1 dari']) expect(pdf).toContain(heading);
  expect(pdf).toContain('Status: Dibantah');
  expect(pdf).not.toContain('Summary');

  const csv = parse((await downloadFromMenu(page, 'CSV (.csv)')).body, { bom: true, columns: true }) as Record<string, string>[];
  expect(csv.find((row) => Number(row['ID klaim']) === claimByQuote(api, KIM).id)).toMatchObject({ Status: 'Perlu sumber' });

  // The print view follows the same choice.
  await page.getByRole('list', { name: 'Report formats' }).getByRole('link', { name: 'Print view' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}/report\\?locale=id$`));
  const report = page.getByRole('article', { name: 'Laporan tinjauan' });
  await expect(report).toHaveAttribute('lang', 'id');
  await expect(report.getByRole('heading', { name: 'Ringkasan' })).toBeVisible();
  await expect(report.getByRole('table', { name: 'Klaim per status' }).getByRole('row', { name: 'Terverifikasi' })).toBeVisible();
  await expect(report.getByRole('heading', { name: 'Lampiran: riwayat' })).toBeVisible();
});

test('signed-in export errors: unknown format 400, unknown or malformed article 404; the summary lists every article', async ({
  page,
  viewer,
}) => {
  await signIn(page, viewer);
  const articleId = await openBundledArticle(page);
  const api = await apiArticle(page.request, articleId);

  expect((await page.request.get(`/api/articles/${articleId}/report?format=docx`)).status()).toBe(400);
  const badLocale = await page.request.get(`/api/articles/${articleId}/report?format=csv&locale=fr`);
  expect(badLocale.status()).toBe(400);
  expect(await badLocale.json()).toMatchObject({ error: 'bad_locale', message: 'Unknown locale "fr": choose id, en.' });
  expect(badLocale.headers()['content-disposition']).toBeUndefined();
  expect((await page.request.get(`/api/articles/99999999/report?format=csv`)).status()).toBe(404);
  expect((await page.request.get(`/api/articles/1abc/report?format=csv`)).status()).toBe(404);

  // The home page's summary link downloads the file.
  await page.goto('/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Summary (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const rows = parse(fs.readFileSync(await download.path()), { bom: true, columns: true }) as Record<string, string>[];
  const row = rows.find((r) => Number(r['Article ID']) === articleId)!;
  const count = (status: string) => String(api.claims.filter((c) => c.status === status).length);
  expect(row).toMatchObject({
    Total: String(api.claims.length),
    Verified: count('verified'),
    Disputed: count('disputed'),
    'Needs source': count('needs_source'),
    Unreviewed: count('unreviewed'),
  });

  const md = await page.request.get('/api/summary?format=markdown');
  expect(md.status()).toBe(200);
  expect(md.headers()['content-type']).toMatch(/^text\/markdown/);
  expect(await md.text()).toContain('# Review summary: all articles');
  const mdId = await page.request.get('/api/summary?format=markdown&locale=id');
  expect(await mdId.text()).toContain('# Ringkasan tinjauan: semua artikel');
});
