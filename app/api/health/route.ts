import { connection } from 'next/server';
import { checkDatabase } from '@/db/queries/health';
import { checkStorage } from '@/lib/storage-status';
import { renderServerText } from '@/lib/i18n/server-text';
import { localeFor } from '@/lib/request-locale';

/**
 * GET /api/health → 200 {ok: true, database: "ok", storage: "ok"} when the database answers reads
 * and takes a write; 503 otherwise, with the reason: {ok: false, database: "unavailable"} or
 * {ok: false, database: "ok", storage: "full"|"io"|"readonly", error: "storage_unavailable",
 * message, since}. It turns healthy again by itself once writes succeed.
 */
export async function GET(request: Request) {
  await connection();
  const db = checkDatabase();
  if (!db.ok) return Response.json({ ok: false, database: 'unavailable' }, { status: 503 });
  const storage = checkStorage();
  if (storage.ok) return Response.json({ ok: true, database: 'ok', storage: 'ok' });
  return Response.json(
    { ok: false, database: 'ok', storage: storage.kind, error: 'storage_unavailable', message: renderServerText(storage.message, localeFor(null, request.headers)), since: storage.since },
    { status: 503 },
  );
}
