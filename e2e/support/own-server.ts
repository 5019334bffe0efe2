// Production servers a spec owns: its own port, its own database file, its own process. Used by
// specs that must kill a server mid-burst or start one with a different configuration, which the
// shared Playwright web server must never be subjected to. They rely on the build existing (the
// shared web server builds before any spec runs).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = path.resolve(__dirname, '..', '..');
const SECRET = 'own-server-secret-not-for-production-0123456789';

export type OwnServer = {
  port: number;
  baseURL: string;
  dbPath: string;
  /** The pid of the node process that serves requests (not a wrapper: `npm start` execs it). */
  pid: number;
  /** Everything the server printed, for failure messages and log assertions. */
  output: () => string;
  /** Graceful stop (SIGTERM), resolves once the process has exited. */
  stop: () => Promise<void>;
  /** Resolves with the exit code and signal once the process has exited (sends nothing). */
  exit: () => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Hard kill (SIGKILL), resolves once the process has exited. */
  kill: () => Promise<void>;
};

/** A port the OS says is free right now on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh database file in its own temp dir, migrated and seeded with the bundled article. */
export function prepareDatabase(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `qd-${label}-`));
  const dbPath = path.join(dir, 'desk.db');
  execFileSync('npx', ['tsx', '--conditions=react-server', 'scripts/migrate.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: dbPath },
    stdio: 'pipe',
  });
  return dbPath;
}

/** Creates an API token with the product's own command; returns the secret token. */
export function createToken(dbPath: string, role: 'reviewer' | 'viewer', name = `${role} token`): string {
  const out = execFileSync('npm', ['run', '--silent', 'token:create', '--', '--name', name, '--role', role], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: dbPath },
    stdio: 'pipe',
  });
  return (JSON.parse(out.toString('utf8')) as { token: string }).token;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function waitHealthy(baseURL: string, child: ChildProcess, output: () => string): Promise<void> {
  // Bounded: the desk serves within a few seconds; 120 s covers a heavily loaded CI machine.
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited before it was ready:\n${output()}`);
    }
    try {
      const res = await fetch(`${baseURL}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy:\n${output()}`);
}

/** The environment of a server a spec owns: loopback only, its own database, the product's defaults. */
export function serverEnv(dbPath: string, port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    NODE_ENV: 'production',
    DATABASE_PATH: dbPath,
    BETTER_AUTH_SECRET: SECRET,
    SIGNIN_RATE_LIMIT: '1000',
    NEXT_TELEMETRY_DISABLED: '1',
    ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
    ...extra,
  };
}

/**
 * Starts the desk the way `npm start` runs it (node + tsx, serving in-process), minus npm, so the
 * pid is the serving process itself.
 */
export async function startServer(opts: { dbPath: string; port?: number; env?: Record<string, string> }): Promise<OwnServer> {
  const port = opts.port ?? (await freePort());
  const baseURL = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'start.ts')], {
    cwd: ROOT,
    env: serverEnv(opts.dbPath, port, opts.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString('utf8')));
  const output = () => log;
  await waitHealthy(baseURL, child, output);
  return {
    port,
    baseURL,
    dbPath: opts.dbPath,
    pid: child.pid!,
    output,
    exit: async () => {
      await exited(child);
      return { code: child.exitCode, signal: child.signalCode };
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited(child);
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, 'SIGKILL');
      await exited(child);
    },
  };
}

export type DatabaseCheck = { integrity: string; chain: { intact: boolean; checked: number; firstBadEventId: number | null } };

/**
 * integrity_check plus the product's own audit-chain verification (verifyChain), run under tsx
 * with the react-server condition because the query modules are server-only.
 */
export function checkDatabase(dbPath: string): DatabaseCheck {
  const out = execFileSync('npx', ['tsx', '--conditions=react-server', path.join('e2e', 'support', 'check-db.ts'), dbPath], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  return JSON.parse(out.toString('utf8')) as DatabaseCheck;
}

/** Removes a database made by prepareDatabase, with its WAL and temp dir. */
export function removeDatabase(dbPath: string): void {
  fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
}
