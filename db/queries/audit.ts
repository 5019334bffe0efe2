import 'server-only';
import crypto from 'node:crypto';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { DB, Executor } from '../client';
import { reviewEvents, type ReviewEvent } from '../schema';
import { perConnection } from './prepared';
import type { EventAction, ReviewStatus } from '@/lib/vocab';

export const GENESIS_HASH = '0'.repeat(64);

export type Actor = { id: string | null; name: string };

export type NewEvent = {
  claimId: number;
  articleId: number;
  actor: Actor;
  action: EventAction;
  fromStatus?: ReviewStatus | null;
  toStatus?: ReviewStatus | null;
  note?: string | null;
  detail?: Record<string, unknown> | null;
  at?: string;
};

type HashedFields = Pick<
  ReviewEvent,
  'claimId' | 'articleId' | 'actorId' | 'actorName' | 'action' | 'fromStatus' | 'toStatus' | 'note' | 'detail' | 'at'
>;

/** The hash covers every stored field and the previous hash, so editing or removing any event
 * breaks the chain from that event on. */
export function hashEvent(prevHash: string, e: HashedFields): string {
  const canonical = JSON.stringify([
    prevHash,
    e.claimId,
    e.articleId,
    e.actorId,
    e.actorName,
    e.action,
    e.fromStatus,
    e.toStatus,
    e.note,
    e.detail,
    e.at,
  ]);
  return crypto.createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The stored fields of a new event, as hashed. */
function eventFields(e: NewEvent): HashedFields {
  return {
    claimId: e.claimId,
    articleId: e.articleId,
    actorId: e.actor.id,
    actorName: e.actor.name,
    action: e.action,
    fromStatus: e.fromStatus ?? null,
    toStatus: e.toStatus ?? null,
    note: e.note ?? null,
    detail: e.detail ? JSON.stringify(e.detail) : null,
    at: e.at ?? new Date().toISOString(),
  };
}

/** Appends one event to the chain. Call inside the same (immediate) transaction as the change. */
export function appendEvent(tx: Executor, e: NewEvent): ReviewEvent {
  const last = tx.select({ hash: reviewEvents.hash }).from(reviewEvents).orderBy(desc(reviewEvents.id)).limit(1).all()[0];
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields = eventFields(e);
  const hash = hashEvent(prevHash, fields);
  const rows = tx
    .insert(reviewEvents)
    .values({ ...fields, prevHash, hash })
    .returning()
    .all();
  return rows[0]!;
}

const eventStatements = perConnection((db: DB) => ({
  lastHash: db.select({ hash: reviewEvents.hash }).from(reviewEvents).orderBy(desc(reviewEvents.id)).limit(1).prepare(),
  insert: db
    .insert(reviewEvents)
    .values({
      claimId: sql.placeholder('claimId'),
      articleId: sql.placeholder('articleId'),
      actorId: sql.placeholder('actorId'),
      actorName: sql.placeholder('actorName'),
      action: sql.placeholder('action'),
      fromStatus: sql.placeholder('fromStatus'),
      toStatus: sql.placeholder('toStatus'),
      note: sql.placeholder('note'),
      detail: sql.placeholder('detail'),
      at: sql.placeholder('at'),
      prevHash: sql.placeholder('prevHash'),
      hash: sql.placeholder('hash'),
    })
    .prepare(),
}));

/**
 * appendEvent for the review-save hot path, on statements prepared once for `db`. Same chain, same
 * rule: call it inside an immediate transaction opened on `db`.
 */
export function appendEventPrepared(db: DB, e: NewEvent): void {
  const st = eventStatements(db);
  const prevHash = st.lastHash.all()[0]?.hash ?? GENESIS_HASH;
  const fields = eventFields(e);
  st.insert.run({ ...fields, prevHash, hash: hashEvent(prevHash, fields) });
}

export function listClaimEvents(db: Executor, { claimId }: { claimId: number }): ReviewEvent[] {
  return db.select().from(reviewEvents).where(eq(reviewEvents.claimId, claimId)).orderBy(asc(reviewEvents.id)).all();
}

export function listArticleEvents(db: Executor, { articleId }: { articleId: number }): ReviewEvent[] {
  return db.select().from(reviewEvents).where(eq(reviewEvents.articleId, articleId)).orderBy(asc(reviewEvents.id)).all();
}

export type ChainCheck = { intact: boolean; checked: number; firstBadEventId: number | null };

/** Walks the whole log in order and recomputes every hash. */
export function verifyChain(db: Executor): ChainCheck {
  let prev = GENESIS_HASH;
  let checked = 0;
  for (const e of db.select().from(reviewEvents).orderBy(asc(reviewEvents.id)).all()) {
    if (e.prevHash !== prev || hashEvent(prev, e) !== e.hash) {
      return { intact: false, checked, firstBadEventId: e.id };
    }
    prev = e.hash;
    checked += 1;
  }
  return { intact: true, checked, firstBadEventId: null };
}
