import { test as base, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArticlePage } from './pages/article-page';

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

/** What the ingest command answers for a stored article. */
export type Ingested = { id: number; slug: string; claims: number; duplicate: boolean };

/** Stores an article straight in the e2e database with the product's own ingest command, so a
 * test can start from its own article without depending on another test having imported it. */
export function ingestArticle(text: string, { lang = 'en', title }: { lang?: 'en' | 'id'; title?: string } = {}): Ingested {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-e2e-ingest-'));
  const file = path.join(dir, 'article.txt');
  fs.writeFileSync(file, text);
  try {
    const args = ['run', '--silent', 'ingest', '--', file, '--lang', lang, ...(title ? ['--title', title] : [])];
    const out = execFileSync('npm', args, { env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH }, encoding: 'utf8', stdio: 'pipe' });
    return JSON.parse(out) as Ingested;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

type WorkerFixtures = { reviewer: TestUser; viewer: TestUser };
type TestFixtures = { articlePage: ArticlePage };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  reviewer: [async ({}, use) => use(createUser('reviewer', 'Rita Reviewer')), { scope: 'worker' }],
  viewer: [async ({}, use) => use(createUser('viewer', 'Victor Viewer')), { scope: 'worker' }],
  articlePage: async ({ page }, provide) => provide(new ArticlePage(page)),
});

export { expect };
