import 'server-only';
import { and, asc, eq, gt, ne, or } from 'drizzle-orm';
import type { DB, Executor } from '../client';
import { articles, claims, speakers } from '../schema';
import { insertClaims } from './articles';
import { appendEvent, type Actor } from './audit';
import { getClaim } from './claims';
import { touchReview } from './reviews';
import { upsertSpeaker } from './speakers';
import type { ClaimChangeOutcome, ClaimView } from '@/lib/claim-types';
import type { ClaimKind } from '@/lib/vocab';
import { selectorFor } from '@/lib/articles/text';
import { sentenceAround, tidySpan } from '@/lib/articles/reanchor';
import { keyed } from '@/lib/i18n/keyed';

// Hand corrections of the machine's claims. Each one is a single immediate transaction holding
// the change, its audit event and a review-version bump (which is how open pages notice it).

/** A correction returns the claim, and after a merge the claim merged away. */
export type CorrectionOutcome = ClaimChangeOutcome<{ removed?: ClaimView }>;

const NOT_FOUND = { ok: false, reason: 'not_found', message: keyed('server.claimNotFound') } as const;

function conflict(claim: ClaimView) {
  return { ok: false, reason: 'conflict', claim, message: keyed('server.conflict') } as const;
}

function rule(message: string, field = '_form') {
  const fieldErrors: Record<string, string[]> = { [field]: [message] };
  return { ok: false, reason: 'rule', message, fieldErrors } as const;
}

function articleBody(tx: Executor, articleId: number): string | undefined {
  return tx.select({ body: articles.body }).from(articles).where(eq(articles.id, articleId)).all()[0]?.body;
}

/** A visible claim at the version the editor saw, or the reason it cannot be corrected. */
function currentClaim(tx: Executor, claimId: number, version: number | null) {
  const claim = getClaim(tx, { claimId });
  if (!claim || claim.hidden) return { error: NOT_FOUND };
  if (version !== null && claim.version !== version) return { error: conflict(claim) };
  return { claim };
}

function spanFields(body: string, start: number, end: number) {
  return { start, end, quote: body.slice(start, end), ...selectorFor(body, start, end), sentence: sentenceAround(body, start, end) };
}

/** A claim the extractor missed, added from a selection in the article text. */
export function addManualClaim(
  db: DB,
  input: { articleId: number; start: number; end: number; kind: ClaimKind; speaker: string | null; actor: Actor },
): CorrectionOutcome {
  return db.transaction(
    (tx) => {
      const body = articleBody(tx, input.articleId);
      if (body === undefined) return { ok: false, reason: 'not_found', message: keyed('server.corrections.articleNotFound') } as const;
      if (input.end > body.length) return rule(keyed('server.corrections.beyondEnd'), 'end');
      const span = tidySpan(body, input.start, input.end);
      if (!span) return rule(keyed('server.corrections.noWords'), 'start');
      const same = tx
        .select({ id: claims.id })
        .from(claims)
        .where(and(eq(claims.articleId, input.articleId), eq(claims.start, span.start), eq(claims.end, span.end), eq(claims.hidden, false)))
        .all();
      if (same.length > 0) return rule(keyed('server.corrections.alreadyClaim'), 'start');
      const fields = spanFields(body, span.start, span.end);
      const [id] = insertClaims(tx, {
        articleId: input.articleId,
        items: [
          {
            ...fields,
            kind: input.kind,
            speaker: input.speaker ? { name: input.speaker, role: null, type: null } : null,
            speakerMention: null,
            cue: null,
            confidence: 1,
            origin: 'manual',
          },
        ],
      });
      appendEvent(tx, {
        claimId: id!,
        articleId: input.articleId,
        actor: input.actor,
        action: 'claim_added',
        detail: { reason: 'added by hand', quote: fields.quote, speaker: input.speaker, kind: input.kind },
      });
      return { ok: true, claim: getClaim(tx, { claimId: id! })! } as const;
    },
    { behavior: 'immediate' },
  );
}

