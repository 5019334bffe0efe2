import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DB, Executor } from '../client';
import { claims, evidence, reviews } from '../schema';
import { appendEvent, appendEventPrepared, listClaimEvents, type Actor } from './audit';
import { getClaim, getClaimPrepared } from './claims';
import { perConnection } from './prepared';
import type { ClaimView, EvidenceView, HistoryEntry } from '@/lib/claim-types';
import type { ReviewStatus } from '@/lib/vocab';
import { keyed } from '@/lib/i18n/keyed';

export type ReviewOutcome =
  | { ok: true; claim: ClaimView }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'conflict'; claim: ClaimView }
  | { ok: false; reason: 'rule'; fieldErrors: Record<string, string[]> };

export type SaveReviewInput = {
  claimId: number;
  status: ReviewStatus;
  note?: string;
  evidence?: { url: string; title: string }[];
  version: number;
  actor: Actor;
};

/** The desk's rules for a conclusion, checked against the state the save would produce. */
export function reviewRuleErrors(status: ReviewStatus, note: string, evidenceCount: number): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (status === 'verified' && evidenceCount === 0) errors.evidence = [keyed('server.rules.verifiedNeedsEvidence')];
  if (status === 'disputed' && note.trim() === '') errors.note = [keyed('server.rules.disputedNeedsNote')];
  return errors;
}

/** Records that a claim's review changed: new version (so open pages and stale saves notice),
 * who and when, and optionally a new status or note. Every change to a claim goes through it. */
export function touchReview(
  tx: Executor,
  { claimId, actor, status, note }: { claimId: number; actor: Actor; status?: ReviewStatus; note?: string },
): { updatedAt: string } {
  const updatedAt = new Date().toISOString();
  tx.update(reviews)
    .set({
      ...(status ? { status } : {}),
      ...(note !== undefined ? { note } : {}),
      version: sql`${reviews.version} + 1`,
      updatedBy: actor.id,
      updatedByName: actor.name,
      updatedAt,
    })
    .where(eq(reviews.claimId, claimId))
    .run();
  return { updatedAt };
}

/** A named parameter where `.set()` expects a value (Drizzle types it as SQL there). */
const param = (name: string) => sql`${sql.placeholder(name)}`;

const reviewStatements = perConnection((db: DB) => ({
  setReview: db
    .update(reviews)
    .set({
      status: param('status'),
      note: param('note'),
      version: sql`${reviews.version} + 1`,
      updatedBy: param('updatedBy'),
      updatedByName: param('updatedByName'),
      updatedAt: param('updatedAt'),
    })
    .where(eq(reviews.claimId, sql.placeholder('claimId')))
    .prepare(),
}));

/**
 * Sets status and note (and adds evidence) if `version` is still current. The review row, the
 * evidence and their audit events are written in one immediate transaction: all or nothing, and
 * no other writer can slip in between the version check and the write.
 */
export function saveReview(db: DB, input: SaveReviewInput): ReviewOutcome {
  // The busiest write of the desk: its reads and writes run on prepared statements (see prepared.ts).
  const st = reviewStatements(db);
  return db.transaction(
    (tx) => {
      const current = getClaimPrepared(db, { claimId: input.claimId });
      if (!current || current.hidden) return { ok: false, reason: 'not_found' } as const;
      if (current.version !== input.version) return { ok: false, reason: 'conflict', claim: current } as const;
      const note = input.note ?? current.note;
      const added = input.evidence ?? [];
      const errors = reviewRuleErrors(input.status, note, current.evidence.length + added.length);
      if (Object.keys(errors).length > 0) return { ok: false, reason: 'rule', fieldErrors: errors } as const;
      const newEvidence = added.map((e) => insertEvidence(tx, current, e, input.actor));
      const changed = input.status !== current.status || note !== current.note;
      if (!changed && added.length === 0) return { ok: true, claim: current } as const;
      const updatedAt = new Date().toISOString();
      st.setReview.run({ claimId: current.id, status: input.status, note, updatedBy: input.actor.id, updatedByName: input.actor.name, updatedAt });
      if (changed) {
        appendEventPrepared(db, {
          claimId: current.id,
          articleId: current.articleId,
          actor: input.actor,
          action: 'review',
          fromStatus: current.status,
          toStatus: input.status,
          note: note !== current.note ? note : null,
          detail: note !== current.note ? { noteChanged: true } : null,
        });
      }
      // The new state is known exactly from what was just written: no second read (it was a
      // third of the time of a save).
      const claim: ClaimView = {
        ...current,
        status: input.status,
        note,
        version: current.version + 1,
        updatedByName: input.actor.name,
        updatedAt,
        evidence: [...current.evidence, ...newEvidence],
      };
      return { ok: true, claim } as const;
    },
    { behavior: 'immediate' },
  );
}

