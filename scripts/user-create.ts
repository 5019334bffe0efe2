// Headless account set-up, like `gitea admin user create`:
//   npm run --silent user:create -- --email E --name N --password P --role admin|reviewer|viewer
import { openDatabase, databasePath } from '../db/client';
import { createAuth } from '../lib/auth-factory';
import { newUserSchema } from '../lib/validation';
import { findUserByEmail } from '../db/queries/users';
import { parseCli, printJson, runCli, UsageError } from './cli';
import { renderServerText } from '../lib/i18n/server-text';

void runCli(async () => {
  const { values } = parseCli({
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    role: { type: 'string' },
  });
  const parsed = newUserSchema.safeParse(values);
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${renderServerText(i.message, 'en')}`).join('; '));
  }
  const { db, sqlite } = openDatabase();
  try {
    if (findUserByEmail(db, { email: parsed.data.email })) {
      throw new Error(`a user with email ${parsed.data.email} already exists in ${databasePath()}`);
    }
    const auth = createAuth(db, databasePath());
    const { user } = await auth.api.createUser({ body: { ...parsed.data } });
    printJson({ id: user.id, email: user.email, role: parsed.data.role });
  } finally {
    sqlite.close();
  }
});
