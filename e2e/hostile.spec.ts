// Hostile input against the routes, the server actions and the import, on the shared e2e server.
// Wrong input gets a clear 4xx (or a form error) and leaves the app tables byte-for-byte unchanged;
// hostile-LOOKING text is legitimate, stored exactly as written, and rendered and exported as text.
import { test as base, expect, signIn, createUser, ADMIN } from './fixtures';
import { openCard, openHistory } from './pages/article-page';
import type { Locator } from '@playwright/test';
import type { APIRequestContext, Page, Request } from '@playwright/test';
import Database from 'better-sqlite3';
import { parse as parseCsv } from 'csv-parse/sync';
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ALMOST_IDS,
  BAD_ARTICLE_FILES,
  BAD_CREDENTIALS,
  BAD_EVIDENCE_URLS,
  BAD_TEXT_CHARACTERS,
  FORMULA_TEXTS,
  MARKUP_TEXTS,
  RAW_BODIES,
  WRONG_BODIES,
  corpusSize,
} from './hostile-inputs';

type ApiClaim = { id: number; version: number; status: string; note: string; quote: string; evidence: { title: string; url: string }[] };

const BUNDLED_ARTICLE_ID = 1; // seeded into the fresh e2e database before anything else
const RESERVED_QUOTE = 'hubungan yang semakin dalam antara kedua negara ini';
const APP_TABLES = ['articles', 'claims', 'reviews', 'evidence', 'review_events', 'speakers', 'article_versions', 'api_tokens'];
const e2eEnv = () => ({ ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH });

