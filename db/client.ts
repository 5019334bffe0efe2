// The one place that opens SQLite. Only db/ imports it (db/queries/connection.ts hands the handle on).
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';
import { runMigrations } from './migrate';

export type DB = BetterSQLite3Database<typeof schema>;
/** A transaction handle has the same query API as the db. */
export type Tx = Parameters<Parameters<DB['transaction']>[0]>[0];
export type Executor = DB | Tx;

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? './data/quote-desk.db');
}

/**
 * Opens (creating if needed) the SQLite file with the settings the product relies on:
 * - WAL: readers never block the writer, and a crash leaves the last committed state.
 * - synchronous=FULL: in WAL mode every commit is fsynced before it is acknowledged, so an
 *   acknowledged review survives a power loss, not only a process crash (NORMAL would risk
 *   losing the last commits on power loss). Measured cost is in the README's benchmark table.
 * - busy_timeout: concurrent writers (CLI + server) wait instead of failing.
 * - foreign_keys: SQLite leaves them off by default.
 */
export function openDatabase(file = databasePath()): { sqlite: Database.Database; db: DB } {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('journal_size_limit = 67108864');
  const db = drizzle(sqlite, { schema });
  runMigrations(db);
  return { sqlite, db };
}

type Handle = { sqlite: Database.Database; db: DB };
const globalForDb = globalThis as unknown as { __quoteDesk?: Handle };

/** Process-wide connection, opened and migrated on first use. */
export function getHandle(): Handle {
  if (!globalForDb.__quoteDesk) globalForDb.__quoteDesk = openDatabase();
  return globalForDb.__quoteDesk;
}

export function getDb(): DB {
  return getHandle().db;
}

/**
 * For a clean shutdown: folds the WAL back into the database file and closes the process-wide
 * connection, so a stopped desk leaves one self-contained file. Safe to call when never opened.
 */
export function closeDatabase(): void {
  const handle = globalForDb.__quoteDesk;
  if (!handle) return;
  globalForDb.__quoteDesk = undefined;
  handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  handle.sqlite.close();
}
