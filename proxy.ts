// Runs before every page: a per-request CSP nonce, and a quick bounce of visitors with no session
// cookie to sign-in (pages still check the session properly; this only saves a render). It also
// answers two kinds of hostile request with a clear 4xx that Next.js itself would answer with a 500:
// paths with malformed percent-encoding, and cross-origin server-action POSTs.
import { NextResponse, type NextRequest } from 'next/server';
import { getSessionCookie } from 'better-auth/cookies';
import { isAcceptedOrigin } from '@/lib/origins';
import { keyed } from '@/lib/i18n/keyed';
import { chooseLocale, defaultLocaleFrom } from '@/lib/i18n/locales';
import { renderServerText } from '@/lib/i18n/server-text';

// /p/<slug>: published reviews, readable by anyone (app/p/[slug]/route.ts).
const PUBLIC_PAGES = ['/sign-in', '/setup', '/p'];

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === 'development';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Inline style attributes (progress bar widths) are harmless; scripts are what the nonce guards.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** True when every %-escape in the raw path decodes to valid UTF-8 ("%FF", "%C0%AF", "%" do not). */
function isWellEncodedPath(rawPath: string): boolean {
  try {
    decodeURIComponent(rawPath);
    return true;
  } catch {
    return false;
  }
}

/**
 * Server actions are POSTs with a Next-Action header. Next.js refuses one whose Origin is not this
 * host, but with a 500; refusing here gives the client a 403 and never reaches the action. The
 * rule is the sign-in rule (lib/origins.ts): the configured origins, or else the request's own.
 */
function isCrossOriginAction(request: NextRequest): boolean {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false;
  const origin = request.headers.get('origin');
  if (origin === null) return false; // same rule as Next.js: browsers always send Origin on POST
  return !isAcceptedOrigin(origin, request.headers, process.env);
}

/** A plain-text refusal in the browser's language (the proxy does not look the user up). */
function refuse(request: NextRequest, status: number, message: string): NextResponse {
  const locale = chooseLocale({ userLocale: null, acceptLanguage: request.headers.get('accept-language'), defaultLocale: defaultLocaleFrom(process.env) });
  const text = renderServerText(message, locale);
  console.warn(JSON.stringify({ level: 'warn', event: 'refused', status, reason: renderServerText(message, 'en') }));
  return new NextResponse(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'content-language': locale } });
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!isWellEncodedPath(pathname)) return refuse(request, 400, keyed('server.proxy.badPath'));
  if (isCrossOriginAction(request)) return refuse(request, 403, keyed('server.proxy.crossOrigin'));
  // API routes answer for themselves (401 JSON); the matcher sends them here only for the check above.
  if (pathname.startsWith('/api/')) return NextResponse.next();
  const isPublic = PUBLIC_PAGES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  // Only page loads are bounced: a server-action POST without a session gets the action's own
  // "sign in" answer instead of a 307 that would re-send the POST to the sign-in page.
  const isPageLoad = request.method === 'GET' || request.method === 'HEAD';
  if (!isPublic && isPageLoad && !getSessionCookie(request)) {
    const url = request.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = pathname === '/' ? '' : `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    // API paths only when they contain a %-escape, so the JSON API pays nothing for the check.
    '/api/:path(.*%.*)',
    {
      source: '/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
