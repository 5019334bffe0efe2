'use server';
// Hand corrections of claims (add, speaker, span, not a claim, restore, merge), all through the one
// authorize → validate → transaction + audit path.
import { getDb } from '@/db/queries/connection';
import {
  addManualClaim,
  changeSpan,
  changeSpeaker,
  hideClaim,
  mergeWithNext,
  restoreClaim,
} from '@/db/queries/corrections';
import { listSpeakersWithCounts } from '@/db/queries/speakers';
import { serverAction, succeed } from '@/server/action';
import { actorOf, claimChangeResult } from '@/server/outcome';
import { refuseWhenFrozen } from '@/server/publish-guard';
import type { ClaimChangeOutcome, ClaimView } from '@/lib/claim-types';
import { REVIEWER_ROLES } from '@/lib/vocab';
import {
  addClaimSchema,
  articleIdSchema,
  changeSpanSchema,
  changeSpeakerSchema,
  claimIdSchema,
  claimVersionSchema,
} from '@/lib/validation-articles';


export type Corrected = { claim: ClaimView; removed: ClaimView | null };

function toResult(outcome: ClaimChangeOutcome<{ removed?: ClaimView }>) {
  return claimChangeResult(outcome, (done): Corrected => ({ claim: done.claim, removed: done.removed ?? null }));
}

// No revalidatePath: the client applies the returned claim, other open pages poll review versions.

export const addClaimAction = serverAction({
  name: 'addClaim',
  roles: REVIEWER_ROLES,
  schema: addClaimSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(addManualClaim(getDb(), { ...input, actor: actorOf(user) })),
});

export const changeSpeakerAction = serverAction({
  name: 'changeSpeaker',
  roles: REVIEWER_ROLES,
  schema: changeSpeakerSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(changeSpeaker(getDb(), { ...input, actor: actorOf(user) })),
});

export const changeSpanAction = serverAction({
  name: 'changeSpan',
  roles: REVIEWER_ROLES,
  schema: changeSpanSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(changeSpan(getDb(), { ...input, actor: actorOf(user) })),
});

export const hideClaimAction = serverAction({
  name: 'hideClaim',
  roles: REVIEWER_ROLES,
  schema: claimVersionSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(hideClaim(getDb(), { ...input, actor: actorOf(user) })),
});

export const restoreClaimAction = serverAction({
  name: 'restoreClaim',
  roles: REVIEWER_ROLES,
  schema: claimIdSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(restoreClaim(getDb(), { ...input, actor: actorOf(user) })),
});

export const mergeWithNextAction = serverAction({
  name: 'mergeWithNext',
  roles: REVIEWER_ROLES,
  schema: claimVersionSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(mergeWithNext(getDb(), { ...input, actor: actorOf(user) })),
});

/** Names offered when picking a speaker: the article's own speakers first. */
export const articleSpeakersAction = serverAction({
  name: 'articleSpeakers',
  roles: REVIEWER_ROLES,
  schema: articleIdSchema,
  handler: ({ articleId }) => succeed(listSpeakersWithCounts(getDb(), { articleId }).map((s) => s.name)),
});
