// JSON report: the report data as given, in reading order, plus the shared summary and a
// schemaVersion. Its contract is lib/report/report.schema.json (bump REPORT_SCHEMA_VERSION and
// the schema's `schemaVersion.const` together on any incompatible change).

import { reportText } from './i18n';
import { REVIEW_STATUSES, type ReviewStatus } from '../vocab';
import {
  claimsInReadingOrder,
  summarize,
  type ReportClaim,
  type ReportData,
  type ReportLocale,
  type ReportPublication,
  type ReportSignOff,
  type ReportSummary,
} from './types';

export const REPORT_SCHEMA_VERSION = 1;

export interface JsonReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  /** The language of the human-readable labels; keys and ids are English whatever it is. */
  locale: ReportLocale;
  article: ReportData['article'];
  generatedAt: string;
  generatedBy: ReportData['generatedBy'];
  organization: ReportData['organization'];
  summary: ReportSummary & { statusLabels: Record<ReviewStatus, string> };
  claims: ReportData['claims'];
  chain: ReportData['chain'];
  /** Who signed the review off and when (null: never signed off). */
  signOff: ReportSignOff | null;
  /** The public page (null: never published; `published: false` once unpublished). */
  publication: ReportPublication | null;
}

/**
 * JSON.stringify, with `<`, `>` and `&` written as \u escapes: still the same JSON value, but the
 * text can be embedded in an HTML <script> block (as JSON-LD is) without a quote containing
 * `</script>` ending it.
 */
export function stringifyForHtml(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Fields are copied by name, not spread: the caller's objects may carry extra properties at run
// time (TypeScript allows it), and the schema forbids properties it does not describe.

function pickClaim(c: ReportClaim): ReportClaim {
  return {
    id: c.id,
    position: c.position,
    kind: c.kind,
    text: c.text,
    sentence: c.sentence,
    cue: c.cue,
    speaker: { name: c.speaker.name, role: c.speaker.role, type: c.speaker.type },
    status: c.status,
    note: c.note,
    evidence: c.evidence.map((e) => ({ url: e.url, title: e.title })),
    lastReviewer: c.lastReviewer,
    lastReviewedAt: c.lastReviewedAt,
    history: c.history.map((h) => ({
      at: h.at,
      actor: h.actor,
      action: h.action,
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      note: h.note,
      detail: h.detail,
    })),
    // Absent when the caller gave none (reports built before the source check existed).
    ...(c.sourceCheck === undefined ? {} : { sourceCheck: c.sourceCheck
      ? {
          verdict: c.sourceCheck.verdict,
          score: c.sourceCheck.score,
          source: c.sourceCheck.source ? { title: c.sourceCheck.source.title, url: c.sourceCheck.source.url } : null,
          passage: c.sourceCheck.passage,
          quoteOnly: [...c.sourceCheck.quoteOnly],
          sourceOnly: [...c.sourceCheck.sourceOnly],
          usedAsEvidence: c.sourceCheck.usedAsEvidence,
        }
      : null }),
    // Added at the end, and only when known, so earlier reports and readers keep working.
    ...(c.speakerConfidence === undefined ? {} : { speakerConfidence: c.speakerConfidence }),
    ...(c.speakerByHand === undefined ? {} : { speakerByHand: c.speakerByHand }),
  };
}

export function buildJsonReport(data: ReportData, locale: ReportLocale): JsonReport {
  const { article, generatedBy, organization, chain } = data;
  const text = reportText(locale);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    locale,
    article: {
      id: article.id,
      slug: article.slug,
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      language: article.language,
      publishedAt: article.publishedAt,
    },
    generatedAt: data.generatedAt,
    generatedBy: { name: generatedBy.name, email: generatedBy.email },
    organization: { name: organization.name, url: organization.url },
    summary: {
      ...summarize(data, text.unknownSpeaker),
      statusLabels: Object.fromEntries(REVIEW_STATUSES.map((s) => [s, text.status(s)])) as Record<ReviewStatus, string>,
    },
    claims: claimsInReadingOrder(data).map(pickClaim),
    chain: { intact: chain.intact, checked: chain.checked, firstBadEventId: chain.firstBadEventId },
    signOff: data.signOff
      ? {
          state: data.signOff.state,
          by: data.signOff.by,
          at: data.signOff.at,
          chainHead: data.signOff.chainHead,
          reopened: data.signOff.reopened ? { by: data.signOff.reopened.by, at: data.signOff.reopened.at, reason: data.signOff.reopened.reason } : null,
        }
      : null,
    publication: data.publication
      ? { published: data.publication.published, url: data.publication.url, firstPublishedAt: data.publication.firstPublishedAt }
      : null,
  };
}

export function renderJson(data: ReportData, locale: ReportLocale): string {
  return `${stringifyForHtml(buildJsonReport(data, locale))}\n`;
}
