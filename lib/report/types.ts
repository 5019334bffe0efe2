// The input of every report formatter, plus the few helpers all formatters share.
// Pure TypeScript (no React, Next or database imports): the CLI, the unit tests and the server
// all call the formatters with the same plain object.

import { REVIEW_STATUSES, STATUS_LABELS, type ReviewStatus, type SpeakerType } from '../vocab';
import type { ReportText } from './i18n';

export {
  createTranslator,
  generatedByLine,
  reportText,
  isReportLocale,
  REPORT_LOCALES,
  REPORT_MESSAGES,
  type ReportLocale,
  type ReportText,
  type ReportTranslator,
} from './i18n';

// The desk's one status vocabulary (lib/vocab.ts is pure too), under the names reports use.
export const REPORT_STATUSES = REVIEW_STATUSES;
export type ReportStatus = ReviewStatus;
export { STATUS_LABELS };

export interface ReportHistoryEvent {
  at: string /* ISO */;
  actor: string;
  action: string /* e.g. 'review', 'evidence_added', 'claim_added', 'speaker_changed', 'not_a_claim' */;
  fromStatus: ReportStatus | null;
  toStatus: ReportStatus | null;
  note: string | null;
  detail: string | null;
}

export interface ReportClaim {
  id: number;
  position: number /* 1-based reading order */;
  kind: 'direct' | 'indirect';
  text: string;
  sentence: string;
  cue: string | null;
  speaker: { name: string | null; role: string | null; type: SpeakerType | null };
  status: ReportStatus;
  note: string | null;
  evidence: { url: string; title: string }[];
  lastReviewer: string | null;
  lastReviewedAt: string | null;
  history: ReportHistoryEvent[];
  /** What readers see (never the internal note); only the public page and ClaimReview use it. */
  publicExplanation?: string | null;
  /** When a published verdict was last corrected: ClaimReview's dateModified. */
  correctedAt?: string | null;
  /** How the quote held against the attached primary sources; null or absent when none. */
  sourceCheck?: ReportSourceCheck | null;
  /** The extractor's confidence in the attribution, 0–1 (lib/speaker-check.ts); absent in reports built without it. */
  speakerConfidence?: number;
  /** A person chose the speaker (added or re-attributed by hand): the confidence no longer applies. */
  speakerByHand?: boolean;
}

/** The sign-off of a review: who stood behind it, when, and the history chain head it covers. */
export interface ReportSignOff {
  state: 'signed_off' | 'reopened';
  by: string;
  at: string;
  chainHead: string;
  reopened: { by: string; at: string; reason: string } | null;
}

/** Where a review is published; absent or `published: false` when readers cannot open it. */
export interface ReportPublication {
  published: boolean;
  url: string;
  firstPublishedAt: string;
}

/** The best match of a claim in the article's attached sources, or a passage linked by hand. */
export interface ReportSourceCheck {
  /** null: no automatic verdict, the passage was linked by hand (a source in another language). */
  verdict: 'exact' | 'close' | 'altered' | 'not_found' | null;
  score: number | null;
  source: { title: string; url: string | null } | null;
  /** The source's passage (several joined with " … " when the quote was stitched). */
  passage: string | null;
  quoteOnly: string[];
  sourceOnly: string[];
  /** A passage of this source is among the claim's evidence. */
  usedAsEvidence: boolean;
}

export interface ReportData {
  schemaVersion?: never; // (the JSON formatter adds its own)
  article: {
    id: number;
    slug: string;
    title: string;
    outlet: string | null;
    url: string | null;
    language: string;
    publishedAt: string | null;
  };
  generatedAt: string;
  generatedBy: { name: string; email: string };
  organization: { name: string; url: string | null };
  claims: ReportClaim[];
  chain: { intact: boolean; checked: number; firstBadEventId: number | null };
  signOff?: ReportSignOff | null;
  publication?: ReportPublication | null;
}

export interface ArticleSummaryRow {
  id: number;
  slug: string;
  title: string;
  outlet: string | null;
  language: string;
  total: number;
  unreviewed: number;
  verified: number;
  disputed: number;
  needsSource: number;
  completion: number /* 0..1 */;
}

/**
 * Shown wherever a claim has no attributed speaker, so the gap is visible rather than blank
 * (English; a report uses its language's `report.unknownSpeaker`).
 */
export const UNKNOWN_SPEAKER = 'Unknown speaker';

// ---------------------------------------------------------------------------------------------
// summarize: the one place totals are computed, so every format reports the same numbers.

export type StatusCounts = Record<ReportStatus, number>;

export interface SpeakerSummary {
  speaker: string;
  total: number;
  byStatus: StatusCounts;
}

export interface ReportSummary {
  total: number;
  byStatus: StatusCounts;
  /** Most-quoted speaker first; ties in name order so the output is stable. */
  bySpeaker: SpeakerSummary[];
}

function emptyCounts(): StatusCounts {
  return { unreviewed: 0, verified: 0, disputed: 0, needs_source: 0 };
}

/** `unknownSpeaker` names the claims without a speaker (in the report's language). */
export function summarize(data: ReportData, unknownSpeaker = UNKNOWN_SPEAKER): ReportSummary {
  const byStatus = emptyCounts();
  const speakers = new Map<string, SpeakerSummary>();
  for (const claim of data.claims) {
    byStatus[claim.status] += 1;
    const name = speakerName(claim, unknownSpeaker);
    let entry = speakers.get(name);
    if (!entry) {
      entry = { speaker: name, total: 0, byStatus: emptyCounts() };
      speakers.set(name, entry);
    }
    entry.total += 1;
    entry.byStatus[claim.status] += 1;
  }
  const bySpeaker = [...speakers.values()].sort(
    (a, b) => b.total - a.total || a.speaker.localeCompare(b.speaker),
  );
  return { total: data.claims.length, byStatus, bySpeaker };
}

// ---------------------------------------------------------------------------------------------
// Small shared helpers (one definition each; the format-specific escaping lives with its format).

/** Claims in the order a reader meets them; the input order is not trusted. */
export function claimsInReadingOrder(data: ReportData): ReportClaim[] {
  return [...data.claims].sort((a, b) => a.position - b.position || a.id - b.id);
}

export function speakerName(claim: ReportClaim, unknownSpeaker = UNKNOWN_SPEAKER): string {
  const name = claim.speaker.name?.trim();
  return name ? name : unknownSpeaker;
}

/** "Name (role)", or the name alone. */
export function speakerWithRole(claim: ReportClaim, text: ReportText): string {
  const role = claim.speaker.role?.trim();
  const name = speakerName(claim, text.unknownSpeaker);
  return role ? `${name} (${role})` : name;
}

/** Only http(s) URLs ever become links: `javascript:`, `data:` and friends stay plain text. */
export function isHttpUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A direct quote in quotation marks; a reported claim is a paraphrase and gets none. */
export function quotedText(claim: { kind: 'direct' | 'indirect'; text: string }): string {
  return claim.kind === 'direct' ? `“${claim.text}”` : claim.text;
}

/** The calendar date (YYYY-MM-DD, UTC) of a timestamp or Date; the input unchanged if unparseable. */
export function isoDate(value: string | Date): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString().slice(0, 10);
}

/** One line per evidence item, 'title — url', used where links cannot be clickable (CSV, PDF text). */
export function evidenceLine(item: { url: string; title: string }): string {
  const title = item.title.trim();
  return title ? `${title} — ${item.url}` : item.url;
}

/** The public page's address when the review is published, otherwise null. */
export function publishedUrl(data: ReportData): string | null {
  return data.publication?.published ? data.publication.url : null;
}
