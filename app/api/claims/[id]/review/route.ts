import { apiAction } from '@/server/action';
import { jsonError, parseIdParam, readJsonBody } from '@/server/http';
import { reviewDefinition } from '@/server/review-definitions';

/**
 * PATCH /api/claims/<id>/review  {"status", "note"?, "evidence"?: [{"url","title"}], "version"}
 * 200 new state · 400 field errors · 401 no credentials · 403 viewer · 404 unknown claim ·
 * 409 stale version (body carries the current state).
 */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const claimId = parseIdParam((await params).id);
  if (claimId === null) return jsonError(404, 'not_found', 'No claim with this id.');
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
    return jsonError(400, 'invalid', 'The body must be a JSON object.');
  }
  return apiAction(reviewDefinition, request, { ...body.value, claimId });
}
