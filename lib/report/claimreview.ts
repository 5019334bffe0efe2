// schema.org ClaimReview JSON-LD: one ClaimReview per claim with a conclusion (verified or
// disputed). Only schema.org vocabulary appears in the output, so it stays valid for search
// engines and fact-check aggregators; claims that cannot be exported are reported separately by
// claimReviewWarnings() (for an HTTP header or the UI), never inside the JSON-LD.
//
// Deliberately NOT exported: reviewer notes (internal newsroom text, possibly legal advice) and
// reviewer names (the review is published by the organisation).

import { stringifyForHtml } from './json';
import { STATUS_LABELS, claimsInReadingOrder, isHttpUrl, isoDate, type ReportClaim, type ReportData, type ReportStatus } from './types';

/** The numeric scale: only the two ends are used, the wide gap leaves room for nuanced ratings later. */
export const RATING_SCALE = { worst: 1, best: 5 } as const;
const RATING_VALUES: Partial<Record<ReportStatus, number>> = { disputed: RATING_SCALE.worst, verified: RATING_SCALE.best };
const RATING_EXPLANATION =
  'Scale 1 to 5: 1 = Disputed (the claim is false or misleading), 5 = Verified (the claim is accurate).';

export function isConcluded(claim: ReportClaim): boolean {
  return RATING_VALUES[claim.status] !== undefined;
}

/**
 * The ClaimReview's own URL: the article URL with `#claim-<id>` (the fragment the app uses for a
 * claim). Without an http(s) article URL, a stable URN built from ids that never change,
 * `urn:quote-desk:article-<articleId>:claim-<claimId>`, so re-exports still identify the same review.
 */
export function claimReviewUrl(data: ReportData, claim: ReportClaim): string {
  if (isHttpUrl(data.article.url)) {
    const url = new URL(data.article.url.trim());
    url.hash = `claim-${claim.id}`;
    return url.href;
  }
  return `urn:quote-desk:article-${data.article.id}:claim-${claim.id}`;
}

type JsonLd = Record<string, unknown>;

/** Drop null/undefined/empty values so the JSON-LD never states an empty property. */
function compact(node: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== null && v !== undefined && v !== ''));
}

function speakerNode(claim: ReportClaim): JsonLd | undefined {
  const name = claim.speaker.name?.trim();
  if (!name) return undefined;
  // A speaker of unknown type is most often a person quoted by name; Person is the safer default.
  if (claim.speaker.type === 'organization') return { '@type': 'Organization', name };
  return compact({ '@type': 'Person', name, jobTitle: claim.speaker.role?.trim() });
}

function articleNode(data: ReportData): JsonLd {
  const { article } = data;
  return compact({
    '@type': 'NewsArticle',
    url: isHttpUrl(article.url) ? article.url.trim() : undefined,
    headline: article.title,
    inLanguage: article.language,
    datePublished: article.publishedAt ?? undefined,
    publisher: article.outlet ? { '@type': 'Organization', name: article.outlet } : undefined,
  });
}

function organizationNode(data: ReportData): JsonLd {
  return compact({
    '@type': 'Organization',
    name: data.organization.name,
    url: isHttpUrl(data.organization.url) ? data.organization.url.trim() : undefined,
  });
}

function claimReviewNode(data: ReportData, claim: ReportClaim): JsonLd {
  return {
    '@type': 'ClaimReview',
    url: claimReviewUrl(data, claim),
    claimReviewed: claim.text,
    datePublished: isoDate(claim.lastReviewedAt ?? data.generatedAt),
    author: organizationNode(data),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING_VALUES[claim.status],
      bestRating: RATING_SCALE.best,
      worstRating: RATING_SCALE.worst,
      alternateName: STATUS_LABELS[claim.status],
      ratingExplanation: RATING_EXPLANATION,
    },
    // The primary source the review rests on, when one of its passages is evidence.
    ...(claim.sourceCheck?.usedAsEvidence && claim.sourceCheck.source
      ? { isBasedOn: compact({ '@type': 'CreativeWork', name: claim.sourceCheck.source.title, url: isHttpUrl(claim.sourceCheck.source.url) ? claim.sourceCheck.source.url.trim() : undefined }) }
      : {}),
    itemReviewed: compact({
      '@type': 'Claim',
      author: speakerNode(claim),
      appearance: articleNode(data),
    }),
  };
}

/**
 * One line per claim left out. ASCII only, with no user text (just position, id and status), so
 * the route can put them in an HTTP header as they are.
 */
export function claimReviewWarnings(data: ReportData): string[] {
  return claimsInReadingOrder(data)
    .filter((claim) => !isConcluded(claim))
    .map(
      (claim) =>
        `Claim ${claim.position} (id ${claim.id}) not exported: status "${STATUS_LABELS[claim.status]}" has no conclusion`,
    );
}

export function buildClaimReview(data: ReportData): { jsonLd: string; warnings: string[] } {
  const graph = claimsInReadingOrder(data)
    .filter(isConcluded)
    .map((claim) => claimReviewNode(data, claim));
  const jsonLd = `${stringifyForHtml({ '@context': 'https://schema.org', '@graph': graph })}\n`;
  return { jsonLd, warnings: claimReviewWarnings(data) };
}

export function renderClaimReview(data: ReportData): string {
  return buildClaimReview(data).jsonLd;
}
