import crypto from 'node:crypto';
import { getDb } from '@/db/queries/connection';
import { findPublishedReview } from '@/db/queries/publish';
import { renderPublicMessagePage, renderPublicPage } from '@/lib/publish/page';
import { FixedWindowLimiter, clientAddress, publicRateLimit } from '@/lib/publish/rate-limit';

/**
 * GET /p/<slug> — the public, read-only page of a published review: no sign-in, no JavaScript,
 * the ClaimReview JSON-LD embedded. An unpublished or unknown slug is the same 404. Rate-limited
 * per client address (PUBLIC_RATE_LIMIT per minute) and cacheable: ETag and Last-Modified, with
 * `no-cache` so caches revalidate (a 304 is cheap) and an unpublished page never lingers.
 */
const limiter = new FixedWindowLimiter(publicRateLimit(process.env.PUBLIC_RATE_LIMIT), 60_000);

const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;

function html(body: string, status: number, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff', ...headers },
  });
}

/** If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2). */
function notModified(request: Request, etag: string, lastModified: Date): boolean {
  const inm = request.headers.get('if-none-match');
  if (inm !== null) return inm.split(',').some((tag) => tag.trim() === etag || tag.trim() === `W/${etag}` || tag.trim() === '*');
  const ims = Date.parse(request.headers.get('if-modified-since') ?? '');
  // HTTP dates have whole seconds.
  return !Number.isNaN(ims) && Math.floor(lastModified.getTime() / 1000) * 1000 <= ims;
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const decision = limiter.take(clientAddress(request.headers));
  if (!decision.ok) {
    return html(renderPublicMessagePage('Too many requests', 'Please wait a minute and reload this page.'), 429, {
      'retry-after': String(decision.retryAfterSeconds),
    });
  }
  const { slug } = await params;
  const found = SLUG.test(slug) ? findPublishedReview(getDb(), { slug }) : undefined;
  if (!found) {
    return html(renderPublicMessagePage('Page not found', 'There is no published review at this address.'), 404, { 'cache-control': 'no-store' });
  }
  const page = renderPublicPage(found.review, { creditReviewers: process.env.PUBLIC_CREDIT_REVIEWERS === '1' });
  const etag = `"${crypto.createHash('sha256').update(page).digest('base64url').slice(0, 32)}"`;
  const lastModified = new Date(found.modifiedAt);
  const headers = { etag, 'last-modified': lastModified.toUTCString(), 'cache-control': 'public, no-cache' };
  if (notModified(request, etag, lastModified)) return new Response(null, { status: 304, headers });
  return html(page, 200, headers);
}
