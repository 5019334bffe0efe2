import { getDb } from '@/db/queries/connection';
import { touchReviewNote } from '@/db/queries/bench';

/**
 * PATCH /api/bench/bare {"claimId", "note"} — the benchmark's "framework limit" reference: one
 * single-row UPDATE with no auth, no validation beyond types and no audit event.
 * INERT unless the server was started with QD_BENCH=1 (only `npm run bench` does that): every
 * other server answers 404, checked at request time, so it can never write in a normal run.
 */
export async function PATCH(request: Request) {
  if (process.env.QD_BENCH !== '1') return new Response('Not found', { status: 404 });
  const body = (await request.json().catch(() => null)) as { claimId?: unknown; note?: unknown } | null;
  if (typeof body?.claimId !== 'number' || typeof body.note !== 'string') return new Response('Bad request', { status: 400 });
  const changes = touchReviewNote(getDb(), { claimId: body.claimId, note: body.note });
  return Response.json({ ok: changes === 1 });
}
