import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { articleVersions, articles, claims, reviews, user, type Article } from '../schema';
import { RECHECK_ANCHORS, type AnchorState, type ReviewStatus } from '@/lib/vocab';

/** The newest article imported from this URL (an update of a story keeps its URL). */
export function findArticleByUrl(db: Executor, { url }: { url: string }): Article | undefined {
  return db.select().from(articles).where(eq(articles.url, url)).orderBy(desc(articles.id)).limit(1).all()[0];
}

export type StoredSelector = {
  id: number;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  sentence: string;
  hidden: boolean;
  status: ReviewStatus;
};

/** Every claim of an article (hidden ones too) with what re-anchoring needs. */
export function listClaimSelectors(db: Executor, { articleId }: { articleId: number }): StoredSelector[] {
  return db
    .select({
      id: claims.id,
      quote: claims.quote,
      prefix: claims.prefix,
      suffix: claims.suffix,
      start: claims.start,
      end: claims.end,
      sentence: claims.sentence,
      hidden: claims.hidden,
      status: reviews.status,
    })
    .from(claims)
    .innerJoin(reviews, eq(reviews.claimId, claims.id))
    .where(eq(claims.articleId, articleId))
    .orderBy(asc(claims.start), asc(claims.id))
    .all();
}

/** Stores the new text as the article's next version and makes it current. */
export function addArticleVersion(
  tx: Executor,
  { articleId, body, contentHash, createdBy }: { articleId: number; body: string; contentHash: string; createdBy: string | null },
): number {
  const current = tx.select({ v: articles.currentVersion }).from(articles).where(eq(articles.id, articleId)).all()[0]!;
  const version = current.v + 1;
  tx.insert(articleVersions).values({ articleId, version, body, contentHash, createdBy }).run();
  tx.update(articles)
    .set({ body, contentHash, currentVersion: version, updatedAt: new Date().toISOString() })
    .where(eq(articles.id, articleId))
    .run();
  return version;
}

export function setClaimAnchor(
  tx: Executor,
  f: { claimId: number; start: number; end: number; quote: string; prefix: string; suffix: string; sentence: string; anchor: AnchorState },
): void {
  const { claimId, ...fields } = f;
  tx.update(claims).set(fields).where(eq(claims.id, claimId)).run();
}

export type VersionListItem = { version: number; createdAt: string; createdByName: string | null; characters: number };

export function listArticleVersions(db: Executor, { articleId }: { articleId: number }): VersionListItem[] {
  return db
    .select({
      version: articleVersions.version,
      createdAt: articleVersions.createdAt,
      createdByName: user.name,
      characters: sql<number>`length(${articleVersions.body})`,
    })
    .from(articleVersions)
    .leftJoin(user, eq(user.id, articleVersions.createdBy))
    .where(eq(articleVersions.articleId, articleId))
    .orderBy(desc(articleVersions.version))
    .all();
}

export function getArticleVersionBody(db: Executor, { articleId, version }: { articleId: number; version: number }): string | undefined {
  return db
    .select({ body: articleVersions.body })
    .from(articleVersions)
    .where(and(eq(articleVersions.articleId, articleId), eq(articleVersions.version, version)))
    .all()[0]?.body;
}

/** The Re-check queue: claims an update sent back (RECHECK_ANCHORS) that nobody has reviewed since. */
function inRecheckQueue(articleId: number) {
  return and(
    eq(claims.articleId, articleId),
    eq(claims.hidden, false),
    inArray(claims.anchor, [...RECHECK_ANCHORS]),
    eq(reviews.status, 'unreviewed'),
  );
}

export function countRecheckClaims(db: Executor, { articleId }: { articleId: number }): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(claims)
    .innerJoin(reviews, eq(reviews.claimId, claims.id))
    .where(inRecheckQueue(articleId))
    .all()[0]!.n;
}

export function listRecheckClaimIds(db: Executor, { articleId }: { articleId: number }): number[] {
  return db
    .select({ id: claims.id })
    .from(claims)
    .innerJoin(reviews, eq(reviews.claimId, claims.id))
    .where(inRecheckQueue(articleId))
    .all()
    .map((r) => r.id);
}
