import { describe, expect, it } from 'vitest';
import { renderServerText } from '@/lib/i18n/server-text';
import { tempDatabasePerTest } from '@/test/temp-database';
import { insertArticleWithClaims, type NewClaim } from './articles';
import { listArticleEvents } from './audit';
import { saveReview } from './reviews';
import { buildReportData } from './report';
import {
  findPublishedReview,
  getSignOffStatus,
  isArticleFrozen,
  isClaimFrozen,
  publish,
  reopen,
  savePublicFields,
  signOff,
  unpublish,
} from './publish';
import { publicClaimReview } from '@/lib/publish/jsonld';

const handle = tempDatabasePerTest('qd-publish-');

const EDITOR = { id: null, name: 'Eda Editor' };
const REVIEWER = { id: null, name: 'Rita Reviewer' };
const ORG = { name: 'Test desk', url: null };
const BASE = 'https://factcheck.example.org';
const SECRET_NOTE = 'internal: lawyer says do not print this';

function claimAt(i: number): NewClaim {
  const quote = `quote number ${i}`;
  return {
    kind: 'direct',
    quote,
    start: i * 100,
    end: i * 100 + quote.length,
    prefix: '',
    suffix: '',
    speaker: { name: `Speaker ${i}`, role: null, type: 'person' },
    speakerMention: null,
    cue: 'said',
    sentence: quote,
    confidence: 1,
    origin: 'extracted',
  };
}

function seed() {
  const { db, sqlite } = handle;
  const article = insertArticleWithClaims(db, {
    article: {
      slug: 'harbour-story',
      title: 'Harbour story',
      outlet: 'Example News',
      url: 'https://news.example.org/harbour',
      language: 'en',
      publishedAt: '2026-11-01',
      body: 'x'.repeat(500),
      contentHash: 'hash-harbour',
      createdBy: null,
    },
    items: [claimAt(1), claimAt(2), claimAt(3)],
  });
  const ids = (sqlite.prepare('select id from claims where article_id = ? order by start').all(article.id) as { id: number }[]).map((r) => r.id);
  return { db, sqlite, articleId: article.id, ids: ids as [number, number, number] };
}

/** Claim 1 verified, claim 2 disputed (internal note), claim 3 set aside. */
function conclude({ db, ids }: ReturnType<typeof seed>) {
  saveReview(db, { claimId: ids[0], status: 'verified', evidence: [{ url: 'https://records.example.org/1', title: 'Records' }], version: 1, actor: REVIEWER });
  saveReview(db, { claimId: ids[1], status: 'disputed', note: SECRET_NOTE, version: 1, actor: REVIEWER });
  savePublicFields(db, { claimId: ids[2], explanation: '', setAsideReason: 'opinion, not a checkable claim', actor: REVIEWER });
}

describe('sign-off', () => {
  it('is refused while a claim has no verdict and no reason to set it aside', () => {
    const s = seed();
    const out = signOff(s.db, { articleId: s.articleId, actor: EDITOR, corrections: {}, organization: ORG });
    expect(out).toMatchObject({ ok: false, reason: 'rule' });
    expect(out.ok ? [] : out.fieldErrors?._form).toHaveLength(3);
    expect(isArticleFrozen(s.db, { articleId: s.articleId })).toBe(false);
  });

  it('records who and the article’s chain head, freezes the review and writes it into every claim’s history', () => {
    const s = seed();
    conclude(s);
    const head = listArticleEvents(s.db, { articleId: s.articleId }).at(-1)!.hash;
    const out = signOff(s.db, { articleId: s.articleId, actor: EDITOR, corrections: {}, organization: ORG });
    expect(out).toEqual({ ok: true, data: { chainHead: head, corrected: 0 } });
    expect(isArticleFrozen(s.db, { articleId: s.articleId })).toBe(true);
    expect(isClaimFrozen(s.db, { claimId: s.ids[0] })).toBe(true);
    const signed = listArticleEvents(s.db, { articleId: s.articleId }).filter((e) => e.action === 'signed_off');
    expect(signed.map((e) => e.claimId).sort()).toEqual([...s.ids].sort());
    const report = buildReportData(s.db, { articleId: s.articleId, generatedBy: { name: 'x', email: null }, organization: ORG })!;
    expect(report.signOff).toMatchObject({ state: 'signed_off', by: 'Eda Editor', chainHead: head, reopened: null });
    expect(signOff(s.db, { articleId: s.articleId, actor: EDITOR, corrections: {}, organization: ORG })).toMatchObject({ ok: false });
  });

  it('is reopened with a reason that every claim’s history and the report keep', () => {
    const s = seed();
    conclude(s);
    signOff(s.db, { articleId: s.articleId, actor: EDITOR, corrections: {}, organization: ORG });
    expect(reopen(s.db, { articleId: s.articleId, reason: 'new transcript', actor: EDITOR })).toEqual({ ok: true, data: null });
    expect(isArticleFrozen(s.db, { articleId: s.articleId })).toBe(false);
    const events = listArticleEvents(s.db, { articleId: s.articleId }).filter((e) => e.action === 'reopened');
    expect(events).toHaveLength(3);
    expect(events[0]!.detail).toContain('new transcript');
    const report = buildReportData(s.db, { articleId: s.articleId, generatedBy: { name: 'x', email: null }, organization: ORG })!;
    expect(report.signOff?.reopened).toMatchObject({ by: 'Eda Editor', reason: 'new transcript' });
    expect(reopen(s.db, { articleId: s.articleId, reason: 'again', actor: EDITOR })).toMatchObject({ ok: false, reason: 'rule' });
  });
});