function insertEvidence(tx: DB, claim: ClaimView, e: { url: string; title: string }, actor: Actor): EvidenceView {
  const addedAt = new Date().toISOString();
  const row = tx
    .insert(evidence)
    .values({ claimId: claim.id, url: e.url, title: e.title, addedBy: actor.id, addedByName: actor.name, addedAt })
    .returning({ id: evidence.id })
    .all()[0]!;
  appendEvent(tx, {
    claimId: claim.id,
    articleId: claim.articleId,
    actor,
    action: 'evidence_added',
    detail: { evidenceId: row.id, url: e.url, title: e.title },
  });
  return { id: row.id, url: e.url, title: e.title, addedByName: actor.name, addedAt };
}

/** Adds one evidence link. Appending cannot clobber anyone, so no version is required. */
export function addEvidence(
  db: DB,
  { claimId, url, title, actor }: { claimId: number; url: string; title: string; actor: Actor },
): ReviewOutcome {
  return db.transaction(
    (tx) => {
      const current = getClaim(tx, { claimId });
      if (!current || current.hidden) return { ok: false, reason: 'not_found' } as const;
      insertEvidence(tx, current, { url, title }, actor);
      touchReview(tx, { claimId, actor });
      return { ok: true, claim: getClaim(tx, { claimId })! } as const;
    },
    { behavior: 'immediate' },
  );
}

/** Removes one evidence link; refused if that would leave a Verified claim without evidence. */
export function removeEvidence(
  db: DB,
  { claimId, evidenceId, actor }: { claimId: number; evidenceId: number; actor: Actor },
): ReviewOutcome {
  return db.transaction(
    (tx) => {
      const current = getClaim(tx, { claimId });
      const item = current?.evidence.find((e) => e.id === evidenceId);
      if (!current || current.hidden || !item) return { ok: false, reason: 'not_found' } as const;
      const errors = reviewRuleErrors(current.status, current.note, current.evidence.length - 1);
      if (errors.evidence) {
        return { ok: false, reason: 'rule', fieldErrors: { evidence: [keyed('server.rules.verifiedKeepsEvidence')] } } as const;
      }
      tx.delete(evidence).where(and(eq(evidence.id, evidenceId), eq(evidence.claimId, claimId))).run();
      appendEvent(tx, {
        claimId,
        articleId: current.articleId,
        actor,
        action: 'evidence_removed',
        detail: { evidenceId, url: item.url, title: item.title },
      });
      touchReview(tx, { claimId, actor });
      return { ok: true, claim: getClaim(tx, { claimId })! } as const;
    },
    { behavior: 'immediate' },
  );
}

export function claimHistory(db: DB, { claimId }: { claimId: number }): HistoryEntry[] {
  return listClaimEvents(db, { claimId }).map((e) => ({
    id: e.id,
    at: e.at,
    actorName: e.actorName,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    note: e.note,
    detail: e.detail ? (JSON.parse(e.detail) as Record<string, unknown>) : null,
  }));
}

/** Versions of an article's claims, for live updates: cheap to poll. */
export function articleClaimVersions(
  db: DB,
  { articleId }: { articleId: number },
): { id: number; version: number; hidden: boolean }[] {
  return db
    .select({ id: claims.id, version: reviews.version, hidden: claims.hidden })
    .from(claims)
    .innerJoin(reviews, eq(reviews.claimId, claims.id))
    .where(eq(claims.articleId, articleId))
    .all();
}
