// The database handle, for code outside db/. Query functions take it (or a transaction) first,
// so a caller needs one, but only db/ opens SQLite: db/client.ts (settings, migrations, the
// process-wide connection) is imported by db/ alone, and everything else gets the handle here.
// No 'server-only' here, unlike the query modules: scripts/start.ts closes the connection from plain
// Node (without the react-server condition). Components cannot reach it: the linter refuses @/db/*.
export { closeDatabase, databasePath, getDb, openDatabase, type DB, type Executor, type Tx } from '../client';
