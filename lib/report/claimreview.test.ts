import { describe, expect, it } from 'vitest';

import { buildClaimReview, claimReviewDraftReason, claimReviewUrl, claimReviewWarnings, renderClaimReview } from './claimreview';
import { hostileReport } from './fixtures';
import type { ReportData } from './types';

type Node = Record<string, unknown>;

/**
 * schema.org properties allowed per type (own and inherited, from schema.org's definitions),
 * limited to what a ClaimReview export may reasonably use. Anything else is a mistake.
 */
const SCHEMA_ORG: Record<string, string[]> = {
  ClaimReview: ['url', 'claimReviewed', 'datePublished', 'dateModified', 'creativeWorkStatus', 'author', 'reviewRating', 'itemReviewed', 'reviewBody', 'name', 'inLanguage'],
  Rating: ['ratingValue', 'bestRating', 'worstRating', 'alternateName', 'ratingExplanation', 'name', 'description'],
  Claim: ['author', 'appearance', 'firstAppearance', 'datePublished', 'name', 'text'],
  NewsArticle: ['url', 'headline', 'inLanguage', 'datePublished', 'publisher', 'name'],
  Person: ['name', 'jobTitle', 'url'],
  Organization: ['name', 'url'],
};

/** Every nested node's properties must belong to its @type. */
function checkVocabulary(node: Node, path = '$'): void {
  const type = node['@type'];
  expect(typeof type, `${path} has an @type`).toBe('string');
  const allowed = SCHEMA_ORG[type as string];
  expect(allowed, `${path}: ${String(type)} is an expected schema.org type`).toBeDefined();
  for (const [key, value] of Object.entries(node)) {
    if (key === '@type') continue;
    expect(allowed, `${path}.${key} is a schema.org property of ${String(type)}`).toContain(key);
    if (value && typeof value === 'object') checkVocabulary(value as Node, `${path}.${key}`);
  }
}

const PAGE = 'https://cekfakta.example.id/p/putin-kunjungi-pyongyang';

/** The hostile report as published on the desk's public page. */
function publishedReport(): ReportData {
  return { ...hostileReport(), publication: { published: true, url: PAGE, firstPublishedAt: '2026-11-26T09:00:00.000Z' } };
}

describe('ClaimReview JSON-LD of a published review', () => {
  const data = publishedReport();
  const doc = JSON.parse(renderClaimReview(data, 'en')) as { '@context': string; '@graph': Node[] };
  const reviews = doc['@graph'];

  it('is schema.org JSON-LD with one ClaimReview per concluded claim, in reading order', () => {
    expect(Object.keys(doc).sort()).toEqual(['@context', '@graph']);
    expect(doc['@context']).toBe('https://schema.org');
    expect(reviews).toHaveLength(2); // disputed #11, verified #12; needs_source and unreviewed left out
    // The review's own page is the public page, never the reviewed article (that is the appearance).
    expect(reviews.map((r) => r.url)).toEqual([`${PAGE}#claim-11`, `${PAGE}#claim-12`]);
  });

  it('gives every entry the required properties and only schema.org vocabulary', () => {
    for (const review of reviews) {
      expect(review['@type']).toBe('ClaimReview');
      for (const key of ['claimReviewed', 'reviewRating', 'url', 'itemReviewed', 'author', 'datePublished']) {
        expect(review[key], key).toBeTruthy();
      }
      checkVocabulary(review);
    }
  });

  it('rates on an explained 1–5 scale with our label', () => {
    const [disputed, verified] = reviews.map((r) => r.reviewRating as Node);
    expect(disputed).toMatchObject({ '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Disputed' });
    expect(verified).toMatchObject({ ratingValue: 5, alternateName: 'Verified' });
    expect(verified.ratingExplanation).toMatch(/1 = Disputed.*5 = Verified/);
  });

  it('describes the claim: quote, speaker (Person with jobTitle), the article and the reviewing organisation', () => {
    const verified = reviews[1];
    expect(verified.claimReviewed).toBe(data.claims.find((c) => c.id === 12)!.text);
    expect(verified.datePublished).toBe('2026-11-26T09:00:00.000Z'); // first publication
    expect(verified).not.toHaveProperty('dateModified'); // never corrected
    expect(verified).not.toHaveProperty('creativeWorkStatus');
    expect(verified.author).toEqual({ '@type': 'Organization', name: 'Cek Fakta Contoh', url: 'https://cekfakta.example.id' });
    const item = verified.itemReviewed as Node;
    expect(item['@type']).toBe('Claim');
    expect(item.author).toEqual({ '@type': 'Person', name: 'Vladimir Putin', jobTitle: 'Presiden Rusia' });
    expect(item.appearance).toMatchObject({
      '@type': 'NewsArticle',
      url: data.article.url,
      headline: data.article.title,
      publisher: { '@type': 'Organization', name: 'Harian, Contoh & Co' },
    });
  });

  it('follows corrections with dateModified and carries the public explanation as reviewBody', () => {
    const corrected = publishedReport();
    const claim = corrected.claims.find((c) => c.id === 12)!;
    claim.correctedAt = '2026-11-28T15:00:00.000Z';
    claim.publicExplanation = 'The transcript shows these words.';
    const review = (JSON.parse(renderClaimReview(corrected, 'en'))['@graph'] as Node[]).find((r) => r.url === `${PAGE}#claim-12`)!;
    expect(review.dateModified).toBe('2026-11-28T15:00:00.000Z');
    expect(review.reviewBody).toBe('The transcript shows these words.');
  });

  it('uses Organization for organisational speakers and omits an unknown author', () => {
    const altered = publishedReport();
    altered.claims.forEach((c) => (c.status = 'verified'));
    const graph = (JSON.parse(renderClaimReview(altered, 'en'))['@graph'] as Node[]).map((r) => r.itemReviewed as Node);
    expect(graph[2].author).toEqual({ '@type': 'Organization', name: 'Kementerian Luar Negeri' });
    expect(graph[3].author).toBeUndefined();
  });

  it('names a document quoted as a source ("the report") as an Organization, never a Person', () => {
    const altered = publishedReport();
    altered.claims.forEach((c) => (c.status = 'verified'));
    altered.claims.find((c) => c.id === 13)!.speaker = { name: 'the report', role: null, type: 'document' };
    const graph = (JSON.parse(renderClaimReview(altered, 'en'))['@graph'] as Node[]).map((r) => r.itemReviewed as Node);
    expect(graph[2].author).toEqual({ '@type': 'Organization', name: 'the report' });
  });

  it('never leaks internal notes or reviewer names', () => {
    const text = renderClaimReview(data, 'en');
    expect(text).not.toContain('Checked against transcript');
    expect(text).not.toContain('@reviewer');
    expect(text).not.toMatch(/[<>]/); // safe inside <script type="application/ld+json">
  });

  it('keeps the reviewed article under appearance only when its URL is http(s)', () => {
    const noUrl = { ...data, article: { ...data.article, url: 'javascript:alert(1)' } };
    const review = (JSON.parse(renderClaimReview(noUrl, 'en'))['@graph'] as Node[])[0];
    expect(review.url).toBe(`${PAGE}#claim-11`);
    expect((review.itemReviewed as Node).appearance).not.toHaveProperty('url');
    expect(renderClaimReview(noUrl, 'en')).not.toContain('javascript:');
  });
});

