// Which web origins may send the desk state-changing requests (sign-in, sign-out, server actions).
// Pure: used by the auth configuration, the request proxy and the unit tests.
//
// - BETTER_AUTH_URL and/or TRUSTED_ORIGINS set: only those origins.
// - Neither set: the address the request itself came to (Host, or X-Forwarded-Host, which the
//   desk's server keeps only when a trusted proxy sent it). So the desk works at localhost,
//   127.0.0.1, [::1], the machine's address or any host name, while a page on another origin
//   (a cross-origin POST) is still refused.

export type OriginEnv = { BETTER_AUTH_URL?: string; TRUSTED_ORIGINS?: string; [key: string]: string | undefined };

/** "https://desk.example.org/" → "https://desk.example.org"; not an http(s) URL → null. */
export function originOf(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The origins an administrator configured, in order (BETTER_AUTH_URL first); empty when none.
 * A malformed entry is an error: silently dropping it would lock people out with no reason given.
 */
export function configuredOrigins(env: OriginEnv): string[] {
  const raw = [env.BETTER_AUTH_URL ?? '', ...(env.TRUSTED_ORIGINS ?? '').split(',')].map((s) => s.trim()).filter(Boolean);
  return [
    ...new Set(
      raw.map((entry) => {
        const origin = originOf(entry);
        if (!origin) throw new Error(`"${entry}" is not an http:// or https:// address (BETTER_AUTH_URL / TRUSTED_ORIGINS).`);
        return origin;
      }),
    ),
  ];
}

/** The public URL: BETTER_AUTH_URL, else the first trusted origin; undefined = from each request. */
export function configuredBaseURL(env: OriginEnv): string | undefined {
  return env.BETTER_AUTH_URL?.trim() || configuredOrigins(env)[0];
}

type HeaderSource = { get(name: string): string | null };

function firstValue(value: string | null): string | null {
  const first = value?.split(',')[0]?.trim();
  return first ? first : null;
}

/** The origin the request was sent to, from Host / X-Forwarded-Host and the forwarded protocol. */
export function requestOrigin(headers: HeaderSource): string | null {
  const host = firstValue(headers.get('x-forwarded-host')) ?? firstValue(headers.get('host'));
  if (!host || /[\s/\\@?#]/.test(host)) return null;
  const proto = firstValue(headers.get('x-forwarded-proto')) === 'https' ? 'https' : 'http';
  return originOf(`${proto}://${host}`);
}

/** The origins accepted for this request. */
export function acceptedOrigins(headers: HeaderSource, env: OriginEnv): string[] {
  const configured = configuredOrigins(env);
  if (configured.length > 0) return configured;
  const own = requestOrigin(headers);
  return own ? [own] : [];
}

/** True when a browser request from `origin` may change state on this desk. */
export function isAcceptedOrigin(origin: string | null, headers: HeaderSource, env: OriginEnv): boolean {
  const normalized = originOf(origin);
  return normalized !== null && acceptedOrigins(headers, env).includes(normalized);
}
