// The process-wide storage health: fed by every mutation (lib/action.ts) and by the health
// check's write probe, read by /api/health. Lives on globalThis because Next.js may load this
// module once per route bundle, and an action's failure must show in the health route's copy.
import 'server-only';
import { probeWrite } from '@/db/queries/health';
import { StorageHealth, storageFailureKind, type StorageFailureKind, type StorageState } from '@/lib/storage-failure';

const globalForStorage = globalThis as unknown as { __quoteDeskStorage?: { health: StorageHealth; probedAt: number; probe: StorageState } };

function shared() {
  globalForStorage.__quoteDeskStorage ??= {
    health: new StorageHealth({ log: (line) => (line.level === 'error' ? console.error : console.info)(JSON.stringify(line)) }),
    probedAt: Number.NEGATIVE_INFINITY,
    probe: { ok: true },
  };
  return globalForStorage.__quoteDeskStorage;
}

/** Records a failed write; the log line is rate-limited (once a minute). */
export function recordStorageFailure(kind: StorageFailureKind, error: unknown): StorageState {
  return shared().health.failed(kind, String((error as { code?: unknown }).code ?? kind));
}

/** One probe per second at most: a health check polled in a loop must not become a write load. */
const PROBE_REUSE_MS = 1_000;

/**
 * Can the database take a write now? Probes with a real write (at most once a second), so the
 * answer turns healthy by itself as soon as space is freed, without a restart.
 */
export function checkStorage(): StorageState {
  const s = shared();
  const now = Date.now();
  if (now - s.probedAt < PROBE_REUSE_MS) return s.probe;
  s.probedAt = now;
  try {
    probeWrite();
    s.probe = s.health.succeeded();
  } catch (error) {
    const kind = storageFailureKind(error);
    if (!kind) throw error;
    s.probe = recordStorageFailure(kind, error);
  }
  return s.probe;
}