describe('publication', () => {
  function signedOff() {
    const s = seed();
    conclude(s);
    savePublicFields(s.db, { claimId: s.ids[1], explanation: 'The port records show the opposite.', setAsideReason: '', actor: REVIEWER });
    signOff(s.db, { articleId: s.articleId, actor: EDITOR, corrections: {}, organization: ORG });
    return s;
  }

  it('needs a sign-off and a public explanation for every Disputed claim', () => {
    const s = seed();
    conclude(s);
    expect(publish(s.db, { articleId: s.articleId, actor: EDITOR, publicBase: BASE, organization: ORG })).toMatchObject({ ok: false });
    signOff(s.db, { articleId: s.articleId, actor: EDITOR, corrections: {}, organization: ORG });
    const out = publish(s.db, { articleId: s.articleId, actor: EDITOR, publicBase: BASE, organization: ORG });
    expect((out.ok ? [] : (out.fieldErrors?._form ?? [])).map((m) => renderServerText(m, 'en'))).toEqual([expect.stringContaining('Claim 2 is Disputed')]);
  });

  it('publishes only what readers may see, under PUBLIC_URL/p/<slug>', () => {
    const s = signedOff();
    const out = publish(s.db, { articleId: s.articleId, actor: EDITOR, publicBase: BASE, organization: ORG });
    expect(out).toEqual({ ok: true, data: { url: `${BASE}/p/harbour-story` } });
    const page = findPublishedReview(s.db, { slug: 'harbour-story' })!;
    expect(page.review.claims.map((c) => c.id)).toEqual([s.ids[0], s.ids[1]]); // set-aside claim 3 left out
    const text = JSON.stringify(page.review);
    expect(text).not.toContain(SECRET_NOTE);
    expect(text).not.toContain('Rita Reviewer');
    const ld = JSON.parse(publicClaimReview(page.review, 'en')) as { '@graph': Record<string, unknown>[] };
    expect(ld['@graph'].map((r) => r.url)).toEqual([`${BASE}/p/harbour-story#claim-${s.ids[0]}`, `${BASE}/p/harbour-story#claim-${s.ids[1]}`]);
    const report = buildReportData(s.db, { articleId: s.articleId, generatedBy: { name: 'x', email: null }, organization: ORG })!;
    expect(report.publication).toMatchObject({ published: true, url: `${BASE}/p/harbour-story` });
  });

  it('prints a changed verdict as a correction with its note, after reopen and a new sign-off', () => {
    const s = signedOff();
    publish(s.db, { articleId: s.articleId, actor: EDITOR, publicBase: BASE, organization: ORG });
    reopen(s.db, { articleId: s.articleId, reason: 'records were wrong', actor: EDITOR });
    const claim = s.sqlite.prepare('select version from reviews where claim_id = ?').get(s.ids[0]) as { version: number };
    saveReview(s.db, { claimId: s.ids[0], status: 'disputed', note: 'internal', version: claim.version, actor: REVIEWER });
    savePublicFields(s.db, { claimId: s.ids[0], explanation: 'The records were revised.', setAsideReason: '', actor: REVIEWER });
    // Readers still see the signed-off version while the review is reopened.
    expect(findPublishedReview(s.db, { slug: 'harbour-story' })!.review.claims[0]!.status).toBe('verified');
    expect(getSignOffStatus(s.db, { articleId: s.articleId }).changes).toEqual([
      { claimId: s.ids[0], position: 1, fromStatus: 'verified', toStatus: 'disputed' },
    ]);
    const refused = signOff(s.db, { articleId: s.articleId, actor: EDITOR, corrections: {}, organization: ORG });
    expect(refused.ok ? {} : refused.fieldErrors).toHaveProperty(`correction-${s.ids[0]}`);
    const out = signOff(s.db, { articleId: s.articleId, actor: EDITOR, corrections: { [s.ids[0]]: 'the port revised its records' }, organization: ORG });
    expect(out).toMatchObject({ ok: true, data: { corrected: 1 } });
    const page = findPublishedReview(s.db, { slug: 'harbour-story' })!;
    const first = page.review.claims[0]!;
    expect(first.status).toBe('disputed');
    expect(first.corrections).toEqual([expect.objectContaining({ fromStatus: 'verified', toStatus: 'disputed', note: 'the port revised its records' })]);
    const ld = JSON.parse(publicClaimReview(page.review, 'en')) as { '@graph': Record<string, unknown>[] };
    expect(ld['@graph'][0]!.dateModified).toBe(first.corrections[0]!.at);
    expect(() => s.sqlite.prepare('delete from public_corrections').run()).toThrow(/append-only/);
  });

  it('unpublishing takes the page down and keeps the history', () => {
    const s = signedOff();
    publish(s.db, { articleId: s.articleId, actor: EDITOR, publicBase: BASE, organization: ORG });
    expect(unpublish(s.db, { articleId: s.articleId, actor: EDITOR })).toEqual({ ok: true, data: null });
    expect(findPublishedReview(s.db, { slug: 'harbour-story' })).toBeUndefined();
    const actions = listArticleEvents(s.db, { articleId: s.articleId }).map((e) => e.action);
    expect(actions).toContain('published');
    expect(actions).toContain('unpublished');
    expect(unpublish(s.db, { articleId: s.articleId, actor: EDITOR })).toMatchObject({ ok: false });
  });
});
