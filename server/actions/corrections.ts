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
  type CorrectionOutcome,
} from '@/db/queries/corrections';
import { listSpeakersWithCounts } from '@/db/queries/speakers';
import { fail, serverAction, succeed, type HandlerResult } from '@/server/action';
import type { CurrentUser } from '@/server/auth';
import { refuseWhenFrozen } from '@/server/publish-guard';
import type { ClaimView } from '@/lib/claim-types';
import {
  addClaimSchema,
  articleIdSchema,
  changeSpanSchema,
  changeSpeakerSchema,
  claimIdSchema,
  claimVersionSchema,
} from '@/lib/validation-articles';

const REVIEWERS = ['admin', 'reviewer'] as const;

export type Corrected = { claim: ClaimView; removed: ClaimView | null };

function actorOf(user: CurrentUser) {
  return { id: user.id, name: user.name };
}

function toResult(outcome: CorrectionOutcome): HandlerResult<Corrected> {
  if (outcome.ok) return succeed({ claim: outcome.claim, removed: outcome.removed ?? null });
  switch (outcome.reason) {
    case 'not_found':
      return fail('not_found', outcome.message);
    case 'conflict':
      return fail('conflict', outcome.message, { current: outcome.claim });
    case 'rule':
      return fail('invalid', outcome.message, { fieldErrors: { [outcome.field ?? '_form']: [outcome.message] } });
  }
}

// No revalidatePath: the client applies the returned claim, other open pages poll review versions.

export const addClaimAction = serverAction({
  name: 'addClaim',
  roles: REVIEWERS,
  schema: addClaimSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(addManualClaim(getDb(), { ...input, actor: actorOf(user) })),
});

export const changeSpeakerAction = serverAction({
  name: 'changeSpeaker',
  roles: REVIEWERS,
  schema: changeSpeakerSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(changeSpeaker(getDb(), { ...input, actor: actorOf(user) })),
});

export const changeSpanAction = serverAction({
  name: 'changeSpan',
  roles: REVIEWERS,
  schema: changeSpanSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(changeSpan(getDb(), { ...input, actor: actorOf(user) })),
});

export const hideClaimAction = serverAction({
  name: 'hideClaim',
  roles: REVIEWERS,
  schema: claimVersionSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(hideClaim(getDb(), { ...input, actor: actorOf(user) })),
});

export const restoreClaimAction = serverAction({
  name: 'restoreClaim',
  roles: REVIEWERS,
  schema: claimIdSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(restoreClaim(getDb(), { ...input, actor: actorOf(user) })),
});

export const mergeWithNextAction = serverAction({
  name: 'mergeWithNext',
  roles: REVIEWERS,
  schema: claimVersionSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(mergeWithNext(getDb(), { ...input, actor: actorOf(user) })),
});

/** Names offered when picking a speaker: the article's own speakers first. */
export const articleSpeakersAction = serverAction({
  name: 'articleSpeakers',
  roles: REVIEWERS,
  schema: articleIdSchema,
  handler: ({ articleId }) => succeed(listSpeakersWithCounts(getDb(), { articleId }).map((s) => s.name)),
});
