import { test, expect, signIn, ADMIN } from './fixtures';

test('an admin checks the history chain and is told it is intact; others cannot', async ({ page, browser, reviewer }) => {
  await signIn(page, ADMIN);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Verify history' }).click();
  await page.getByRole('button', { name: 'Check the history chain' }).click();
  await expect(page.getByRole('status')).toContainText(/History intact: all \d+ events verified\./);

  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, reviewer);
  await other.goto('/admin/history');
  await expect(other.getByRole('heading', { name: 'Admins only' })).toBeVisible();
  await expect(other.getByRole('button', { name: 'Check the history chain' })).toHaveCount(0);
  await context.close();
});
