// The "New article" page: paste a text (or choose a file), say its language, import.
import { expect, type Page } from '@playwright/test';

export type PastedArticle = { text: string; language?: 'English' | 'Indonesian'; url?: string; title?: string };

export class ImportPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/articles/new');
  }

  /** Fills the form with a pasted article and submits it; the browser then shows the article. */
  async importPasted({ text, language = 'English', url, title }: PastedArticle): Promise<void> {
    await this.goto();
    await this.page.getByLabel('Article text').fill(text);
    if (url) await this.page.getByLabel('URL').fill(url);
    if (title) await this.page.getByLabel('Title').fill(title);
    await this.page.getByLabel('Language').selectOption({ label: language });
    await this.page.getByRole('button', { name: 'Import article' }).click();
    await expect(this.page.getByRole('list', { name: 'Claims in reading order' })).toBeVisible();
  }
}
