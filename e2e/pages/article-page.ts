// The article (review) page as a reviewer meets it: the claims in reading order, each card with its
// status radio group, and the article text to select words in. Located by role and accessible name.
import { expect, type Locator, type Page } from '@playwright/test';

export type Status = 'Unreviewed' | 'Verified' | 'Disputed' | 'Needs source';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The claim cards: direct items of the list (an open history panel has list items of its own). */
export function claimCards(page: Page): Locator {
  return page.getByRole('list', { name: 'Claims in reading order' }).locator(':scope > li');
}

/**
 * The card of the claim whose quote begins with `quote`. Reported claims often contain the same
 * words (“...” inside a paraphrase), so match the card's quotation itself, not any text in it.
 */
export function claimCard(page: Page, quote: string): Locator {
  return claimCards(page).filter({ has: page.locator('blockquote', { hasText: new RegExp(`^Show in article: “${escapeRegExp(quote)}`) }) });
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

/**
 * Opens an open card's history panel. Clicked again until the button says it is expanded: on a
 * busy machine the page may still be scrolling to the quotation, and a click whose press and
 * release land on different spots does nothing.
 */
export async function openHistory(card: Locator): Promise<void> {
  const button = card.getByRole('button', { name: 'History' });
  await expect(async () => {
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true', { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

export class ArticlePage {
  constructor(readonly page: Page) {}

  /** Opens the bundled article (BBC News Indonesia) from the home page's list. */
  async openBundled(): Promise<void> {
    await this.page.goto('/');
    await this.page.getByRole('row', { name: /BBC News Indonesia/ }).getByRole('link').first().click();
    await expect(this.claims()).not.toHaveCount(0);
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole('list', { name: 'Claims in reading order' })).toBeVisible();
  }

  claims(): Locator {
    return claimCards(this.page);
  }

  claimCard(quote: string): Locator {
    return claimCard(this.page, quote);
  }

  /** Opens the card of `quote` (or the card given) and returns it. */
  async openCard(card: string | Locator): Promise<Locator> {
    return openCard(typeof card === 'string' ? this.claimCard(card) : card);
  }

  /** Chooses a status in a card's radio group, which saves at once. */
  async choose(card: string | Locator, status: Status): Promise<Locator> {
    const c = typeof card === 'string' ? this.claimCard(card) : card;
    await c.getByRole('radiogroup', { name: 'Status' }).getByRole('radio', { name: status }).click();
    return c;
  }

  /** Opens the History of a claim's card and returns the history panel. */
  async openHistory(quote: string): Promise<Locator> {
    const card = await this.openCard(quote);
    await card.getByRole('button', { name: 'History' }).click();
    return card.locator('[id^="history-"]');
  }

  /** Selects the first occurrence of `words` in the article text, as an editor dragging over it
   * (the words may run across several highlighted and plain stretches of text). */
  async selectInArticle(words: string): Promise<void> {
    await this.page.getByRole('article', { name: 'Article text' }).evaluate((root, needle) => {
      const nodes: { node: Node; from: number }[] = [];
      let text = '';
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, from: text.length });
        text += node.textContent ?? '';
      }
      const at = text.indexOf(needle);
      if (at < 0) throw new Error(`not in the article: ${needle}`);
      const locate = (offset: number, isEnd: boolean) => {
        const hit = nodes.findLast((n) => (isEnd ? n.from < offset : n.from <= offset))!;
        return [hit.node, offset - hit.from] as const;
      };
      const range = document.createRange();
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + needle.length, true));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    }, words);
  }
}
