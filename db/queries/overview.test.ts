import { describe, expect, it } from 'vitest';
import { tempDatabasePerTest, type TempDatabase } from '@/test/temp-database';
import { insertArticleWithClaims, type NewClaim } from './articles';
import { saveReview } from './reviews';
import { countReviewsPerDay, listFlaggedSpeakers } from './overview';

const handle = tempDatabasePerTest('qd-overview-');

const ACTOR = { id: null, name: 'Rita Reviewer' };

function claim(i: number, speaker: string | null): NewClaim {
  const quote = `quote number ${i}`;
  return {
    kind: 'direct', quote, start: i * 100, end: i * 100 + quote.length, prefix: '', suffix: '',
    speaker: speaker ? { name: speaker, role: null, type: 'person' } : null,
    speakerMention: speaker, cue: 'said', sentence: quote, confidence: 1, origin: 'extracted',
  };
}

function seed(db: TempDatabase['db'], speakers: (string | null)[]) {
  insertArticleWithClaims(db, {
    article: { slug: 'a', title: 'A', outlet: null, url: null, language: 'en', publishedAt: null, body: 'x'.repeat(speakers.length * 100 + 50), contentHash: 'h', createdBy: null },
    items: speakers.map((s, i) => claim(i, s)),
  });
  return (handle.sqlite.prepare('select id from claims order by start').all() as { id: number }[]).map((r) => r.id);
}

describe('listFlaggedSpeakers', () => {
  it('counts Disputed and Needs-source claims per speaker, most flagged first, hidden claims left out', () => {
    const ids = seed(handle.db, ['Lavrov', 'Lavrov', 'Kim', 'Kim', 'Kim', null]);
    const set = (i: number, status: 'disputed' | 'needs_source') => saveReview(handle.db, { claimId: ids[i]!, status, note: 'why', version: 1, actor: ACTOR });
    set(0, 'disputed');
    set(1, 'needs_source');
    set(2, 'disputed');
    set(3, 'disputed');
    set(4, 'needs_source');
    set(5, 'needs_source');
    handle.sqlite.prepare('update claims set hidden = 1 where id = ?').run(ids[4]);
    expect(listFlaggedSpeakers(handle.db, { limit: 10 })).toEqual([
      { speaker: 'Kim', disputed: 2, needsSource: 0 },
      { speaker: 'Lavrov', disputed: 1, needsSource: 1 },
      { speaker: 'Unknown speaker', disputed: 0, needsSource: 1 },
    ]);
    expect(listFlaggedSpeakers(handle.db, { limit: 1 })).toHaveLength(1);
  });
});

describe('countReviewsPerDay', () => {
  it('counts review events per UTC day from the given day on', () => {
    const ids = seed(handle.db, ['A', 'B', 'C']);
    for (const id of ids) saveReview(handle.db, { claimId: id, status: 'needs_source', version: 1, actor: ACTOR });
    const rows = handle.sqlite.prepare("select id from review_events where action = 'review' order by id").all() as { id: number }[];
    expect(rows).toHaveLength(3);
    const today = new Date().toISOString().slice(0, 10);
    expect(countReviewsPerDay(handle.db, { since: today })).toEqual([{ day: today, count: 3 }]);
    expect(countReviewsPerDay(handle.db, { since: '2999-01-01' })).toEqual([]);
  });
});
