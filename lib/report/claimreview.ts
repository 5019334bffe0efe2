// schema.org ClaimReview JSON-LD: one ClaimReview per claim with a conclusion (verified or
// disputed). Only schema.org vocabulary appears in the output, so it stays valid for search
// engines and fact-check aggregators; claims that cannot be exported are reported separately by
// claimReviewWarnings() (for an HTTP header or the UI), never inside the JSON-LD.
//
// Deliberately NOT exported: reviewer notes (internal newsroom text, possibly legal advice) and
// reviewer names (the review is published by the organisation). reviewBody is the claim's public
// explanation, written for readers.

import { stringifyForHtml } from './json';
import {
  claimsInReadingOrder,
  isHttpUrl,
  isoDate,
  publishedUrl,
  type ReportClaim,
  type ReportData,
  type ReportLocale,
  type ReportStatus,
  type ReportText,
  type ReportTranslator,
  REPORT_MESSAGES,
  createTranslator,
  reportText,
} from './types';

/** The numeric scale: only the two ends are used, the wide gap leaves room for nuanced ratings later. */
export const RATING_SCALE = { worst: 1, best: 5 } as const;
const RATING_VALUES: Partial<Record<ReportStatus, number>> = { disputed: RATING_SCALE.worst, verified: RATING_SCALE.best };

/** What the numbers mean, in the report's language (schema.org's ratingExplanation). */
function ratingExplanation(t: ReportTranslator, text: ReportText): string {
  return t('claimReview.ratingExplanation', {
    worst: RATING_SCALE.worst,
    best: RATING_SCALE.best,
    disputed: text.status('disputed'),
    verified: text.status('verified'),
  });
}

export function isConcluded(claim: ReportClaim): boolean {
  return RATING_VALUES[claim.status] !== undefined;
}

/**
 * The ClaimReview's own URL: the public page that publishes the review, with `#claim-<id>` (the
 * claim's anchor there). The reviewed article is not the review's page: it belongs under
 * itemReviewed.appearance. An unpublished review has no such page, so it gets no URL (null)
 * rather than an invented one; see claimReviewDraftReason.
 */
export function claimReviewUrl(data: ReportData, claim: ReportClaim): string | null {
  const page = publishedUrl(data);
  if (!page || !isHttpUrl(page)) return null;
  const url = new URL(page.trim());
  url.hash = `claim-${claim.id}`;
  return url.href;
}

/** Why a ClaimReview export of this review cannot be published as it is, or null when it can. */
export function claimReviewDraftReason(data: ReportData, locale: ReportLocale): string | null {
  if (publishedUrl(data)) return null;
  const t = createTranslator({ locale, messages: REPORT_MESSAGES[locale], namespace: 'report' });
  return t('claimReview.draftReason');
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
  // schema.org lets a Claim's author be a Person or an Organization only: a document ("the
  // report") is published by an organisation, so it is the closer of the two.
  if (claim.speaker.type === 'organization' || claim.speaker.type === 'document') return { '@type': 'Organization', name };
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

/** Published: the first publication and the last correction (full timestamps). Draft: the review date. */
function reviewDates(data: ReportData, claim: ReportClaim): JsonLd {
  const publication = data.publication?.published ? data.publication : null;
  if (!publication) return { datePublished: isoDate(claim.lastReviewedAt ?? data.generatedAt), creativeWorkStatus: 'Draft' };
  return compact({ datePublished: publication.firstPublishedAt, dateModified: claim.correctedAt ?? undefined });
}

function claimReviewNode(data: ReportData, claim: ReportClaim, t: ReportTranslator, text: ReportText): JsonLd {
  return {
    '@type': 'ClaimReview',
    ...compact({ url: claimReviewUrl(data, claim) }),
    claimReviewed: claim.text,
    ...reviewDates(data, claim),
    ...compact({ reviewBody: claim.publicExplanation?.trim() }),
    author: organizationNode(data),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING_VALUES[claim.status],
      bestRating: RATING_SCALE.best,
      worstRating: RATING_SCALE.worst,
      alternateName: text.status(claim.status),
      ratingExplanation: ratingExplanation(t, text),
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
 * One line per claim left out, in the report's language, with no user text (just position, id
 * and status). The route sends them URI-encoded in a header (see components/reports/download.ts).
 */
export function claimReviewWarnings(data: ReportData, locale: ReportLocale): string[] {
  const t = createTranslator({ locale, messages: REPORT_MESSAGES[locale], namespace: 'report' });
  const text = reportText(locale);
  return claimsInReadingOrder(data)
    .filter((claim) => !isConcluded(claim))
    .map((claim) => t('claimReview.skipped', { position: claim.position, id: claim.id, status: text.status(claim.status) }));
}

/** The JSON-LD and the claims it leaves out; rating names and explanation in `locale`. */
export function buildClaimReview(data: ReportData, locale: ReportLocale): { jsonLd: string; warnings: string[] } {
  const t = createTranslator({ locale, messages: REPORT_MESSAGES[locale], namespace: 'report' });
  const text = reportText(locale);
  const graph = claimsInReadingOrder(data)
    .filter(isConcluded)
    .map((claim) => claimReviewNode(data, claim, t, text));
  const jsonLd = `${stringifyForHtml({ '@context': 'https://schema.org', '@graph': graph })}\n`;
  return { jsonLd, warnings: claimReviewWarnings(data, locale) };
}

export function renderClaimReview(data: ReportData, locale: ReportLocale): string {
  return buildClaimReview(data, locale).jsonLd;
}