describe('ClaimReview JSON-LD of an unpublished review', () => {
  for (const [label, data] of [
    ['never published', hostileReport()],
    ['unpublished', { ...hostileReport(), publication: { published: false, url: PAGE, firstPublishedAt: '2026-11-26T09:00:00.000Z' } }],
  ] as const) {
    it(`${label}: has no URL, is marked Draft and says why`, () => {
      const reviews = (JSON.parse(renderClaimReview(data, 'en')) as { '@graph': Node[] })['@graph'];
      expect(reviews).toHaveLength(2);
      for (const review of reviews) {
        expect(review).not.toHaveProperty('url');
        expect(review.creativeWorkStatus).toBe('Draft');
        checkVocabulary(review);
      }
      expect(claimReviewUrl(data, data.claims[0]!)).toBeNull();
      expect(reviews[1]!.datePublished).toBe('2026-11-24'); // the review date
      expect(claimReviewDraftReason(data, 'en')).toMatch(/not published.*no URL/);
    });
  }

  it('gives no reason once published', () => {
    expect(claimReviewDraftReason(publishedReport(), 'en')).toBeNull();
  });
});

describe('claimReviewWarnings', () => {
  it('names every claim left out, header-safe', () => {
    const warnings = claimReviewWarnings(hostileReport(), 'en');
    expect(warnings).toEqual([
      'Claim 3 (id 13) not exported: status "Needs source" has no conclusion',
      'Claim 4 (id 14) not exported: status "Unreviewed" has no conclusion',
    ]);
    for (const w of warnings) expect(w).toMatch(/^[\x20-\x7e]+$/);
    expect(buildClaimReview(hostileReport(), 'en').warnings).toEqual(warnings);
  });
});

describe('ClaimReview in Indonesian', () => {
  it('names the ratings and their scale in Indonesian, with the same structure and numbers', () => {
    const en = JSON.parse(renderClaimReview(publishedReport(), 'en'))['@graph'] as Node[];
    const id = JSON.parse(renderClaimReview(publishedReport(), 'id'))['@graph'] as Node[];
    const rating = (r: Node) => r.reviewRating as Node;
    expect(id.map((r) => rating(r).alternateName)).toEqual(['Dibantah', 'Terverifikasi']);
    expect(en.map((r) => rating(r).alternateName)).toEqual(['Disputed', 'Verified']);
    expect(id.map((r) => rating(r).ratingValue)).toEqual(en.map((r) => rating(r).ratingValue));
    expect(rating(id[0]!).ratingExplanation).toBe(
      'Skala 1 sampai 5: 1 = Dibantah (klaim salah atau menyesatkan), 5 = Terverifikasi (klaim akurat).',
    );
    for (const review of id) checkVocabulary(review);
  });

  it('says what is left out and why it is a draft in Indonesian', () => {
    expect(claimReviewWarnings(hostileReport(), 'id')).toEqual([
      'Klaim 3 (id 13) tidak diekspor: status "Perlu sumber" belum berupa kesimpulan',
      'Klaim 4 (id 14) tidak diekspor: status "Belum ditinjau" belum berupa kesimpulan',
    ]);
    expect(claimReviewDraftReason(hostileReport(), 'id')).toMatch(/^Tinjauan ini belum diterbitkan/);
  });
});
