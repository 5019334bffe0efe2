import 'server-only';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DB, Executor } from '../client';
import { articleSources, articles, claimKeys, claimMatches, claims, evidence, evidencePassages, reviews, sources, type Source } from '../schema';
import { appendEvent, type Actor } from './audit';
import { getClaim } from './claims';
import { reviewRuleErrors, touchReview, type ReviewOutcome } from './reviews';
import { bestOf, indexSource, matchQuote, type QuoteMatch, type SourceIndex } from '@/lib/match/match';
import { quoteKey } from '@/lib/match/words';
import { urlWithTextFragment } from '@/lib/sources/fragment';
import type { AlsoIn, ArticleSourceCheck, AttachedSource, ClaimCheck, MatchView, SourceSummary, VerdictCounts } from '@/lib/sources/types';
import { MATCH_VERDICTS, type SourceKind } from '@/lib/vocab';
import type { ClaimView } from '@/lib/claim-types';
import type { ReportSourceCheck } from '@/lib/report/types';

const summaryColumns = {
  id: sources.id,
  title: sources.title,
  kind: sources.kind,
  url: sources.url,
  date: sources.date,
  language: sources.language,
  createdByName: sources.createdByName,
  createdAt: sources.createdAt,
};

export type NewSource = {
  title: string;
  kind: SourceKind;
  url: string | null;
  date: string | null;
  language: string;
  body: string;
  contentHash: string;
};

export function findSourceByHash(db: Executor, { contentHash }: { contentHash: string }): SourceSummary | undefined {
  return db.select(summaryColumns).from(sources).where(eq(sources.contentHash, contentHash)).all()[0];
}

export function getSource(db: Executor, { sourceId }: { sourceId: number }): Source | undefined {
  return db.select().from(sources).where(eq(sources.id, sourceId)).all()[0];
}

/** The desk's library, newest first. */
export function listSources(db: Executor): SourceSummary[] {
  return db.select(summaryColumns).from(sources).orderBy(desc(sources.id)).all();
}

/** Stores a source unless the same text is already in the library (then that one is returned). */
export function insertSource(db: DB, { source, actor }: { source: NewSource; actor: Actor }): { source: SourceSummary; duplicate: boolean } {
  return db.transaction(
    (tx) => {
      const existing = findSourceByHash(tx, { contentHash: source.contentHash });
      if (existing) return { source: existing, duplicate: true };
      const row = tx
        .insert(sources)
        .values({ ...source, createdBy: actor.id, createdByName: actor.name })
        .returning({ id: sources.id })
        .all()[0]!;
      return { source: findSourceByHash(tx, { contentHash: source.contentHash }) ?? { ...summaryOf(source, actor), id: row.id }, duplicate: false };
    },
    { behavior: 'immediate' },
  );
}

function summaryOf(s: NewSource, actor: Actor): Omit<SourceSummary, 'id'> {
  return { title: s.title, kind: s.kind, url: s.url, date: s.date, language: s.language, createdByName: actor.name, createdAt: new Date().toISOString() };
}

// ---------------------------------------------------------------------------------------------
// Matching

/** Indexing a 1 MB transcript takes a few hundred ms: keep the last few indexes in memory, keyed
 * by the source's content hash (a source's text never changes; the hash guards anyway). */
const INDEX_CACHE_SIZE = 4;
const indexCache = new Map<string, SourceIndex>();

function indexFor(source: Pick<Source, 'body' | 'contentHash'>): SourceIndex {
  const cached = indexCache.get(source.contentHash);
  if (cached) {
    indexCache.delete(source.contentHash);
    indexCache.set(source.contentHash, cached);
    return cached;
  }
  const index = indexSource(source.body);
  indexCache.set(source.contentHash, index);
  if (indexCache.size > INDEX_CACHE_SIZE) indexCache.delete(indexCache.keys().next().value!);
  return index;
}

type MatchRow = typeof claimMatches.$inferInsert;

function toRow(claimId: number, sourceId: number, quote: string, m: QuoteMatch): MatchRow {
  const first = m.passages[0];
  return {
    claimId,
    sourceId,
    quote,
    verdict: m.verdict,
    score: m.score,
    start: first?.start ?? null,
    end: first?.end ?? null,
    detail: JSON.stringify({
      passages: m.passages,
      diff: m.diff,
      quoteOnly: m.quoteOnly,
      sourceOnly: m.sourceOnly,
      differingWords: m.differingWords,
      context: m.context,
      stitched: m.stitched,
    }),
    computedAt: new Date().toISOString(),
  };
}

