import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';
import { claimCard, claimCards as cards, openCard } from './pages/article-page';

async function openBundledArticle(page: Page) {
  await page.goto('/');
  await page.getByRole('row', { name: /BBC News Indonesia/ }).getByRole('link').first().click();
  await expect(page.getByRole('list', { name: 'Claims in reading order' })).toBeVisible();
}

test.describe('at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('at least five compact claims are visible at once', async ({ page, reviewer }) => {
    await signIn(page, reviewer);
    await openBundledArticle(page);
    await cards(page).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const fullyVisible = await cards(page).evaluateAll(
      (els) => els.filter((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      }).length,
    );
    expect(fullyVisible).toBeGreaterThanOrEqual(5);
    // At rest a card has no note box or evidence form.
    await expect(cards(page).first().getByLabel('Note')).toHaveCount(0);
  });

  test('j/k open the focused card and close the one left, the article follows, and a typed note is kept', async ({ page, reviewer }) => {
    await signIn(page, reviewer);
    await openBundledArticle(page);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const all = cards(page);
    const count = await all.count();

    await page.keyboard.press('j');
    const first = all.first();
    await expect(first).toBeFocused();
    await expect(first).toHaveAttribute('data-open', 'true');
    await page.keyboard.press('n');
    await page.keyboard.type('Draft: compare with the Kremlin readout');

    // Going on closes the first card (the note is saved when it loses focus) and opens the next.
    await page.keyboard.press('Escape');
    await first.focus();
    await page.keyboard.press('j');
    await expect(first).not.toHaveAttribute('data-open', 'true');
    await expect(all.nth(1)).toHaveAttribute('data-open', 'true');
    await expect(first).toContainText('Draft: compare with the Kremlin readout');

    // The article pane scrolls to the focused claim's highlight.
    for (let i = 2; i < count; i += 1) await page.keyboard.press('j');
    const last = all.last();
    await expect(last).toBeFocused();
    const id = (await last.getAttribute('id'))!.replace('claim-', '');
    const mark = page.locator(`mark[data-claim-id="${id}"]`).first();
    await expect(mark).toBeInViewport();

    await page.keyboard.press('k');
    await expect(last).not.toHaveAttribute('data-open', 'true');
    await openCard(first);
    await expect(first.getByLabel('Note')).toHaveValue('Draft: compare with the Kremlin readout');
  });

  test('an unsaved evidence link survives closing the card', async ({ page, reviewer }) => {
    await signIn(page, reviewer);
    await openBundledArticle(page);
    const card = await openCard(claimCard(page, 'keberhasilan'));
    await card.getByLabel('Evidence URL').fill('https://tass.com/politics/1804191');
    await cards(page).first().getByRole('button', { name: /^Show in article: / }).click();
    await expect(card).not.toHaveAttribute('data-open', 'true');
    await expect(card).toContainText('Unsaved evidence link: https://tass.com/politics/1804191');
    await card.getByRole('button', { name: /^Show in article: / }).click();
    await expect(card.getByLabel('Evidence URL')).toHaveValue('https://tass.com/politics/1804191');
  });
});

test.describe('at 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('one column with the article behind a toggle; every control is at least 44 px tall', async ({ page, reviewer }) => {
    await signIn(page, reviewer);
    await openBundledArticle(page);
    const article = page.getByRole('article', { name: 'Article text' });
    await expect(article).toBeHidden();
    const toggle = page.getByRole('button', { name: 'Show article text' });
    await toggle.click();
    await expect(article).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hide article text' })).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('button', { name: 'Hide article text' }).click();
    await expect(article).toBeHidden();

    // Open one card so its note, evidence and history controls are measured too.
    await openCard(cards(page).first());
    const small = await page.evaluate(() => {
      const controls = [...document.querySelectorAll<HTMLElement>('header a, button, input:not([type=radio]):not([type=checkbox]), select, textarea, summary')];
      // A radio or checkbox is tapped through its label: the label is the target to measure.
      const radios = [...document.querySelectorAll<HTMLElement>('input[type=radio], input[type=checkbox]')].map((r) => r.closest('label') ?? r);
      return [...controls, ...radios]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .filter((el) => !el.closest('.sr-only') && !el.classList.contains('sr-only'))
        .map((el) => ({ what: `${el.tagName.toLowerCase()} ${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 40)}`, height: el.getBoundingClientRect().height }))
        .filter((c) => c.height < 44);
    });
    expect(small).toEqual([]);
    // Nothing is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The narrow layout with an open card has no serious or critical accessibility violation.
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
