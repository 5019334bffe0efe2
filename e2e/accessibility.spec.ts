import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';
import { openCard, openHistory } from './pages/article-page';

/** Serious and critical problems only: those block a screen-reader or keyboard user. */
async function blockingViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

test('home, article and history pages have no serious or critical accessibility violations', async ({ page, reviewer }) => {
  // Three full axe runs, one over the whole review page: slow on a busy 2-core machine.
  test.slow();
  await signIn(page, reviewer);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);

  await page.getByRole('row', { name: /BBC News Indonesia/ }).getByRole('link').first().click();
  await expect(page.getByRole('list', { name: 'Claims in reading order' })).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);

  const card = await openCard(page.getByRole('list', { name: 'Claims in reading order' }).locator(':scope > li').first());
  await openHistory(card);
  await card.getByRole('link', { name: 'Open full history page' }).click();
  await expect(page.getByRole('heading', { name: 'History of a claim' })).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);
});