function writeMatches(tx: Executor, rows: MatchRow[]): void {
  for (const row of rows) {
    tx.insert(claimMatches)
      .values(row)
      .onConflictDoUpdate({
        target: [claimMatches.claimId, claimMatches.sourceId],
        set: { quote: row.quote, verdict: row.verdict, score: row.score, start: row.start, end: row.end, detail: row.detail, computedAt: row.computedAt },
      })
      .run();
  }
}

/** Same-language sources attached to an article (the ones matched automatically). */
function matchableSources(db: Executor, articleId: number): Source[] {
  return db
    .select({ s: sources })
    .from(articleSources)
    .innerJoin(sources, eq(sources.id, articleSources.sourceId))
    .innerJoin(articles, eq(articles.id, articleSources.articleId))
    .where(and(eq(articleSources.articleId, articleId), eq(sources.language, articles.language)))
    .all()
    .map((r) => r.s);
}

/**
 * Matches every visible claim of the article whose match against an attached same-language source
 * is missing or was computed for another quote (the claim's span or text changed since). The
 * matching runs before the write transaction, so the write lock is held only to store rows.
 */
export function ensureArticleMatches(db: DB, { articleId }: { articleId: number }): number {
  const srcs = matchableSources(db, articleId);
  if (srcs.length === 0) return 0;
  const current = db
    .select({ id: claims.id, quote: claims.quote })
    .from(claims)
    .where(and(eq(claims.articleId, articleId), eq(claims.hidden, false)))
    .all();
  const stored = new Map(
    db
      .select({ claimId: claimMatches.claimId, sourceId: claimMatches.sourceId, quote: claimMatches.quote })
      .from(claimMatches)
      .innerJoin(claims, eq(claims.id, claimMatches.claimId))
      .where(eq(claims.articleId, articleId))
      .all()
      .map((r) => [`${r.claimId}:${r.sourceId}`, r.quote]),
  );
  const rows: MatchRow[] = [];
  for (const source of srcs) {
    const stale = current.filter((c) => stored.get(`${c.id}:${source.id}`) !== c.quote);
    if (stale.length === 0) continue;
    const index = indexFor(source);
    for (const c of stale) rows.push(toRow(c.id, source.id, c.quote, matchQuote(index, c.quote)));
  }
  if (rows.length > 0) db.transaction((tx) => writeMatches(tx, rows), { behavior: 'immediate' });
  return rows.length;
}

export type AttachOutcome =
  | { ok: true; attached: boolean; sameLanguage: boolean; counts: VerdictCounts }
  | { ok: false; reason: 'not_found'; what: 'article' | 'source' };

/** Attaches a source to an article (idempotent) and matches the article's claims against it. */
export function attachSource(db: DB, { articleId, sourceId, actor }: { articleId: number; sourceId: number; actor: Actor }): AttachOutcome {
  const article = db.select({ id: articles.id, language: articles.language }).from(articles).where(eq(articles.id, articleId)).all()[0];
  if (!article) return { ok: false, reason: 'not_found', what: 'article' };
  const source = getSource(db, { sourceId });
  if (!source) return { ok: false, reason: 'not_found', what: 'source' };
  const result = db.transaction(
    (tx) =>
      tx
        .insert(articleSources)
        .values({ articleId, sourceId, addedBy: actor.id, addedByName: actor.name })
        .onConflictDoNothing()
        .run().changes > 0,
    { behavior: 'immediate' },
  );
  ensureArticleMatches(db, { articleId });
  return { ok: true, attached: result, sameLanguage: source.language === article.language, counts: verdictCounts(db, { articleId, sourceId }) };
}

function emptyCounts(): VerdictCounts {
  return Object.fromEntries(MATCH_VERDICTS.map((v) => [v, 0])) as VerdictCounts;
}

/** How the article's visible claims matched one source. */
export function verdictCounts(db: Executor, { articleId, sourceId }: { articleId: number; sourceId: number }): VerdictCounts {
  const counts = emptyCounts();
  const rows = db
    .select({ verdict: claimMatches.verdict, n: sql<number>`count(*)` })
    .from(claimMatches)
    .innerJoin(claims, eq(claims.id, claimMatches.claimId))
    .where(and(eq(claims.articleId, articleId), eq(claims.hidden, false), eq(claimMatches.sourceId, sourceId), eq(claimMatches.quote, claims.quote)))
    .groupBy(claimMatches.verdict)
    .all();
  for (const r of rows) counts[r.verdict] = r.n;
  return counts;
}

