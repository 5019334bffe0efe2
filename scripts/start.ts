// `npm start`: build if the build is missing or older than the sources, migrate and seed the
// database, then serve the production build on PORT (default 3000) IN THIS PROCESS.
//
// Serving in-process (Next's custom-server API behind a plain node:http server) rather than
// spawning `next start` means the signals systemd, Docker or a terminal send reach the server
// itself: on SIGTERM or SIGINT it stops accepting connections, lets in-flight requests finish
// (at most 10 s), checkpoints the WAL, closes the database and exits 0, leaving nothing behind.
// It also lets the desk decide, per connection, which client address and forwarding headers to
// believe (TRUSTED_PROXIES), before any request reaches Next.js or the auth library.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase } from '../db/queries/connection';
import {
  CLIENT_ADDRESS_HEADER,
  FORWARDING_HEADERS,
  clientAddress,
  isTrustedProxy,
  normalizeAddress,
  parseTrustedProxies,
  type TrustedProxies,
} from '../lib/client-address';
import { defaultLocaleFrom } from '../lib/i18n/locales';
import { configuredOrigins } from '../lib/origins';

// The desk runs on closed newsroom networks: no anonymous usage reports from the framework.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
(process.env as Record<string, string>).NODE_ENV = 'production';

const ROOT = process.cwd();
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const DRAIN_MS = 10_000;
const SOURCE_DIRS = ['app', 'components', 'lib', 'db', 'server', 'public', 'i18n', 'messages'];
const SOURCE_FILES = ['package.json', 'next.config.js', 'postcss.config.mjs', 'proxy.ts', 'tsconfig.json'];

function log(message: string): void {
  console.log(message);
}

function newestSourceTime(): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const child of fs.readdirSync(p)) visit(path.join(p, child));
    } else if (!p.endsWith('.test.ts')) {
      newest = Math.max(newest, st.mtimeMs);
    }
  };
  [...SOURCE_DIRS, ...SOURCE_FILES].forEach(visit);
  return newest;
}

function buildIsCurrent(): boolean {
  const marker = path.join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID');
  return fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= newestSourceTime();
}

const BUSY = 'Another next build process is already running';

/** Builds; when another build holds Next's lock (two terminals, or tests started twice), waits
 * for it and uses its result if that is current. */
function build(): void {
  for (let attempt = 0; attempt < 60; attempt++) {
    if (attempt > 0 && buildIsCurrent()) return;
    log('Building the app (first start or sources changed)...');
    const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    if (result.status === 0) return;
    if (!`${result.stdout}${result.stderr}`.includes(BUSY)) process.exit(result.status ?? 1);
    spawnSync('sleep', ['10']);
  }
  console.error('Gave up waiting for another build to finish.');
  process.exit(1);
}

/**
 * Migrates and seeds in a short-lived child: the seed uses server-only modules, which load only
 * under the react-server condition, and this serving process must not run under it (Next.js
 * renders pages with the ordinary React build). The child has exited before serving starts.
 */
function prepareDatabase(): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=react-server', path.join('scripts', 'migrate.ts')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  const summary = JSON.parse(result.stdout) as { database: string; seeded: boolean; claims: number };
  log(`Database ${summary.database} ready${summary.seeded ? `; loaded the bundled article with ${summary.claims} claims` : ''}.`);
}

/**
 * Decides what the rest of the app may believe about a request. Forwarding headers count only
 * from a trusted proxy (otherwise any client could claim any host or address); the client
 * address is put in a header of the desk's own, replacing whatever a client sent under that name.
 */
function normalizeForwarding(req: http.IncomingMessage, proxies: TrustedProxies): void {
  const peer = normalizeAddress(req.socket.remoteAddress);
  if (!isTrustedProxy(peer, proxies)) for (const h of FORWARDING_HEADERS) delete req.headers[h];
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], proxies);
}

function printAddresses(port: number, hostname: string | undefined): void {
  if (hostname) {
    log(`Quote desk is serving on http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`);
    return;
  }
  log(`Quote desk is serving on http://localhost:${port}`);
  for (const list of Object.values(os.networkInterfaces())) {
    for (const iface of list ?? []) {
      if (!iface.internal && iface.family === 'IPv4') log(`  on the network:  http://${iface.address}:${port}`);
    }
  }
}

async function serve(): Promise<void> {
  // Settings are checked before serving: a typo stops the start with a message naming it,
  // instead of failing every sign-in later.
  const proxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  const origins = configuredOrigins(process.env);
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOSTNAME || undefined;
  // Imported here, after NODE_ENV is set: Next reads it when it loads.
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: ROOT, hostname, port, customServer: true });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Tells the app that CLIENT_ADDRESS_HEADER comes from this server (not from a client of a
  // bare `next start`), so the sign-in limiter may key on it.
  (globalThis as { __quoteDeskClientAddress?: boolean }).__quoteDeskClientAddress = true;

  const server = http.createServer((req, res) => {
    normalizeForwarding(req, proxies);
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve());
  });
  printAddresses(port, hostname);
  if (proxies.size > 0) log(`Trusting X-Forwarded-* from: ${proxies.entries.join(', ')}`);
  log(origins.length > 0 ? `Accepting sign-ins and forms from: ${origins.join(', ')}` : 'Accepting sign-ins and forms at whatever address the desk is opened.');

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: stopping now.`);
      process.exit(1);
    }
    stopping = true;
    log(`${signal}: no new connections; finishing requests in progress (at most ${DRAIN_MS / 1000} s)...`);
    const drained = await drain(server);
    if (!drained) log('Requests still running after the grace period were cut off.');
    await Promise.race([app.close().catch(() => undefined), new Promise((r) => setTimeout(r, 2_000))]);
    closeDatabase();
    log('Database checkpointed and closed. Stopped.');
    process.exit(0);
  };
  process.on('SIGTERM', (s) => void stop(s));
  process.on('SIGINT', (s) => void stop(s));
}

/**
 * Stops accepting connections and waits for open requests to end; idle keep-alive connections
 * are closed as they become idle. Resolves false if the grace period ran out first.
 */
function drain(server: http.Server): Promise<boolean> {
  return new Promise((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => {
      clearInterval(idle);
      server.closeAllConnections();
      resolve(false);
    }, DRAIN_MS);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(deadline);
      resolve(true);
    });
    server.closeIdleConnections();
  });
}

/**
 * If whoever reads the log goes away (a closed terminal, a dead parent's pipe), writing to it
 * fails with EPIPE; every failure would be logged again and the process would spin on it, deaf
 * to SIGTERM. Losing the log is better: the server keeps serving and still stops cleanly.
 */
function ignoreClosedLog(): void {
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
}

async function main(): Promise<void> {
  ignoreClosedLog();
  // A DEFAULT_LOCALE typo stops the start here, with what is allowed, before a minute of building.
  log(`Default interface language: ${defaultLocaleFrom(process.env)} (DEFAULT_LOCALE)`);
  if (!buildIsCurrent()) build();
  prepareDatabase();
  await serve();
}

main().catch((e: unknown) => {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
