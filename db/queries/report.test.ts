import { describe, expect, it } from 'vitest';
import { tempDatabasePerTest, type TempDatabase } from '@/test/temp-database';
import { insertArticleWithClaims, type NewClaim } from './articles';
import { addEvidence, saveReview } from './reviews';
import { buildReportData, eventDetail, listArticleSummaries, organizationFromEnv, renderArticleReport } from './report';

const handle = tempDatabasePerTest('qd-report-');

const ACTOR = { id: null, name: 'Rita Reviewer' };
const PERSON = { name: 'Ada Admin', email: 'ada@desk.test' };
const ORG = { name: 'Test desk', url: null };

function claimAt(i: number, speaker: string | null): NewClaim {
  const quote = `quote number ${i}`;
  return {
    kind: i % 2 === 0 ? 'direct' : 'indirect',
    quote,
    start: i * 100,
    end: i * 100 + quote.length,
    prefix: '',
    suffix: '',
    speaker: speaker ? { name: speaker, role: 'Spokesperson', type: 'person' } : null,
    speakerMention: speaker,
    cue: 'said',
    sentence: `She said "${quote}".`,
    confidence: 1,
    origin: 'extracted',
  };
}

/** One article with `count` claims, inserted out of reading order to prove the report sorts. */
function seedArticle(db: TempDatabase['db'], count: number, slug = 'an-article') {
  const items = Array.from({ length: count }, (_, i) => claimAt(count - i, i % 3 === 0 ? null : `Speaker ${i % 4}`));
  return insertArticleWithClaims(db, {
    article: {
      slug,
      title: `Article ${slug}`,
      outlet: 'Example News',
      url: 'https://news.example.org/a',
      language: 'en',
      publishedAt: '2024-06-19',
      body: 'x'.repeat(count * 100 + 50),
      contentHash: `hash-${slug}`,
      createdBy: null,
    },
    items,
  });
}

function claimIds(sqlite: TempDatabase['sqlite'], articleId: number): number[] {
  return (sqlite.prepare('select id from claims where article_id = ? order by start').all(articleId) as { id: number }[]).map((r) => r.id);
}

describe('buildReportData', () => {
  it('returns undefined for an unknown article', () => {
    expect(buildReportData(handle.db, { articleId: 999, generatedBy: PERSON, organization: ORG })).toBeUndefined();
  });

  it('lists visible claims in reading order with review state, evidence and full history', () => {
    const { db, sqlite } = handle;
    const article = seedArticle(db, 4);
    const [first, second, third, hidden] = claimIds(sqlite, article.id);
    addEvidence(db, { claimId: first!, url: 'https://example.org/proof', title: 'Proof', actor: ACTOR });
    saveReview(db, { claimId: first!, status: 'verified', version: 2, actor: ACTOR });
    saveReview(db, { claimId: second!, status: 'disputed', note: 'Transcript says otherwise.', version: 1, actor: ACTOR });
    sqlite.prepare('update claims set hidden = 1 where id = ?').run(hidden);

    const now = new Date('2026-11-25T20:00:00.000Z');
    const data = buildReportData(db, { articleId: article.id, generatedBy: PERSON, organization: ORG, now })!;

    expect(data.article).toMatchObject({ id: article.id, slug: 'an-article', outlet: 'Example News', language: 'en', publishedAt: '2024-06-19' });
    expect(data.generatedAt).toBe(now.toISOString());
    expect(data.generatedBy).toEqual(PERSON);
    expect(data.claims.map((c) => [c.id, c.position])).toEqual([
      [first, 1],
      [second, 2],
      [third, 3],
    ]);
    const [verified, disputed, untouched] = data.claims;
    expect(verified).toMatchObject({ status: 'verified', evidence: [{ url: 'https://example.org/proof', title: 'Proof' }], lastReviewer: 'Rita Reviewer' });
    expect(verified!.history.map((h) => h.action)).toEqual(['evidence_added', 'review']);
    expect(verified!.history[0]!.detail).toBe('Proof — https://example.org/proof');
    expect(verified!.history[1]).toMatchObject({ fromStatus: 'unreviewed', toStatus: 'verified', actor: 'Rita Reviewer' });
    expect(disputed).toMatchObject({ status: 'disputed', note: 'Transcript says otherwise.' });
    expect(untouched).toMatchObject({ status: 'unreviewed', note: null, lastReviewer: null, history: [] });
    expect(data.chain).toEqual({ intact: true, checked: 3, firstBadEventId: null });
  });

  it('reports a tampered history chain', () => {
    const { db, sqlite } = handle;
    const article = seedArticle(db, 2);
    const [first] = claimIds(sqlite, article.id);
    saveReview(db, { claimId: first!, status: 'needs_source', version: 1, actor: ACTOR });
    sqlite.exec('drop trigger review_events_no_update');
    sqlite.prepare("update review_events set actor_name = 'Someone else'").run();
    const data = buildReportData(db, { articleId: article.id, generatedBy: PERSON, organization: ORG })!;
    expect(data.chain.intact).toBe(false);
  });

  it('uses the same number of queries for 10 and for 600 claims (no query per claim)', () => {
    const { db, sqlite } = handle;
    const small = seedArticle(db, 10, 'small');
    const large = seedArticle(db, 600, 'large');
    const count = (articleId: number) => {
      const original = sqlite.prepare.bind(sqlite);
      let prepared = 0;
      sqlite.prepare = ((source: string) => {
        prepared += 1;
        return original(source);
      }) as typeof sqlite.prepare;
      try {
        buildReportData(db, { articleId, generatedBy: PERSON, organization: ORG });
      } finally {
        sqlite.prepare = original;
      }
      return prepared;
    };
    const few = count(small.id);
    expect(few).toBeGreaterThan(0);
    expect(few).toBeLessThan(10);
    // 600 claims need two evidence queries (500 ids per query) where 10 need one.
    expect(count(large.id)).toBeLessThanOrEqual(few + 1);
  });
});

