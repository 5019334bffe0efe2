// Who is asking: the signed-in session (cookie) or an API token (Authorization: Bearer).
import 'server-only';
import { headers as nextHeaders } from 'next/headers';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { databasePath, getDb } from '@/db/client';
import { findActiveToken } from '@/db/queries/tokens';
import { countUsers } from '@/db/queries/users';
import { createAuth, type Auth } from './auth-factory';
import { ROLES, type Role } from './vocab';

let instance: Auth | undefined;

/** Lazy: building the instance at module scope would run during `next build`. */
export function getAuth(): Auth {
  instance ??= createAuth(getDb(), databasePath());
  return instance;
}

export type CurrentUser = { id: string | null; name: string; email: string | null; role: Role; via: 'session' | 'token' };

function asRole(value: unknown): Role {
  return (ROLES as readonly unknown[]).includes(value) ? (value as Role) : 'viewer';
}

/** Resolves the caller from request headers: a Bearer token first, then the session cookie. */
export async function userFromHeaders(h: Headers): Promise<CurrentUser | null> {
  const authz = h.get('authorization');
  if (authz) {
    const match = /^Bearer\s+(\S+)$/i.exec(authz);
    const token = match ? findActiveToken(getDb(), { token: match[1]! }) : undefined;
    // A wrong or revoked token is refused outright, even if a cookie is also present.
    if (!token) return null;
    return { id: null, name: `API token "${token.name}"`, email: null, role: asRole(token.role), via: 'token' };
  }
  const session = await getAuth().api.getSession({ headers: h });
  if (!session) return null;
  const u = session.user as { id: string; name: string; email: string; role?: string | null; banned?: boolean | null };
  if (u.banned) return null;
  return { id: u.id, name: u.name, email: u.email, role: asRole(u.role), via: 'session' };
}

/** Memoised per request: the layout and the page both ask. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => userFromHeaders(await nextHeaders()));

/** For pages: send first-run visitors to set-up and signed-out visitors to sign-in. */
export async function requirePageUser(): Promise<CurrentUser> {
  // Dynamic on every request: never prerender a page that reads the session or the database.
  await connection();
  if (countUsers(getDb()) === 0) redirect('/setup');
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  return user;
}

export function canReview(role: Role): boolean {
  return role === 'admin' || role === 'reviewer';
}

export function hasRole(user: CurrentUser, allowed: readonly Role[]): boolean {
  return allowed.includes(user.role);
}
