import 'server-only';
import { keyed } from '@/lib/i18n/keyed';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DB, Executor } from '../client';
import { articlePublications, articles, claimPublicFields, claims, publicCorrections, reviewEvents, type Article, type ArticlePublication } from '../schema';
import { appendEvent, GENESIS_HASH, type Actor } from './audit';
import { getClaim, listArticleClaims } from './claims';
import type { ClaimView } from '@/lib/claim-types';
import type { EventAction } from '@/lib/vocab';
import {
  isSetAside,
  publicPageUrl,
  publishBlockers,
  signOffBlockers,
  verdictChanges,
  type Blocker,
  type ClaimForSignOff,
  type VerdictChange,
} from '@/lib/publish/rules';
import type { PublicClaim, PublicCorrection, PublicReview, PublicVerdict } from '@/lib/publish/types';

// Sign-off, reopen, publish, unpublish and corrections. Each is one immediate transaction holding
// the state change and its audit events. Article-level events are written on every visible claim
// of the article, so each claim's history shows them and the hash chain covers them.

export type PublishOutcome<T = null> =
  | { ok: true; data: T }
  | { ok: false; reason: 'not_found' | 'rule' | 'frozen'; message: string; fieldErrors?: Record<string, string[]> };

const NO_ARTICLE = { ok: false, reason: 'not_found', message: keyed('signOff.server.articleNotFound') } as const;

function rule(message: string, fieldErrors?: Record<string, string[]>) {
  return { ok: false, reason: 'rule', message, fieldErrors } as const;
}

export type PublicFields = { explanation: string; setAsideReason: string | null };

export function getPublication(db: Executor, { articleId }: { articleId: number }): ArticlePublication | undefined {
  return db.select().from(articlePublications).where(eq(articlePublications.articleId, articleId)).all()[0];
}

/** Signed off and not reopened: nothing in the review may change. */
export function isArticleFrozen(db: Executor, { articleId }: { articleId: number }): boolean {
  return getPublication(db, { articleId })?.state === 'signed_off';
}

export function isClaimFrozen(db: Executor, { claimId }: { claimId: number }): boolean {
  const row = db
    .select({ state: articlePublications.state })
    .from(claims)
    .innerJoin(articlePublications, eq(articlePublications.articleId, claims.articleId))
    .where(eq(claims.id, claimId))
    .all()[0];
  return row?.state === 'signed_off';
}

export function getPublicFields(db: Executor, { claimId }: { claimId: number }): PublicFields {
  const row = db.select().from(claimPublicFields).where(eq(claimPublicFields.claimId, claimId)).all()[0];
  return { explanation: row?.explanation ?? '', setAsideReason: row?.setAsideReason ?? null };
}

function publicFieldsByClaim(db: Executor, claimIds: number[]): Map<number, PublicFields> {
  const map = new Map<number, PublicFields>();
  for (let i = 0; i < claimIds.length; i += 500) {
    const rows = db.select().from(claimPublicFields).where(inArray(claimPublicFields.claimId, claimIds.slice(i, i + 500))).all();
    for (const r of rows) map.set(r.claimId, { explanation: r.explanation, setAsideReason: r.setAsideReason });
  }
  return map;
}

/** Sets a claim's public explanation and set-aside reason (empty = not set aside), audited. */
export function savePublicFields(
  db: DB,
  input: { claimId: number; explanation: string; setAsideReason: string; actor: Actor },
): PublishOutcome<PublicFields> {
  return db.transaction(
    (tx) => {
      const claim = getClaim(tx, { claimId: input.claimId });
      if (!claim || claim.hidden) return { ok: false, reason: 'not_found', message: keyed('signOff.server.claimNotFound') } as const;
      const before = getPublicFields(tx, { claimId: claim.id });
      const after: PublicFields = { explanation: input.explanation.trim(), setAsideReason: input.setAsideReason.trim() || null };
      const at = new Date().toISOString();
      tx.insert(claimPublicFields)
        .values({ claimId: claim.id, ...after, updatedByName: input.actor.name, updatedAt: at })
        .onConflictDoUpdate({ target: claimPublicFields.claimId, set: { ...after, updatedByName: input.actor.name, updatedAt: at } })
        .run();
      const base = { claimId: claim.id, articleId: claim.articleId, actor: input.actor, at };
      if (after.explanation !== before.explanation) {
        const reason = after.explanation ? `public explanation: ${after.explanation}` : 'public explanation removed';
        appendEvent(tx, { ...base, action: 'public_explanation', detail: { reason } });
      }
      if (after.setAsideReason !== before.setAsideReason) {
        const reason = after.setAsideReason ? `set aside: ${after.setAsideReason}` : 'no longer set aside';
        appendEvent(tx, { ...base, action: 'set_aside', detail: { reason } });
      }
      return { ok: true, data: after } as const;
    },
    { behavior: 'immediate' },
  );
}

