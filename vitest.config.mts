import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    environment: 'node',
    include: ['**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', '.next/**', 'data/**', 'bench/tmp/**'],
    // db tests open real SQLite files; server-only is a Next marker with no meaning under vitest.
    alias: { 'server-only': path.resolve(import.meta.dirname, 'test/server-only-stub.ts') },
    testTimeout: 30_000,
  },
});
