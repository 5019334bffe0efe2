import 'server-only';
import { eq, or, sql } from 'drizzle-orm';
import type { DB, Executor } from '../client';
import { articleVersions, articles, claims, reviews, type Article } from '../schema';
import { upsertSpeaker } from './speakers';
import type { NewClaim, PreparedArticle } from '@/lib/articles/import';
import { slugify } from '@/lib/articles/text';

export type { NewClaim };

/** An article row to insert: the prepared fields and its unique slug. */
export type NewArticle = PreparedArticle['article'] & { slug: string };

export function findArticleByHash(db: Executor, { contentHash }: { contentHash: string }): Article | undefined {
  return db.select().from(articles).where(eq(articles.contentHash, contentHash)).all()[0];
}

export function findArticleById(db: Executor, { id }: { id: number }): Article | undefined {
  return db.select().from(articles).where(eq(articles.id, id)).all()[0];
}

/** Accepts a numeric id or a slug, as the CLI does. Numeric means all digits: "5abc" is a slug. */
export function findArticleByIdOrSlug(db: Executor, { ref }: { ref: string }): Article | undefined {
  const byId = /^[0-9]{1,15}$/.test(ref) ? eq(articles.id, Number(ref)) : undefined;
  return db
    .select()
    .from(articles)
    .where(byId ? or(byId, eq(articles.slug, ref)) : eq(articles.slug, ref))
    .all()[0];
}

export function slugExists(db: Executor, { slug }: { slug: string }): boolean {
  return db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).all().length > 0;
}

/** Inserts claims with their speakers and an unreviewed review row each. */
export function insertClaims(tx: Executor, { articleId, items }: { articleId: number; items: NewClaim[] }): number[] {
  const ids: number[] = [];
  for (const c of items) {
    const speaker = c.speaker ? upsertSpeaker(tx, { ...c.speaker, alias: c.speakerMention }) : null;
    const row = tx
      .insert(claims)
      .values({
        articleId,
        kind: c.kind,
        quote: c.quote,
        start: c.start,
        end: c.end,
        prefix: c.prefix,
        suffix: c.suffix,
        speakerId: speaker?.id ?? null,
        speakerMention: c.speakerMention,
        cue: c.cue,
        sentence: c.sentence,
        confidence: c.confidence,
        origin: c.origin,
      })
      .returning({ id: claims.id })
      .all()[0]!;
    tx.insert(reviews).values({ claimId: row.id }).run();
    ids.push(row.id);
  }
  return ids;
}

export function insertArticleWithClaims(tx: Executor, { article, items }: { article: NewArticle; items: NewClaim[] }): Article {
  const row = tx.insert(articles).values(article).returning().all()[0]!;
  tx.insert(articleVersions)
    .values({ articleId: row.id, version: 1, body: row.body, contentHash: row.contentHash, createdBy: article.createdBy })
    .run();
  insertClaims(tx, { articleId: row.id, items });
  return row;
}

function uniqueSlug(db: Executor, title: string): string {
  const base = slugify(title);
  let slug = base;
  for (let n = 2; slugExists(db, { slug }); n++) slug = `${base}-${n}`;
  return slug;
}

/** Stores a prepared article with its claims under a unique slug, in one transaction. */
export function insertPreparedArticle(db: DB, { article, items }: PreparedArticle): Article {
  // Immediate: take the write lock up front so a concurrent importer cannot interleave.
  return db.transaction(
    (tx) => insertArticleWithClaims(tx, { article: { ...article, slug: uniqueSlug(db, article.title) }, items }),
    { behavior: 'immediate' },
  );
}

export type ArticleListItem = {
  id: number;
  slug: string;
  title: string;
  outlet: string | null;
  language: string;
  publishedAt: string | null;
  createdAt: string;
  total: number;
  reviewed: number;
  verified: number;
  disputed: number;
  needsSource: number;
};

/** Articles newest first, each with its review progress (hidden "not a claim" rows excluded). */
export function listArticlesWithProgress(db: Executor): ArticleListItem[] {
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      outlet: articles.outlet,
      language: articles.language,
      publishedAt: articles.publishedAt,
      createdAt: articles.createdAt,
      total: sql<number>`count(${claims.id})`,
      reviewed: sql<number>`coalesce(sum(${reviews.status} != 'unreviewed'), 0)`,
      verified: sql<number>`coalesce(sum(${reviews.status} = 'verified'), 0)`,
      disputed: sql<number>`coalesce(sum(${reviews.status} = 'disputed'), 0)`,
      needsSource: sql<number>`coalesce(sum(${reviews.status} = 'needs_source'), 0)`,
    })
    .from(articles)
    .leftJoin(claims, sql`${claims.articleId} = ${articles.id} and ${claims.hidden} = 0`)
    .leftJoin(reviews, eq(reviews.claimId, claims.id))
    .groupBy(articles.id)
    .orderBy(sql`${articles.id} desc`)
    .all();
}

export function countArticles(db: Executor): number {
  return db.select({ n: sql<number>`count(*)` }).from(articles).all()[0]!.n;
}
