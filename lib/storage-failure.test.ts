import { renderServerText } from './i18n/server-text';
import { describe, expect, it } from 'vitest';
import { StorageHealth, storageFailureKind, type StorageLogLine } from './storage-failure';

function sqliteError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

describe('storageFailureKind', () => {
  it('recognises full disks, I/O errors and read-only files, and nothing else', () => {
    expect(storageFailureKind(sqliteError('SQLITE_FULL'))).toBe('full');
    expect(storageFailureKind(sqliteError('SQLITE_IOERR_WRITE'))).toBe('io');
    expect(storageFailureKind(sqliteError('SQLITE_IOERR'))).toBe('io');
    expect(storageFailureKind(sqliteError('SQLITE_READONLY'))).toBe('readonly');
    expect(storageFailureKind(sqliteError('SQLITE_READONLY_DBMOVED'))).toBe('readonly');
    expect(storageFailureKind(sqliteError('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageFailureKind(sqliteError('SQLITE_BUSY'))).toBeNull();
    expect(storageFailureKind(new Error('SQLITE_FULL in the text only'))).toBeNull();
    expect(storageFailureKind(null)).toBeNull();
  });
});

describe('StorageHealth', () => {
  function setup() {
    let t = Date.parse('2026-11-30T10:00:00Z');
    const lines: StorageLogLine[] = [];
    const health = new StorageHealth({ now: () => t, log: (l) => lines.push(l) });
    return { health, lines, advance: (ms: number) => (t += ms) };
  }

  it('logs the first failure at once, then at most once a minute with the count in between', () => {
    const { health, lines, advance } = setup();
    for (let i = 0; i < 100; i++) {
      health.failed('full', 'SQLITE_FULL');
      advance(100); // 100 failures over 10 s
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'error', event: 'storage_unavailable', kind: 'full', failures: 1 });
    advance(50_000); // 60 s after the first line
    health.failed('full', 'SQLITE_FULL');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ event: 'storage_unavailable', failures: 100 });
  });

  it('reports the failure with the reviewer message until a write succeeds, and logs the recovery once', () => {
    const { health, lines } = setup();
    expect(health.current()).toEqual({ ok: true });
    health.failed('full', 'SQLITE_FULL');
    const state = health.current();
    expect(state).toMatchObject({ ok: false, kind: 'full' });
    expect(state.ok ? '' : renderServerText(state.message, 'en')).toBe("The desk's storage is full; nothing was saved. Tell your administrator.");
    expect(state.ok ? '' : renderServerText(state.message, 'id')).toBe('Penyimpanan desk penuh; tidak ada yang tersimpan. Beri tahu administrator Anda.');
    health.succeeded();
    health.succeeded();
    expect(health.current()).toEqual({ ok: true });
    expect(lines.map((l) => l.event)).toEqual(['storage_unavailable', 'storage_recovered']);
    // A new failure after recovery is news again: logged at once.
    health.failed('io', 'SQLITE_IOERR_WRITE');
    expect(lines.map((l) => l.event)).toEqual(['storage_unavailable', 'storage_recovered', 'storage_unavailable']);
  });
});
