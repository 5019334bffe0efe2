import 'server-only';
import crypto from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../client';
import { apiTokens } from '../schema';
import type { Role } from '@/lib/vocab';

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Creates a token and returns it once; only its hash is stored. */
export function createApiToken(
  db: Executor,
  { name, role, createdBy }: { name: string; role: Role; createdBy: string | null },
): { id: number; name: string; role: Role; token: string } {
  const token = `qd_${crypto.randomBytes(24).toString('base64url')}`;
  const row = db
    .insert(apiTokens)
    .values({ name, role, tokenHash: hashToken(token), createdBy })
    .returning({ id: apiTokens.id })
    .all()[0]!;
  return { id: row.id, name, role, token };
}

export function findActiveToken(db: Executor, { token }: { token: string }) {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .all()[0];
}

export function listApiTokens(db: Executor) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      role: apiTokens.role,
      createdAt: apiTokens.createdAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .orderBy(desc(apiTokens.id))
    .all();
}

export function revokeApiToken(db: Executor, { id }: { id: number }): boolean {
  const res = db
    .update(apiTokens)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .run();
  return res.changes > 0;
}
