// What the desk says and logs when SQLite cannot write: a full disk, an I/O error or a read-only
// file. Pure (no Node, Next or database imports) so the rules are unit-tested on their own; the
// server layer (lib/storage-status.ts) holds the one live instance.
import { keyed } from './i18n/keyed';

export type StorageFailureKind = 'full' | 'io' | 'readonly';

/**
 * The message a reviewer sees (and a screen reader announces) when a save could not be stored:
 * packed keys (lib/i18n/keyed.ts), rendered in the reader's language at the edge.
 */
export const STORAGE_MESSAGES: Record<StorageFailureKind, string> = {
  full: keyed('server.storage.full'),
  io: keyed('server.storage.io'),
  readonly: keyed('server.storage.readonly'),
};

/** The kind of storage failure behind an error thrown by better-sqlite3, or null for any other error. */
export function storageFailureKind(error: unknown): StorageFailureKind | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (code === 'SQLITE_FULL') return 'full';
  if (code.startsWith('SQLITE_IOERR')) return 'io';
  if (code.startsWith('SQLITE_READONLY')) return 'readonly';
  return null;
}

export type StorageState =
  | { ok: true }
  | { ok: false; kind: StorageFailureKind; code: string; since: string; message: string };

export type StorageLogLine = {
  level: 'error' | 'info';
  event: 'storage_unavailable' | 'storage_recovered';
  kind?: StorageFailureKind;
  code?: string;
  /** Failures since the previous log line (the ones not logged one by one). */
  failures?: number;
  since?: string;
};

/**
 * Remembers whether the last write attempt failed and rate-limits the log: a full disk under 20
 * busy reviewers would otherwise write hundreds of identical lines a second (to a full disk).
 * The first failure is logged at once, then at most one line per `logEveryMs` with a count;
 * recovery is logged once.
 */
export class StorageHealth {
  private state: StorageState = { ok: true };
  private lastLogAt = Number.NEGATIVE_INFINITY;
  private unlogged = 0;
  private readonly logEveryMs: number;
  private readonly now: () => number;
  private readonly log: (line: StorageLogLine) => void;

  constructor({ logEveryMs = 60_000, now = Date.now, log }: { logEveryMs?: number; now?: () => number; log: (line: StorageLogLine) => void }) {
    this.logEveryMs = logEveryMs;
    this.now = now;
    this.log = log;
  }

  current(): StorageState {
    return this.state;
  }

  failed(kind: StorageFailureKind, code: string): StorageState {
    const at = this.now();
    if (this.state.ok || this.state.kind !== kind) {
      this.state = { ok: false, kind, code, since: new Date(at).toISOString(), message: STORAGE_MESSAGES[kind] };
    }
    this.unlogged++;
    if (at - this.lastLogAt >= this.logEveryMs) {
      this.log({ level: 'error', event: 'storage_unavailable', kind, code, failures: this.unlogged, since: this.state.ok ? undefined : this.state.since });
      this.lastLogAt = at;
      this.unlogged = 0;
    }
    return this.state;
  }

  succeeded(): StorageState {
    if (!this.state.ok) {
      this.log({ level: 'info', event: 'storage_recovered', since: this.state.since });
      this.state = { ok: true };
      this.lastLogAt = Number.NEGATIVE_INFINITY;
      this.unlogged = 0;
    }
    return this.state;
  }
}
