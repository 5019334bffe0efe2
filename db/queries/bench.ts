// Queries used only by the benchmark suite (scripts/bench*.ts) and its inert bare route
// (app/api/bench/bare). Seeding goes straight through better-sqlite3 prepared statements in large
// transactions: 100,000 claims through the product's one-row-at-a-time import would take minutes.
import 'server-only';
import type Database from 'better-sqlite3';
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DB } from '../client';
import { reviews } from '../schema';
import { GENESIS_HASH, hashEvent } from './audit';

/** The better-sqlite3 handle under the Drizzle instance (drizzle() sets it; the DB type omits it). */
function rawClient(db: DB): Database.Database {
  return (db as DB & { $client: Database.Database }).$client;
}

/** The bare handler's whole job: one single-row update, no auth, no audit. */
export function touchReviewNote(db: DB, { claimId, note }: { claimId: number; note: string }): number {
  return db.update(reviews).set({ note }).where(eq(reviews.claimId, claimId)).run().changes;
}

const SPEAKERS = ['Rina Wulandari', 'Budi Santoso', 'Maria Lindqvist', 'Tom Abara', 'Dewi Lestari', 'Agus Pratama', 'Sara Okafor', 'Omar Haddad'];
const CUES = ['kata', 'ujar', 'said', 'told reporters', 'menurut', 'tambahnya'];
const PHRASES = [
  'anggaran pendidikan akan naik tahun depan',
  'we have done the arithmetic twice',
  'tidak ada yang dikorbankan',
  'the numbers hold',
  'daerah harus siap',
  'this is a shell game',
  'target itu bisa dicapai',
  'we start again if the vote fails',
];

export type SeedResult = { articleIds: number[]; firstClaimId: number; lastClaimId: number; claims: number };

type Statements = ReturnType<typeof prepareSeedStatements>;

function prepareSeedStatements(db: DB) {
  const s = rawClient(db);
  return {
    speaker: s.prepare(
      `INSERT INTO speakers (name, name_key, type) VALUES (?, ?, 'person')
       ON CONFLICT(name_key) DO UPDATE SET name = excluded.name RETURNING id`,
    ),
    article: s.prepare(
      `INSERT INTO articles (slug, title, outlet, language, body, content_hash) VALUES (?, ?, 'Bench Daily', 'id', ?, ?) RETURNING id`,
    ),
    version: s.prepare(`INSERT INTO article_versions (article_id, version, body, content_hash) VALUES (?, 1, ?, ?)`),
    claim: s.prepare(
      `INSERT INTO claims (article_id, kind, quote, start, "end", prefix, suffix, speaker_id, speaker_mention, cue, sentence, confidence, origin)
       VALUES (?, 'direct', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0.9, 'extracted')`,
    ),
    review: s.prepare(`INSERT INTO reviews (claim_id) VALUES (?)`),
  };
}

/** One generated article: `claims` quoted sentences, each with a speaker and a cue, and unique text. */
function generatedArticle(label: string, n: number, claims: number) {
  const sentences: { quote: string; start: number; end: number; sentence: string; speaker: string; cue: string }[] = [];
  let body = `${label} article ${n}.\n\n`;
  for (let k = 0; k < claims; k++) {
    const speaker = SPEAKERS[(n + k) % SPEAKERS.length]!;
    const cue = CUES[(n * 3 + k) % CUES.length]!;
    const quote = `${PHRASES[(n + k * 7) % PHRASES.length]} (${label} ${n}.${k})`;
    const sentence = `“${quote},” ${cue} ${speaker}.`;
    const start = body.length + 1;
    sentences.push({ quote, start, end: start + quote.length, sentence, speaker, cue });
    body += `${sentence} `;
  }
  return { body, sentences };
}

function insertArticle(st: Statements, speakerIds: Map<string, number>, label: string, n: number, claims: number): { articleId: number; claimIds: number[] } {
  const { body, sentences } = generatedArticle(label, n, claims);
  const hash = crypto.createHash('sha256').update(body).digest('hex');
  const { id: articleId } = st.article.get(`${label}-${n}`, `${label} article ${n}`, body, hash) as { id: number };
  st.version.run(articleId, body, hash);
  const claimIds: number[] = [];
  for (const c of sentences) {
    const prefix = body.slice(Math.max(0, c.start - 32), c.start);
    const suffix = body.slice(c.end, c.end + 32);
    const info = st.claim.run(articleId, c.quote, c.start, c.end, prefix, suffix, speakerIds.get(c.speaker)!, c.speaker, c.cue, c.sentence);
    const claimId = Number(info.lastInsertRowid);
    // The review row's insert trigger fills the full-text index, as in the product.
    st.review.run(claimId);
    claimIds.push(claimId);
  }
  return { articleId, claimIds };
}

