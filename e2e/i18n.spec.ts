// The desk in Bahasa Indonesia: chosen on the profile page, or by the browser's Accept-Language.
// Assertions are on the Indonesian words a reviewer sees (and hears: <html lang>).
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, signIn, createUser } from './fixtures';

/** A short Indonesian story of our own, so this review starts from claims no other spec touched. */
const STORY = [
  'Jakarta - Menteri Perhubungan Budi Hartono mengatakan jadwal kapal feri akan ditambah menjelang libur akhir tahun.',
  '"Kami akan menambah dua pelayaran malam mulai pekan depan," kata Budi kepada wartawan di Jakarta, Senin.',
  'Ketua Asosiasi Pelayaran Rina Wijaya menilai rencana itu terlambat. "Penumpang sudah menumpuk di pelabuhan sejak awal bulan," ujar Rina.',
].join('\n\n');
const QUOTE = 'Kami akan menambah dua pelayaran malam';
const BUNDLED_QUOTE = 'Dia sedang memperkuat hubungan antara rezim otoriter';

/** Stores the story with the product's own command; returns the article's id. */
function ingestStory(): number {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qd-i18n-')), 'feri.txt');
  fs.writeFileSync(file, STORY);
  const out = execFileSync('npm', ['run', '--silent', 'ingest', '--', file, '--title', 'Jadwal feri ditambah', '--lang', 'id'], {
    env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH },
    encoding: 'utf8',
  });
  return (JSON.parse(out) as { id: number }).id;
}

/** The card of a direct quote, found by the Indonesian words of the list and its button. */
function kartu(page: Page, quote: string): Locator {
  return page
    .getByRole('list', { name: 'Klaim sesuai urutan baca' })
    .locator(':scope > li')
    .filter({ has: page.locator('blockquote', { hasText: new RegExp(`^Tampilkan di artikel: “${quote}`) }) });
}

async function bukaArtikel(page: Page, title: RegExp) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Artikel' })).toBeVisible();
  await page.getByRole('row', { name: title }).getByRole('link').first().click();
  await expect(page.getByRole('list', { name: 'Klaim sesuai urutan baca' })).toBeVisible();
}

/** English words of the review path that must not be left in the Indonesian claims pane. */
const ENGLISH_WORDS = /\b(Unreviewed|Verified|Disputed|Needs source|Note|Evidence|Save note|History|Correct|Show in article|Direct quote|Reported|Keyboard shortcuts|Search claims|reviewed)\b/;

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('an Indonesian reviewer reviews a claim, hits a validation error and exports a report, all in Indonesian', async ({ page }) => {
  ingestStory();
  const user = createUser('reviewer', 'Indah Peninjau');
  await signIn(page, user);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The name in the header opens the profile; Bahasa Indonesia is chosen there and stored.
  await page.getByRole('banner').getByRole('link', { name: 'Indah Peninjau', exact: true }).click();
  await page.getByRole('radio', { name: 'Bahasa Indonesia' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Tersimpan.' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();

  await bukaArtikel(page, /Jadwal feri ditambah/);
  const card = kartu(page, QUOTE);
  await expect(card.getByRole('radiogroup', { name: 'Status' }).getByRole('radio', { name: 'Belum ditinjau' })).toBeChecked();

  // Dibantah without a note: the card asks for the note (in Indonesian) and saves nothing yet.
  await expect(async () => {
    await card.getByRole('radio', { name: 'Dibantah' }).click();
    await expect(card.getByLabel('Catatan', { exact: true })).toBeFocused({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(card.getByText('Dibantah memerlukan catatan yang menjelaskan alasannya: tulislah, dan catatan itu disimpan bersama statusnya.')).toBeVisible();

  // A link the desk refuses: the server's validation message comes back in Indonesian, tied to the field.
  await card.getByLabel('URL bukti').fill('javascript:alert(1)');
  await card.getByLabel('Judul bukti').fill('Transkrip');
  await card.getByRole('button', { name: 'Tambahkan bukti' }).click();
  await expect(card.getByText('Masukkan tautan lengkap yang diawali http:// atau https://.')).toBeVisible();
  await expect(card.getByLabel('URL bukti')).toHaveAttribute('aria-invalid', 'true');

  // The note, then the dispute is saved with it.
  await card.getByLabel('Catatan', { exact: true }).fill('Kementerian belum mengumumkan jadwal tambahan.');
  await card.getByRole('button', { name: 'Simpan catatan dan bantah' }).click();
  await expect(card.getByText('Tersimpan: Dibantah.')).toBeVisible();
  await expect(card.getByRole('radio', { name: 'Dibantah' })).toBeChecked();
  await expect(page.getByTestId('review-progress')).toContainText(/\d+ dari \d+ sudah ditinjau/);

  // The history says it in Indonesian too, with an Indonesian date.
  await card.getByRole('button', { name: 'Riwayat' }).click();
  await expect(card.getByText('Belum ditinjau → Dibantah')).toBeVisible();

  // No English left in the claims pane of the review path.
  const claimsPane = page.getByRole('region', { name: 'Klaim' });
  expect(await claimsPane.innerText()).not.toMatch(ENGLISH_WORDS);

  // The keyboard shortcuts are the same keys, explained in Indonesian.
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Pintasan papan ketik' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Tandai Terverifikasi')).toBeVisible();
  await expect(dialog.locator('kbd')).toHaveText(['j', 'k', '1', '2', '3', '0', 'n', '/', '?']);
  await dialog.getByRole('button', { name: 'Tutup' }).click();

  // Export: the report of this review downloads from the article page, with the reviewer's note.
  await page.locator('details:has(a[href*="format=json"]) > summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href*="format=json"]').click()]);
  const report = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as { claims: { text: string; status: string; note: string }[] };
  const exported = report.claims.find((c) => c.text.startsWith(QUOTE));
  expect(exported).toMatchObject({ status: 'disputed', note: 'Kementerian belum mengumumkan jadwal tambahan.' });
});

test.describe('a browser that asks for Indonesian', () => {
  test.use({ locale: 'id-ID' });

  test('gets the Indonesian desk without a profile setting, and the article page passes axe', async ({ page }) => {
    // axe reads the whole review page (every card and highlight): slow on a busy 2-core machine.
    test.slow();
    const user = createUser('reviewer', 'Budi Santoso');
    await page.goto('/sign-in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.getByRole('heading', { level: 1, name: 'Masuk' })).toBeVisible();
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Kata sandi').fill(user.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Utama' }).getByRole('link', { name: 'Semua klaim' })).toBeVisible();

    await bukaArtikel(page, /BBC News Indonesia/);
    await expect(page).toHaveTitle(/· Quote desk$/);
    const card = kartu(page, BUNDLED_QUOTE);
    await card.getByRole('button', { name: /^Tampilkan di artikel: / }).click();
    await expect(card).toHaveAttribute('data-open', 'true');
    await expect(card.getByRole('heading', { name: 'Bukti' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('the English article page passes axe too, and its <html lang> is en', async ({ page, reviewer }) => {
  test.slow();
  await signIn(page, reviewer);
  await page.goto('/');
  await page.getByRole('row', { name: /BBC News Indonesia/ }).getByRole('link').first().click();
  await expect(page.getByRole('list', { name: 'Claims in reading order' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await seriousViolations(page)).toEqual([]);
});
