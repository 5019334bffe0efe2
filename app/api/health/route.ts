import { connection } from 'next/server';
import { checkDatabase } from '@/db/queries/health';

export async function GET() {
  await connection();
  const db = checkDatabase();
  return Response.json({ ok: db.ok, database: db.ok ? 'ok' : 'unavailable' }, { status: db.ok ? 200 : 503 });
}
