// The admin's Users page: accounts, their roles, and API tokens.
import { expect, type Page } from '@playwright/test';

export class UsersPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/users');
  }

  /** Creates an API token and returns it (it is shown once). */
  async createToken(name: string, role: 'reviewer' | 'viewer'): Promise<string> {
    await this.goto();
    await this.page.getByLabel('Token name').fill(name);
    await this.page.getByLabel('Token role').selectOption(role);
    await this.page.getByRole('button', { name: 'Create token' }).click();
    const token = (await this.page.getByTestId('new-token').innerText()).trim();
    expect(token).toMatch(/^qd_/);
    return token;
  }

  /** Changes a user's role and waits for the confirmation. */
  async setRole(name: string, role: 'admin' | 'reviewer' | 'viewer'): Promise<void> {
    await this.goto();
    await this.page.getByRole('combobox', { name: `Role of ${name}` }).selectOption(role);
    await this.page.getByRole('button', { name: `Save role of ${name}` }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Role updated.' })).toBeVisible();
  }
}
