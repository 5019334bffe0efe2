import { getDb } from '@/db/queries/connection';
import { findArticleById } from '@/db/queries/articles';
import { ensureArticleMatches, listArticleSources } from '@/db/queries/sources';
import { apiAction } from '@/server/action';
import { userFromHeaders } from '@/server/auth';
import { jsonError, parseIdParam, readJsonBody } from '@/server/http';
import { attachSourceDefinition } from '@/server/source-definitions';

/** GET /api/articles/<id>/sources — attached sources with how the claims matched each. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await userFromHeaders(request.headers);
  if (!user) return jsonError(401, 'unauthenticated', 'Sign in or send an API token.');
  const articleId = parseIdParam((await params).id);
  const db = getDb();
  if (!articleId || !findArticleById(db, { id: articleId })) return jsonError(404, 'not_found', 'No article with this id.');
  ensureArticleMatches(db, { articleId });
  return Response.json({ sources: listArticleSources(db, { articleId }) });
}

/**
 * POST /api/articles/<id>/sources  {sourceId}
 * 200 {articleId, sourceId, attached, sameLanguage, matches: {exact, close, altered, not_found}} ·
 * 400 · 401 · 403 viewer · 404 unknown article or source.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const articleId = parseIdParam((await params).id);
  if (articleId === null) return jsonError(404, 'not_found', 'No article with this id.');
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
    return jsonError(400, 'invalid', 'The body must be a JSON object.');
  }
  return apiAction(attachSourceDefinition, request, { ...body.value, articleId });
}
