// A fresh, migrated SQLite file for each test of a file, deleted after it: the same settings as
// the desk (db/client.ts), so tests exercise the real triggers, WAL and foreign keys.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase } from '@/db/queries/connection';

export type TempDatabase = ReturnType<typeof openDatabase> & { dir: string };

/** Call at the top level of a test file; the returned object holds the current test's database. */
export function tempDatabasePerTest(prefix = 'qd-test-'): TempDatabase {
  const current = {} as TempDatabase;
  beforeEach(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    Object.assign(current, openDatabase(path.join(dir, 'test.db')), { dir });
  });
  afterEach(() => {
    current.sqlite.close();
    fs.rmSync(current.dir, { recursive: true, force: true });
  });
  return current;
}
