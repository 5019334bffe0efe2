import { describe, expect, it } from 'vitest';
import { acceptedOrigins, configuredBaseURL, configuredOrigins, isAcceptedOrigin, requestOrigin } from './origins';

const headers = (h: Record<string, string>) => new Headers(h);

describe('isAcceptedOrigin without configured origins', () => {
  it('accepts the origin the request came to, at any host', () => {
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', '192.168.1.20:3000', 'desk.newsroom.lan']) {
      expect(isAcceptedOrigin(`http://${host}`, headers({ host }), {}), host).toBe(true);
    }
  });

  it('refuses another origin, a different port, a null origin and garbage', () => {
    const h = headers({ host: '127.0.0.1:3000' });
    expect(isAcceptedOrigin('http://evil.example', h, {})).toBe(false);
    expect(isAcceptedOrigin('http://127.0.0.1:3001', h, {})).toBe(false);
    expect(isAcceptedOrigin('https://127.0.0.1:3000', h, {})).toBe(false);
    expect(isAcceptedOrigin('null', h, {})).toBe(false);
    expect(isAcceptedOrigin(null, h, {})).toBe(false);
  });

  it('uses the forwarded host and protocol (kept by the server only from trusted proxies)', () => {
    const h = headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'desk.example.org', 'x-forwarded-proto': 'https' });
    expect(requestOrigin(h)).toBe('https://desk.example.org');
    expect(isAcceptedOrigin('https://desk.example.org', h, {})).toBe(true);
    expect(isAcceptedOrigin('http://127.0.0.1:3000', h, {})).toBe(false);
  });

  it('does not build an origin from a host with a path or credentials in it', () => {
    expect(requestOrigin(headers({ host: 'evil.example/x' }))).toBeNull();
    expect(requestOrigin(headers({ host: 'a@evil.example' }))).toBeNull();
    expect(acceptedOrigins(headers({}), {})).toEqual([]);
  });
});

describe('configured origins', () => {
  const env = { BETTER_AUTH_URL: 'https://desk.example.org/', TRUSTED_ORIGINS: 'http://10.0.0.5:3000, https://desk.example.org' };

  it('accepts only the configured list, whatever host the request names', () => {
    expect(configuredOrigins(env)).toEqual(['https://desk.example.org', 'http://10.0.0.5:3000']);
    const h = headers({ host: 'localhost:3000' });
    expect(isAcceptedOrigin('http://localhost:3000', h, env)).toBe(false);
    expect(isAcceptedOrigin('http://10.0.0.5:3000', h, env)).toBe(true);
    expect(isAcceptedOrigin('https://desk.example.org', h, env)).toBe(true);
  });

  it('makes the public URL BETTER_AUTH_URL, else the first trusted origin', () => {
    expect(configuredBaseURL(env)).toBe('https://desk.example.org/');
    expect(configuredBaseURL({ TRUSTED_ORIGINS: 'http://desk.lan:3000' })).toBe('http://desk.lan:3000');
    expect(configuredBaseURL({})).toBeUndefined();
  });

  it('refuses a malformed entry instead of silently dropping it', () => {
    expect(() => configuredOrigins({ TRUSTED_ORIGINS: 'desk.lan' })).toThrow(/"desk.lan"/);
    expect(() => configuredOrigins({ BETTER_AUTH_URL: 'ftp://desk.lan' })).toThrow(/ftp/);
  });
});
