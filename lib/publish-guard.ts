// The one rule that freezes a signed-off review: every review and correction mutation names this
// guard in its action definition (lib/action.ts runs it before the handler). Checked and written
// in the same synchronous turn of the one server process, so no sign-off can slip in between.
import 'server-only';
import { getDb } from '@/db/client';
import { isArticleFrozen, isClaimFrozen } from '@/db/queries/publish';
import { findArticleByUrl } from '@/db/queries/versions';
import { fail, type ActionFailure } from './action';
import { keyed } from './i18n/keyed';

export const FROZEN_MESSAGE = keyed('server.frozen');

/** For mutations of one claim (`claimId`) or of an article's claims (`articleId`). */
export function refuseWhenFrozen(input: { claimId?: number; articleId?: number }): ActionFailure | null {
  const db = getDb();
  const frozen =
    input.claimId !== undefined ? isClaimFrozen(db, { claimId: input.claimId }) : input.articleId !== undefined && isArticleFrozen(db, { articleId: input.articleId });
  return frozen ? fail('frozen', FROZEN_MESSAGE) : null;
}

/** For imports: a new text for the URL of a signed-off article would update that article. */
export function refuseWhenUrlFrozen(input: { url?: string | null }): ActionFailure | null {
  const url = input.url?.trim();
  const article = url ? findArticleByUrl(getDb(), { url }) : undefined;
  return article ? refuseWhenFrozen({ articleId: article.id }) : null;
}
