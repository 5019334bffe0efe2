// The measurements. Each appends rows to the results; targets are checked where the issue sets one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { openDatabase } from '../../db/queries/connection';
import { rawReviewSaver, reviewVersions } from '../../db/queries/bench';
import { saveReview } from '../../db/queries/reviews';
import { importArticle } from '../../server/articles/import';
import type { Dataset } from './dataset';
import { combine, loadGet, loadPatch, sequentialTiming, type LoadResult } from './http';
import type { Row } from './report';
import { round, since } from './stats';

const PAGE_P50_TARGET_MS = 100;
const REVIEW_RATIO_TARGET = 0.7;
const REVIEW_P99_TARGET_MS = 100;
const JS_TARGET_KB = 200;

/** The extractor's own benchmark (scripts/bench-extract.ts), run as its owner meant it to be. */
export function extractionSuite(rows: Row[]): void {
  const run = spawnSync('npm', ['run', '--silent', 'bench:extract', '--', '--json'], { encoding: 'utf8' });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  try {
    const r = JSON.parse(line) as { mbPerSecond: number; megabytes: number; mbPerCpuSecond: number; claims: number };
    rows.push({ group: 'ingest', name: 'extraction throughput (bench:extract)', value: r.mbPerSecond, unit: 'MB/s', detail: `${r.megabytes} MB, ${r.claims} claims; ${r.mbPerCpuSecond} MB per CPU-second` });
  } catch {
    rows.push({ group: 'ingest', name: 'extraction throughput (bench:extract)', value: null, unit: 'MB/s', detail: `bench:extract failed: ${run.stderr.slice(0, 120)}` });
  }
}

const NAMES = ['Rina Wulandari', 'Budi Santoso', 'Maria Lindqvist', 'Tom Abara', 'Dewi Lestari', 'Agus Pratama', 'Sara Okafor', 'Omar Haddad', 'Lena Novak', 'Kai Tanaka'];
const ID_TEMPLATES = [
  (n: string, k: number) => `“Kami sudah menghitung ulang ${k} pos belanja. Tidak ada yang dikorbankan,” kata ${n} di Jakarta.`,
  (n: string, k: number) => `Menurut ${n}, target ${k} persen itu “bisa dicapai asal diawasi”.`,
  (n: string, k: number) => `“Daerah harus siap menyerap ${k} miliar rupiah,” ujar ${n}.`,
  (n: string, k: number) => `${n} mengatakan pemerintah akan menambah anggaran ${k} persen tahun depan.`,
];
const EN_TEMPLATES = [
  (n: string, k: number) => `“We have done the arithmetic ${k} times. The numbers hold,” ${n} told reporters.`,
  (n: string, k: number) => `${n} said the plan would “cut waste without cutting ${k} services.”`,
  (n: string, k: number) => `“This is a shell game,” said ${n}, who has studied ${k} budgets.`,
  (n: string, k: number) => `According to ${n}, the committee has “no intention of raising fares” before ${2000 + (k % 30)}.`,
];

/** A generated article of our own templates: quotes, cues and speakers, unique per seed. */
function generatedArticle(seed: number): { body: string; title: string; language: 'id' | 'en' } {
  const language = seed % 2 === 0 ? 'id' : 'en';
  const templates = language === 'id' ? ID_TEMPLATES : EN_TEMPLATES;
  const paras = [`${language === 'id' ? 'Laporan' : 'Report'} nomor ${seed}.`];
  for (let k = 0; k < 12; k++) paras.push(templates[(seed + k) % templates.length]!(NAMES[(seed * 3 + k) % NAMES.length]!, seed * 13 + k));
  return { body: paras.join('\n\n'), title: `Generated article ${seed}`, language };
}

/** 10,000 generated articles through the product's import path (extraction + one transaction each). */
export function ingestSuite(rows: Row[], dir: string, count = 10_000): void {
  const { db, sqlite } = openDatabase(path.join(dir, 'ingest.db'));
  try {
    const inputs = Array.from({ length: count }, (_, i) => generatedArticle(i));
    let claims = 0;
    const t0 = performance.now();
    for (const a of inputs) claims += importArticle(db, a).claims;
    const seconds = since(t0) / 1000;
    rows.push({ group: 'ingest', name: `import ${count.toLocaleString('en-US')} generated articles`, value: round(count / seconds), unit: 'articles/s', detail: `${claims.toLocaleString('en-US')} claims in ${round(seconds)} s (synchronous=FULL, one transaction per article)` });
  } finally {
    sqlite.close();
  }
}

export function seedRow(rows: Row[], ds: Dataset): void {
  rows.push({ group: 'dataset', name: 'bulk seed for page benchmarks', value: round(ds.seedSeconds), unit: 's', detail: `${ds.totalClaims.toLocaleString('en-US')} claims with review rows and full-text index` });
}

