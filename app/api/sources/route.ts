import { getDb } from '@/db/queries/connection';
import { listSources } from '@/db/queries/sources';
import { apiAction } from '@/server/action';
import { userFromHeaders } from '@/server/auth';
import { jsonError, readJsonBody } from '@/server/http';
import { addSourceJsonDefinition } from '@/server/source-definitions';

/** A source may be a long transcript: 1 MB of text, escaped as JSON, with headroom. */
const MAX_SOURCE_BODY = 3_000_000;

/** GET /api/sources — the desk's source library (without texts), newest first. */
export async function GET(request: Request) {
  const user = await userFromHeaders(request.headers);
  if (!user) return jsonError(401, 'unauthenticated', 'Sign in or send an API token.');
  return Response.json({ sources: listSources(getDb()) });
}

/**
 * POST /api/sources  {title, kind, url?, date?, language?, text}
 * 201 {id, duplicate} (duplicate: the same text was already in the library; its id is returned) ·
 * 400 field errors · 401 · 403 viewer · 413 body too large.
 */
export async function POST(request: Request) {
  const body = await readJsonBody(request, MAX_SOURCE_BODY);
  if (!body.ok) return body.response;
  if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
    return jsonError(400, 'invalid', 'The body must be a JSON object.');
  }
  const res = await apiAction(addSourceJsonDefinition, request, body.value);
  if (res.status !== 200) return res;
  const { id, duplicate } = (await res.json()) as { id: number; duplicate: boolean };
  return Response.json({ id, duplicate }, { status: 201 });
}
