import { beforeEach, describe, expect, it } from 'vitest';
import type { DB } from '@/db/queries/connection';
import { tempDatabasePerTest } from '@/test/temp-database';
import { insertArticleWithClaims, type NewClaim } from './articles';
import { listClaimEvents, verifyChain } from './audit';
import { getClaim, listArticleClaims } from './claims';
import { saveReview } from './reviews';
import { changeSpan } from './corrections';
import { addPassageEvidence, applySameVerdict, articleSourceCheck, attachSource, insertSource, listClaimMatches, type NewSource } from './sources';
import { contentHash, selectorFor } from '@/lib/articles/text';
import { TRANSCRIPT_EN, TRANSCRIPT_ID } from '@/lib/match/fixtures/transcript';

const ACTOR = { id: null, name: 'Rita Reviewer' };

function claimOf(body: string, quote: string): NewClaim {
  const start = body.indexOf(quote);
  return {
    kind: 'direct',
    quote,
    start,
    end: start + quote.length,
    ...selectorFor(body, start, start + quote.length),
    speaker: { name: 'Mara Okonjo', role: null, type: 'person' },
    speakerMention: null,
    cue: 'said',
    sentence: quote,
    confidence: 1,
    origin: 'extracted',
  };
}

function article(db: DB, slug: string, quotes: string[], language = 'en'): number {
  const body = quotes.map((q) => `“${q}” said Mara Okonjo.`).join('\n\n');
  return insertArticleWithClaims(db, {
    article: { slug, title: `Article ${slug}`, outlet: null, url: null, language, publishedAt: null, body, contentHash: slug, createdBy: null },
    items: quotes.map((q) => claimOf(body, q)),
  }).id;
}

function source(text: string, extra: Partial<NewSource> = {}): NewSource {
  return { title: 'Harbour Board press conference', kind: 'transcript', url: 'https://example.org/transcript', date: '2026-03-12', language: 'en', body: text, contentHash: contentHash(text), ...extra };
}

const temp = tempDatabasePerTest('qd-src-');
let db: DB;
beforeEach(() => {
  db = temp.db;
});

const EXACT = 'Every crew member keeps a job.';
const ALTERED = 'Fares will stay at the current level until at least 2028.';
const ABSENT = 'We will build a new terminal next year for everyone.';

