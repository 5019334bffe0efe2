import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import path from 'node:path';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';

/** Where drizzle-kit writes migrations. Resolved from the working directory, which is the
 * project root for `npm start`, the scripts and the tests. */
export function migrationsFolder(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MIGRATIONS_DIR ?? 'db/migrations');
}

/** Applies pending migrations; drizzle records applied ones, so this is safe on every start. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function runMigrations(db: BetterSQLite3Database<any>): void {
  migrate(db, { migrationsFolder: migrationsFolder() });
}
