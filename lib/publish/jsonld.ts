// The ClaimReview JSON-LD of a published review: the same formatter as the desk's export, fed
// with the public snapshot only, so the page and the export say the same thing.

import { renderClaimReview } from '../report/claimreview';
import type { ReportData, ReportLocale } from '../report/types';
import type { PublicReview } from './types';

export function publicReportData(review: PublicReview): ReportData {
  return {
    article: { id: 0, slug: review.slug, ...review.article },
    generatedAt: review.updatedAt,
    // Nobody's name: the review is published by the organisation.
    generatedBy: { name: review.organization.name, email: '' },
    organization: review.organization,
    chain: { intact: true, checked: 0, firstBadEventId: null },
    publication: { published: true, url: review.pageUrl, firstPublishedAt: review.firstPublishedAt },
    claims: review.claims.map((c) => ({
      id: c.id,
      position: c.position,
      kind: c.kind,
      text: c.text,
      sentence: '',
      cue: null,
      speaker: c.speaker,
      status: c.status,
      note: null,
      evidence: c.evidence,
      lastReviewer: null,
      lastReviewedAt: null,
      history: [],
      publicExplanation: c.explanation,
      correctedAt: c.corrections.at(-1)?.at ?? null,
    })),
  };
}

/** The page's JSON-LD, its rating names in the page's language. */
export function publicClaimReview(review: PublicReview, locale: ReportLocale): string {
  return renderClaimReview(publicReportData(review), locale);
}