/** sha256 over every row of the app tables, read straight from the e2e database file. */
function appTablesChecksum(): string {
  const db = new Database(process.env.E2E_DATABASE_PATH!, { readonly: true, fileMustExist: true });
  try {
    const hash = crypto.createHash('sha256');
    for (const table of APP_TABLES) {
      hash.update(`\u0001${table}\u0001`);
      for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).iterate()) hash.update(JSON.stringify(row));
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

function cliToken(role: 'reviewer' | 'viewer', name: string): string {
  const out = execFileSync('npm', ['run', '--silent', 'token:create', '--', '--name', name, '--role', role], { env: e2eEnv(), stdio: 'pipe' });
  return (JSON.parse(out.toString('utf8')) as { token: string }).token;
}

function writeTemp(name: string, bytes: Buffer | string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-hostile-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function claimsOf(api: APIRequestContext, articleId: number, token: string): Promise<ApiClaim[]> {
  const res = await api.get(`/api/articles/${articleId}/claims`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { claims: ApiClaim[] }).claims;
}

/** PATCHes `bytes` of JSON-looking text as a chunked stream (no Content-Length); returns the status. */
async function sendChunked(url: string, headers: Record<string, string>, bytes: number): Promise<number> {
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) controller.enqueue(new TextEncoder().encode('{"status":"needs_source","version":1,"note":"'));
      if (sent >= bytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const res = await fetch(url, { method: 'PATCH', headers, body, duplex: 'half' } as RequestInit & { duplex: 'half' });
  return res.status;
}

/** Collects answers that are not the expected 4xx, so one run reports every offender at once. */
class Verdicts {
  readonly problems: string[] = [];
  count = 0;
  expect(label: string, status: number, allowed: readonly number[]) {
    this.count += 1;
    if (!allowed.includes(status)) this.problems.push(`${label} → ${status} (expected ${allowed.join(' or ')})`);
  }
}

/** API tokens made once per worker with the product's own command (no state between tests). */
const test = base.extend<object, { reviewerToken: string; viewerToken: string }>({
  reviewerToken: [async ({}, provide) => provide(cliToken('reviewer', 'Hostile-input reviewer')), { scope: 'worker' }],
  viewerToken: [async ({}, provide) => provide(cliToken('viewer', 'Hostile-input viewer')), { scope: 'worker' }],
});

test('the corpus holds at least 100 hostile inputs', () => {
  expect(corpusSize()).toBeGreaterThanOrEqual(100);
});

test('wrong input gets a clear 4xx, never a 500, and leaves the app tables byte-for-byte unchanged', async ({ page, reviewer, viewer, browser, request, reviewerToken, viewerToken }) => {
  test.setTimeout(180_000);
  await signIn(page, reviewer);
  const bundled = await claimsOf(request, BUNDLED_ARTICLE_ID, reviewerToken);
  const reserved = bundled.find((c) => c.quote === RESERVED_QUOTE)!;
  const claim5 = bundled.find((c) => c.id === 5)!;
  expect(reserved).toBeDefined();
  expect(claim5).toBeDefined();
  const auth = { authorization: `Bearer ${reviewerToken}`, 'content-type': 'application/json' };
  const review = (id: number | string) => `/api/claims/${id}/review`;
  const before = appTablesChecksum();
  const v = new Verdicts();

  for (const url of BAD_EVIDENCE_URLS) {
    const res = await request.patch(review(reserved.id), {
      headers: auth,
      data: { status: 'needs_source', evidence: [{ url, title: 'Evidence' }], version: reserved.version },
    });
    v.expect(`evidence url ${JSON.stringify(url.slice(0, 60))}`, res.status(), [400]);
  }
  for (const wrong of WRONG_BODIES) {
    const res = await request.fetch(review(reserved.id), { method: 'PATCH', headers: auth, data: JSON.stringify(wrong.body(reserved.version)) });
    v.expect(`body: ${wrong.label}`, res.status(), [400]);
  }
  for (const raw of RAW_BODIES) {
    const res = await request.fetch(review(reserved.id), { method: 'PATCH', headers: auth, data: raw.bytes(reserved.version) });
    v.expect(`raw body: ${raw.label}`, res.status(), [400, 413]);
  }

  // A chunked body declares no length: it must be cut off at the limit and refused, not stored.
  v.expect('chunked body of 2 MB', await sendChunked(`${new URL(page.url()).origin}${review(reserved.id)}`, auth, 2 * 1024 * 1024), [413]);

  // Almost-numbers and broken escapes, with a body that WOULD be accepted for claim 5.
  const valid5 = { status: 'needs_source', note: 'must never land on claim 5', version: claim5.version };
  for (const seg of ALMOST_IDS) {
    v.expect(`PATCH claim ${seg}`, (await request.patch(review(seg), { headers: auth, data: valid5 })).status(), [400, 404]);
    v.expect(`GET history ${seg}`, (await request.get(`/api/claims/${seg}/history`, { headers: auth })).status(), [400, 404]);
    v.expect(`GET article ${seg} claims`, (await request.get(`/api/articles/${seg}/claims`, { headers: auth })).status(), [400, 404]);
    v.expect(`GET article ${seg} report`, (await request.get(`/api/articles/${seg}/report?format=csv`, { headers: auth })).status(), [400, 404]);
    v.expect(`page /articles/${seg}`, (await page.request.get(`/articles/${seg}`)).status(), [400, 404]);
    v.expect(`page /claims/${seg}/history`, (await page.request.get(`/claims/${seg}/history`)).status(), [400, 404]);
  }
  v.expect('PATCH unknown claim', (await request.patch(review(987654321), { headers: auth, data: valid5 })).status(), [404]);
  v.expect('GET unknown article', (await request.get('/api/articles/987654321/claims', { headers: auth })).status(), [404]);
  v.expect('GET unknown history', (await request.get('/api/claims/987654321/history', { headers: auth })).status(), [404]);
  v.expect('unknown export format', (await request.get(`/api/articles/${BUNDLED_ARTICLE_ID}/report?format=exe`, { headers: auth })).status(), [400]);
  // Another article's claim ids never leak into this article's list.
  const foreign = await request.get(`/api/articles/${BUNDLED_ARTICLE_ID}/claims?ids=987654321,5abc,%FF`, { headers: auth });
  expect(((await foreign.json()) as { claims: unknown[] }).claims).toEqual([]);

  const reservedBody = { status: 'needs_source', note: 'no credentials', version: reserved.version };
  for (const cred of BAD_CREDENTIALS) {
    const headers = { 'content-type': 'application/json', ...cred.headers };
    v.expect(`PATCH with ${cred.label}`, (await request.patch(review(reserved.id), { headers, data: reservedBody })).status(), [401]);
    v.expect(`GET claims with ${cred.label}`, (await request.get(`/api/articles/${BUNDLED_ARTICLE_ID}/claims`, { headers })).status(), [401]);
    v.expect(`GET report with ${cred.label}`, (await request.get(`/api/articles/${BUNDLED_ARTICLE_ID}/report?format=json`, { headers })).status(), [401]);
  }
  const viewerAuth = { authorization: `Bearer ${viewerToken}`, 'content-type': 'application/json' };
  v.expect('PATCH with a viewer token', (await request.patch(review(reserved.id), { headers: viewerAuth, data: reservedBody })).status(), [403]);
  const viewerContext = await browser.newContext();
  const viewerPage = await viewerContext.newPage();
  await signIn(viewerPage, viewer);
  v.expect('PATCH with a viewer session', (await viewerPage.request.patch(review(reserved.id), { data: reservedBody })).status(), [403]);
  await viewerContext.close();

  for (const file of BAD_ARTICLE_FILES) {
    const tmp = writeTemp(file.name, file.bytes());
    const run = spawnSync('npm', ['run', '--silent', 'ingest', '--', tmp, '--title', 'Refused import'], { env: e2eEnv(), encoding: 'utf8' });
    if (run.status === 0 || run.status === null) v.problems.push(`import of ${file.label} was accepted (exit ${run.status}): ${run.stdout}`);
    expect(run.stderr, `${file.label}: a message, not a stack trace`).not.toMatch(/\n\s+at /);
    fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
  }

  expect(v.problems).toEqual([]);
  expect(v.count).toBeGreaterThanOrEqual(100);
  expect(appTablesChecksum()).toBe(before);
});

/** Records the next server-action POST the page sends, and stops it before it reaches the server. */
async function captureServerAction(page: Page, trigger: () => Promise<void>): Promise<{ headers: Record<string, string>; body: Buffer }> {
  let captured: Request | undefined;
  await page.route('**/*', async (route) => {
    const req = route.request();
    if (req.method() === 'POST' && (await req.headerValue('next-action'))) {
      captured = req;
      return route.abort();
    }
    return route.fallback();
  });
  await trigger();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unrouteAll();
  const all = await captured!.allHeaders();
  // Replay only what identifies the action; the request context adds its own cookies and host.
  const keep = ['next-action', 'next-router-state-tree', 'content-type', 'accept'];
  const headers = Object.fromEntries(Object.entries(all).filter(([k]) => keep.includes(k.toLowerCase())));
  return { headers, body: captured!.postDataBuffer()! };
}

test('a cross-origin server-action POST is refused with 403 and changes nothing; the same request from the app itself works', async ({ page, reviewer, viewer, browser, request, reviewerToken }) => {
  await signIn(page, reviewer);
  await page.goto(`/articles/${BUNDLED_ARTICLE_ID}`);
  const target = (await claimsOf(request, BUNDLED_ARTICLE_ID, reviewerToken)).find((c) => c.quote === RESERVED_QUOTE)!;
  // By id: another claim (the reported one around it) contains the same words.
  const card = page.locator(`#claim-${target.id}`);
  const nextStatus = target.status === 'needs_source' ? 'unreviewed' : 'needs_source';
  const radioName = nextStatus === 'needs_source' ? 'Needs source' : 'Unreviewed';
  const action = await captureServerAction(page, () => card.getByRole('radio', { name: radioName }).click());
  const actionUrl = `/articles/${BUNDLED_ARTICLE_ID}`;
  const before = appTablesChecksum();

  for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${Number(process.env.E2E_PORT) + 1}`]) {
    const res = await page.request.fetch(actionUrl, { method: 'POST', headers: { ...action.headers, origin }, data: action.body });
    expect(res.status(), `Origin ${origin}`).toBe(403);
  }
  // Same origin, but a viewer's session: the action answers with a form error and stores nothing.
  const viewerContext = await browser.newContext();
  const viewerPage = await viewerContext.newPage();
  await signIn(viewerPage, viewer);
  const asViewer = await viewerPage.request.fetch(actionUrl, { method: 'POST', headers: { ...action.headers, origin: new URL(page.url()).origin }, data: action.body });
  expect(asViewer.status()).toBe(200);
  expect(await asViewer.text()).toContain('"code":"forbidden"');
  await viewerContext.close();
  // Same origin, no session at all: a sign-in form error, not a redirect that re-sends the POST.
  const anonymous = await request.fetch(actionUrl, { method: 'POST', headers: { ...action.headers, origin: new URL(page.url()).origin }, data: action.body, maxRedirects: 0 });
  expect(anonymous.status()).toBe(200);
  expect(await anonymous.text()).toContain('"code":"unauthenticated"');
  expect(appTablesChecksum()).toBe(before);

  // The recorded request is genuine: replayed from the app's own origin it saves.
  const sameOrigin = await page.request.fetch(actionUrl, { method: 'POST', headers: { ...action.headers, origin: new URL(page.url()).origin }, data: action.body });
  expect(sameOrigin.status()).toBe(200);
  expect(await sameOrigin.text()).toContain('"ok":true');
  const after = (await claimsOf(request, BUNDLED_ARTICLE_ID, reviewerToken)).find((c) => c.id === target.id)!;
  expect(after).toMatchObject({ status: nextStatus, version: target.version + 1 });
});

function hostileArticle(nonce: string): string {
  return [
    `JAKARTA — Para pejabat bertemu pada hari Senin (${nonce}). ${MARKUP_TEXTS[2]} Pertemuan itu berlangsung tertutup.`,
    `"Kami menolak semua tuduhan itu ${MARKUP_TEXTS[0]}," kata Budi Santoso, juru bicara kementerian.`,
    `"${FORMULA_TEXTS[0]} bukan rumus yang kami pakai," ujar Siti Rahma kepada wartawan.`,
    `"Kami akan terus bekerja sama ${MARKUP_TEXTS[3]} dengan semua pihak," kata Budi Santoso.`,
  ].join('\n\n');
}

/** Depth-first search for a string value anywhere in parsed JSON. */
function containsString(value: unknown, wanted: string): boolean {
  if (value === wanted) return true;
  if (Array.isArray(value)) return value.some((v) => containsString(v, wanted));
  if (value && typeof value === 'object') return Object.values(value).some((v) => containsString(v, wanted));
  return false;
}

async function expectNoInjectedElement(page: Page, url: string, dialogs: string[]) {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  await expect(page.locator('main')).toBeVisible();
  await expect(page.locator('[data-x]'), `injected element on ${url}`).toHaveCount(0);
  expect(dialogs, `dialogs on ${url}`).toEqual([]);
}

test('hostile-looking text is stored exactly as written and shown as text in pages, history and every export', async ({ page, request, reviewerToken }) => {
  test.setTimeout(180_000);
  const title = `Hostile ${MARKUP_TEXTS[0]} ${crypto.randomBytes(3).toString('hex')}`;
  const file = writeTemp('hostile.txt', hostileArticle(crypto.randomBytes(6).toString('hex')));
  const out = execFileSync('npm', ['run', '--silent', 'ingest', '--', file, '--title', title, '--lang', 'id'], { env: e2eEnv(), stdio: 'pipe' });
  const imported = JSON.parse(out.toString('utf8')) as { id: number; claims: number; duplicate: boolean };
  expect(imported).toMatchObject({ duplicate: false });
  expect(imported.claims).toBeGreaterThan(0);
  const claim = (await claimsOf(request, imported.id, reviewerToken))[0]!;
  const auth = { authorization: `Bearer ${reviewerToken}` };

  // Every payload as a note, one save after the other: each comes back exactly as sent.
  let version = claim.version;
  for (const text of [...MARKUP_TEXTS, ...FORMULA_TEXTS]) {
    const res = await request.patch(`/api/claims/${claim.id}/review`, { headers: auth, data: { status: 'needs_source', note: text, version } });
    expect(res.status(), text).toBe(200);
    const saved = (await res.json()) as ApiClaim;
    expect(saved.note).toBe(text);
    version = saved.version;
  }
  const finalNote = [FORMULA_TEXTS[0], ...MARKUP_TEXTS].join('\n');
  const evidence = MARKUP_TEXTS.map((t, i) => ({ url: `https://example.org/e${i}?q=%3Cscript%3E`, title: t }));
  for (const batch of [evidence.slice(0, 20), evidence.slice(20)]) {
    const res = await request.patch(`/api/claims/${claim.id}/review`, { headers: auth, data: { status: 'disputed', note: finalNote, evidence: batch, version } });
    expect(res.status()).toBe(200);
    version = ((await res.json()) as ApiClaim).version;
  }
  const stored = (await claimsOf(request, imported.id, reviewerToken)).find((c) => c.id === claim.id)!;
  expect(stored.note).toBe(finalNote);
  expect(stored.evidence.map((e) => e.title).sort()).toEqual([...MARKUP_TEXTS].sort());

  // A reviewer whose display name is markup saves through the UI: the name shows as text.
  const hostileReviewer = createUser('reviewer', MARKUP_TEXTS[2]);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signIn(page, hostileReviewer);
  await expectNoInjectedElement(page, `/articles/${imported.id}`, dialogs);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const card = await openCard(page.locator(`#claim-${claim.id}`));
  await expect(card.getByLabel('Note')).toHaveValue(finalNote);
  await expect(card.getByRole('link', { name: MARKUP_TEXTS[0], exact: true })).toBeVisible();
  await card.getByRole('radio', { name: 'Needs source' }).click();
  await expect(card.getByText('Saved: Needs source.')).toBeVisible();
  await openHistory(card);
  await expect(card.locator('[id^="history-"]')).toContainText(MARKUP_TEXTS[2]!);
  await expect(page.locator('[data-x]')).toHaveCount(0);

  for (const url of ['/', '/claims', `/claims?q=${encodeURIComponent('tuduhan')}`, `/claims/${claim.id}/history`, `/articles/${imported.id}/report`]) {
    await expectNoInjectedElement(page, url, dialogs);
  }
  await expect(page.getByText(MARKUP_TEXTS[2]!).first()).toBeAttached();

  // Exports: data formats carry the text exactly; document formats neutralise it.
  const report = (format: string) => request.get(`/api/articles/${imported.id}/report?format=${format}`, { headers: auth });
  const json = await report('json');
  expect(json.status()).toBe(200);
  expect(containsString(await json.json(), finalNote)).toBe(true);

  const csv = await report('csv');
  expect(csv.status()).toBe(200);
  const cells = (parseCsv(await csv.text(), { relax_column_count: true }) as string[][]).flat();
  expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c)), 'no CSV cell starts a formula').toEqual([]);
  expect(cells).toContain(`'${finalNote}`);

  const markdown = await report('markdown');
  expect(markdown.status()).toBe(200);
  const md = await markdown.text();
  expect(md).toContain('data-x');
  expect(md, 'no raw HTML tag from user text').not.toMatch(/<[a-z]+[^>\n]*data-x/i);

  const claimReview = await report('claimreview');
  expect(claimReview.status()).toBe(200);
  const ld = await claimReview.text();
  expect(() => JSON.parse(ld) as unknown).not.toThrow();
  expect(ld, 'JSON-LD safe to embed in a <script> element').not.toMatch(/<\/?script/i);

  const pdf = await report('pdf');
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

/** Sets an input's value the way typing would (React sees an input event), control characters included. */
async function setRawValue(field: Locator, value: string): Promise<void> {
  await field.evaluate((el, v) => {
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

function accountCount(): number {
  const db = new Database(process.env.E2E_DATABASE_PATH!, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM user').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

test('control characters, lone surrogates and oversize text are refused in every text field of the JSON API; nothing is stored', async ({ request, reviewerToken }) => {
  test.setTimeout(180_000);
  const reserved = (await claimsOf(request, BUNDLED_ARTICLE_ID, reviewerToken)).find((c) => c.quote === RESERVED_QUOTE)!;
  const before = appTablesChecksum();
  const accountsBefore = accountCount();
  const v = new Verdicts();
  // The JSON API: every kind in every text field of a review save (the NUL-in-URL cases too).
  const auth = { authorization: `Bearer ${reviewerToken}`, 'content-type': 'application/json' };
  const save = (extra: Record<string, unknown>) =>
    request.patch(`/api/claims/${reserved.id}/review`, { headers: auth, data: { status: 'needs_source', version: reserved.version, ...extra } });
  for (const { kind, char, multilineOk } of BAD_TEXT_CHARACTERS) {
    if (!multilineOk) v.expect(`API note with ${kind}`, (await save({ note: `checked ${char} with the source` })).status(), [400]);
    const good = { url: 'https://example.org/report', title: 'Ministry report' };
    v.expect(`API evidence URL with ${kind}`, (await save({ evidence: [{ ...good, url: `https://example.org/${char}x` }] })).status(), [400]);
    v.expect(`API evidence URL led by ${kind}`, (await save({ evidence: [{ ...good, url: `${char}https://example.org/` }] })).status(), [400]);
    v.expect(`API evidence title with ${kind}`, (await save({ evidence: [{ ...good, title: `Ministry ${char} report` }] })).status(), [400]);
  }
  const nulUrl = await save({ evidence: [{ url: 'https://example.org/\u0000x', title: 'Report' }] });
  expect(((await nulUrl.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors['evidence.0.url']).toEqual([
    'URL must not contain control characters: found NUL (U+0000) at position 21.',
  ]);
  v.expect('API evidence title over 300 characters', (await save({ evidence: [{ url: 'https://example.org/', title: 'x'.repeat(301) }] })).status(), [400]);

  expect(v.problems).toEqual([]);
  expect(accountCount()).toBe(accountsBefore);
  expect(appTablesChecksum()).toBe(before);
});

test('control characters are refused in every form that stores text, with a message naming the character; nothing is stored', async ({ page, request, reviewerToken }) => {
  test.setTimeout(300_000);
  const reserved = (await claimsOf(request, BUNDLED_ARTICLE_ID, reviewerToken)).find((c) => c.quote === RESERVED_QUOTE)!;
  const before = appTablesChecksum();
  const accountsBefore = accountCount();
  const v = new Verdicts();
  // The forms, as an admin (who may also review). Browsers send lone surrogates in forms as U+FFFD,
  // so the forms are tried with the other kinds.
  await signIn(page, ADMIN);
  const formKinds = BAD_TEXT_CHARACTERS.filter((k) => !k.kind.startsWith('lone') && !k.multilineOk);
  // Each refusal names the character it found, so each submission's own message is awaited.
  const refusal = (label: string, char: string) =>
    new RegExp(`^${label} must not contain control characters.*U\\+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

  await page.goto('/users');
  for (const { kind, char } of formKinds) {
    await setRawValue(page.getByLabel('Name', { exact: true }), `Eve ${char}Bell`);
    await page.getByLabel('Email', { exact: true }).fill(`form-${crypto.randomBytes(3).toString('hex')}@desk.test`);
    await page.getByLabel('Initial password').fill('long-enough-password');
    await page.getByRole('button', { name: 'Add user' }).click();
    await expect(page.getByText(refusal('Name', char)).first(), `user name with ${kind}`).toBeVisible();
    await setRawValue(page.getByLabel('Token name'), `Feed ${char}token`);
    await page.getByRole('button', { name: 'Create token' }).click();
    await expect(page.getByText(refusal('Name', char)), `token name with ${kind}`).toHaveCount(2);
    v.count += 2;
  }

  // React resets a form after its action ran, so these two forms are loaded afresh per kind.
  for (const { kind, char } of formKinds) {
    await page.goto('/articles/new');
    await page.getByLabel('Article text').fill('"Kami siap," kata Budi Santoso kepada wartawan.');
    await setRawValue(page.getByLabel('Title'), `Title ${char}here`);
    await setRawValue(page.getByLabel('Outlet'), `Outlet ${char}here`);
    await setRawValue(page.getByLabel('URL'), `https://example.org/${char}x`);
    await page.getByRole('button', { name: 'Import article' }).click();
    for (const label of ['Title', 'Outlet', 'URL']) {
      await expect(page.getByText(refusal(label, char)), `article ${label} with ${kind}`).toBeVisible();
      v.count += 1;
    }
  }

  await page.goto(`/articles/${BUNDLED_ARTICLE_ID}`);
  // A card at rest is compact: its note and evidence fields appear once it is opened.
  const card = await openCard(page.locator(`#claim-${reserved.id}`));
  for (const { kind, char } of formKinds) {
    await setRawValue(card.getByLabel('Note'), `checked ${char} with the source`);
    await card.getByRole('button', { name: 'Save note' }).click();
    await expect(card.getByText(refusal('Note', char)), `note with ${kind}`).toBeVisible();
    await setRawValue(card.getByLabel('Evidence URL'), `https://example.org/${char}x`);
    await setRawValue(card.getByLabel('Evidence title'), `Ministry ${char} report`);
    await card.getByRole('button', { name: 'Add evidence' }).click();
    await expect(card.getByText(new RegExp(refusal('URL', char).source.slice(1))), `evidence URL with ${kind}`).toBeVisible();
    await expect(card.getByText(new RegExp(refusal('Title', char).source.slice(1))), `evidence title with ${kind}`).toBeVisible();
    v.count += 3;
  }

  for (const { kind, char } of formKinds) {
    await page.goto(`/articles/${BUNDLED_ARTICLE_ID}/speakers`);
    await page.getByText('Rename or merge').first().click();
    await setRawValue(page.getByLabel(/^New name for /).first(), `Vladimir ${char}Putin`);
    await setRawValue(page.getByLabel(/^Role of /).first(), `President ${char}of Russia`);
    await page.getByRole('button', { name: 'Rename', exact: true }).first().click();
    await expect(page.getByText(new RegExp(refusal('Speaker', char).source.slice(1))), `speaker name with ${kind}`).toBeVisible();
    await expect(page.getByText(new RegExp(refusal('Role', char).source.slice(1))), `speaker role with ${kind}`).toBeVisible();
    v.count += 2;
  }

  expect(v.problems).toEqual([]);
  expect(accountCount()).toBe(accountsBefore);
  expect(appTablesChecksum()).toBe(before);
});

test('control characters and oversize text are refused by every command that stores text; nothing is stored', () => {
  test.setTimeout(600_000);
  const before = appTablesChecksum();
  const accountsBefore = accountCount();
  const v = new Verdicts();
  // The command line: accounts, tokens and imported articles.
  const article = writeTemp('clean.txt', '"Kami siap bekerja sama," kata Budi Santoso kepada wartawan di Jakarta.');
  // Every kind that fits on a command line goes to one door; the other doors, which share the
  // same schemas, get two kinds each (a C0 and a C1-range character), to keep the run short.
  const argvKinds = BAD_TEXT_CHARACTERS.filter((k) => k.argv);
  const fewKinds = argvKinds.filter((k) => k.kind.startsWith('escape') || k.kind === 'DEL');
  const doors: [string, readonly typeof argvKinds[number][], (char: string) => string[]][] = [
    ['token:create --name', argvKinds, (char) => ['token:create', '--', '--name', `Feed ${char}token`, '--role', 'viewer']],
    ['user:create --name', fewKinds, (char) => ['user:create', '--', '--email', `cli-${crypto.randomBytes(3).toString('hex')}@desk.test`, '--name', `Eve ${char}Bell`, '--password', 'long-enough-password', '--role', 'viewer']],
    ['user:create --email', fewKinds, (char) => ['user:create', '--', '--email', `cli${char}@desk.test`, '--name', 'Eve', '--password', 'long-enough-password', '--role', 'viewer']],
    ['ingest --title', fewKinds, (char) => ['ingest', '--', article, '--title', `Title ${char}here`]],
    ['ingest --url', fewKinds, (char) => ['ingest', '--', article, '--url', `https://example.org/${char}`]],
  ];
  for (const [door, kinds, args] of doors) {
    for (const { kind, char } of kinds) {
      const run = spawnSync('npm', ['run', '--silent', ...args(char)], { env: e2eEnv(), encoding: 'utf8' });
      if (run.status === 0) v.problems.push(`${door} with ${kind} was accepted: ${run.stdout}`);
      else if (!/control characters|valid email/.test(run.stderr)) v.problems.push(`${door} with ${kind}: unclear message ${JSON.stringify(run.stderr)}`);
      expect(run.stderr, `${door}: a message, not a stack trace`).not.toMatch(/\n\s+at /);
      v.count += 1;
    }
  }
  const tooLong = spawnSync('npm', ['run', '--silent', 'token:create', '--', '--name', 'n'.repeat(101), '--role', 'viewer'], { env: e2eEnv(), encoding: 'utf8' });
  expect(tooLong.status).not.toBe(0);
  expect(tooLong.stderr).toContain('Name must be at most 100 characters.');
  fs.rmSync(path.dirname(article), { recursive: true, force: true });

  expect(v.problems).toEqual([]);
  expect(accountCount()).toBe(accountsBefore);
  expect(appTablesChecksum()).toBe(before);
});