function forSignOff(claimList: ClaimView[], fields: Map<number, PublicFields>): ClaimForSignOff[] {
  return claimList.map((c, i) => ({
    id: c.id,
    position: i + 1,
    status: c.status,
    explanation: fields.get(c.id)?.explanation ?? '',
    setAsideReason: fields.get(c.id)?.setAsideReason ?? null,
  }));
}

export type SignOffStatus = {
  publication: ArticlePublication | null;
  signOffBlockers: Blocker[];
  publishBlockers: Blocker[];
  /** Published verdicts that changed since publication: each needs a correction note at sign-off. */
  changes: VerdictChange[];
  claimCount: number;
};

function snapshotOf(pub: ArticlePublication | undefined | null): PublicReview | null {
  return pub?.snapshot ? (JSON.parse(pub.snapshot) as PublicReview) : null;
}

function statusOf(tx: Executor, articleId: number) {
  const claimList = listArticleClaims(tx, { articleId });
  const fields = publicFieldsByClaim(
    tx,
    claimList.map((c) => c.id),
  );
  const states = forSignOff(claimList, fields);
  const publication = getPublication(tx, { articleId }) ?? null;
  const snapshot = publication?.published ? snapshotOf(publication) : null;
  return {
    claimList,
    fields,
    states,
    status: {
      publication,
      signOffBlockers: signOffBlockers(states),
      publishBlockers: publishBlockers(states),
      changes: snapshot ? verdictChanges(snapshot.claims, states) : [],
      claimCount: claimList.length,
    } satisfies SignOffStatus,
  };
}

/** Everything the article page's sign-off panel shows. */
export function getSignOffStatus(db: Executor, { articleId }: { articleId: number }): SignOffStatus {
  return statusOf(db, articleId).status;
}

/** Hash of the article's newest history event: the chain head the sign-off stands behind. */
function articleChainHead(tx: Executor, articleId: number): string {
  const last = tx
    .select({ hash: reviewEvents.hash })
    .from(reviewEvents)
    .where(eq(reviewEvents.articleId, articleId))
    .orderBy(desc(reviewEvents.id))
    .limit(1)
    .all()[0];
  return last?.hash ?? GENESIS_HASH;
}

function recordOnEveryClaim(
  tx: Executor,
  claimList: ClaimView[],
  e: { actor: Actor; action: EventAction; at: string; detail: Record<string, unknown> },
) {
  for (const c of claimList) appendEvent(tx, { claimId: c.id, articleId: c.articleId, ...e });
}

function findArticle(tx: Executor, articleId: number): Article | undefined {
  return tx.select().from(articles).where(eq(articles.id, articleId)).all()[0];
}

/** The article with its claims, public fields and sign-off state, read inside the transaction that
 * signs off or publishes it; undefined when there is no such article. */
function articleReview(tx: Executor, articleId: number) {
  const article = findArticle(tx, articleId);
  return article ? { article, ...statusOf(tx, article.id) } : undefined;
}

function correctionsByClaim(tx: Executor, articleId: number): Map<number, PublicCorrection[]> {
  const map = new Map<number, PublicCorrection[]>();
  const rows = tx.select().from(publicCorrections).where(eq(publicCorrections.articleId, articleId)).orderBy(asc(publicCorrections.id)).all();
  for (const r of rows) {
    const list = map.get(r.claimId) ?? [];
    list.push({ at: r.at, fromStatus: r.fromStatus, toStatus: r.toStatus, note: r.note });
    map.set(r.claimId, list);
  }
  return map;
}

