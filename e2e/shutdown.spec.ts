// Stopping the desk stops it: SIGTERM (what systemd, Docker and process managers send) to the
// process `npm start` runs, in the middle of a burst of review saves. Every acknowledged save is
// there after a restart, no process of the desk is left, the port is free and the WAL has been
// folded back into the database file. Runs against servers this spec owns, never the shared one.
import { test, expect } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {
  checkDatabase,
  createToken,
  freePort,
  prepareDatabase,
  removeDatabase,
  serverEnv,
  startServer,
  waitHealthy,
  type OwnServer,
} from './support/own-server';

const ROOT = path.resolve(__dirname, '..');

type Saved = { claimId: number; note: string; version: number };

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** True while any process of the group (npm and everything it started) is alive. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function saveReview(baseURL: string, token: string, claimId: number, body: Record<string, unknown>) {
  const res = await fetch(`${baseURL}/api/claims/${claimId}/review`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as { version?: number } };
}

async function listClaims(baseURL: string, token: string): Promise<{ id: number; version: number; note: string }[]> {
  const res = await fetch(`${baseURL}/api/articles/1/claims`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { claims: { id: number; version: number; note: string }[] }).claims;
}

test.describe.configure({ mode: 'serial' });

test('SIGTERM to `npm start` during a burst of saves: drains, keeps every acknowledged save, leaves no process, frees the port', async () => {
  test.setTimeout(180_000);
  const dbPath = prepareDatabase('sigterm');
  const token = createToken(dbPath, 'reviewer', 'Shutdown client');
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  // Its own process group, so the test can tell whether anything npm started is still alive.
  const npm = spawn('npm', ['start'], { cwd: ROOT, env: serverEnv(dbPath, port), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  npm.stdout!.on('data', (d: Buffer) => (log += d.toString('utf8')));
  npm.stderr!.on('data', (d: Buffer) => (log += d.toString('utf8')));
  let restarted: OwnServer | undefined;
  try {
    await waitHealthy(baseURL, npm, () => log);
    const claims = (await listClaims(baseURL, token)).slice(0, 8);
    const acknowledged: Saved[] = [];
    let signalled = false;
    let refusedAfterSignal = 0;

    // Eight clients, one claim each, chaining versions until the server stops answering.
    const client = async (i: number) => {
      const claim = claims[i]!;
      let version = claim.version;
      for (let j = 0; j < 1000; j++) {
        const note = `sigterm-check c${i} r${j}`;
        try {
          const { status, json } = await saveReview(baseURL, token, claim.id, { status: 'needs_source', note, version });
          if (status !== 200) throw new Error(`save answered ${status}`);
          version = json.version!;
          acknowledged.push({ claimId: claim.id, note, version });
          if (acknowledged.length === 80 && !signalled) {
            signalled = true;
            process.kill(npm.pid!, 'SIGTERM');
          }
        } catch (e) {
          // After SIGTERM the server stops accepting connections: that is how a client learns it.
          if (!signalled) throw e;
          refusedAfterSignal += 1;
          return;
        }
      }
    };
    await Promise.all(claims.map((_, i) => client(i)));
    expect(signalled, 'SIGTERM was sent mid-burst').toBe(true);
    expect(refusedAfterSignal).toBeGreaterThan(0);

    const exit = await exitOf(npm);
    expect(exit, log).toEqual({ code: 0, signal: null });
    expect(log).toContain('SIGTERM: no new connections');
    expect(log).toContain('Database checkpointed and closed. Stopped.');
    await expect.poll(() => groupAlive(npm.pid!), { message: 'a process of the desk is left' }).toBe(false);
    expect(await portIsFree(port)).toBe(true);
    // The WAL was checkpointed into the database file on the way out.
    expect(fs.existsSync(`${dbPath}-wal`) ? fs.statSync(`${dbPath}-wal`).size : 0).toBe(0);

    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      for (const saved of acknowledged) {
        const n = (db.prepare('SELECT count(*) AS n FROM review_events WHERE note = ?').get(saved.note) as { n: number }).n;
        expect(n, `${saved.note} was acknowledged`).toBe(1);
      }
    } finally {
      db.close();
    }

    // After a restart on the same file, every claim shows its last acknowledged save.
    restarted = await startServer({ dbPath, port });
    const after = await listClaims(restarted.baseURL, token);
    for (const claim of claims) {
      const last = acknowledged.filter((s) => s.claimId === claim.id).sort((a, b) => b.version - a.version)[0];
      if (!last) continue;
      expect(after.find((c) => c.id === claim.id)).toMatchObject({ version: last.version, note: last.note });
    }
    await restarted.stop();
    expect(checkDatabase(dbPath).integrity).toBe('ok');
  } finally {
    if (groupAlive(npm.pid!)) process.kill(-npm.pid!, 'SIGKILL');
    await restarted?.kill();
    removeDatabase(dbPath);
  }
});

test('SIGINT (Ctrl-C) to the serving process: the same clean stop, exit 0', async () => {
  test.setTimeout(90_000);
  const dbPath = prepareDatabase('sigint');
  const server = await startServer({ dbPath });
  try {
    process.kill(server.pid, 'SIGINT');
    expect(await server.exit()).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('SIGINT: no new connections');
    expect(server.output()).toContain('Database checkpointed and closed. Stopped.');
    expect(await portIsFree(server.port)).toBe(true);
  } finally {
    await server.kill();
    removeDatabase(dbPath);
  }
});
