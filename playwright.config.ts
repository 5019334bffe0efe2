import { defineConfig, devices } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

// Playwright evaluates this file in every worker: pin the port and database path on first load so
// all workers and the web server agree.
process.env.E2E_PORT ??= String(3100 + Math.floor(Math.random() * 800));
process.env.E2E_RUN_ID ??= `${Date.now()}-${process.pid}`;
process.env.E2E_DATABASE_PATH ??= path.resolve('data', `e2e-${process.env.E2E_RUN_ID}.db`);
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
// The same server at a second address: the desk must work at whatever address it is opened
// (no BETTER_AUTH_URL below), so the first-run flow runs here and the other specs at baseURL.
const secondURL = `http://localhost:${port}`;

/** Debian's Chromium when present (no browser downloads here); Playwright's own elsewhere. */
function systemChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p && fs.existsSync(p)));
}

const executablePath = systemChromium();

export default defineConfig({
  testDir: './e2e',
  // A folder per run, so two runs on one machine never delete each other's traces.
  outputDir: `test-results/${process.env.E2E_RUN_ID}`,
  // One server and one database: specs run one at a time so they can reason about shared state.
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: executablePath
      ? {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        }
      : undefined,
  },
  projects: [
    // The first-run flow needs the fresh, empty database, so it runs before everything else.
    {
      name: 'first-run',
      testMatch: /first-run\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, baseURL: secondURL },
    },
    {
      name: 'chromium',
      testIgnore: /first-run\.spec\.ts/,
      dependencies: ['first-run'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
  ],
  webServer: {
    // The production build on its own fresh database file, prepared by the start script.
    command: `rm -f "${process.env.E2E_DATABASE_PATH}"* && npm start`,
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
      BETTER_AUTH_SECRET: 'e2e-secret-not-for-production-use-0123456789',
      SIGNIN_RATE_LIMIT: '1000',
      LIVE_POLL_MS: '1000',
      // Published reviews live under PUBLIC_URL/p/<slug> (e2e/publish.spec.ts reads them signed out).
      PUBLIC_URL: baseURL,
    },
  },
});
