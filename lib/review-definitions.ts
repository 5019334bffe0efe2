// Review mutations, defined once and used by both the server actions (UI) and the JSON API, so
// both go through the same authorize → validate → transaction + audit path.
import 'server-only';
import { getDb } from '@/db/client';
import { addEvidence, removeEvidence, saveReview, type ReviewOutcome } from '@/db/queries/reviews';
import type { ClaimView } from './claim-types';
import { fail, succeed, type ActionDefinition, type HandlerResult } from './action';
import type { CurrentUser } from './auth';
import { keyed } from './i18n/keyed';
import { refuseWhenFrozen } from './publish-guard';
import { addEvidenceSchema, removeEvidenceSchema, reviewSchema } from './validation';

const REVIEWERS = ['admin', 'reviewer'] as const;

// No revalidatePath here: re-rendering a 2,000-claim page on every click would slow the review
// loop. The client applies the returned state, and other open pages pick it up by polling.

function actorOf(user: CurrentUser) {
  return { id: user.id, name: user.name };
}

function toResult(outcome: ReviewOutcome): HandlerResult<ClaimView> {
  if (outcome.ok) return succeed(outcome.claim);
  switch (outcome.reason) {
    case 'not_found':
      return fail('not_found', keyed('server.claimNotFound'));
    case 'conflict':
      return fail('conflict', keyed('server.conflict'), { current: outcome.claim });
    case 'rule':
      return fail('invalid', Object.values(outcome.fieldErrors).flat().join(' '), { fieldErrors: outcome.fieldErrors });
  }
}

export const reviewDefinition: ActionDefinition<typeof reviewSchema, ClaimView> = {
  name: 'reviewClaim',
  roles: REVIEWERS,
  schema: reviewSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(saveReview(getDb(), { ...input, actor: actorOf(user) })),
};

export const addEvidenceDefinition: ActionDefinition<typeof addEvidenceSchema, ClaimView> = {
  name: 'addEvidence',
  roles: REVIEWERS,
  schema: addEvidenceSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(addEvidence(getDb(), { ...input, actor: actorOf(user) })),
};

export const removeEvidenceDefinition: ActionDefinition<typeof removeEvidenceSchema, ClaimView> = {
  name: 'removeEvidence',
  roles: REVIEWERS,
  schema: removeEvidenceSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(removeEvidence(getDb(), { ...input, actor: actorOf(user) })),
};
