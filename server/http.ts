// Strict request reading for route handlers: size-limited bodies, strict UTF-8, clear 4xx answers.
import 'server-only';
import { idSchema } from '@/lib/validation';

export const MAX_JSON_BODY = 256 * 1024;

export function jsonError(status: number, error: string, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, message, ...extra }, { status });
}

/**
 * Reads the body as a stream and stops as soon as it passes `limit` (null then). A chunked body
 * declares no length, so reading it whole first would let one request fill the server's memory.
 */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Reads a JSON body. Oversized bodies, invalid UTF-8 and malformed JSON get a 4xx, never a 500. */
export async function readJsonBody(
  request: Request,
  limit = MAX_JSON_BODY,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return { ok: false, response: jsonError(413, 'too_large', `The request body is larger than ${limit} bytes.`) };
  let bytes: Uint8Array | null;
  try {
    bytes = await readAtMost(request, limit);
  } catch {
    return { ok: false, response: jsonError(400, 'bad_body', 'The request body could not be read.') };
  }
  if (bytes === null) return { ok: false, response: jsonError(413, 'too_large', `The request body is larger than ${limit} bytes.`) };
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
