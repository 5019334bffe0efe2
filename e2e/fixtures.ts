import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';

/** The admin created through the first-run page (e2e/first-run.spec.ts). */
export const ADMIN = { name: 'Ada Admin', email: 'admin@desk.test', password: 'correct-horse-battery' };

export type TestUser = { name: string; email: string; password: string; role: 'admin' | 'reviewer' | 'viewer' };

/** Creates a user straight in the e2e database with the product's own command. */
export function createUser(role: TestUser['role'], name?: string): TestUser {
  const id = crypto.randomBytes(4).toString('hex');
  const user: TestUser = {
    name: name ?? `${role[0]!.toUpperCase()}${role.slice(1)} ${id}`,
    email: `${role}-${id}@desk.test`,
    password: `pw-${id}-long-enough`,
    role,
  };
  execFileSync(
    'npm',
    ['run', '--silent', 'user:create', '--', '--email', user.email, '--name', user.name, '--password', user.password, '--role', role],
    { env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH }, stdio: 'pipe' },
  );
  return user;
}

export async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

type Fixtures = { reviewer: TestUser; viewer: TestUser };

export const test = base.extend<object, Fixtures>({
  reviewer: [async ({}, use) => use(createUser('reviewer', 'Rita Reviewer')), { scope: 'worker' }],
  viewer: [async ({}, use) => use(createUser('viewer', 'Victor Viewer')), { scope: 'worker' }],
});

export { expect };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The card of the direct quote that begins with `quote`. Reported claims often contain the same
 * words (“...” inside a paraphrase), so match the card's quotation itself, not any text in it.
 */
export function claimCard(page: Page, quote: string) {
  return page
    .getByRole('list', { name: 'Claims in reading order' })
    .locator(':scope > li')
    .filter({ has: page.locator('blockquote', { hasText: new RegExp(`^Show in article: “${escapeRegExp(quote)}`) }) });
}

/**
 * Opens a claim card (a card at rest is compact: its note, evidence, history and corrections
 * show once it is opened) the way a reviewer does, by clicking its quote. Clicked again until it
 * opens: a click that lands before the page has hydrated does nothing.
 */
export async function openCard(card: Locator): Promise<Locator> {
  await expect(async () => {
    await card.getByRole('button', { name: /^Show in article: / }).click();
    await expect(card).toHaveAttribute('data-open', 'true', { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  return card;
}
