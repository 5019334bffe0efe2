// tsx --conditions=react-server e2e/support/check-db.ts FILE
// Prints {"integrity": "ok", "chain": {...}} for a database file: SQLite's own integrity check and
// the product's audit-chain verification, so specs judge durability with the product's rules.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../db/schema';
import { verifyChain } from '../../db/queries/audit';

function main(file: string | undefined): void {
  if (!file) throw new Error('usage: check-db.ts FILE');
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    const integrity = rows.map((r) => r.integrity_check).join('; ');
    const chain = verifyChain(drizzle(sqlite, { schema }));
    process.stdout.write(`${JSON.stringify({ integrity, chain })}\n`);
  } finally {
    sqlite.close();
  }
}

main(process.argv[2]);
