// Review mutations, defined once and used by both the server actions (UI) and the JSON API, so
// both go through the same authorize → validate → transaction + audit path.
import 'server-only';
import { getDb } from '@/db/queries/connection';
import { addEvidence, removeEvidence, saveReview } from '@/db/queries/reviews';
import type { ClaimChangeOutcome, ClaimView } from '@/lib/claim-types';
import { REVIEWER_ROLES } from '@/lib/vocab';
import type { ActionDefinition } from './action';
import { actorOf, claimChangeResult, claimOf } from './outcome';
import { refuseWhenFrozen } from './publish-guard';
import { addEvidenceSchema, removeEvidenceSchema, reviewSchema } from '@/lib/validation';


// No revalidatePath here: re-rendering a 2,000-claim page on every click would slow the review
// loop. The client applies the returned state, and other open pages pick it up by polling.

const toResult = (outcome: ClaimChangeOutcome) => claimChangeResult(outcome, claimOf);

export const reviewDefinition: ActionDefinition<typeof reviewSchema, ClaimView> = {
  name: 'reviewClaim',
  roles: REVIEWER_ROLES,
  schema: reviewSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(saveReview(getDb(), { ...input, actor: actorOf(user) })),
};

export const addEvidenceDefinition: ActionDefinition<typeof addEvidenceSchema, ClaimView> = {
  name: 'addEvidence',
  roles: REVIEWER_ROLES,
  schema: addEvidenceSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(addEvidence(getDb(), { ...input, actor: actorOf(user) })),
};

export const removeEvidenceDefinition: ActionDefinition<typeof removeEvidenceSchema, ClaimView> = {
  name: 'removeEvidence',
  roles: REVIEWER_ROLES,
  schema: removeEvidenceSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(removeEvidence(getDb(), { ...input, actor: actorOf(user) })),
};