/**
 * Seeds `articles` generated articles of `claimsPerArticle` claims each, with speakers and an
 * unreviewed review row per claim. One transaction per article keeps each commit small enough for
 * the WAL while costing one fsync per article rather than per claim.
 */
export function seedBulkClaims(db: DB, { label, articles, claimsPerArticle }: { label: string; articles: number; claimsPerArticle: number }): SeedResult {
  const st = prepareSeedStatements(db);
  const speakerIds = new Map<string, number>();
  rawClient(db).transaction(() => {
    for (const name of SPEAKERS) speakerIds.set(name, (st.speaker.get(name, name.toLowerCase()) as { id: number }).id);
  })();
  const seedOne = rawClient(db).transaction((n: number) => insertArticle(st, speakerIds, label, n, claimsPerArticle));
  const articleIds: number[] = [];
  let first = Number.MAX_SAFE_INTEGER;
  let last = 0;
  for (let n = 0; n < articles; n++) {
    const { articleId, claimIds } = seedOne(n);
    articleIds.push(articleId);
    first = Math.min(first, claimIds[0] ?? first);
    last = Math.max(last, claimIds.at(-1) ?? last);
  }
  return { articleIds, firstClaimId: first, lastClaimId: last, claims: articles * claimsPerArticle };
}

/**
 * The database's own limit for a review save: the same writes saveReview makes (version-checked
 * UPDATE of the review row + one hash-chained INSERT into the audit log, in one BEGIN IMMEDIATE
 * transaction) as raw prepared statements, with no HTTP, auth, zod or ORM around them.
 * Returns a function that saves one review and returns the new version.
 */
export function rawReviewSaver(db: DB): (claimId: number, version: number, note: string) => number {
  const s = rawClient(db);
  const current = s.prepare(
    `SELECT r.status, r.version, c.article_id AS articleId FROM reviews r JOIN claims c ON c.id = r.claim_id WHERE r.claim_id = ?`,
  );
  const update = s.prepare(
    `UPDATE reviews SET status = ?, note = ?, version = version + 1, updated_by_name = 'bench', updated_at = ? WHERE claim_id = ? AND version = ?`,
  );
  const lastHash = s.prepare(`SELECT hash FROM review_events ORDER BY id DESC LIMIT 1`);
  const insertEvent = s.prepare(
    `INSERT INTO review_events (claim_id, article_id, actor_id, actor_name, action, from_status, to_status, note, detail, at, prev_hash, hash)
     VALUES (?, ?, NULL, 'bench', 'review', ?, ?, ?, NULL, ?, ?, ?)`,
  );
  const save = s.transaction((claimId: number, version: number, note: string) => {
    const row = current.get(claimId) as { status: string; version: number; articleId: number };
    if (row.version !== version) throw new Error(`raw bench: stale version for claim ${claimId}`);
    const toStatus = row.status === 'needs_source' ? 'unreviewed' : 'needs_source';
    const at = new Date().toISOString();
    update.run(toStatus, note, at, claimId, version);
    const prevHash = (lastHash.get() as { hash: string } | undefined)?.hash ?? GENESIS_HASH;
    const hash = hashEvent(prevHash, {
      claimId,
      articleId: row.articleId,
      actorId: null,
      actorName: 'bench',
      action: 'review',
      fromStatus: row.status as 'unreviewed',
      toStatus,
      note,
      detail: null,
      at,
    });
    insertEvent.run(claimId, row.articleId, row.status, toStatus, note, at, prevHash, hash);
    return version + 1;
  });
  return (claimId, version, note) => save.immediate(claimId, version, note);
}

/** Review versions of a claim range, so load clients can start from the right version. */
export function reviewVersions(db: DB, { fromClaimId, toClaimId }: { fromClaimId: number; toClaimId: number }): Map<number, number> {
  const rows = rawClient(db)
    .prepare(`SELECT claim_id AS id, version FROM reviews WHERE claim_id BETWEEN ? AND ?`)
    .all(fromClaimId, toClaimId) as { id: number; version: number }[];
  return new Map(rows.map((r) => [r.id, r.version]));
}
