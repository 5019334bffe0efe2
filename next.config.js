// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS config (package.json has no "type")
const createNextIntlPlugin = require('next-intl/plugin');

// next-intl reads its per-request configuration (locale, messages) from i18n/request.ts.
// `precompile` compiles the ICU messages of messages/*.json at build time (icu-minify), so the
// browser formats them with a small interpreter instead of shipping intl-messageformat and its
// parser (about 8 KB gzip of the review page's first-load JS). Every import of those files in the
// app's bundles gets the compiled form, and use-intl's formatter is aliased to the one that reads
// it, server and client alike; the command-line tools (tsx) still read and parse the JSON as is.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

/** Security headers for every response. The CSP is set per request in proxy.ts (it needs a nonce). */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/**
 * Hosts of the configured public origins (BETTER_AUTH_URL, TRUSTED_ORIGINS). Next.js accepts a
 * server action whose Origin is the request's own host; these are accepted too, for a proxy that
 * passes on a different Host. Without them configured, the request's own host is the rule.
 * proxy.ts applies the desk's full origin rule (lib/origins.ts) before any action runs.
 * @returns {string[]}
 */
function configuredActionOrigins() {
  const entries = [process.env.BETTER_AUTH_URL ?? '', ...(process.env.TRUSTED_ORIGINS ?? '').split(',')];
  return entries.flatMap((entry) => {
    try {
      return entry.trim() ? [new URL(entry.trim()).host] : [];
    } catch {
      return [];
    }
  });
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder can be chosen (NEXT_DIST_DIR) so two checkouts' test runs on one
  // machine do not rebuild each other's running server.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native and file-reading packages stay outside the bundle: better-sqlite3 is a native addon,
  // pdfkit and fontkit read font data from disk at run time, pdfjs-dist loads its worker module itself.
  serverExternalPackages: ['better-sqlite3', 'pdfkit', 'fontkit', 'pdfjs-dist'],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit) before the browser tests; skipping it
  // here keeps builds fast and lets `npm start` serve while unrelated test files are being edited.
  typescript: { ignoreBuildErrors: true },
  // Article uploads go through a server action; the import itself refuses text over 1 MB with a
  // clear message, so the transport limit only needs headroom for the HTML around a story.
  experimental: { serverActions: { bodySizeLimit: '4mb', allowedOrigins: configuredActionOrigins() } },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
