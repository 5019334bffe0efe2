// Creates or migrates the database at DATABASE_PATH and loads the bundled article if it is empty.
import { openDatabase, databasePath } from '../db/queries/connection';
import { seedIfEmpty } from '../db/seed';
import { runCli, printJson } from './cli';

void runCli(() => {
  const { db, sqlite } = openDatabase();
  const seed = seedIfEmpty(db);
  sqlite.close();
  printJson({ database: databasePath(), ...seed });
});
