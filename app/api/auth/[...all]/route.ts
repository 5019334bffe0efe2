import { toNextJsHandler } from 'better-auth/next-js';
import { forgetAllSessions, forgetSession, getAuth } from '@/lib/auth';

// Resolved per request so the auth instance (and the database) is never built during `next build`.
export async function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(request);
}
export async function POST(request: Request) {
  forgetCachedSessions(request);
  return toNextJsHandler(getAuth()).POST(request);
}

const ACCOUNT_CHANGES = ['/admin/', '/revoke-', '/update-user', '/change-password', '/delete-user'];

/**
 * better-auth's own endpoints that end or change sessions must not leave a cached session behind
 * (lib/auth.ts caches callers for a few seconds): sign-out forgets the caller's session, the admin
 * endpoints (ban, remove, role, revoke sessions) forget them all, as they are rare.
 */
function forgetCachedSessions(request: Request): void {
  const { pathname } = new URL(request.url);
  if (pathname.endsWith('/sign-out')) forgetSession(request.headers);
  else if (ACCOUNT_CHANGES.some((part) => pathname.includes(part))) forgetAllSessions();
}