export function changeSpeaker(
  db: DB,
  input: { claimId: number; version: number; speaker: string; actor: Actor },
): CorrectionOutcome {
  return db.transaction(
    (tx) => {
      const { claim, error } = currentClaim(tx, input.claimId, input.version);
      if (error) return error;
      const speaker = upsertSpeaker(tx, { name: input.speaker });
      if (speaker.id === claim.speaker?.id) return rule(`${speaker.name} is already the speaker.`, 'speaker');
      tx.update(claims).set({ speakerId: speaker.id }).where(eq(claims.id, claim.id)).run();
      appendEvent(tx, {
        claimId: claim.id,
        articleId: claim.articleId,
        actor: input.actor,
        action: 'speaker_changed',
        detail: { from: claim.speaker?.name ?? null, to: speaker.name, reason: `${claim.speaker?.name ?? 'Unknown speaker'} → ${speaker.name}` },
      });
      touchReview(tx, { claimId: claim.id, actor: input.actor });
      return { ok: true, claim: getClaim(tx, { claimId: claim.id })! } as const;
    },
    { behavior: 'immediate' },
  );
}

export function changeSpan(
  db: DB,
  input: { claimId: number; version: number; start: number; end: number; actor: Actor },
): CorrectionOutcome {
  return db.transaction(
    (tx) => {
      const { claim, error } = currentClaim(tx, input.claimId, input.version);
      if (error) return error;
      const body = articleBody(tx, claim.articleId)!;
      if (input.end > body.length) return rule(`The end is beyond the end of the article (${body.length} characters).`, 'end');
      const span = tidySpan(body, input.start, input.end);
      if (!span) return rule(keyed('server.corrections.emptySpan'), 'start');
      if (span.start === claim.start && span.end === claim.end) return rule(keyed('server.corrections.unchangedSpan'), 'start');
      const fields = spanFields(body, span.start, span.end);
      tx.update(claims).set(fields).where(eq(claims.id, claim.id)).run();
      appendEvent(tx, {
        claimId: claim.id,
        articleId: claim.articleId,
        actor: input.actor,
        action: 'span_changed',
        detail: {
          from: { start: claim.start, end: claim.end, quote: claim.quote },
          to: { start: span.start, end: span.end, quote: fields.quote },
          reason: `now “${fields.quote.length > 80 ? `${fields.quote.slice(0, 77)}…` : fields.quote}”`,
        },
      });
      touchReview(tx, { claimId: claim.id, actor: input.actor });
      return { ok: true, claim: getClaim(tx, { claimId: claim.id })! } as const;
    },
    { behavior: 'immediate' },
  );
}

/** "Not a claim": hidden from lists and reports, kept with its history, restorable. */
export function hideClaim(db: DB, input: { claimId: number; version: number; actor: Actor }): CorrectionOutcome {
  return db.transaction(
    (tx) => {
      const { claim, error } = currentClaim(tx, input.claimId, input.version);
      if (error) return error;
      tx.update(claims).set({ hidden: true }).where(eq(claims.id, claim.id)).run();
      appendEvent(tx, { claimId: claim.id, articleId: claim.articleId, actor: input.actor, action: 'claim_hidden', detail: { reason: 'not a claim' } });
      touchReview(tx, { claimId: claim.id, actor: input.actor });
      return { ok: true, claim: getClaim(tx, { claimId: claim.id })! } as const;
    },
    { behavior: 'immediate' },
  );
}

export function restoreClaim(db: DB, input: { claimId: number; actor: Actor }): CorrectionOutcome {
  return db.transaction(
    (tx) => {
      const claim = getClaim(tx, { claimId: input.claimId });
      if (!claim) return NOT_FOUND;
      if (!claim.hidden) return rule(keyed('server.corrections.notHidden'));
      tx.update(claims).set({ hidden: false }).where(eq(claims.id, claim.id)).run();
      appendEvent(tx, { claimId: claim.id, articleId: claim.articleId, actor: input.actor, action: 'claim_restored', detail: { reason: 'restored by hand' } });
      touchReview(tx, { claimId: claim.id, actor: input.actor });
      return { ok: true, claim: getClaim(tx, { claimId: claim.id })! } as const;
    },
    { behavior: 'immediate' },
  );
}

/** The visible claim that follows this one in reading order. */
function nextClaimId(tx: Executor, claim: ClaimView): number | undefined {
  return tx
    .select({ id: claims.id })
    .from(claims)
    .where(
      and(
        eq(claims.articleId, claim.articleId),
        eq(claims.hidden, false),
        ne(claims.id, claim.id),
        or(gt(claims.start, claim.start), and(eq(claims.start, claim.start), gt(claims.id, claim.id))),
      ),
    )
    .orderBy(asc(claims.start), asc(claims.id))
    .limit(1)
    .all()[0]?.id;
}

/**
 * Joins a quote the extractor split in two ("…,” she said. “…”) into one claim spanning both. The
 * first claim survives with its review; the second is hidden, both histories say so.
 */
