import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, signIn } from './fixtures';

const SPEAKERS = ['Ines Calloway', 'Marten Oduya', 'Priya Raman', 'Tomas Beckett'];

/** A long article of our own: many short attributed quotes, so it has well over one screen of claims. */
function longArticle(quotes: number): string {
  const tag = crypto.randomBytes(4).toString('hex');
  const lines = [`# Council budget hearing ${tag}`, ''];
  for (let i = 1; i <= quotes; i++) {
    lines.push(`“Item ${i} of the budget needs another look,” said ${SPEAKERS[i % SPEAKERS.length]}.`, '');
  }
  return lines.join('\n');
}

test('a long article shows its first claims at once and reveals the rest as the editor moves on', async ({ page, reviewer }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-long-'));
  const file = path.join(dir, 'hearing.md');
  fs.writeFileSync(file, longArticle(150));
  const out = execFileSync('npm', ['run', '--silent', 'ingest', '--', file, '--lang', 'en'], {
    env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH },
    encoding: 'utf8',
  });
  fs.rmSync(dir, { recursive: true, force: true });
  const { id, claims } = JSON.parse(out) as { id: number; claims: number };
  expect(claims).toBeGreaterThanOrEqual(150);

  await signIn(page, reviewer);
  await page.goto(`/articles/${id}`);
  const cards = page.getByRole('list', { name: 'Claims in reading order' }).locator(':scope > li');
  await expect(page.getByText(`0 of ${claims} reviewed`)).toBeVisible();
  const first = await cards.count();
  expect(first).toBeLessThan(claims);
  await expect(page.getByRole('button', { name: /Show more claims/ })).toBeVisible();

  // Clicking the last highlight in the text brings its card into the list and focuses it.
  await page.getByRole('article', { name: 'Article text' }).locator('mark').last().click();
  await expect(cards.filter({ hasText: `Item 150 of the budget` })).toBeFocused();

  // The button shows the rest.
  while (await page.getByRole('button', { name: /Show more claims/ }).isVisible()) {
    await page.getByRole('button', { name: /Show more claims/ }).click();
  }
  await expect(cards).toHaveCount(claims);
});