export function listArticleSources(db: Executor, { articleId }: { articleId: number }): AttachedSource[] {
  const language = db.select({ language: articles.language }).from(articles).where(eq(articles.id, articleId)).all()[0]?.language;
  return db
    .select(summaryColumns)
    .from(articleSources)
    .innerJoin(sources, eq(sources.id, articleSources.sourceId))
    .where(eq(articleSources.articleId, articleId))
    .orderBy(asc(articleSources.addedAt))
    .all()
    .map((s) => ({ ...s, sameLanguage: s.language === language, counts: verdictCounts(db, { articleId, sourceId: s.id }) }));
}

type Detail = Pick<MatchView, 'passages' | 'diff' | 'quoteOnly' | 'sourceOnly' | 'differingWords' | 'context' | 'stitched'>;

/** Every attached same-language source's best passage for one claim, best first. */
export function listClaimMatches(db: Executor, { claimId }: { claimId: number }): MatchView[] {
  const rows = db
    .select({ m: claimMatches, title: sources.title, url: sources.url })
    .from(claimMatches)
    .innerJoin(claims, eq(claims.id, claimMatches.claimId))
    .innerJoin(sources, eq(sources.id, claimMatches.sourceId))
    .innerJoin(articleSources, and(eq(articleSources.sourceId, claimMatches.sourceId), eq(articleSources.articleId, claims.articleId)))
    .where(and(eq(claimMatches.claimId, claimId), eq(claimMatches.quote, claims.quote)))
    .all();
  const views = rows.map(({ m, title, url }) => {
    const detail = JSON.parse(m.detail) as Detail;
    return {
      sourceId: m.sourceId,
      sourceTitle: title,
      sourceUrl: url,
      start: m.start,
      end: m.end,
      text: detail.passages.map((p) => p.text).join(' … '),
      score: m.score,
      verdict: m.verdict,
      ...detail,
    };
  });
  const rank = (v: MatchView) => MATCH_VERDICTS.indexOf(v.verdict);
  return views.sort((a, b) => rank(a) - rank(b) || b.score - a.score);
}

/**
 * Each visible claim's best automatic match among the sources attached to its article. A match
 * stored for an older wording of the quote does not count (it is recomputed when next needed).
 */
function bestMatchPerClaim(db: Executor, articleId: number) {
  const rows = db
    .select({ claimId: claimMatches.claimId, sourceId: claimMatches.sourceId, title: sources.title, url: sources.url, verdict: claimMatches.verdict, score: claimMatches.score, detail: claimMatches.detail })
    .from(claimMatches)
    .innerJoin(claims, eq(claims.id, claimMatches.claimId))
    .innerJoin(sources, eq(sources.id, claimMatches.sourceId))
    .innerJoin(articleSources, and(eq(articleSources.sourceId, claimMatches.sourceId), eq(articleSources.articleId, claims.articleId)))
    .where(and(eq(claims.articleId, articleId), eq(claims.hidden, false), eq(claimMatches.quote, claims.quote)))
    .all();
  const byClaim = new Map<number, typeof rows>();
  for (const r of rows) byClaim.set(r.claimId, [...(byClaim.get(r.claimId) ?? []), r]);
  return new Map([...byClaim].map(([claimId, list]) => [claimId, bestOf(list)!] as const));
}

/** Per claim of the article: best automatic match and passages linked as evidence. */
function articleChecks(db: Executor, articleId: number): Record<number, ClaimCheck> {
  const out: Record<number, ClaimCheck> = {};
  for (const [claimId, best] of bestMatchPerClaim(db, articleId)) {
    const detail = JSON.parse(best.detail) as Detail;
    out[claimId] = {
      best: { sourceId: best.sourceId, sourceTitle: best.title, verdict: best.verdict, score: best.score, differingWords: detail.differingWords, stitched: detail.stitched },
      linked: [],
    };
  }
  const linked = db
    .select({ claimId: evidence.claimId, sourceId: evidencePassages.sourceId, title: sources.title, manual: evidencePassages.manual })
    .from(evidencePassages)
    .innerJoin(evidence, eq(evidence.id, evidencePassages.evidenceId))
    .innerJoin(claims, eq(claims.id, evidence.claimId))
    .innerJoin(sources, eq(sources.id, evidencePassages.sourceId))
    .where(eq(claims.articleId, articleId))
    .all();
  for (const l of linked) (out[l.claimId] ??= { best: null, linked: [] }).linked.push({ sourceId: l.sourceId, sourceTitle: l.title, manual: l.manual });
  return out;
}