function pageRows(rows: Row[], label: string, one: Awaited<ReturnType<typeof sequentialTiming>>, load: LoadResult | null, clients: number): void {
  if (one.status !== 200) {
    rows.push({ group: 'pages', name: `${label}, one at a time`, value: null, unit: 'ms', detail: `answered ${one.status}` });
    return;
  }
  rows.push({ group: 'pages', name: `${label}, one at a time (p50)`, value: one.p50, unit: 'ms', detail: `p99 ${one.p99} ms over ${one.n} requests`, target: `p50 < ${PAGE_P50_TARGET_MS} ms`, met: one.p50 < PAGE_P50_TARGET_MS });
  if (load && load.total === 0) {
    // Slower than the run is long: say so rather than print a 0 ms latency.
    rows.push({ group: 'pages', name: `${label}, ${clients} concurrent clients`, value: 0, unit: 'req/s', detail: `no request finished within the ${load.seconds} s run` });
  } else if (load) {
    rows.push({ group: 'pages', name: `${label}, ${clients} concurrent clients`, value: load.rps, unit: 'req/s', detail: `p50 ${load.p50} ms, p99 ${load.p99} ms, ${load.non2xx} non-2xx, ${load.errors} errors` });
  }
}

export async function pagesSuite(rows: Row[], baseURL: string, ds: Dataset, cookie: string, seconds: number): Promise<void> {
  const headers = { cookie };
  const pages: [string, string][] = [
    ['bundled article page', `/articles/${ds.bundledArticleId}`],
    ['2,000-claim article page', `/articles/${ds.bigArticleId}`],
    [`all-claims page /claims (${ds.totalClaims.toLocaleString('en-US')} claims)`, '/claims'],
  ];
  for (const [label, p] of pages) {
    const one = await sequentialTiming(`${baseURL}${p}`, headers);
    const load = one.status === 200 ? await loadGet(`${baseURL}${p}`, headers, 10, seconds) : null;
    pageRows(rows, label, one, load, 10);
  }
}

export async function exportSuite(rows: Row[], baseURL: string, ds: Dataset): Promise<void> {
  const headers = { authorization: `Bearer ${ds.reviewerToken}` };
  for (const format of ['markdown', 'csv', 'json', 'pdf', 'claimreview']) {
    const url = `${baseURL}/api/articles/${ds.bigArticleId}/report?format=${format}`;
    const t = await sequentialTiming(url, headers, 5, 1);
    const available = t.status === 200;
    rows.push({
      group: 'export',
      name: `2,000-claim article as ${format}`,
      value: available ? t.p50 : null,
      unit: 'ms',
      detail: available ? `median of ${t.n}, slowest ${t.p99} ms` : `route answered ${t.status}`,
    });
  }
}

/** First-load JS of the review page: every /_next/ script the HTML loads, gzipped and summed. */
export async function jsSizeSuite(rows: Row[], baseURL: string, ds: Dataset, cookie: string): Promise<void> {
  const html = await (await fetch(`${baseURL}/articles/${ds.bundledArticleId}`, { headers: { cookie } })).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]*\ssrc="(\/_next\/[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')))];
  let raw = 0;
  let gz = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(`${baseURL}${src}`)).arrayBuffer());
    raw += body.length;
    gz += zlib.gzipSync(body).length;
  }
  const kb = round(gz / 1024);
  rows.push({ group: 'client', name: 'review page first-load JS (gzip)', value: kb, unit: 'KB', detail: `${srcs.length} scripts, ${round(raw / 1024)} KB uncompressed`, target: `< ${JS_TARGET_KB} KB`, met: kb < JS_TARGET_KB });
}

export type ReviewLoad = { api: LoadResult; bare: LoadResult };

/**
 * Review saves over HTTP against the bare single-UPDATE route, same server, same connections. The
 * two alternate in short rounds, so a neighbour's load on this shared machine hits both alike.
 */
