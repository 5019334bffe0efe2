import 'server-only';
import { getHandle } from '../client';
import { storageProbe } from '../schema';

export function checkDatabase(): { ok: boolean } {
  try {
    getHandle().sqlite.prepare('select 1').get();
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

/**
 * Writes (and commits) one tiny row: a full disk, an I/O error or a read-only file makes it
 * throw the same SqliteError a review save would meet. Reads alone cannot tell.
 */
export function probeWrite(): void {
  const checkedAt = new Date().toISOString();
  getHandle()
    .db.insert(storageProbe)
    .values({ id: 1, checkedAt })
    .onConflictDoUpdate({ target: storageProbe.id, set: { checkedAt } })
    .run();
}
