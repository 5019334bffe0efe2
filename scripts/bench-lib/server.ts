// Build-if-stale and a production server on a throwaway database, for the benchmarks.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// Same rule as scripts/start.ts: the build is current when BUILD_ID is newer than every source.
const SOURCE_DIRS = ['app', 'components', 'lib', 'db', 'server', 'public', 'i18n', 'messages'];
const SOURCE_FILES = ['package.json', 'next.config.js', 'postcss.config.mjs', 'proxy.ts', 'tsconfig.json'];

function newestSourceTime(): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const child of fs.readdirSync(p)) visit(path.join(p, child));
    else if (!p.endsWith('.test.ts')) newest = Math.max(newest, st.mtimeMs);
  };
  [...SOURCE_DIRS, ...SOURCE_FILES].forEach(visit);
  return newest;
}

export function ensureBuild(log: (s: string) => void): void {
  const marker = path.join('.next', 'BUILD_ID');
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= newestSourceTime()) return;
  log('building the app (missing or older than the sources)...');
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export type BenchServer = { baseURL: string; stop: () => Promise<void> };

/** `next start` under node on a free loopback port, with the bench-only bare route switched on. */
export async function startServer(dbPath: string): Promise<BenchServer> {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.tmpdir(),
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_PATH: dbPath,
      BETTER_AUTH_URL: baseURL,
      BETTER_AUTH_SECRET: 'bench-secret-not-for-production-0123456789',
      SIGNIN_RATE_LIMIT: '1000',
      QD_BENCH: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
    const ok = await fetch(`${baseURL}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { baseURL, stop: async () => (child.kill('SIGTERM'), exited) };
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy:\n${output}`);
}
