// Who is asking: the signed-in session (cookie) or an API token (Authorization: Bearer).
import 'server-only';
import { headers as nextHeaders } from 'next/headers';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { getSessionCookie } from 'better-auth/cookies';
import { databasePath, getDb } from '@/db/client';
import { findActiveToken, hashToken } from '@/db/queries/tokens';
import { countUsers } from '@/db/queries/users';
import { createAuth, type Auth } from './auth-factory';
import { TtlCache } from './ttl-cache';
import { isLocale, type Locale } from './i18n/locales';
import { ROLES, type Role } from './vocab';

let instance: Auth | undefined;

/** Lazy: building the instance at module scope would run during `next build`. */
export function getAuth(): Auth {
  instance ??= createAuth(getDb(), databasePath());
  return instance;
}

/** `locale`: the interface language the user chose on the profile page (null: follow the browser). */
export type CurrentUser = {
  id: string | null;
  name: string;
  email: string | null;
  role: Role;
  via: 'session' | 'token';
  locale: Locale | null;
};

function asRole(value: unknown): Role {
  return (ROLES as readonly unknown[]).includes(value) ? (value as Role) : 'viewer';
}

/*
 * Credential caches. Every API save and page load used to look its caller up in SQLite (and, for
 * a session, through better-auth's adapter): measured as the largest cost of a review save after
 * the commit itself. A hit is served for a few seconds at most; the paths that end a credential
 * (token revoke, sign-out, role change, better-auth's admin endpoints) forget it explicitly, so a
 * revoked token or an ended session is refused at once, not after the TTL.
 * Keys are SHA-256 hashes of the secret, never the secret itself. The caches live on globalThis
 * because Next.js may load this module once per route bundle: a revoke in the Users page's action
 * must reach the copy the API route reads.
 */
const CREDENTIAL_TTL_MS = 10_000;
const CREDENTIAL_MAX_ENTRIES = 1_000;

type CachedToken = { tokenId: number; user: CurrentUser };
type CachedSession = { userId: string; expiresAt: number; user: CurrentUser };
type CredentialCaches = { tokens: TtlCache<CachedToken>; sessions: TtlCache<CachedSession> };

const globalForAuth = globalThis as unknown as { __quoteDeskCredentials?: CredentialCaches };

function credentialCaches(): CredentialCaches {
  globalForAuth.__quoteDeskCredentials ??= {
    tokens: new TtlCache({ ttlMs: CREDENTIAL_TTL_MS, maxEntries: CREDENTIAL_MAX_ENTRIES }),
    sessions: new TtlCache({ ttlMs: CREDENTIAL_TTL_MS, maxEntries: CREDENTIAL_MAX_ENTRIES }),
  };
  return globalForAuth.__quoteDeskCredentials;
}

/** A revoked API token stops working on the next request. */
export function forgetApiToken(tokenId: number): void {
  credentialCaches().tokens.deleteWhere((t) => t.tokenId === tokenId);
}

/** After a role change, ban or removal: the user's next request reads the account afresh. */
export function forgetSessionsOfUser(userId: string): void {
  credentialCaches().sessions.deleteWhere((s) => s.userId === userId);
}

/** Sign-out: the session named by these request headers is looked up afresh (and then refused). */
export function forgetSession(h: Headers): void {
  const key = sessionKey(h);
  if (key) credentialCaches().sessions.delete(key);
}

/** For account changes made through better-auth's own endpoints, whose target we do not parse. */
export function forgetAllSessions(): void {
  credentialCaches().sessions.clear();
}

function sessionKey(h: Headers): string | null {
  const cookie = getSessionCookie(h);
  return cookie ? hashToken(cookie) : null;
}

function userFromToken(token: string): CurrentUser | null {
  const key = hashToken(token);
  const { tokens } = credentialCaches();
  const hit = tokens.get(key);
  if (hit) return hit.user;
  const row = findActiveToken(getDb(), { token });
  if (!row) return null;
  const user: CurrentUser = { id: null, name: `API token "${row.name}"`, email: null, role: asRole(row.role), via: 'token', locale: null };
  tokens.set(key, { tokenId: row.id, user });
  return user;
}

async function userFromSession(h: Headers): Promise<CurrentUser | null> {
  const key = sessionKey(h);
  if (!key) return null; // no session cookie: nothing to look up
  const { sessions } = credentialCaches();
  const hit = sessions.get(key);
  if (hit && hit.expiresAt > Date.now()) return hit.user;
  const session = await getAuth().api.getSession({ headers: h });
  if (!session) return null;
  const u = session.user as { id: string; name: string; email: string; role?: string | null; banned?: boolean | null; locale?: string | null };
  if (u.banned) return null;
  const user: CurrentUser = { id: u.id, name: u.name, email: u.email, role: asRole(u.role), via: 'session', locale: isLocale(u.locale) ? u.locale : null };
  sessions.set(key, { userId: u.id, expiresAt: new Date(session.session.expiresAt).getTime(), user });
  return user;
}

/** Resolves the caller from request headers: a Bearer token first, then the session cookie. */
export async function userFromHeaders(h: Headers): Promise<CurrentUser | null> {
  const authz = h.get('authorization');
  if (authz) {
    const match = /^Bearer\s+(\S+)$/i.exec(authz);
    // A wrong or revoked token is refused outright, even if a cookie is also present.
    return match ? userFromToken(match[1]!) : null;
  }
  return userFromSession(h);
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
