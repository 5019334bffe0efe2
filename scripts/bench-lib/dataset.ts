// The throwaway databases the benchmarks run on.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/queries/connection';
import { seedIfEmpty } from '../../db/seed';
import { seedBulkClaims, type SeedResult } from '../../db/queries/bench';
import { createApiToken } from '../../db/queries/tokens';
import { createAuth } from '../../server/auth-factory';

export const BENCH_USER = { email: 'bench@desk.test', name: 'Bench Reviewer', password: 'bench-password-long-enough' };

export type Dataset = {
  dbPath: string;
  bundledArticleId: number;
  bigArticleId: number;
  totalClaims: number;
  /** Claims of the filler articles: nobody else touches them, so load clients can own them. */
  spare: SeedResult;
  reviewerToken: string;
  seedSeconds: number;
};

/**
 * The bundled article, one article with 2,000 claims, and filler articles up to 100,000 claims in
 * all; a reviewer account (for page sessions) and a reviewer API token (for the JSON API).
 */
export async function prepareDataset(dir: string, totalClaims = 100_000): Promise<Dataset> {
  fs.mkdirSync(dir, { recursive: true });
  const dbPath = path.join(dir, 'bench.db');
  const { db, sqlite } = openDatabase(dbPath);
  try {
    seedIfEmpty(db);
    const bundledArticleId = 1;
    const t0 = performance.now();
    const big = seedBulkClaims(db, { label: 'big', articles: 1, claimsPerArticle: 2000 });
    const fillerArticles = Math.max(1, Math.ceil((totalClaims - 2000) / 2000));
    const spare = seedBulkClaims(db, { label: 'filler', articles: fillerArticles, claimsPerArticle: 2000 });
    const seedSeconds = (performance.now() - t0) / 1000;
    const auth = createAuth(db, dbPath);
    await auth.api.createUser({ body: { ...BENCH_USER, role: 'reviewer' } });
    const reviewerToken = createApiToken(db, { name: 'Bench client', role: 'reviewer', createdBy: null }).token;
    const count = sqlite.prepare('SELECT count(*) AS n FROM claims').get() as { n: number };
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { dbPath, bundledArticleId, bigArticleId: big.articleIds[0]!, totalClaims: count.n, spare, reviewerToken, seedSeconds };
  } finally {
    sqlite.close();
  }
}
