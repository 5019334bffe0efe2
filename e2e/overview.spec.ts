import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, signIn } from './fixtures';

/** Imports a short English story whose three quotes are all by one new speaker. */
function importStory(speaker: string): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-overview-'));
  const file = path.join(dir, 'pier.txt');
  const [first, last] = speaker.split(' ');
  fs.writeFileSync(
    file,
    [
      `The harbour board met on Tuesday. "We will open the new pier in May," said ${speaker}, the harbour master.`,
      `${last} added that the old ferry ramp would close. "Nobody will lose a berth," ${first} ${last} said.`,
      `Fishers were not convinced. "The dredging is paid for twice over," ${last} told reporters after the meeting.`,
    ].join('\n\n'),
  );
  const out = execFileSync('npm', ['run', '--silent', 'ingest', '--', file, '--lang', 'en', '--title', `Pier plans ${speaker}`], {
    env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH },
    encoding: 'utf8',
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return (JSON.parse(out) as { id: number }).id;
}

test('the home page charts statuses per article and the desk, flagged claims by speaker, and reviews per day', async ({ page, reviewer }) => {
  // A surname of its own in the shared e2e database: letters only, as names are written.
  const suffix = [...crypto.randomBytes(4)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
  const speaker = `Ilse Marw${suffix}`;
  const id = importStory(speaker);
  await signIn(page, reviewer);
  await page.goto(`/articles/${id}`);
  const cards = page.getByRole('list', { name: 'Claims in reading order' }).locator(':scope > li');
  const count = await cards.count();
  const theirs = cards.filter({ hasText: speaker });
  const flaggedCount = await theirs.count();
  expect(flaggedCount).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < flaggedCount; i += 1) {
    // Clicked again until it takes: a click before the page has hydrated does nothing.
    await expect(async () => {
      await theirs.nth(i).getByRole('radio', { name: 'Needs source' }).click();
      await expect(theirs.nth(i).getByText('Saved: Needs source.')).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
  }

  await page.goto('/');
  const overview = page.getByRole('region', { name: 'Desk overview' });
  await expect(overview.getByRole('img', { name: /^All claims on the desk: \d+ verified, \d+ disputed, \d+ needs? a source, \d+ unreviewed$/ })).toBeVisible();
  const flagged = overview.getByRole('table', { name: 'Disputed and unsourced claims by speaker' });
  const row = flagged.getByRole('row', { name: new RegExp(speaker) });
  await expect(row.getByRole('cell').nth(0)).toHaveText('0');
  await expect(row.getByRole('cell').nth(1)).toHaveText(String(flaggedCount));
  await expect(overview.getByRole('img', { name: /status changes from/ })).toBeVisible();
  await expect(overview).not.toContainText('0 status changes in 28 days');

  const articleRow = page.getByRole('row', { name: new RegExp(`Pier plans ${speaker}`) });
  await expect(articleRow.getByRole('img', { name: new RegExp(`^Claims of Pier plans ${speaker} by status: 0 verified, 0 disputed, ${flaggedCount} need a source, ${count - flaggedCount} unreviewed$`) })).toBeVisible();
});
