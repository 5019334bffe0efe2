import { toNextJsHandler } from 'better-auth/next-js';
import { forgetAllSessions, forgetSession, getAuth } from '@/server/auth';
import { CLIENT_ADDRESS_HEADER } from '@/lib/client-address';
import { SignInLimiter, accountKey, limiterConfigFromEnv, limiterMessage } from '@/lib/sign-in-limiter';
import { renderServerText } from '@/lib/i18n/server-text';
import { localeFor } from '@/server/request-locale';

const SIGN_IN_PATH = '/api/auth/sign-in/email';

const holder = globalThis as { __quoteDeskSignInLimiter?: SignInLimiter; __quoteDeskClientAddress?: boolean };

function limiter(): SignInLimiter {
  holder.__quoteDeskSignInLimiter ??= new SignInLimiter(limiterConfigFromEnv(process.env));
  return holder.__quoteDeskSignInLimiter;
}

/**
 * The client address the desk's own server (scripts/start.ts) determined from the socket, or
 * from a trusted proxy. Under a bare `next start` the header could come from the client, so it is
 * ignored there and every client shares one address bucket (the account limit still applies).
 */
function clientAddressOf(request: Request): string {
  return (holder.__quoteDeskClientAddress && request.headers.get(CLIENT_ADDRESS_HEADER)) || 'unknown';
}

/** Counts a sign-in attempt per account and per address; a refusal says how long to wait. */
async function refuseIfLimited(request: Request): Promise<Response | null> {
  if (new URL(request.url).pathname !== SIGN_IN_PATH) return null;
  const body = (await request.clone().json().catch(() => null)) as { email?: unknown } | null;
  const verdict = limiter().attempt(accountKey(body?.email), clientAddressOf(request));
  if (verdict.allowed) return null;
  console.warn(JSON.stringify({ level: 'warn', event: 'sign-in-limited', scope: verdict.scope, retryAfter: verdict.retryAfterSeconds }));
  return Response.json(
    { code: 'TOO_MANY_ATTEMPTS', message: renderServerText(limiterMessage(verdict), localeFor(null, request.headers)), scope: verdict.scope, retryAfter: verdict.retryAfterSeconds },
    { status: 429, headers: { 'retry-after': String(verdict.retryAfterSeconds) } },
  );
}

// Resolved per request so the auth instance (and the database) is never built during `next build`.
export async function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(request);
}
export async function POST(request: Request) {
  forgetCachedSessions(request);
  return (await refuseIfLimited(request)) ?? toNextJsHandler(getAuth()).POST(request);
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
