import 'server-only';
import { getHandle } from '../client';

export function checkDatabase(): { ok: boolean } {
  try {
    getHandle().sqlite.prepare('select 1').get();
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