/** The public page as of now: concluded claims that are not set aside, with public fields only. */
function buildSnapshot(
  tx: Executor,
  input: {
    article: Article;
    pub: ArticlePublication;
    claimList: ClaimView[];
    fields: Map<number, PublicFields>;
    pageUrl: string;
    organization: PublicReview['organization'];
    firstPublishedAt: string;
    now: string;
  },
): PublicReview {
  const corrections = correctionsByClaim(tx, input.article.id);
  const published: PublicClaim[] = [];
  input.claimList.forEach((c, i) => {
    const f = input.fields.get(c.id);
    if (c.status === 'unreviewed' || isSetAside({ setAsideReason: f?.setAsideReason ?? null })) return;
    published.push({
      id: c.id,
      position: i + 1,
      kind: c.kind,
      text: c.quote,
      speaker: { name: c.speaker?.name ?? null, role: c.speaker?.role ?? null, type: c.speaker?.type ?? null },
      status: c.status as PublicVerdict,
      explanation: f?.explanation ?? '',
      evidence: c.evidence.map((e) => ({ url: e.url, title: e.title })),
      corrections: corrections.get(c.id) ?? [],
    });
  });
  const { article } = input;
  return {
    slug: input.pub.publicSlug ?? article.slug,
    pageUrl: input.pageUrl,
    article: { title: article.title, outlet: article.outlet, url: article.url, language: article.language, publishedAt: article.publishedAt },
    organization: input.organization,
    signOff: { by: input.pub.signedOffByName, at: input.pub.signedOffAt, chainHead: input.pub.chainHead },
    firstPublishedAt: input.firstPublishedAt,
    updatedAt: input.now,
    claims: published,
  };
}

/**
 * Signs off the review: every claim concluded or set aside. While published, it also republishes
 * the page, printing each changed verdict with its correction note (`corrections[claimId]`).
 */
export function signOff(
  db: DB,
  input: { articleId: number; actor: Actor; corrections: Record<string, string>; organization: PublicReview['organization'] },
): PublishOutcome<{ chainHead: string; corrected: number }> {
  return db.transaction(
    (tx) => {
      const review = articleReview(tx, input.articleId);
      if (!review) return NO_ARTICLE;
      const { article, claimList, fields, status } = review;
      const pub = status.publication;
      if (pub?.state === 'signed_off') return rule(keyed('signOff.server.alreadySignedOff'));
      if (status.signOffBlockers.length > 0) {
        return rule(keyed('signOff.server.notSignedOff', { count: status.signOffBlockers.length }), {
          _form: status.signOffBlockers.map((b) => b.message),
        });
      }
      if (pub?.published && status.publishBlockers.length > 0) {
        return rule(keyed('signOff.server.notSignedOffExplanations'), {
          _form: status.publishBlockers.map((b) => b.message),
        });
      }
      const missing: Record<string, string[]> = {};
      for (const change of status.changes) {
        if (!input.corrections[String(change.claimId)]?.trim()) {
          missing[`correction-${change.claimId}`] = [keyed('signOff.blocker.correctionNote', { position: change.position, status: change.fromStatus })];
        }
      }
      if (Object.keys(missing).length > 0) {
        return rule(keyed('signOff.server.verdictChanged'), missing);
      }
      const now = new Date().toISOString();
      const chainHead = articleChainHead(tx, article.id);
      const values = { state: 'signed_off' as const, signedOffBy: input.actor.id, signedOffByName: input.actor.name, signedOffAt: now, chainHead };
      tx.insert(articlePublications).values({ articleId: article.id, ...values }).onConflictDoUpdate({ target: articlePublications.articleId, set: values }).run();
      recordOnEveryClaim(tx, claimList, { actor: input.actor, action: 'signed_off', at: now, detail: { reason: `review signed off; history chain ${chainHead}`, chainHead } });
      if (pub?.published) {
        for (const change of status.changes) {
          const note = input.corrections[String(change.claimId)]!.trim();
          tx.insert(publicCorrections).values({ articleId: article.id, claimId: change.claimId, fromStatus: change.fromStatus, toStatus: change.toStatus, note, at: now }).run();
          appendEvent(tx, {
            claimId: change.claimId,
            articleId: article.id,
            actor: input.actor,
            action: 'corrected',
            fromStatus: change.fromStatus,
            toStatus: change.toStatus,
            note,
            at: now,
            detail: { reason: `published correction: ${note}` },
          });
        }
        const fresh = getPublication(tx, { articleId: article.id })!;
        const snapshot = buildSnapshot(tx, {
          article,
          pub: fresh,
          claimList,
          fields,
          pageUrl: fresh.publicUrl!,
          organization: input.organization,
          firstPublishedAt: fresh.firstPublishedAt!,
          now,
        });
        tx.update(articlePublications).set({ snapshot: JSON.stringify(snapshot), snapshotAt: now }).where(eq(articlePublications.articleId, article.id)).run();
      }
      return { ok: true, data: { chainHead, corrected: status.changes.length } } as const;
    },
    { behavior: 'immediate' },
  );
}

