import { getDb } from '@/db/queries/connection';
import { getClaim } from '@/db/queries/claims';
import { articleAlsoIn, ensureArticleMatches, listClaimMatches } from '@/db/queries/sources';
import { userFromHeaders } from '@/server/auth';
import { jsonError, parseIdParam } from '@/server/http';

/**
 * GET /api/claims/<id>/matches → {matches: [{sourceId, start, end, text, score, verdict, diff:
 * [{op, text}], ...}], alsoIn: [...]}: the best passage of every attached source in the
 * article's language, best first, and the same quote in other articles.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await userFromHeaders(request.headers);
  if (!user) return jsonError(401, 'unauthenticated', 'Sign in or send an API token.');
  const claimId = parseIdParam((await params).id);
  const db = getDb();
  const claim = claimId ? getClaim(db, { claimId }) : undefined;
  if (!claim || claim.hidden) return jsonError(404, 'not_found', 'No claim with this id.');
  ensureArticleMatches(db, { articleId: claim.articleId });
  return Response.json({
    claimId: claim.id,
    quote: claim.quote,
    matches: listClaimMatches(db, { claimId: claim.id }),
    alsoIn: articleAlsoIn(db, { articleId: claim.articleId, claimId: claim.id })[claim.id] ?? [],
  });
}