describe('sources', () => {
  it('recognises the same document added twice by its content', () => {
    const first = insertSource(db, { source: source(TRANSCRIPT_EN), actor: ACTOR });
    const again = insertSource(db, { source: source(TRANSCRIPT_EN, { title: 'Another title' }), actor: ACTOR });
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ source: first.source, duplicate: true });
  });

  it('attaching matches every claim and answers with the counts; matches are recomputed when a quote changes', () => {
    const articleId = article(db, 'a', [EXACT, ALTERED, ABSENT]);
    const { source: s } = insertSource(db, { source: source(TRANSCRIPT_EN), actor: ACTOR });
    const res = attachSource(db, { articleId, sourceId: s.id, actor: ACTOR });
    expect(res).toEqual({ ok: true, attached: true, sameLanguage: true, counts: { exact: 1, close: 0, altered: 1, not_found: 1 } });
    expect(attachSource(db, { articleId, sourceId: s.id, actor: ACTOR })).toMatchObject({ ok: true, attached: false });

    const [exact, altered] = listArticleClaims(db, { articleId });
    const m = listClaimMatches(db, { claimId: altered!.id })[0]!;
    expect(m).toMatchObject({ verdict: 'altered', sourceTitle: 'Harbour Board press conference', quoteOnly: ['2028'], sourceOnly: ['2027'] });
    expect(TRANSCRIPT_EN.slice(m.start!, m.end!)).toBe(m.passages[0]!.text);

    const check = articleSourceCheck(db, { articleId });
    expect(check.checks[exact!.id]?.best).toMatchObject({ verdict: 'exact', differingWords: 0 });
    expect(check.sources[0]).toMatchObject({ id: s.id, sameLanguage: true, counts: { exact: 1, altered: 1, not_found: 1 } });
  });

  it('matches a claim again when its span is corrected', () => {
    const articleId = article(db, 'h', [ALTERED]);
    const { source: s } = insertSource(db, { source: source(TRANSCRIPT_EN), actor: ACTOR });
    attachSource(db, { articleId, sourceId: s.id, actor: ACTOR });
    const claim = listArticleClaims(db, { articleId })[0]!;
    expect(listClaimMatches(db, { claimId: claim.id })[0]?.verdict).toBe('altered');
    // Narrow the span to the words before the changed year: now the same words as the source.
    const end = claim.start + 'Fares will stay at the current level'.length;
    expect(changeSpan(db, { claimId: claim.id, version: claim.version, start: claim.start, end, actor: ACTOR }).ok).toBe(true);
    expect(listClaimMatches(db, { claimId: claim.id })).toEqual([]);
    expect(articleSourceCheck(db, { articleId }).checks[claim.id]?.best?.verdict).toBe('exact');
  });

  it('finds the same quote in an article added after the first look', () => {
    const first = article(db, 'i', [EXACT]);
    const a = listArticleClaims(db, { articleId: first })[0]!;
    expect(articleSourceCheck(db, { articleId: first }).alsoIn[a.id]).toBeUndefined();
    const later = article(db, 'j', [EXACT]);
    expect(articleSourceCheck(db, { articleId: first }).alsoIn[a.id]).toEqual([expect.objectContaining({ articleId: later })]);
  });

  it('does not match sources in another language', () => {
    const articleId = article(db, 'b', [EXACT]);
    const { source: s } = insertSource(db, { source: source(TRANSCRIPT_ID, { language: 'id' }), actor: ACTOR });
    expect(attachSource(db, { articleId, sourceId: s.id, actor: ACTOR })).toMatchObject({ ok: true, sameLanguage: false, counts: { exact: 0, close: 0, altered: 0, not_found: 0 } });
  });

  it('adds a passage as evidence with a text-fragment link and an audit event, never changing the status', () => {
    const articleId = article(db, 'c', [EXACT]);
    const { source: s } = insertSource(db, { source: source(TRANSCRIPT_EN), actor: ACTOR });
    attachSource(db, { articleId, sourceId: s.id, actor: ACTOR });
    const claim = listArticleClaims(db, { articleId })[0]!;
    const m = listClaimMatches(db, { claimId: claim.id })[0]!;
    const res = addPassageEvidence(db, { claimId: claim.id, sourceId: s.id, start: m.start!, end: m.end!, manual: false, actor: ACTOR });
    expect(res.ok).toBe(true);
    const after = getClaim(db, { claimId: claim.id })!;
    expect(after.status).toBe('unreviewed');
    expect(after.evidence[0]!.url).toBe('https://example.org/transcript#:~:text=Every%20crew%20member%20keeps%20a%20job');
    const event = listClaimEvents(db, { claimId: claim.id }).at(-1)!;
    expect(event.action).toBe('evidence_added');
    expect(JSON.parse(event.detail!)).toMatchObject({ sourceId: s.id, passage: { text: 'Every crew member keeps a job' }, manual: false });
    expect(addPassageEvidence(db, { claimId: claim.id, sourceId: s.id, start: 10, end: 10_000_000, manual: true, actor: ACTOR })).toMatchObject({ ok: false, reason: 'bad_passage' });
    expect(verifyChain(db).intact).toBe(true);
  });

  it('shows the same quote in another article and copies its verdict, audited', () => {
    const first = article(db, 'd', [EXACT]);
    const second = article(db, 'e', [`  every crew member KEEPS a job `]);
    const a = listArticleClaims(db, { articleId: first })[0]!;
    saveReview(db, { claimId: a.id, status: 'verified', note: 'Checked against the transcript.', evidence: [{ url: 'https://example.org/t', title: 'Transcript' }], version: a.version, actor: ACTOR });
    const b = listArticleClaims(db, { articleId: second })[0]!;
    const also = articleSourceCheck(db, { articleId: second }).alsoIn[b.id]!;
    expect(also).toEqual([expect.objectContaining({ claimId: a.id, articleTitle: 'Article d', status: 'verified', updatedByName: 'Rita Reviewer', evidenceCount: 1 })]);

    expect(applySameVerdict(db, { claimId: b.id, fromClaimId: a.id, version: b.version + 1, actor: ACTOR })).toMatchObject({ ok: false, reason: 'conflict' });
    const res = applySameVerdict(db, { claimId: b.id, fromClaimId: a.id, version: b.version, actor: ACTOR });
    expect(res.ok && res.claim).toMatchObject({ status: 'verified', note: 'Checked against the transcript.', evidence: [{ url: 'https://example.org/t' }] });
    const events = listClaimEvents(db, { claimId: b.id });
    expect(events.map((e) => e.action)).toEqual(['evidence_added', 'review']);
    expect(JSON.parse(events[1]!.detail!)).toMatchObject({ copiedFrom: { fromClaimId: a.id, fromArticleId: first } });
  });

  it('copies an unreviewed state too, and refuses to copy a claim onto itself', () => {
    const first = article(db, 'f', [EXACT]);
    const second = article(db, 'g', [EXACT]);
    const b = listArticleClaims(db, { articleId: second })[0]!;
    const a = listArticleClaims(db, { articleId: first })[0]!;
    const res = applySameVerdict(db, { claimId: b.id, fromClaimId: a.id, version: b.version, actor: ACTOR });
    expect(res.ok).toBe(true);
    expect(applySameVerdict(db, { claimId: b.id, fromClaimId: b.id, version: b.version + 1, actor: ACTOR })).toMatchObject({ ok: false, reason: 'not_found' });
  });
});
