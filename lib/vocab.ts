// The desk's vocabularies (statuses, roles, events, sources), shared by the database schema, zod
// validation, the UI and the reports.
// Kept in a module of its own (no Drizzle import) so client components can use it cheaply.

export const REVIEW_STATUSES = ['unreviewed', 'verified', 'disputed', 'needs_source'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const STATUS_LABELS: Record<ReviewStatus, string> = {
  unreviewed: 'Unreviewed',
  verified: 'Verified',
  disputed: 'Disputed',
  needs_source: 'Needs source',
};

export const CLAIM_KINDS = ['direct', 'indirect'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_ORIGINS = ['extracted', 'manual'] as const;
export type ClaimOrigin = (typeof CLAIM_ORIGINS)[number];

export const ANCHOR_STATES = ['unchanged', 'moved', 'changed', 'missing'] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

/** Where a new text version leaves a claim that needs a fresh look: its review goes back to
 * Unreviewed and the claim is in the Re-check queue until someone reviews it. */
export const RECHECK_ANCHORS = ['changed', 'missing'] as const satisfies readonly AnchorState[];

export function needsRecheck(state: AnchorState): boolean {
  return (RECHECK_ANCHORS as readonly AnchorState[]).includes(state);
}

/** What kind of source a speaker is: someone, an organisation (a ministry, a country, a company),
 * or a document or outlet ("the report", "according to the survey", "the newspaper wrote"), which
 * is a source but not someone. The extractor's `speakerKind`. */
export const SPEAKER_TYPES = ['person', 'organization', 'document'] as const;
export type SpeakerType = (typeof SPEAKER_TYPES)[number];

export const ROLES = ['admin', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** What an audit event records. Every change to a claim, its review or its evidence is one of these. */
export const EVENT_ACTIONS = [
  'review', // status and/or note changed
  'evidence_added',
  'evidence_removed',
  'claim_added',
  'claim_hidden',
  'claim_restored',
  'speaker_changed',
  'span_changed',
  'claims_merged',
  'reanchored',
  // Sign-off and publication (recorded on every visible claim of the article, so each claim's
  // history and the hash chain carry them): see db/queries/publish.ts.
  'public_explanation',
  'set_aside',
  'signed_off',
  'reopened',
  'published',
  'unpublished',
  'corrected',
] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What each event is called, on screen and in every report format alike. */
export const EVENT_LABELS: Record<EventAction, string> = {
  review: 'Review',
  evidence_added: 'Evidence added',
  evidence_removed: 'Evidence removed',
  claim_added: 'Claim added',
  claim_hidden: 'Marked "Not a claim"',
  claim_restored: 'Restored as a claim',
  speaker_changed: 'Speaker changed',
  span_changed: 'Span adjusted',
  claims_merged: 'Quotes merged',
  reanchored: 'Re-anchored in new version',
  public_explanation: 'Public explanation',
  set_aside: 'Set aside',
  signed_off: 'Signed off',
  reopened: 'Reopened',
  published: 'Published',
  unpublished: 'Unpublished',
  corrected: 'Correction noted',
};

/** The label of an event; an action this version does not know (an older export, say) is shown
 * in words: 'not_a_claim' → 'Not a claim'. */
export function eventLabel(action: string): string {
  if (Object.hasOwn(EVENT_LABELS, action)) return EVENT_LABELS[action as EventAction];
  const words = action.replace(/_/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : action;
}

/** An article's review once an editor has signed it off: frozen, or reopened for changes. */
export const SIGNOFF_STATES = ['signed_off', 'reopened'] as const;
export type SignoffState = (typeof SIGNOFF_STATES)[number];

/** Who signs off, reopens, publishes and unpublishes a review: the desk's editors are its admins. */
export const EDITOR_ROLES = ['admin'] as const;

/** Who may change reviews, corrections, sources and articles (viewers read and export). */
export const REVIEWER_ROLES = ['admin', 'reviewer'] as const;

// The source check (primary sources attached to articles).

export const SOURCE_KINDS = ['transcript', 'statement', 'interview', 'press_release', 'article', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  transcript: 'Transcript',
  statement: 'Official statement',
  interview: 'Interview',
  press_release: 'Press release',
  article: 'Article',
  other: 'Other',
};

/** exact: the same words · close: a word or two differ, nothing that flips meaning · altered:
 * clearly this passage, but words changed, added or dropped · not_found: nothing close enough. */
export const MATCH_VERDICTS = ['exact', 'close', 'altered', 'not_found'] as const;
export type MatchVerdict = (typeof MATCH_VERDICTS)[number];

export const VERDICT_LABELS: Record<MatchVerdict, string> = {
  exact: 'exact',
  close: 'close',
  altered: 'altered',
  not_found: 'not found',
};
