// npm run --silent token:create -- --name N --role reviewer|viewer
// Prints {"name","role","token"}; the token is shown only here, the database keeps its hash.
import { z } from 'zod';
import { openDatabase } from '../db/client';
import { createApiToken } from '../db/queries/tokens';
import { nameSchema } from '../lib/validation';
import { parseCli, printJson, runCli, UsageError } from './cli';
import { renderServerText } from '../lib/i18n/server-text';

const tokenSchema = z.object({
  name: nameSchema,
  role: z.enum(['reviewer', 'viewer'], { error: 'Role must be reviewer or viewer.' }),
});

void runCli(() => {
  const { values } = parseCli({ name: { type: 'string' }, role: { type: 'string' } });
  const parsed = tokenSchema.safeParse(values);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${renderServerText(i.message, 'en')}`).join('; '));
  const { db, sqlite } = openDatabase();
  try {
    const t = createApiToken(db, { ...parsed.data, createdBy: null });
    printJson({ name: t.name, role: t.role, token: t.token });
  } finally {
    sqlite.close();
  }
});