/** Unfreezes a signed-off review so it can change again; the reason goes into every claim's history. */
export function reopen(db: DB, input: { articleId: number; reason: string; actor: Actor }): PublishOutcome {
  return db.transaction(
    (tx) => {
      if (!findArticle(tx, input.articleId)) return NO_ARTICLE;
      const pub = getPublication(tx, { articleId: input.articleId });
      if (pub?.state !== 'signed_off') return rule(keyed('signOff.server.onlySignedOffReopen'));
      const now = new Date().toISOString();
      tx.update(articlePublications)
        .set({ state: 'reopened', reopenedByName: input.actor.name, reopenedAt: now, reopenReason: input.reason })
        .where(eq(articlePublications.articleId, input.articleId))
        .run();
      const claimList = listArticleClaims(tx, { articleId: input.articleId });
      recordOnEveryClaim(tx, claimList, { actor: input.actor, action: 'reopened', at: now, detail: { reason: `review reopened: ${input.reason}` } });
      return { ok: true, data: null } as const;
    },
    { behavior: 'immediate' },
  );
}

/** Publishes a signed-off review at PUBLIC_URL/p/<slug> (the base is checked by the caller). */
export function publish(
  db: DB,
  input: { articleId: number; actor: Actor; publicBase: string; organization: PublicReview['organization'] },
): PublishOutcome<{ url: string }> {
  return db.transaction(
    (tx) => {
      const review = articleReview(tx, input.articleId);
      if (!review) return NO_ARTICLE;
      const { article, claimList, fields, status } = review;
      const pub = status.publication;
      if (pub?.state !== 'signed_off') return rule(keyed('signOff.server.signOffFirst'));
      if (pub.published) return rule(keyed('signOff.server.alreadyPublished'));
      if (status.publishBlockers.length > 0) {
        return rule(keyed('signOff.server.notPublishedExplanations'), {
          _form: status.publishBlockers.map((b) => b.message),
        });
      }
      const now = new Date().toISOString();
      const slug = pub.publicSlug ?? article.slug;
      const url = publicPageUrl(input.publicBase, slug);
      const firstPublishedAt = pub.firstPublishedAt ?? now;
      const snapshot = buildSnapshot(tx, { article, pub, claimList, fields, pageUrl: url, organization: input.organization, firstPublishedAt, now });
      tx.update(articlePublications)
        .set({ published: true, publicSlug: slug, publicUrl: url, firstPublishedAt, unpublishedAt: null, snapshot: JSON.stringify(snapshot), snapshotAt: now })
        .where(eq(articlePublications.articleId, article.id))
        .run();
      recordOnEveryClaim(tx, claimList, { actor: input.actor, action: 'published', at: now, detail: { reason: `published at ${url}`, url } });
      return { ok: true, data: { url } } as const;
    },
    { behavior: 'immediate' },
  );
}

/** Takes the public page down (404); the sign-off, corrections and history stay. */
export function unpublish(db: DB, input: { articleId: number; actor: Actor }): PublishOutcome {
  return db.transaction(
    (tx) => {
      if (!findArticle(tx, input.articleId)) return NO_ARTICLE;
      const pub = getPublication(tx, { articleId: input.articleId });
      if (!pub?.published) return rule(keyed('signOff.server.notPublished'));
      const now = new Date().toISOString();
      tx.update(articlePublications).set({ published: false, unpublishedAt: now }).where(eq(articlePublications.articleId, input.articleId)).run();
      const claimList = listArticleClaims(tx, { articleId: input.articleId });
      recordOnEveryClaim(tx, claimList, { actor: input.actor, action: 'unpublished', at: now, detail: { reason: `unpublished from ${pub.publicUrl}` } });
      return { ok: true, data: null } as const;
    },
    { behavior: 'immediate' },
  );
}

/** The page readers see at /p/<slug>, or undefined when there is none (never published, or unpublished). */
export function findPublishedReview(db: Executor, { slug }: { slug: string }): { review: PublicReview; modifiedAt: string } | undefined {
  const row = db
    .select({ snapshot: articlePublications.snapshot, snapshotAt: articlePublications.snapshotAt })
    .from(articlePublications)
    .where(and(eq(articlePublications.publicSlug, slug), eq(articlePublications.published, true)))
    .all()[0];
  if (!row?.snapshot || !row.snapshotAt) return undefined;
  return { review: JSON.parse(row.snapshot) as PublicReview, modifiedAt: row.snapshotAt };
}

/** The published review of an article (for exports), or undefined when it is not published. */
export function findPublishedReviewOfArticle(db: Executor, { articleId }: { articleId: number }): PublicReview | undefined {
  const pub = getPublication(db, { articleId });
  return pub?.published ? (snapshotOf(pub) ?? undefined) : undefined;
}
