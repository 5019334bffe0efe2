import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// The layers (README, Architecture): db/schema → db/queries → server/ → app/ → components/, and
// lib/ pure beside them. Each folder gets ONE no-restricted-imports entry below (in flat config a
// later entry for the same rule replaces an earlier one, it does not add to it), so a file is
// matched by exactly one of them. The messages say where the code belongs.
const UP = '^(@/|(\\.\\./)+)'; // "@/x" or "../x", "../../x": the same folder named either way

const CLIENT = {
  regex: `${UP}db/client$`,
  message: 'Only db/ opens SQLite: take the handle from @/db/queries/connection and the data from a db/queries function.',
};

const layers = [
  {
    name: 'layers/lib',
    files: ['lib/**/*.{ts,tsx}'],
    patterns: [
      {
        regex: `${UP}(db|server|app|components)(/|$)`,
        message: 'lib/ is pure TypeScript: database work belongs in db/queries/, server-only code (auth, actions, HTTP) in server/, React in components/.',
      },
      {
        regex: '^(next|react|react-dom|server-only)(/|$)',
        message: 'lib/ is pure TypeScript (it runs in the CLI and unit tests): Next, React and server-only code belong in server/ or components/.',
      },
    ],
  },
  {
    name: 'layers/db',
    files: ['db/**/*.{ts,tsx}'],
    patterns: [
      {
        regex: `${UP}(server|app|components)(/|$)`,
        message: 'db/ is the bottom layer and must not import upward: put shared pure code in lib/, and call db/ from server/ or app/.',
      },
    ],
  },
  {
    name: 'layers/server',
    files: ['server/**/*.{ts,tsx}'],
    patterns: [
      CLIENT,
      {
        regex: `${UP}(app|components)(/|$)`,
        message: 'server/ sits below app/ and components/: move shared types and helpers to lib/ (pure) or server/, not the other way round.',
      },
    ],
  },
  {
    name: 'layers/components',
    files: ['components/**/*.{ts,tsx}'],
    patterns: [
      {
        regex: `${UP}db(/|$)`,
        allowTypeImports: true,
        message: 'Components get their data as props from the page (app/) and change it through server/actions/*: no database imports (type-only imports are fine).',
      },
      {
        regex: `${UP}app(/|$)`,
        message: 'Components must not depend on the route layout: import server actions from @/server/actions/<domain>.',
      },
    ],
  },
  {
    name: 'layers/app-scripts-e2e',
    files: ['app/**/*.{ts,tsx}', 'scripts/**/*.ts', 'e2e/**/*.ts', 'proxy.ts'],
    patterns: [CLIENT],
  },
].map(({ name, files, patterns }) => ({
  name,
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
}));

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['node_modules/**', '.next/**', '.next-*/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'db/migrations/**', 'bench/tmp/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layers,
];

export default config;
