import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';

// Every test imports its own invented article with a random token, so content hashes differ
// between runs and the bundled article is never touched.

const FIXTURE = path.join(__dirname, 'fixtures', 'harbour-bridge.html');

function token(): string {
  return crypto.randomBytes(6).toString('hex');
}

function harbourPage(tok: string): Buffer {
  return Buffer.from(fs.readFileSync(FIXTURE, 'utf8').replace('{{TOKEN}}', tok), 'utf8');
}

async function articleCount(page: Page): Promise<number> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  return page.getByRole('table', { name: 'Articles and their review progress' }).locator('tbody').getByRole('row').count();
}

async function openNewArticle(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'New article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New article' })).toBeVisible();
}

function claimList(page: Page) {
  return page.getByRole('list', { name: 'Claims in reading order' });
}

test.describe.configure({ mode: 'serial' });

test('an uploaded HTML page becomes an article with its claims; importing it again opens the same article', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  const before = await articleCount(page);
  const file = { name: 'harbour-bridge.html', mimeType: 'text/html', buffer: harbourPage(token()) };

  await openNewArticle(page);
  await page.getByLabel('Or upload a file').setInputFiles(file);
  await page.getByLabel('Outlet').fill('Harbour Gazette');
  await page.getByLabel('Language').selectOption({ label: 'Detect automatically' });
  await page.getByRole('button', { name: 'Import article' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Port Alder council approves harbour bridge/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Article imported with \d+ claims?/ })).toBeVisible();
  const url = page.url().replace(/\?.*$/, '');
  const text = page.getByRole('article', { name: 'Article text' });
  await expect(text).toContainText('said Mayor Jane Holloway after the vote.');
  // Navigation, adverts and the footer are not part of the article.
  await expect(text).not.toContainText('Oyster Express');
  await expect(text).not.toContainText('All rights reserved');
  await expect(text).not.toContainText('Seal spotted');

  const holloway = claimList(page).getByRole('listitem').filter({ hasText: 'We will open the bridge to cyclists and walkers in May' });
  await expect(holloway).toContainText('Jane Holloway');
  await expect(claimList(page).getByRole('listitem').filter({ hasText: 'anything about parking' })).toContainText('Omar Reyes');
  expect(await articleCount(page)).toBe(before + 1);

  // The same page again: recognised by its text, the editor lands on the existing article.
  await openNewArticle(page);
  await page.getByLabel('Or upload a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Import article' }).click();
  await expect(page.getByText('This article was already imported')).toBeVisible();
  expect(page.url()).toContain('existing=1');
  expect(page.url().replace(/\?.*$/, '')).toBe(url);
  expect(await articleCount(page)).toBe(before + 1);
});