// ---------------------------------------------------------------------------------------------
// The same quote elsewhere on the desk

/** Per database: the highest claim id whose key has been checked; later calls scan only newer claims. */
const keyedUpToByDb = new WeakMap<DB, number>();

/**
 * Keeps claim_keys in step with claims: every claim newer than the last check gets its key, and
 * the given article's claims are re-keyed when their quote changed (another article's changed
 * quotes are caught when that article is opened). Cheap on a 100,000-claim desk: two indexed
 * range scans, not a pass over every claim per page view.
 */
export function ensureClaimKeys(db: DB, { articleId }: { articleId?: number } = {}): void {
  const keyedUpTo = keyedUpToByDb.get(db) ?? 0;
  // Read before scanning: a claim inserted meanwhile is above it and is looked at again next time.
  const maxId = db.select({ max: sql<number | null>`max(${claims.id})` }).from(claims).all()[0]?.max ?? 0;
  const stale = sql`(${claimKeys.claimId} is null or ${claimKeys.quote} <> ${claims.quote})`;
  const select = () => db.select({ id: claims.id, quote: claims.quote }).from(claims).leftJoin(claimKeys, eq(claimKeys.claimId, claims.id));
  const missing = [
    ...select().where(and(sql`${claims.id} > ${keyedUpTo}`, stale)).all(),
    ...(articleId ? select().where(and(eq(claims.articleId, articleId), sql`${claims.id} <= ${keyedUpTo}`, stale)).all() : []),
  ];
  if (missing.length > 0) {
    db.transaction(
      (tx) => {
        for (const c of missing) {
          const key = quoteKey(c.quote);
          tx.insert(claimKeys).values({ claimId: c.id, quote: c.quote, key }).onConflictDoUpdate({ target: claimKeys.claimId, set: { quote: c.quote, key } }).run();
        }
      },
      { behavior: 'immediate' },
    );
  }
  keyedUpToByDb.set(db, Math.max(keyedUpTo, maxId));
}

/** Quotes shorter than this many words ("no", "we will see") recur by chance, not by copying. */
const ALSO_IN_MIN_WORDS = 4;

/** For each claim of the article: visible claims with the same normalised quote in other articles. */
export function articleAlsoIn(db: DB, { articleId, claimId }: { articleId: number; claimId?: number }): Record<number, AlsoIn[]> {
  ensureClaimKeys(db, { articleId });
  const mine = db
    .select({ claimId: claimKeys.claimId, key: claimKeys.key })
    .from(claimKeys)
    .innerJoin(claims, eq(claims.id, claimKeys.claimId))
    .where(and(eq(claims.articleId, articleId), eq(claims.hidden, false), claimId ? eq(claims.id, claimId) : undefined))
    .all()
    .filter((r) => r.key.split(' ').length >= ALSO_IN_MIN_WORDS);
  const out: Record<number, AlsoIn[]> = {};
  const keys = [...new Set(mine.map((m) => m.key))];
  for (let i = 0; i < keys.length; i += 400) {
    const others = db
      .select({
        key: claimKeys.key,
        claimId: claims.id,
        articleId: articles.id,
        articleTitle: articles.title,
        status: reviews.status,
        note: reviews.note,
        updatedByName: reviews.updatedByName,
        updatedAt: reviews.updatedAt,
        evidenceCount: sql<number>`(select count(*) from ${evidence} where ${evidence.claimId} = ${claims.id})`,
      })
      .from(claimKeys)
      .innerJoin(claims, eq(claims.id, claimKeys.claimId))
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .innerJoin(reviews, eq(reviews.claimId, claims.id))
      .where(and(inArray(claimKeys.key, keys.slice(i, i + 400)), ne(claims.articleId, articleId), eq(claims.hidden, false)))
      .orderBy(desc(reviews.updatedAt))
      .all();
    for (const m of mine) {
      const found = others.filter((o) => o.key === m.key).map(({ key: _key, ...rest }) => rest);
      if (found.length) out[m.claimId] = found;
    }
  }
  return out;
}

