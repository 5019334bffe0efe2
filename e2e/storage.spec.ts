// A full disk under a running desk, on a real small filesystem: the test mounts a 4 MB tmpfs
// (needs root, as in this project's CI container), puts the database on it, fills it to the
// last byte, saves through the API and the review page, frees the space and saves again, without
// restarting the server. Judged by what a reviewer, a monitor and an auditor see: the answers,
// the page's announced message, /api/health, the claim's history and PRAGMA integrity_check.
import { test, expect } from '@playwright/test';
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  checkDatabase,
  createToken,
  prepareDatabase,
  removeDatabase,
  startServer,
  type OwnServer,
} from './support/own-server';

const FULL_MESSAGE = "The desk's storage is full; nothing was saved. Tell your administrator.";
const REVIEWER = { email: 'storage-reviewer@desk.test', name: 'Sam Storage', password: 'storage-password-long' };

/** Mounts a small tmpfs; the test cannot run without one (it refuses to fake a full disk). */
function mountSmallFilesystem(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    fs.rmdirSync(dir);
    throw new Error(`storage.spec needs to mount a small tmpfs (run as root): ${(e as Error).message}`);
  }
  return dir;
}

/** Writes zeros until the filesystem refuses: afterwards not one more byte fits. */
function fillFilesystem(file: string): void {
  const fd = fs.openSync(file, 'w');
  const chunk = Buffer.alloc(16 * 1024);
  try {
    for (;;) {
      try {
        fs.writeSync(fd, chunk);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
        // Top up the last partial chunk byte by byte.
        try {
          for (;;) fs.writeSync(fd, Buffer.alloc(1));
        } catch {
          return;
        }
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

async function patchReview(server: OwnServer, token: string, claimId: number, body: Record<string, unknown>) {
  const res = await fetch(`${server.baseURL}/api/claims/${claimId}/review`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', json: (await res.json()) as Record<string, unknown> };
}

async function health(server: OwnServer) {
  const res = await fetch(`${server.baseURL}/api/health`);
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

test('a full disk: saves answer 503 storage_unavailable and the page says so, health reports it, nothing half-saved; freeing space recovers without a restart', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const mount = mountSmallFilesystem();
  const prepared = prepareDatabase('full');
  const dbPath = path.join(mount, 'desk.db');
  fs.copyFileSync(prepared, dbPath);
  removeDatabase(prepared);
  const filler = path.join(mount, 'filler');
  let server: OwnServer | undefined;
  try {
    const token = createToken(dbPath, 'reviewer', 'Storage client');
    execFileSync('npm', ['run', '--silent', 'user:create', '--', '--email', REVIEWER.email, '--name', REVIEWER.name, '--password', REVIEWER.password, '--role', 'reviewer'], {
      env: { ...process.env, DATABASE_PATH: dbPath },
      stdio: 'pipe',
    });
    server = await startServer({ dbPath });
    const claims = ((await (await fetch(`${server.baseURL}/api/articles/1/claims`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      claims: { id: number; version: number; quote: string }[];
    }).claims;
    const [first, second] = claims;
    if (!first || !second) throw new Error('the bundled article has claims');

    // Before: a save works. Sign in now too (sign-in itself writes a session).
    const before = await patchReview(server, token, first.id, { status: 'needs_source', note: 'before the disk filled', version: first.version });
    expect(before.status).toBe(200);
    await page.goto(`${server.baseURL}/sign-in`);
    await page.getByLabel('Email').fill(REVIEWER.email);
    await page.getByLabel('Password').fill(REVIEWER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await page.goto(`${server.baseURL}/articles/1`);
    const secondCard = page.getByRole('list', { name: 'Claims in reading order' }).locator(':scope > li').nth(1);
    await expect(secondCard).toBeVisible();

    fillFilesystem(filler);

    // Every save through the API: a 503 with a JSON reason, never a bare 500.
    for (let i = 0; i < 5; i++) {
      const full = await patchReview(server, token, first.id, { status: 'disputed', note: `while full ${i}`, version: (before.json.version as number) });
      expect(full.status).toBe(503);
      expect(full.type).toContain('application/json');
      expect(full.json).toMatchObject({ error: 'storage_unavailable', message: FULL_MESSAGE });
    }
    const report = await health(server);
    expect(report.status).toBe(503);
    expect(report.json).toMatchObject({ ok: false, database: 'ok', storage: 'full', error: 'storage_unavailable' });

    // The review page: the reviewer is told, in words and through the live region.
    await secondCard.getByRole('radio', { name: 'Needs source' }).check();
    await expect(secondCard.getByText(FULL_MESSAGE)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `Not saved: ${FULL_MESSAGE}` })).toBeAttached();

    // Free the space: health recovers by itself and the same save goes through.
    fs.rmSync(filler);
    await expect.poll(async () => (await health(server!)).status, { timeout: 15_000 }).toBe(200);
    const after = await patchReview(server, token, first.id, { status: 'disputed', note: 'after space was freed', version: before.json.version as number });
    expect(after.status).toBe(200);
    expect(after.json).toMatchObject({ status: 'disputed', note: 'after space was freed', version: (before.json.version as number) + 1 });

    // One log line for the whole outage (six failed writes and several failed probes), not one per request.
    const lines = server.output().split('\n').filter((l) => l.includes('"event":"storage_unavailable"'));
    expect(lines).toHaveLength(1);
    expect(server.output()).toContain('"event":"storage_recovered"');

    await server.stop();
    server = undefined;
    // The history has the two acknowledged saves and nothing from the outage; the file is sound.
    const db = new Database(dbPath, { readonly: true });
    try {
      const events = db.prepare('SELECT note FROM review_events WHERE claim_id IN (?, ?) ORDER BY id').all(first.id, second.id) as { note: string | null }[];
      expect(events.map((e) => e.note)).toEqual(['before the disk filled', 'after space was freed']);
      const review = db.prepare('SELECT status, note FROM reviews WHERE claim_id = ?').get(second.id) as { status: string; note: string };
      expect(review).toEqual({ status: 'unreviewed', note: '' });
    } finally {
      db.close();
    }
    const check = checkDatabase(dbPath);
    expect(check.integrity).toBe('ok');
    expect(check.chain.intact).toBe(true);
  } finally {
    await server?.stop();
    execFileSync('umount', [mount]);
    fs.rmdirSync(mount);
  }
});