test('pasted text with a chosen language and title is imported', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  const tok = token();
  await openNewArticle(page);
  await page.getByLabel('Article text').fill(
    `Kabar pelabuhan ${tok}\n\nDewan kota Teluk Alder menyetujui jembatan baru pada hari Senin.\n\n“Kami akan membuka jembatan itu pada bulan Mei,” kata Wali Kota Sari Wulandari.`,
  );
  await page.getByLabel('Title').fill(`Jembatan pelabuhan ${tok}`);
  await page.getByLabel('Language').selectOption({ label: 'Indonesian' });
  await page.getByRole('button', { name: 'Import article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Jembatan pelabuhan ${tok}` })).toBeVisible();
  // The language as the article header states it (the page also has language pickers).
  await expect(page.getByRole('heading', { level: 1 }).locator('..').getByText('Indonesian', { exact: true })).toBeVisible();
  await expect(claimList(page).getByRole('listitem').filter({ hasText: 'Kami akan membuka jembatan itu' })).toContainText('Sari Wulandari');
});

test('an uploaded Markdown file reads as text: its heading is the title and no markup reaches the article', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  const tok = token();
  const md = [
    `# Ferry timetable ${tok}`,
    '',
    '“The late ferry will run **all summer**,” said harbour master [Ines Calloway](https://example.org/ines).',
    '',
    '2016. That was the year the old pier closed.',
  ].join('\n');
  await openNewArticle(page);
  await page.getByLabel('Or upload a file').setInputFiles({ name: 'ferry.md', mimeType: 'text/markdown', buffer: Buffer.from(md, 'utf8') });
  await page.getByLabel('Language').selectOption({ label: 'English' });
  await page.getByRole('button', { name: 'Import article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Ferry timetable ${tok}` })).toBeVisible();
  const text = page.getByRole('article', { name: 'Article text' });
  await expect(text).toContainText('said harbour master Ines Calloway.');
  await expect(text).toContainText('2016. That was the year the old pier closed.');
  await expect(text).not.toContainText('#');
  await expect(text).not.toContainText('**');
  await expect(text).not.toContainText('https://example.org');
  await expect(claimList(page).getByRole('listitem').filter({ hasText: 'The late ferry will run all summer' })).toContainText('Ines Calloway');
});

test('each bad input is refused with its message and stores nothing', async ({ page, reviewer }) => {
  await signIn(page, reviewer);
  const before = await articleCount(page);
  const bad: { what: string; file?: { name: string; mimeType: string; buffer: Buffer }; message: string }[] = [
    { what: 'empty text', message: 'The article text is empty.' },
    { what: 'empty file', file: { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }, message: 'The article text is empty.' },
    { what: 'unsupported type', file: { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 ...') }, message: 'Unsupported file type. Choose a .txt, .md or .html file.' },
    { what: 'binary', file: { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) }, message: 'This file is not text: it contains binary data (NUL bytes).' },
    { what: 'not UTF-8', file: { name: 'latin1.md', mimeType: 'text/markdown', buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]) }, message: 'This file is not valid UTF-8 text.' },
    { what: 'too large', file: { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(1_000_001, 'a') }, message: 'The article text is larger than 1 MB.' },
  ];
  for (const b of bad) {
    await openNewArticle(page);
    if (b.file) await page.getByLabel('Or upload a file').setInputFiles(b.file);
    await page.getByRole('button', { name: 'Import article' }).click();
    const field = b.file ? page.getByLabel('Or upload a file') : page.getByLabel('Article text');
    await expect(field, b.what).toHaveAccessibleDescription(new RegExp(b.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
  }
  // Pasted text over 1 MB.
  await openNewArticle(page);
  await page.getByLabel('Article text').fill('word '.repeat(200_001));
  await page.getByRole('button', { name: 'Import article' }).click();
  await expect(page.getByLabel('Article text')).toHaveAccessibleDescription(/The article text is larger than 1 MB\./);
  expect(await articleCount(page)).toBe(before);
});

test('viewers get no "New article" link and no import form', async ({ page, viewer }) => {
  await signIn(page, viewer);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New article' })).toHaveCount(0);
  await page.goto('/articles/new');
  await expect(page.getByText('You have view-only access')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import article' })).toHaveCount(0);
});

test('the ingest command stores an article once and reports the duplicate, refusing bad files', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-ingest-'));
  const env = { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH };
  const ingest = (...args: string[]) => execFileSync('npm', ['run', '--silent', 'ingest', '--', ...args], { env, encoding: 'utf8', stdio: 'pipe' });
  const md = path.join(dir, 'story.md');
  fs.writeFileSync(md, `# Ferry timetable ${token()}\n\n“The late ferry will run all summer,” said harbour master Ines Calloway.\n`);
  const first = JSON.parse(ingest(md, '--lang', 'en'));
  expect(first).toMatchObject({ duplicate: false });
  expect(first.claims).toBeGreaterThanOrEqual(1);
  expect(first.slug).toMatch(/^ferry-timetable-/);
  const again = JSON.parse(ingest(md));
  expect(again).toEqual({ ...first, duplicate: true });

  const bin = path.join(dir, 'bad.txt');
  fs.writeFileSync(bin, Buffer.from([0x41, 0x00, 0x42]));
  expect(() => ingest(bin)).toThrow(/binary data/);
  fs.rmSync(dir, { recursive: true, force: true });
});