describe('renderArticleReport', () => {
  it('names the file after the slug and date and lists ClaimReview warnings', async () => {
    const { db, sqlite } = handle;
    const article = seedArticle(db, 2, 'Putin Kunjungi Pyongyang');
    const [first] = claimIds(sqlite, article.id);
    saveReview(db, { claimId: first!, status: 'disputed', note: 'No.', version: 1, actor: ACTOR });
    const data = buildReportData(db, {
      articleId: article.id,
      generatedBy: PERSON,
      organization: ORG,
      now: new Date('2026-11-25T23:59:00Z'),
    })!;
    const out = await renderArticleReport(db, data, 'claimreview', 'en');
    expect(out.filename).toBe('putin-kunjungi-pyongyang-review-2026-11-25.jsonld');
    expect(out.contentType).toMatch(/^application\/ld\+json/);
    expect(out.warnings).toHaveLength(1);
    expect(JSON.parse(String(out.body))['@graph']).toHaveLength(1);
    expect(out.draftReason).toMatch(/not published/); // never published: a draft without URLs
    expect((await renderArticleReport(db, data, 'csv', 'en')).warnings).toEqual([]);
  });
});

describe('listArticleSummaries', () => {
  it('counts claims by status per article, without hidden claims', () => {
    const { db, sqlite } = handle;
    const a = seedArticle(db, 4, 'a');
    const b = seedArticle(db, 0, 'b');
    const [first, second, , fourth] = claimIds(sqlite, a.id);
    saveReview(db, { claimId: first!, status: 'needs_source', version: 1, actor: ACTOR });
    saveReview(db, { claimId: second!, status: 'disputed', note: 'n', version: 1, actor: ACTOR });
    sqlite.prepare('update claims set hidden = 1 where id = ?').run(fourth);
    const rows = listArticleSummaries(db);
    expect(rows.find((r) => r.id === a.id)).toMatchObject({
      total: 3,
      unreviewed: 1,
      verified: 0,
      disputed: 1,
      needsSource: 1,
      completion: 2 / 3,
    });
    expect(rows.find((r) => r.id === b.id)).toMatchObject({ total: 0, unreviewed: 0, completion: 0 });
  });
});

describe('helpers', () => {
  it('reads the organisation from the environment, with a default', () => {
    expect(organizationFromEnv({})).toEqual({ name: 'Quote desk', url: null });
    expect(organizationFromEnv({ ORGANIZATION_NAME: ' Cek Fakta ', ORGANIZATION_URL: 'https://cek.example' })).toEqual({
      name: 'Cek Fakta',
      url: 'https://cek.example',
    });
  });

  it('describes event details in words', () => {
    expect(eventDetail(null)).toBeNull();
    expect(eventDetail('{"noteChanged":true}', 'New note')).toBeNull();
    expect(eventDetail('{"noteChanged":true}', '')).toBe('Note cleared');
    expect(eventDetail('{"reason":"duplicate"}')).toBe('duplicate');
    expect(eventDetail('{"from":"A","to":"B","ids":[1,2]}')).toBe('from: A; to: B');
    expect(eventDetail('not json')).toBe('not json');
  });
});