/** Everything the review page shows about sources. */
export function articleSourceCheck(db: DB, { articleId }: { articleId: number }): ArticleSourceCheck {
  ensureArticleMatches(db, { articleId });
  return { sources: listArticleSources(db, { articleId }), checks: articleChecks(db, articleId), alsoIn: articleAlsoIn(db, { articleId }) };
}

// ---------------------------------------------------------------------------------------------
// Passages as evidence, and copying a verdict

export type PassageInput = { claimId: number; sourceId: number; start: number; end: number; manual: boolean; actor: Actor };

/** Where evidence from a source points: the source's own page with the passage as a text
 * fragment, or the desk's copy of the source with the passage marked. */
export function passageUrl(source: Pick<Source, 'id' | 'url'>, passage: { start: number; end: number; text: string }): string {
  return source.url ? urlWithTextFragment(source.url, passage.text) : `/sources/${source.id}?from=${passage.start}&to=${passage.end}#passage`;
}

function insertPassageEvidence(
  tx: Executor,
  claim: Pick<ClaimView, 'id' | 'articleId'>,
  p: { source: Pick<Source, 'id' | 'url' | 'title'>; start: number; end: number; text: string; manual: boolean },
  actor: Actor,
  extra: Record<string, unknown> = {},
): void {
  const url = passageUrl(p.source, p);
  const title = `${p.source.title}: “${p.text.length > 80 ? `${p.text.slice(0, 79).trimEnd()}…` : p.text}”`;
  const row = tx
    .insert(evidence)
    .values({ claimId: claim.id, url, title, addedBy: actor.id, addedByName: actor.name, addedAt: new Date().toISOString() })
    .returning({ id: evidence.id })
    .all()[0]!;
  tx.insert(evidencePassages).values({ evidenceId: row.id, sourceId: p.source.id, start: p.start, end: p.end, text: p.text, manual: p.manual }).run();
  appendEvent(tx, {
    claimId: claim.id,
    articleId: claim.articleId,
    actor,
    action: 'evidence_added',
    detail: { evidenceId: row.id, url, title, sourceId: p.source.id, passage: { start: p.start, end: p.end, text: p.text }, manual: p.manual, ...extra },
  });
}

/**
 * Adds a passage of a source as evidence for a claim. The passage is anchored by its offsets in
 * the stored source text (checked here), so it can always be shown again. Never changes the
 * status: the verdict stays the reviewer's decision.
 */
export function addPassageEvidence(db: DB, input: PassageInput): ReviewOutcome | { ok: false; reason: 'bad_passage'; message: string } {
  return db.transaction(
    (tx) => {
      const claim = getClaim(tx, { claimId: input.claimId });
      if (!claim || claim.hidden) return { ok: false, reason: 'not_found' } as const;
      const source = getSource(tx, { sourceId: input.sourceId });
      if (!source) return { ok: false, reason: 'not_found' } as const;
      const text = source.body.slice(input.start, input.end);
      if (input.end > source.body.length || input.end <= input.start || text.trim() === '') {
        return { ok: false, reason: 'bad_passage', message: 'The passage is not part of this source. Select text in the source and try again.' } as const;
      }
      insertPassageEvidence(tx, claim, { source, start: input.start, end: input.end, text, manual: input.manual }, input.actor);
      touchReview(tx, { claimId: claim.id, actor: input.actor });
      return { ok: true, claim: getClaim(tx, { claimId: claim.id })! } as const;
    },
    { behavior: 'immediate' },
  );
}

/**
 * "Apply the same verdict": copies status, note and evidence (with their passages) from the same
 * quote in another article, with a reference to that claim in every audit event. Refused when
 * the version is stale, as any save is.
 */