export function mergeWithNext(db: DB, input: { claimId: number; version: number; actor: Actor }): CorrectionOutcome {
  return db.transaction(
    (tx) => {
      const { claim, error } = currentClaim(tx, input.claimId, input.version);
      if (error) return error;
      const nextId = nextClaimId(tx, claim);
      const next = nextId ? getClaim(tx, { claimId: nextId }) : undefined;
      if (!next) return rule(keyed('server.corrections.noNext'));
      if (next.speaker?.id !== claim.speaker?.id || !claim.speaker) {
        return rule(`The next quote is by ${next.speaker?.name ?? 'an unknown speaker'}: only quotes of the same speaker can be merged.`);
      }
      const body = articleBody(tx, claim.articleId)!;
      const fields = spanFields(body, claim.start, Math.max(claim.end, next.end));
      tx.update(claims).set(fields).where(eq(claims.id, claim.id)).run();
      tx.update(claims).set({ hidden: true }).where(eq(claims.id, next.id)).run();
      appendEvent(tx, {
        claimId: claim.id,
        articleId: claim.articleId,
        actor: input.actor,
        action: 'claims_merged',
        detail: { merged: next.id, mergedQuote: next.quote, mergedStatus: next.status, reason: `joined with the next quote (claim ${next.id})` },
      });
      appendEvent(tx, {
        claimId: next.id,
        articleId: claim.articleId,
        actor: input.actor,
        action: 'claims_merged',
        detail: { mergedInto: claim.id, reason: `merged into the previous quote (claim ${claim.id})` },
      });
      touchReview(tx, { claimId: claim.id, actor: input.actor });
      touchReview(tx, { claimId: next.id, actor: input.actor });
      return { ok: true, claim: getClaim(tx, { claimId: claim.id })!, removed: getClaim(tx, { claimId: next.id })! } as const;
    },
    { behavior: 'immediate' },
  );
}

/**
 * Merges one speaker into another: every claim is re-pointed (one audited `speaker_changed` each),
 * the old name becomes an alias, and the old row is kept with `mergedInto` for history.
 */
export function mergeSpeakers(
  db: DB,
  input: { fromId: number; intoId: number; actor: Actor },
): { ok: true; moved: number } | { ok: false; message: string } {
  return db.transaction(
    (tx) => {
      const [from] = tx.select().from(speakers).where(eq(speakers.id, input.fromId)).all();
      const [into] = tx.select().from(speakers).where(eq(speakers.id, input.intoId)).all();
      if (!from || !into || from.mergedInto || into.mergedInto) return { ok: false, message: keyed('speakers.server.oneGone') } as const;
      const moved = tx.select({ id: claims.id, articleId: claims.articleId }).from(claims).where(eq(claims.speakerId, from.id)).all();
      for (const c of moved) {
        tx.update(claims).set({ speakerId: into.id }).where(eq(claims.id, c.id)).run();
        appendEvent(tx, {
          claimId: c.id,
          articleId: c.articleId,
          actor: input.actor,
          action: 'speaker_changed',
          detail: { from: from.name, to: into.name, reason: 'speakers merged' },
        });
        touchReview(tx, { claimId: c.id, actor: input.actor });
      }
      const aliases = new Set<string>([...(JSON.parse(into.aliases) as string[]), from.name, ...(JSON.parse(from.aliases) as string[])]);
      aliases.delete(into.name);
      tx.update(speakers)
        .set({ aliases: JSON.stringify([...aliases]), role: into.role ?? from.role, type: into.type ?? from.type })
        .where(eq(speakers.id, into.id))
        .run();
      tx.update(speakers).set({ mergedInto: into.id }).where(eq(speakers.id, from.id)).run();
      return { ok: true, moved: moved.length } as const;
    },
    { behavior: 'immediate' },
  );
}

export type HiddenClaimItem = { id: number; quote: string; speaker: string | null };

/** Claims marked "Not a claim" (or merged away) in an article, for the restore list. */
export function listHiddenClaims(db: Executor, { articleId }: { articleId: number }): HiddenClaimItem[] {
  return db
    .select({ id: claims.id, quote: claims.quote, speaker: speakers.name })
    .from(claims)
    .leftJoin(speakers, eq(speakers.id, claims.speakerId))
    .where(and(eq(claims.articleId, articleId), eq(claims.hidden, true)))
    .orderBy(asc(claims.start), asc(claims.id))
    .all();
}
