import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { user } from '../schema';
import { isLocale, type Locale } from '@/lib/i18n/locales';
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

/** The user's interface language ('id' | 'en'), or null to follow the browser. */
export function setUserLocale(db: Executor, { userId, locale }: { userId: string; locale: Locale | null }): boolean {
  const rows = db.update(user).set({ locale, updatedAt: new Date() }).where(eq(user.id, userId)).returning({ id: user.id }).all();
  return rows.length === 1;
}

export function getUserLocale(db: Executor, { userId }: { userId: string }): Locale | null {
  const value = db.select({ locale: user.locale }).from(user).where(eq(user.id, userId)).all()[0]?.locale;
  return isLocale(value) ? value : null;
}
