// From what a query reports to what an action returns: one mapping for every claim change
// (reviews, evidence, corrections, source passages), so a conflict or a broken rule reads the same
// whichever form or API call caused it.
import 'server-only';
import type { Actor } from '@/db/queries/audit';
import type { ClaimChangeOutcome, ClaimView } from '@/lib/claim-types';
import { fail, succeed, type HandlerResult } from './action';
import type { CurrentUser } from './auth';
import { keyed } from '@/lib/i18n/keyed';

/** The signed-in user as the audit log names them. */
export function actorOf(user: CurrentUser): Actor {
  return { id: user.id, name: user.name };
}

// Packed keys, rendered in the reader's language by the action wrapper (lib/i18n/server-text.ts).
const CONFLICT = keyed('server.conflict');

/**
 * Maps a claim change to an action result. `dataOf` picks what the caller gets on success;
 * `notFound` is the message when the query gave none.
 */
export function claimChangeResult<Done extends object, T>(
  outcome: ClaimChangeOutcome<Done>,
  dataOf: (done: { claim: ClaimView } & Done) => T,
  notFound = keyed('server.claimNotFound'),
): HandlerResult<T> {
  if (outcome.ok) return succeed(dataOf(outcome));
  switch (outcome.reason) {
    case 'not_found':
      return fail('not_found', outcome.message ?? notFound);
    case 'conflict':
      return fail('conflict', outcome.message ?? CONFLICT, { current: outcome.claim });
    case 'rule':
      return fail('invalid', outcome.message ?? Object.values(outcome.fieldErrors).flat().join(' '), { fieldErrors: outcome.fieldErrors });
  }
}

/** The claim itself: what review, evidence and source actions return. */
export const claimOf = (done: { claim: ClaimView }): ClaimView => done.claim;
