// `npm start`: build if the build is missing or older than the sources, migrate and seed the
// database, then serve the production build on PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, databasePath } from '../db/client';
import { seedIfEmpty } from '../db/seed';

// The desk runs on closed newsroom networks: no anonymous usage reports from the framework.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

const SOURCE_DIRS = ['app', 'components', 'lib', 'db', 'public'];
const SOURCE_FILES = ['package.json', 'next.config.js', 'postcss.config.mjs', 'proxy.ts', 'tsconfig.json'];

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
    console.log('Building the app (first start or sources changed)...');
    const result = spawnSync('npx', ['next', 'build'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    if (result.status === 0) return;
    if (!`${result.stdout}${result.stderr}`.includes(BUSY)) process.exit(result.status ?? 1);
    spawnSync('sleep', ['10']);
  }
  console.error('Gave up waiting for another build to finish.');
  process.exit(1);
}

function main(): void {
  if (!buildIsCurrent()) build();
  const { db, sqlite } = openDatabase();
  const seed = seedIfEmpty(db);
  sqlite.close();
  console.log(
    `Database ${databasePath()} ready${seed.seeded ? `; loaded the bundled article with ${seed.claims} claims` : ''}.`,
  );
  const port = process.env.PORT ?? '3000';
  const server = spawn('npx', ['next', 'start', '-p', port, ...(process.env.HOSTNAME ? ['-H', process.env.HOSTNAME] : [])], {
    stdio: 'inherit',
  });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
  server.on('exit', (code) => process.exit(code ?? 0));
}

main();
