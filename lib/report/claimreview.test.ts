import { describe, expect, it } from 'vitest';

import { buildClaimReview, claimReviewUrl, claimReviewWarnings, renderClaimReview } from './claimreview';
import { hostileReport } from './fixtures';

type Node = Record<string, unknown>;

/**
 * schema.org properties allowed per type (own and inherited, from schema.org's definitions),
 * limited to what a ClaimReview export may reasonably use. Anything else is a mistake.
 */
const SCHEMA_ORG: Record<string, string[]> = {
  ClaimReview: ['url', 'claimReviewed', 'datePublished', 'author', 'reviewRating', 'itemReviewed', 'reviewBody', 'name', 'inLanguage'],
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

describe('ClaimReview JSON-LD', () => {
  const data = hostileReport();
  const doc = JSON.parse(renderClaimReview(data)) as { '@context': string; '@graph': Node[] };
  const reviews = doc['@graph'];

  it('is schema.org JSON-LD with one ClaimReview per concluded claim, in reading order', () => {
    expect(Object.keys(doc).sort()).toEqual(['@context', '@graph']);
    expect(doc['@context']).toBe('https://schema.org');
    expect(reviews).toHaveLength(2); // disputed #11, verified #12; needs_source and unreviewed left out
    expect(reviews.map((r) => r.url)).toEqual([
      'https://news.example.id/2024/06/19/putin-pyongyang?ref=a&b=1#claim-11',
      'https://news.example.id/2024/06/19/putin-pyongyang?ref=a&b=1#claim-12',
    ]);
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
    expect(verified.datePublished).toBe('2026-11-24');
    expect(reviews[0].datePublished).toBe('2026-11-25'); // no lastReviewedAt: the report date
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

  it('uses Organization for organisational speakers and omits an unknown author', () => {
    const altered = hostileReport();
    altered.claims.forEach((c) => (c.status = 'verified'));
    const graph = (JSON.parse(renderClaimReview(altered))['@graph'] as Node[]).map((r) => r.itemReviewed as Node);
    expect(graph[2].author).toEqual({ '@type': 'Organization', name: 'Kementerian Luar Negeri' });
    expect(graph[3].author).toBeUndefined();
  });

  it('never leaks internal notes or reviewer names', () => {
    const text = renderClaimReview(data);
    expect(text).not.toContain('Checked against transcript');
    expect(text).not.toContain('@reviewer');
    expect(text).not.toMatch(/[<>]/); // safe inside <script type="application/ld+json">
  });

  it('falls back to a stable URN when the article has no http(s) URL', () => {
    const noUrl = { ...data, article: { ...data.article, url: 'javascript:alert(1)' } };
    expect(claimReviewUrl(noUrl, data.claims[0])).toBe('urn:quote-desk:article-7:claim-12');
    const review = (JSON.parse(renderClaimReview(noUrl))['@graph'] as Node[])[0];
    expect((review.itemReviewed as Node).appearance).not.toHaveProperty('url');
    expect(renderClaimReview(noUrl)).not.toContain('javascript:');
  });
});

describe('claimReviewWarnings', () => {
  it('names every claim left out, header-safe', () => {
    const warnings = claimReviewWarnings(hostileReport());
    expect(warnings).toEqual([
      'Claim 3 (id 13) not exported: status "Needs source" has no conclusion',
      'Claim 4 (id 14) not exported: status "Unreviewed" has no conclusion',
    ]);
    for (const w of warnings) expect(w).toMatch(/^[\x20-\x7e]+$/);
    expect(buildClaimReview(hostileReport()).warnings).toEqual(warnings);
  });
});
