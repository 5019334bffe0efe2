import { getDb } from '@/db/queries/connection';
import { getClaim } from '@/db/queries/claims';
import { claimHistory } from '@/db/queries/reviews';
import { userFromHeaders } from '@/server/auth';
import { jsonError, parseIdParam } from '@/server/http';

/** GET /api/claims/<id>/history — every change to the claim, oldest first. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await userFromHeaders(request.headers);
  if (!user) return jsonError(401, 'unauthenticated', 'Sign in or send an API token.');
  const claimId = parseIdParam((await params).id);
  const db = getDb();
  const claim = claimId ? getClaim(db, { claimId }) : undefined;
  if (!claim) return jsonError(404, 'not_found', 'No claim with this id.');
  return Response.json({ claimId: claim.id, events: claimHistory(db, { claimId: claim.id }) });
}