export async function reviewLoadSuite(baseURL: string, ds: Dataset, connections: number, seconds: number): Promise<ReviewLoad> {
  const first = ds.spare.firstClaimId;
  // Twice as many claims as connections: a claim whose answer never came stays checked out.
  const claims = (from: number) => Array.from({ length: connections * 2 }, (_, i) => from + i);
  const headers = { authorization: `Bearer ${ds.reviewerToken}` };
  const versions = new Map<number, number>();
  const status = (n: number) => (n % 2 === 0 ? 'needs_source' : 'unreviewed');
  const review = (claimIds: number[], secs: number) =>
    loadPatch({
      baseURL,
      path: (id) => `/api/claims/${id}/review`,
      headers,
      body: (_id, version, n) => ({ status: status(n), note: `bench note ${n}`, version }),
      claimIds,
      versions,
      connections,
      seconds: secs,
    });
  const bare = (claimIds: number[], secs: number) =>
    loadPatch({
      baseURL,
      path: () => '/api/bench/bare',
      headers: {},
      body: (id, _version, n) => ({ claimId: id, note: `bare note ${n}` }),
      claimIds,
      versions: new Map(),
      connections,
      seconds: secs,
    });
  // Warm-ups on claims of their own, so JIT and route loading are not measured.
  await review(claims(first), 3);
  await bare(claims(first + 100), 3);
  const rounds = 4;
  const apiRuns: LoadResult[] = [];
  const bareRuns: LoadResult[] = [];
  for (let r = 0; r < rounds; r++) {
    // Fresh claims each round: a save still in flight when a round stops may have committed
    // unseen, and the next round would then start from a stale version (a 409).
    apiRuns.push(await review(claims(first + 1000 * (r + 1)), seconds / rounds));
    bareRuns.push(await bare(claims(first + 1000 * (r + 1) + 500), seconds / rounds));
  }
  return { api: combine(apiRuns), bare: combine(bareRuns) };
}

/** The database's own limit, and the product's save without HTTP, on a copy of the database. */
export function rawSuite(ds: Dataset, dir: string, seconds: number): { raw: number; inProcess: number } {
  const copy = path.join(dir, 'raw-copy.db');
  fs.copyFileSync(ds.dbPath, copy);
  const { db, sqlite } = openDatabase(copy);
  try {
    const from = ds.spare.firstClaimId + 10_000;
    const ids = Array.from({ length: 20 }, (_, i) => from + i);
    const versions = reviewVersions(db, { fromClaimId: from, toClaimId: from + 19 });
    const save = rawReviewSaver(db);
    let n = 0;
    let t0 = performance.now();
    while (since(t0) < seconds * 1000) {
      const id = ids[n % ids.length]!;
      versions.set(id, save(id, versions.get(id)!, `raw note ${n}`));
      n++;
    }
    const raw = round(n / (since(t0) / 1000));

    const ids2 = ids.map((id) => id + 100);
    const v2 = reviewVersions(db, { fromClaimId: ids2[0]!, toClaimId: ids2.at(-1)! });
    let m = 0;
    t0 = performance.now();
    while (since(t0) < seconds * 1000) {
      const id = ids2[m % ids2.length]!;
      const out = saveReview(db, { claimId: id, status: m % 2 === 0 ? 'needs_source' : 'unreviewed', note: `in-process ${m}`, version: v2.get(id)!, actor: { id: null, name: 'bench' } });
      if (!out.ok) throw new Error(`in-process save refused: ${out.reason}`);
      v2.set(id, out.claim.version);
      m++;
    }
    return { raw, inProcess: round(m / (since(t0) / 1000)) };
  } finally {
    sqlite.close();
  }
}

export function reviewRows(rows: Row[], load: ReviewLoad, ref: { raw: number; inProcess: number }, connections: number): void {
  const { api, bare } = load;
  const ratioBare = api.rps / bare.rps;
  rows.push({
    group: 'reviews',
    name: `review updates, PATCH API, ${connections} clients`,
    value: api.rps,
    unit: 'updates/s',
    detail: `p50 ${api.p50} ms, p99 ${api.p99} ms (worst of 4 rounds); ${api.total} saves, ${api.non2xx} non-2xx, ${api.errors} errors`,
    target: `p99 < ${REVIEW_P99_TARGET_MS} ms`,
    met: api.p99 < REVIEW_P99_TARGET_MS && api.non2xx === 0,
  });
  rows.push({ group: 'reviews', name: `reference: bare route, one UPDATE, no auth/audit, ${connections} clients`, value: bare.rps, unit: 'req/s', detail: `p50 ${bare.p50} ms, p99 ${bare.p99} ms (worst of 4 rounds, alternating with the API); ${bare.non2xx} non-2xx` });
  rows.push({ group: 'reviews', name: 'reference: raw better-sqlite3, UPDATE + audit INSERT per transaction', value: ref.raw, unit: 'updates/s', detail: 'one process, no HTTP; WAL, synchronous=FULL' });
  rows.push({ group: 'reviews', name: 'reference: product saveReview in-process (Drizzle, no HTTP)', value: ref.inProcess, unit: 'updates/s' });
  rows.push({ group: 'reviews', name: 'review updates ÷ bare route', value: round(ratioBare * 100), unit: '%', target: `≥ ${REVIEW_RATIO_TARGET * 100}%`, met: ratioBare >= REVIEW_RATIO_TARGET });
  rows.push({ group: 'reviews', name: 'review updates ÷ raw better-sqlite3', value: round((api.rps / ref.raw) * 100), unit: '%' });
}

