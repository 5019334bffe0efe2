// Shared driver for `npm run bench` and `npm run bench:pages`: build, dataset, server, suites, report.
import fs from 'node:fs';
import path from 'node:path';
import { prepareDataset, BENCH_USER, type Dataset } from './dataset';
import { signIn } from './http';
import { newResults, writeResults, type Results } from './report';
import { ensureBuild, startServer } from './server';
import {
  exportSuite,
  extractionSuite,
  ingestSuite,
  jsSizeSuite,
  pagesSuite,
  rawSuite,
  reviewLoadSuite,
  reviewRows,
  seedRow,
} from './suites';

export const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

/** Seconds for load phases; QD_BENCH_SECONDS shortens them while developing. */
function seconds(fallback: number): number {
  const n = Number(process.env.QD_BENCH_SECONDS);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function workDir(): string {
  // bench/tmp is git-ignored; each run gets its own folder, removed at the end.
  const dir = path.resolve('bench', 'tmp', `run-${Date.now()}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

async function withServer<T>(ds: Dataset, fn: (baseURL: string, cookie: string) => Promise<T>): Promise<T> {
  const server = await startServer(ds.dbPath);
  try {
    const cookie = await signIn(server.baseURL, BENCH_USER);
    return await fn(server.baseURL, cookie);
  } finally {
    await server.stop();
  }
}

export async function runBench(mode: 'all' | 'pages'): Promise<void> {
  const results: Results = newResults();
  const rows = results.rows;
  const dir = workDir();
  try {
    ensureBuild(log);
    if (mode === 'all') {
      log('extraction throughput (bench:extract)...');
      extractionSuite(rows);
      log('importing 10,000 generated articles...');
      ingestSuite(rows, dir, Number(process.env.QD_BENCH_ARTICLES) || 10_000);
    }
    log('seeding 2,000-claim article and 100,000 claims...');
    const ds = await prepareDataset(dir);
    seedRow(rows, ds);
    const connections = 20;
    const load = await withServer(ds, async (baseURL, cookie) => {
      log('pages...');
      await pagesSuite(rows, baseURL, ds, cookie, seconds(10));
      if (mode === 'pages') return null;
      log('exports...');
      await exportSuite(rows, baseURL, ds);
      await jsSizeSuite(rows, baseURL, ds, cookie);
      log(`review updates, ${connections} clients...`);
      return reviewLoadSuite(baseURL, ds, connections, seconds(20));
    });
    if (load) {
      log('raw better-sqlite3 and in-process references...');
      reviewRows(rows, load, rawSuite(ds, dir, Math.min(10, seconds(10))), connections);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (mode === 'all') writeResults(results, 'results', 'Quote desk benchmarks');
  else writeResults(results, 'results-pages', 'Quote desk page benchmarks');
}
