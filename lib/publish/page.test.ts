import { describe, expect, it } from 'vitest';
import { renderPublicMessagePage, renderPublicPage } from './page';
import type { PublicReview } from './types';

const PAGE = 'https://factcheck.example.org/p/harbour-story';

function review(): PublicReview {
  return {
    slug: 'harbour-story',
    pageUrl: PAGE,
    article: { title: 'Harbour <b>story</b>', outlet: 'Example & News', url: 'https://news.example.org/harbour', language: 'id', publishedAt: '2026-11-01' },
    organization: { name: 'Cek Fakta', url: 'https://cekfakta.example.org' },
    signOff: { by: 'Eda Editor', at: '2026-11-29T10:00:00.000Z', chainHead: 'a'.repeat(64) },
    firstPublishedAt: '2026-11-29T11:00:00.000Z',
    updatedAt: '2026-11-30T09:00:00.000Z',
    claims: [
      {
        id: 41,
        position: 1,
        kind: 'direct',
        text: 'We will </script><script>alert(1)</script> build it',
        speaker: { name: 'Dana Holt', role: 'Director', type: 'person' },
        status: 'disputed',
        explanation: 'Port records show <no> such plan.',
        evidence: [
          { url: 'https://records.example.org/1', title: 'Port records' },
          { url: 'javascript:alert(1)', title: 'Bad link' },
        ],
        corrections: [{ at: '2026-11-30T09:00:00.000Z', fromStatus: 'verified', toStatus: 'disputed', note: 'the port revised its records' }],
      },
      {
        id: 42,
        position: 3,
        kind: 'indirect',
        text: 'ferries will run at night',
        speaker: { name: null, role: null, type: null },
        status: 'needs_source',
        explanation: 'No timetable has been published.',
        evidence: [],
        corrections: [],
      },
    ],
  };
}

function jsonLd(html: string) {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]!) as { '@graph': Record<string, unknown>[] };
}

describe('renderPublicPage', () => {
  const html = renderPublicPage(review(), { creditReviewers: false });

  it('escapes every piece of user text and links only http(s) URLs', () => {
    expect(html).toContain('Harbour &lt;b&gt;story&lt;/b&gt;');
    expect(html).toContain('Port records show &lt;no&gt; such plan.');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('<a href="https://records.example.org/1" rel="nofollow noopener noreferrer">Port records</a>');
    // One script element only: the JSON-LD, which a quote cannot end.
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('embeds ClaimReview JSON-LD whose url is the claim on this page and whose appearance is the article', () => {
    const graph = jsonLd(html)['@graph'];
    expect(graph).toHaveLength(1); // Needs source has no rating
    const [review0] = graph;
    expect(review0!.url).toBe(`${PAGE}#claim-41`);
    expect((review0!.itemReviewed as Record<string, Record<string, unknown>>).appearance).toMatchObject({ '@type': 'NewsArticle', url: 'https://news.example.org/harbour' });
    expect(review0!.reviewRating).toMatchObject({ alternateName: 'Disputed' });
    expect(review0!.dateModified).toBe('2026-11-30T09:00:00.000Z');
    expect(review0!.datePublished).toBe('2026-11-29T11:00:00.000Z');
  });

  it('shows verdicts, the correction line, anchors for each claim, and the sign-off without names by default', () => {
    expect(html).toContain('id="claim-41"');
    expect(html).toContain('>Claim 2</h3>'); // numbered on the page, not by desk position (3)
    expect(html).toContain('Verdict: Disputed');
    expect(html).toContain('Verdict: Needs source');
    expect(html).toContain('Updated 30 November 2026: was Verified, now Disputed, because the port revised its records.');
    expect(html).toContain(`Signed off by the editors of Cek Fakta on 29 November 2026, history chain <code>${'a'.repeat(64)}</code>.`);
    expect(html).not.toContain('Eda Editor');
    expect(html).toContain('<blockquote lang="id">');
  });

  it('credits the editor only when the desk chooses to', () => {
    expect(renderPublicPage(review(), { creditReviewers: true })).toContain('Signed off by Eda Editor on');
  });
});

describe('renderPublicMessagePage', () => {
  it('is a small escaped page', () => {
    const html = renderPublicMessagePage('Page <x>', 'Nothing & more');
    expect(html).toContain('<h1>Page &lt;x&gt;</h1>');
    expect(html).toContain('Nothing &amp; more');
  });
});