export function applySameVerdict(
  db: DB,
  { claimId, fromClaimId, version, actor }: { claimId: number; fromClaimId: number; version: number; actor: Actor },
): ReviewOutcome {
  return db.transaction(
    (tx) => {
      const claim = getClaim(tx, { claimId });
      const from = getClaim(tx, { claimId: fromClaimId });
      if (!claim || claim.hidden || !from || from.hidden || from.id === claim.id) return { ok: false, reason: 'not_found' } as const;
      if (claim.version !== version) return { ok: false, reason: 'conflict', claim } as const;
      const copied = { fromClaimId: from.id, fromArticleId: from.articleId };
      const passages = new Map(
        tx
          .select()
          .from(evidencePassages)
          .where(inArray(evidencePassages.evidenceId, from.evidence.map((e) => e.id).concat(-1)))
          .all()
          .map((p) => [p.evidenceId, p]),
      );
      const have = new Set(claim.evidence.map((e) => e.url));
      const toCopy = from.evidence.filter((x) => !have.has(x.url));
      // Checked before anything is written: a refused copy changes nothing.
      const errors = reviewRuleErrors(from.status, from.note, claim.evidence.length + toCopy.length);
      if (Object.keys(errors).length > 0) return { ok: false, reason: 'rule', fieldErrors: errors } as const;
      for (const e of toCopy) {
        const p = passages.get(e.id);
        const source = p ? getSource(tx, { sourceId: p.sourceId }) : undefined;
        if (p && source) insertPassageEvidence(tx, claim, { source, start: p.start, end: p.end, text: p.text, manual: p.manual }, actor, { copiedFrom: copied });
        else copyPlainEvidence(tx, claim, e, actor, copied);
      }
      touchReview(tx, { claimId, actor, status: from.status, note: from.note });
      appendEvent(tx, {
        claimId,
        articleId: claim.articleId,
        actor,
        action: 'review',
        fromStatus: claim.status,
        toStatus: from.status,
        note: from.note !== claim.note ? from.note : null,
        detail: { copiedFrom: copied, ...(from.note !== claim.note ? { noteChanged: true } : {}) },
      });
      return { ok: true, claim: getClaim(tx, { claimId })! } as const;
    },
    { behavior: 'immediate' },
  );
}

function copyPlainEvidence(tx: Executor, claim: ClaimView, e: { url: string; title: string }, actor: Actor, copiedFrom: Record<string, number>): void {
  const row = tx
    .insert(evidence)
    .values({ claimId: claim.id, url: e.url, title: e.title, addedBy: actor.id, addedByName: actor.name, addedAt: new Date().toISOString() })
    .returning({ id: evidence.id })
    .all()[0]!;
  appendEvent(tx, { claimId: claim.id, articleId: claim.articleId, actor, action: 'evidence_added', detail: { evidenceId: row.id, url: e.url, title: e.title, copiedFrom } });
}

/**
 * Each claim's source check for reports: the best automatic match among the attached sources,
 * or, without one, a passage linked by hand. Claims with neither are absent from the map.
 */
export function reportSourceChecks(db: Executor, { articleId }: { articleId: number }): Map<number, ReportSourceCheck> {
  const out = new Map<number, ReportSourceCheck>();
  const used = new Map<number, { sourceId: number; title: string; url: string | null; text: string; manual: boolean }[]>();
  const passages = db
    .select({ claimId: evidence.claimId, sourceId: sources.id, title: sources.title, url: sources.url, text: evidencePassages.text, manual: evidencePassages.manual })
    .from(evidencePassages)
    .innerJoin(evidence, eq(evidence.id, evidencePassages.evidenceId))
    .innerJoin(claims, eq(claims.id, evidence.claimId))
    .innerJoin(sources, eq(sources.id, evidencePassages.sourceId))
    .where(and(eq(claims.articleId, articleId), eq(claims.hidden, false)))
    .all();
  for (const p of passages) used.set(p.claimId, [...(used.get(p.claimId) ?? []), p]);
  for (const [claimId, best] of bestMatchPerClaim(db, articleId)) {
    const d = JSON.parse(best.detail) as Detail;
    out.set(claimId, {
      verdict: best.verdict,
      score: best.score,
      source: { title: best.title, url: best.url },
      passage: d.passages.length ? d.passages.map((p) => p.text).join(' … ') : null,
      quoteOnly: d.quoteOnly,
      sourceOnly: d.sourceOnly,
      usedAsEvidence: (used.get(claimId) ?? []).some((u) => u.sourceId === best.sourceId),
    });
  }
  for (const [claimId, list] of used) {
    if (out.has(claimId)) continue;
    const manual = list[0]!;
    out.set(claimId, { verdict: null, score: null, source: { title: manual.title, url: manual.url }, passage: manual.text, quoteOnly: [], sourceOnly: [], usedAsEvidence: true });
  }
  return out;
}
