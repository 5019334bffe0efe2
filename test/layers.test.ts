// The import directions of the README's Architecture section are enforced by `npm run lint`
// (eslint.config.mjs). These tests lint small fixture sources placed, by file name, in each
// folder, through ESLint's Node API with the project's own config.
import { ESLint } from 'eslint';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const RULE = '@typescript-eslint/no-restricted-imports';
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });
});

/** The layer messages ESLint gives `code` as if it were the file at `file`. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('layer boundaries', { timeout: 120_000 }, () => {
  it('refuses a component that imports the database, and says where its data comes from', async () => {
    const errors = await layerErrors(
      'components/claims/fixture.tsx',
      "import { listArticleClaims } from '@/db/queries/claims';\nexport const f = listArticleClaims;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/props from the page/);
  });

  it('lets a component import database types only', async () => {
    const errors = await layerErrors(
      'components/claims/fixture.tsx',
      "import type { Article } from '@/db/schema';\nexport type A = Article;\n",
    );
    expect(errors).toEqual([]);
  });

  it('refuses a component that imports a server action from a route folder', async () => {
    const errors = await layerErrors(
      'components/claims/fixture.tsx',
      "import { x } from '@/app/(app)/articles/[id]/actions';\nexport const f = x;\n",
    );
    expect(errors[0]).toMatch(/@\/server\/actions/);
  });

  it('keeps lib/ pure: no database, server layer, Next or server-only', async () => {
    const code = [
      "import 'server-only';",
      "import { getDb } from '@/db/queries/connection';",
      "import { serverAction } from '@/server/action';",
      "import { redirect } from 'next/navigation';",
      "import { getDb as g } from '../../db/client';",
      'export const f = [getDb, serverAction, redirect, g];',
    ].join('\n');
    const errors = await layerErrors('lib/report/fixture.ts', code);
    expect(errors).toHaveLength(5);
    expect(errors[1]).toMatch(/belongs in db\/queries\//);
  });

  it('lets lib/ import other pure modules', async () => {
    const errors = await layerErrors('lib/report/fixture.ts', "import { slugify } from '@/lib/articles/text';\nexport const f = slugify;\n");
    expect(errors).toEqual([]);
  });

  it('refuses db/ importing upward', async () => {
    const errors = await layerErrors('db/queries/fixture.ts', "import { importArticle } from '@/server/articles/import';\nexport const f = importArticle;\n");
    expect(errors[0]).toMatch(/must not import upward/);
  });

  it('refuses server/ importing app/ or components/', async () => {
    const errors = await layerErrors('server/fixture.ts', "import type { Props } from '@/components/ui/field';\nexport type P = Props;\n");
    expect(errors[0]).toMatch(/server\/ sits below/);
  });

  it('refuses opening SQLite outside db/', async () => {
    for (const file of ['app/fixture.ts', 'server/fixture.ts', 'scripts/fixture.ts']) {
      const errors = await layerErrors(file, "import { getDb } from '@/db/client';\nexport const f = getDb;\n");
      expect(errors, file).toHaveLength(1);
      expect(errors[0]).toMatch(/Only db\/ opens SQLite/);
    }
  });
});
