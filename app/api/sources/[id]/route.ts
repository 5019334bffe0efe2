import { getDb } from '@/db/queries/connection';
import { getSource } from '@/db/queries/sources';
import { userFromHeaders } from '@/server/auth';
import { jsonError, parseIdParam } from '@/server/http';

/** GET /api/sources/<id> — one source with its stored text (offsets of matches point into it). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await userFromHeaders(request.headers);
  if (!user) return jsonError(401, 'unauthenticated', 'Sign in or send an API token.');
  const id = parseIdParam((await params).id);
  const source = id ? getSource(getDb(), { sourceId: id }) : undefined;
  if (!source) return jsonError(404, 'not_found', 'No source with this id.');
  const { body, contentHash: _hash, createdBy: _by, ...rest } = source;
  return Response.json({ ...rest, text: body });
}
