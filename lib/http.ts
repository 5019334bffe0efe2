// Strict request reading for route handlers: size-limited bodies, strict UTF-8, clear 4xx answers.
import 'server-only';
import { idSchema } from './validation';

export const MAX_JSON_BODY = 256 * 1024;

export function jsonError(status: number, error: string, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, message, ...extra }, { status });
}

/** Reads a JSON body. Oversized bodies, invalid UTF-8 and malformed JSON get a 4xx, never a 500. */
export async function readJsonBody(
  request: Request,
  limit = MAX_JSON_BODY,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return { ok: false, response: jsonError(413, 'too_large', `The request body is larger than ${limit} bytes.`) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await request.arrayBuffer());
  } catch {
    return { ok: false, response: jsonError(400, 'bad_body', 'The request body could not be read.') };
  }
  if (bytes.byteLength > limit) return { ok: false, response: jsonError(413, 'too_large', `The request body is larger than ${limit} bytes.`) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, response: jsonError(400, 'bad_encoding', 'The request body is not valid UTF-8.') };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: jsonError(400, 'bad_json', 'The request body is not valid JSON.') };
  }
}

/** Parses an id from a path segment; "5abc", "5.5", "%FF" and friends are refused. */
export function parseIdParam(raw: string): number | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const parsed = idSchema.safeParse(decoded);
  return parsed.success ? parsed.data : null;
}
