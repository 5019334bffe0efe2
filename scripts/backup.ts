// npm run backup -- FILE [--force]
// Online backup of the database at DATABASE_PATH with SQLite's backup API (better-sqlite3
// `db.backup`): a consistent snapshot even while the server is serving and writing, unlike copying
// the file (which can catch a half-applied WAL). The copy is written beside FILE and renamed into
// place only once it passed an integrity check, so FILE is never a half-written backup.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath } from '../db/queries/connection';
import { parseCli, printJson, runCli, UsageError } from './cli';

const USAGE = 'usage: npm run backup -- FILE [--force]   (FILE must not exist unless --force)';

type Summary = { integrity: string; articles: number; claims: number; events: number };

function summarize(file: string): Summary {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    return { integrity, articles: count('articles'), claims: count('claims'), events: count('review_events') };
  } finally {
    db.close();
  }
}

/** Opens the live database without creating or migrating it: a backup must not change the source. */
function openSource(file: string): Database.Database {
  if (!fs.existsSync(file)) throw new UsageError(`no database at ${file} (set DATABASE_PATH)`);
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

async function backup(source: string, target: string): Promise<void> {
  const partial = `${target}.partial-${process.pid}`;
  const db = openSource(source);
  try {
    await db.backup(partial);
  } finally {
    db.close();
  }
  try {
    // The snapshot is a single self-contained file: fold its WAL in and switch the copy to a
    // rollback journal, so the file alone is the backup (no -wal/-shm beside it).
    // Password hashes and session tokens live in this file: readable by its owner only.
    fs.chmodSync(partial, 0o600);
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const summary = summarize(partial);
    if (summary.integrity !== 'ok') throw new Error(`the backup failed its integrity check: ${summary.integrity}`);
    fs.renameSync(partial, target);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
}

void runCli(async () => {
  const { values, positionals } = parseCli({ force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  if (positionals.length !== 1) throw new UsageError(`give exactly one FILE\n${USAGE}`);
  const source = databasePath();
  const target = path.resolve(positionals[0]!);
  if (target === source) throw new UsageError('FILE is the live database itself');
  if (fs.existsSync(target) && !values.force) throw new UsageError(`${target} already exists (add --force to overwrite it)`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await backup(source, target);
  const summary = summarize(target);
  printJson({ source, file: target, bytes: fs.statSync(target).size, ...summary });
});
