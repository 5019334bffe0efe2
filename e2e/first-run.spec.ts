import { test, expect } from '@playwright/test';
import { ADMIN, signIn } from './fixtures';

// This project runs at http://localhost:<port> while every other spec uses http://127.0.0.1:<port>
// on the same server, which has no BETTER_AUTH_URL: the desk works at whatever address it is opened.
test('a fresh desk asks for the first admin, then shows the bundled article ready to review', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  expect(new URL(page.url()).hostname).toBe('localhost');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Create the first admin account' })).toBeVisible();

  // Bad input is refused with a message next to the field.
  await page.getByLabel('Name').fill(ADMIN.name);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByLabel('Confirm password').fill('short');
  await page.getByRole('button', { name: 'Create admin account' }).click();
  await expect(page.getByText('Password must be at least 10 characters.')).toBeVisible();

  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Confirm password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create admin account' }).click();

  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const row = page.getByRole('row', { name: /Putin akan mengunjungi Korea Utara/ });
  await expect(row).toContainText('BBC News Indonesia');
  await expect(row).toContainText('Indonesian');

  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /Putin akan mengunjungi Korea Utara/ })).toBeVisible();
  const article = page.getByRole('article');
  await expect(article).toContainText('Presiden Rusia, Vladimir Putin, akan mengunjungi Korea Utara');
  await expect(article).toContainText('di mana kedua negara diperkirakan akan membahas isu-isu seperti perdagangan.');

  // The set-up page is gone once an admin exists.
  await page.goto('/setup');
  await expect(page).not.toHaveURL(/\/setup$/);

  // Sign-out (a server action) and sign-in (the auth endpoint's origin check) at this address too.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  expect(new URL(page.url()).hostname).toBe('localhost');
});
