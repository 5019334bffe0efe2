// A new version of an article: the article, its claims and their reviews are kept; each claim is
// found again in the new text (see reanchor.ts); reworded and vanished quotes go back to
// Unreviewed for a re-check; quotes that are new in this version are added.
import 'server-only';
import type { DB } from '@/db/queries/connection';
import { findArticleByHash, findArticleById, insertClaims } from '@/db/queries/articles';
import { listArticleClaims } from '@/db/queries/claims';
import { appendEvent, type Actor } from '@/db/queries/audit';
import { touchReview } from '@/db/queries/reviews';
import { addArticleVersion, findArticleByUrl, listClaimSelectors, setClaimAnchor, type StoredSelector } from '@/db/queries/versions';
import type { Article } from '@/db/schema';
import { extractClaims } from '@/lib/extract';
import { needsRecheck, type AnchorState, type Language } from '@/lib/vocab';
import { toNewClaims, type ImportInput } from '@/lib/articles/import';
import { importArticle } from './import';
import { outOfOrder, reanchor, type Reanchored } from '@/lib/articles/reanchor';
import { contentHash, normaliseBody, selectorFor } from '@/lib/articles/text';

export type UpdateCounts = Record<AnchorState, number> & { added: number };

export type UpdateResult =
  | { ok: true; article: Article; version: number; counts: UpdateCounts }
  | { ok: false; reason: 'not_found' | 'same_text' }
  | { ok: false; reason: 'other_article'; existing: Article };

type Placed = { claim: StoredSelector; found: Reanchored };

/** Re-anchors every claim; an exact match that left the reading order of its neighbours counts as
 * moved even if its few characters of context happen to be the same. */
function placeClaims(body: string, stored: StoredSelector[]): Placed[] {
  const placed = stored.map((claim) => ({ claim, found: reanchor(body, claim) }));
  const kept = placed.filter((p) => p.found.state !== 'missing');
  for (const i of outOfOrder(kept.map((p) => p.found.start))) {
    if (kept[i]!.found.state === 'unchanged') kept[i]!.found = { ...kept[i]!.found, state: 'moved' };
  }
  return placed;
}

const REASONS: Record<AnchorState, (v: number) => string> = {
  unchanged: () => '',
  moved: (v) => `the quote moved in version ${v}; review kept`,
  changed: (v) => `the quote's wording changed in version ${v}; back to Unreviewed for a re-check`,
  missing: (v) => `the quote is no longer in version ${v}; back to Unreviewed for a re-check`,
};

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function updateArticleText(
  db: DB,
  input: { articleId: number; body: string; actor: Actor; language?: Language | null },
): UpdateResult {
  const body = normaliseBody(input.body);
  const hash = contentHash(body);
  const article = findArticleById(db, { id: input.articleId });
  if (!article) return { ok: false, reason: 'not_found' };
  if (article.contentHash === hash) return { ok: false, reason: 'same_text' };
  const other = findArticleByHash(db, { contentHash: hash });
  if (other) return { ok: false, reason: 'other_article', existing: other };

  // Extraction, the slow part, depends only on the new text: it runs before the write lock.
  const language = input.language ?? (article.language as Language);
  const fresh = toNewClaims(body, extractClaims(body, language));

  return db.transaction(
    (tx) => {
      // Matching runs inside the lock, on the claims as they are now: a correction made a moment
      // ago is re-anchored, never overwritten with a stale span.
      if (findArticleById(tx, { id: article.id })?.contentHash === hash) return { ok: false, reason: 'same_text' } as const;
      const placed = placeClaims(body, listClaimSelectors(tx, { articleId: article.id }));
      // Hidden claims count too: a quote marked "Not a claim" must not come back as new.
      const anchored = placed.filter((p) => p.found.state !== 'missing').map((p) => p.found);
      const added = fresh.filter((n) => !anchored.some((a) => overlaps(a, n)));
      const version = addArticleVersion(tx, { articleId: article.id, body, contentHash: hash, createdBy: input.actor.id });
      const counts: UpdateCounts = { unchanged: 0, moved: 0, changed: 0, missing: 0, added: added.length };
      for (const { claim, found } of placed) {
        const sentence = fresh.find((n) => n.start <= found.start && found.end <= n.end + 1)?.sentence;
        setClaimAnchor(tx, {
          claimId: claim.id,
          start: found.start,
          end: found.end,
          quote: found.quote,
          ...(found.state === 'missing' ? { prefix: claim.prefix, suffix: claim.suffix } : selectorFor(body, found.start, found.end)),
          sentence: found.state === 'changed' ? (sentence ?? found.quote) : claim.sentence,
          anchor: found.state,
        });
        if (claim.hidden) continue;
        counts[found.state] += 1;
        if (found.state === 'unchanged') continue;
        const recheck = needsRecheck(found.state);
        appendEvent(tx, {
          claimId: claim.id,
          articleId: article.id,
          actor: input.actor,
          action: 'reanchored',
          fromStatus: recheck ? claim.status : null,
          toStatus: recheck ? 'unreviewed' : null,
          detail: {
            reason: REASONS[found.state](version),
            anchor: found.state,
            version,
            ...(found.state === 'changed' ? { oldQuote: claim.quote, newQuote: found.quote, similarity: Number(found.similarity.toFixed(2)) } : {}),
          },
        });
        touchReview(tx, { claimId: claim.id, actor: input.actor, ...(recheck ? { status: 'unreviewed' as const } : {}) });
      }
      const ids = insertClaims(tx, { articleId: article.id, items: added });
      ids.forEach((id, i) =>
        appendEvent(tx, {
          claimId: id,
          articleId: article.id,
          actor: input.actor,
          action: 'claim_added',
          detail: { reason: `new in version ${version}`, quote: added[i]!.quote, version },
        }),
      );
      return { ok: true, article: findArticleById(tx, { id: article.id })!, version, counts } as const;
    },
    { behavior: 'immediate' },
  );
}

export type IngestOutcome =
  | { kind: 'created' | 'duplicate'; article: Article; claims: number }
  | { kind: 'updated'; article: Article; claims: number; version: number; counts: UpdateCounts };

/**
 * The entry point of the "New article" page and the `ingest` command: the same text is the same
 * article; a new text for a URL we already have is a new version of that article; anything
 * else is a new article.
 */
export function importOrUpdate(db: DB, input: ImportInput & { actor: Actor }): IngestOutcome {
  const existing = findArticleByHash(db, { contentHash: contentHash(normaliseBody(input.body)) });
  if (existing) return { kind: 'duplicate', article: existing, claims: visibleClaims(db, existing.id) };
  const sameUrl = input.url ? findArticleByUrl(db, { url: input.url.trim() }) : undefined;
  if (sameUrl) {
    const result = updateArticleText(db, { articleId: sameUrl.id, body: input.body, actor: input.actor, language: input.language });
    if (result.ok) {
      const { article, version, counts } = result;
      return { kind: 'updated', article, claims: visibleClaims(db, article.id), version, counts };
    }
  }
  const created = importArticle(db, { ...input, createdBy: input.createdBy ?? input.actor.id });
  return { kind: created.duplicate ? 'duplicate' : 'created', article: created.article, claims: visibleClaims(db, created.article.id) };
}

function visibleClaims(db: DB, articleId: number): number {
  return listArticleClaims(db, { articleId }).length;
}

/** Query string that lets the article page tell the editor what an update did. */
export function updateNoticeQuery(version: number, counts: UpdateCounts): string {
  return `?updated=${version}&${new URLSearchParams(Object.entries(counts).map(([k, v]) => [k, String(v)]))}`;
}
