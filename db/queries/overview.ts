import 'server-only';
import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { claims, reviewEvents, reviews, speakers } from '../schema';

export type FlaggedSpeakerRow = { speaker: string; disputed: number; needsSource: number };

/**
 * Speakers with the most Disputed and Needs-source claims across the desk (hidden claims left
 * out), most flagged first. One query.
 */
export function listFlaggedSpeakers(db: Executor, { limit }: { limit: number }): FlaggedSpeakerRow[] {
  const disputed = sql<number>`sum(${reviews.status} = 'disputed')`;
  const needsSource = sql<number>`sum(${reviews.status} = 'needs_source')`;
  return db
    .select({ speaker: sql<string>`coalesce(${speakers.name}, 'Unknown speaker')`, disputed, needsSource })
    .from(claims)
    .innerJoin(reviews, eq(reviews.claimId, claims.id))
    .leftJoin(speakers, eq(speakers.id, claims.speakerId))
    .where(and(eq(claims.hidden, false), inArray(reviews.status, ['disputed', 'needs_source'])))
    .groupBy(claims.speakerId)
    .orderBy(desc(sql`count(*)`), sql`1`)
    .limit(limit)
    .all();
}

/** Status changes (review events) per UTC day since `since` (YYYY-MM-DD). One query. */
export function countReviewsPerDay(db: Executor, { since }: { since: string }): { day: string; count: number }[] {
  const day = sql<string>`substr(${reviewEvents.at}, 1, 10)`;
  return db
    .select({ day, count: sql<number>`count(*)` })
    .from(reviewEvents)
    .where(and(eq(reviewEvents.action, 'review'), gte(reviewEvents.at, since)))
    .groupBy(day)
    .orderBy(day)
    .all();
}
