// What report downloads send and how the browser reads it back: the attachment response of the
// two report route handlers, and the ClaimReview warnings header (written by the route, read by
// the Export menu's ClaimReview link). No server-only imports: the client link uses the decoder.

export const WARNINGS_HEADER = 'X-ClaimReview-Warnings';
export const SKIPPED_HEADER = 'X-ClaimReview-Skipped';
/** Set when the ClaimReview file is a draft: why it has no URL (URI-encoded text). */
export const DRAFT_HEADER = 'X-ClaimReview-Draft';

export function decodeDraftReason(headers: Headers): string | null {
  const raw = headers.get(DRAFT_HEADER);
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * Response headers must stay small (Node's fetch refuses more than 16 KB of them), so at most this
 * many warning lines travel in the header; SKIPPED_HEADER always carries the full count.
 */
export const MAX_HEADER_WARNINGS = 40;

/** JSON array, URI-encoded: header-safe whatever the text, and one JSON.parse to read. */
export function encodeWarnings(warnings: string[]): string {
  return encodeURIComponent(JSON.stringify(warnings.slice(0, MAX_HEADER_WARNINGS)));
}

export type ClaimReviewWarnings = { skipped: number; lines: string[] };

/** Reads the warnings back; a missing or malformed header reads as "none listed". */
export function decodeWarnings(headers: Headers): ClaimReviewWarnings {
  let lines: string[] = [];
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(headers.get(WARNINGS_HEADER) ?? '[]'));
    if (Array.isArray(parsed)) lines = parsed.filter((l): l is string => typeof l === 'string');
  } catch {
    lines = [];
  }
  const skipped = Number(headers.get(SKIPPED_HEADER));
  return { skipped: Number.isInteger(skipped) && skipped >= lines.length ? skipped : lines.length, lines };
}

/** The file name from `Content-Disposition: attachment; filename="…"`, or the fallback. */
export function attachmentFilename(headers: Headers, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/**
 * A file download. Reports carry internal notes, so no shared cache may keep them, and nosniff
 * stops a browser from rendering a Markdown or CSV body as HTML.
 */
export function attachmentResponse(
  body: string | Buffer,
  { filename, contentType, headers = {} }: { filename: string; contentType: string; headers?: Record<string, string> },
): Response {
  // Buffer → a plain Uint8Array: what the Fetch API's BodyInit accepts.
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': contentType,
      // The names come from reportFilename and are [a-z0-9.-] only, so no quoting or encoding is needed.
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
  });
}
