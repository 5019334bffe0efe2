import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { user } from '../schema';
import type { Role } from '@/lib/vocab';

export type UserRow = { id: string; name: string; email: string; role: Role; createdAt: Date };

export function countUsers(db: Executor): number {
  return db.select({ n: sql<number>`count(*)` }).from(user).all()[0]!.n;
}

export function listUsers(db: Executor): UserRow[] {
  return db
    .select({ id: user.id, name: user.name, email: user.email, role: user.role, createdAt: user.createdAt })
    .from(user)
    .orderBy(asc(user.createdAt))
    .all()
    .map((u) => ({ ...u, role: (u.role ?? 'viewer') as Role }));
}

export function findUserByEmail(db: Executor, { email }: { email: string }) {
  return db.select().from(user).where(eq(user.email, email.toLowerCase())).all()[0];
}

export function setUserRole(db: Executor, { userId, role }: { userId: string; role: Role }): void {
  db.update(user).set({ role, updatedAt: new Date() }).where(eq(user.id, userId)).run();
}
