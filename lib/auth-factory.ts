// Builds the better-auth instance. Free of 'server-only' so command-line scripts (tsx) can use it;
// the app goes through the lazy singleton in lib/auth.ts.
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { admin } from 'better-auth/plugins';
import { createAccessControl } from 'better-auth/plugins/access';
import { adminAc, defaultStatements } from 'better-auth/plugins/admin/access';
import { nextCookies } from 'better-auth/next-js';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DB } from '../db/client';
import * as schema from '../db/schema';
import { CLIENT_ADDRESS_HEADER } from './client-address';
import { acceptedOrigins, configuredBaseURL, configuredOrigins } from './origins';

const ac = createAccessControl(defaultStatements);

/** Only admins manage users; reviewers and viewers differ in the app's own rules (lib/auth.ts). */
export const authRoles = {
  admin: ac.newRole(adminAc.statements),
  reviewer: ac.newRole({ user: [], session: [] }),
  viewer: ac.newRole({ user: [], session: [] }),
};

/**
 * The signing secret: BETTER_AUTH_SECRET when set, otherwise one generated on first start and
 * kept beside the database (mode 0600, never committed).
 */
export function authSecret(dbFile: string): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = path.join(/*turbopackIgnore: true*/ path.dirname(dbFile), 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const secret = crypto.randomBytes(32).toString('base64url');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // 'wx' fails if another process won the race; then read theirs.
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      return fs.readFileSync(file, 'utf8').trim();
    }
  }
}

export function createAuth(db: DB, dbFile: string) {
  const baseURL = configuredBaseURL(process.env);
  const fixedOrigins = configuredOrigins(process.env);
  return betterAuth({
    appName: 'Quote desk',
    secret: authSecret(dbFile),
    // Unset: derived from each request, so the desk answers at whatever address it was opened.
    baseURL,
    // Per request (lib/origins.ts): the configured origins, or else the request's own origin.
    // Without this, better-auth trusts only the origin of the URL Next.js reconstructs, which is
    // not the Host the browser used (127.0.0.1 or a LAN name got "Invalid origin").
    trustedOrigins: (request) => (request ? acceptedOrigins(request.headers, process.env) : fixedOrigins),
    database: drizzleAdapter(db, {
      provider: 'sqlite',
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        rateLimit: schema.rateLimit,
      },
      // better-sqlite3 transactions are synchronous and cannot await the adapter's promises.
      transaction: false,
    }),
    // The interface language (profile page). Not settable through better-auth's own endpoints
    // (input: false): it changes only through the desk's action (app/(app)/profile/actions.ts).
    user: { additionalFields: { locale: { type: 'string', required: false, input: false } } },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // A general ceiling on the auth endpoints per client address. Sign-in has its own limiter per
    // account and per address (lib/sign-in-limiter.ts, applied in the auth route), so it is
    // exempt here.
    rateLimit: {
      enabled: process.env.NODE_ENV === 'production',
      storage: 'database',
      window: 60,
      max: 200,
      customRules: { '/sign-in/email': false },
    },
    advanced: {
      // The address the desk's own server determined (socket, or X-Forwarded-For from a trusted
      // proxy): X-Forwarded-For as such can be forged by any client.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      // __Secure- cookies only when the public URL is https: browsers drop them on plain http
      // (except on localhost), which would make every sign-in silently fail.
      useSecureCookies: (baseURL ?? '').startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    plugins: [
      admin({ ac, roles: authRoles, defaultRole: 'viewer', adminRoles: ['admin'] }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
