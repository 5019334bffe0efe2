import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from './client';
import { insertArticleWithClaims } from './queries/articles';
import { appendEvent, verifyChain } from './queries/audit';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-db-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function seedOneClaim(db: ReturnType<typeof openDatabase>['db']) {
  const article = insertArticleWithClaims(db, {
    article: {
      slug: 'a',
      title: 'A',
      outlet: null,
      url: null,
      language: 'en',
      publishedAt: null,
      body: 'He said "hello" today.',
      contentHash: 'h',
      createdBy: null,
    },
    items: [
      {
        kind: 'direct',
        quote: 'hello',
        start: 9,
        end: 14,
        prefix: 'He said "',
        suffix: '" today.',
        speaker: { name: 'Someone', role: null, type: 'person' },
        speakerMention: 'He',
        cue: 'said',
        sentence: 'He said "hello" today.',
        confidence: 1,
        origin: 'extracted',
      },
    ],
  });
  return article;
}

describe('database', () => {
  it('applies migrations to an empty file, and again on the next start, without error', () => {
    const file = path.join(dir, 'q.db');
    const first = openDatabase(file);
    first.sqlite.close();
    const second = openDatabase(file);
    const tables = second.sqlite
      .prepare("select name from sqlite_master where type = 'table' and name in ('articles','claims','reviews','review_events','user')")
      .all();
    expect(tables).toHaveLength(5);
    expect(second.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(second.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    second.sqlite.close();
  });

  it('refuses UPDATE and DELETE on review events', () => {
    const { sqlite, db } = openDatabase(path.join(dir, 'q.db'));
    const article = seedOneClaim(db);
    const claimId = (sqlite.prepare('select id from claims').get() as { id: number }).id;
    appendEvent(db, { claimId, articleId: article.id, actor: { id: null, name: 'Tester' }, action: 'review', fromStatus: 'unreviewed', toStatus: 'verified' });
    expect(() => sqlite.prepare("update review_events set note = 'x'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('delete from review_events').run()).toThrow(/append-only/);
    expect((sqlite.prepare('select count(*) n from review_events').get() as { n: number }).n).toBe(1);
    sqlite.close();
  });

  it('detects a tampered event in the history chain', () => {
    const { sqlite, db } = openDatabase(path.join(dir, 'q.db'));
    const article = seedOneClaim(db);
    const claimId = (sqlite.prepare('select id from claims').get() as { id: number }).id;
    for (const toStatus of ['verified', 'disputed', 'needs_source'] as const) {
      appendEvent(db, { claimId, articleId: article.id, actor: { id: null, name: 'Tester' }, action: 'review', toStatus });
    }
    expect(verifyChain(db)).toEqual({ intact: true, checked: 3, firstBadEventId: null });
    // Someone with file access drops the trigger and rewrites history.
    sqlite.exec('drop trigger review_events_no_update');
    const second = sqlite.prepare('select id from review_events order by id limit 1 offset 1').get() as { id: number };
    sqlite.prepare("update review_events set to_status = 'verified' where id = ?").run(second.id);
    expect(verifyChain(db)).toMatchObject({ intact: false, firstBadEventId: second.id });
    sqlite.close();
  });

  it('keeps the full-text index in step with notes and speakers', () => {
    const { sqlite, db } = openDatabase(path.join(dir, 'q.db'));
    seedOneClaim(db);
    sqlite.prepare("update reviews set note = 'checked against transcript'").run();
    const hit = sqlite.prepare("select rowid from claim_search where claim_search match 'transcript'").all();
    expect(hit).toHaveLength(1);
    sqlite.prepare("update speakers set name = 'Renamed Person'").run();
    expect(sqlite.prepare("select rowid from claim_search where claim_search match 'renamed'").all()).toHaveLength(1);
    sqlite.close();
  });
});

describe('saveReview', () => {
  it('returns exactly the state it stored, and refuses a stale version without writing', async () => {
    const { saveReview } = await import('./queries/reviews');
    const { getClaim } = await import('./queries/claims');
    const { sqlite, db } = openDatabase(path.join(dir, 'q.db'));
    seedOneClaim(db);
    const claimId = (sqlite.prepare('select id from claims').get() as { id: number }).id;
    const actor = { id: null, name: 'Tester' };
    const saved = saveReview(db, {
      claimId,
      status: 'verified',
      note: 'Checked.',
      evidence: [{ url: 'https://example.org/source', title: 'Source' }],
      version: 1,
      actor,
    });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.claim).toEqual(getClaim(db, { claimId }));
    expect(saved.claim).toMatchObject({ status: 'verified', note: 'Checked.', version: 2, updatedByName: 'Tester' });

    const stale = saveReview(db, { claimId, status: 'disputed', note: 'No.', version: 1, actor });
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', claim: { status: 'verified', version: 2 } });
    expect((sqlite.prepare('select count(*) n from review_events').get() as { n: number }).n).toBe(2);
    sqlite.close();
  });
});
