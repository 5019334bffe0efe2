// Plain, serialisable shapes passed from the server to client components and the JSON API.
import type { AnchorState, ClaimKind, ClaimOrigin, ReviewStatus, SpeakerType } from './vocab';

export type EvidenceView = { id: number; url: string; title: string; addedByName: string | null; addedAt: string };

export type ReviewState = {
  status: ReviewStatus;
  note: string;
  version: number;
  updatedByName: string | null;
  updatedAt: string | null;
  evidence: EvidenceView[];
};

export type ClaimView = ReviewState & {
  id: number;
  articleId: number;
  kind: ClaimKind;
  quote: string;
  start: number;
  end: number;
  sentence: string;
  cue: string | null;
  speakerMention: string | null;
  origin: ClaimOrigin;
  hidden: boolean;
  anchor: AnchorState | null;
  /** The extractor's confidence in the attribution (0–1; 1 for claims added by hand): see lib/speaker-check.ts. */
  confidence: number;
  /** A person chose this speaker: the claim was added by hand, or its speaker was changed by hand. */
  speakerByHand: boolean;
  /** The attribution is doubtful (lib/speaker-check.ts isUnsureSpeaker): the card may ask to check it. */
  unsureSpeaker: boolean;
  speaker: { id: number; name: string; role: string | null; type: SpeakerType | null } | null;
};

/**
 * What the review page knows about every claim from the first byte: enough to highlight it in
 * the text, count it, filter it and notice others' changes. The card's own data (quote, context,
 * note, evidence...) is sent for the first screen of cards and fetched as more are revealed, so a
 * 2,000-claim article does not ship 2,000 cards' worth of data before the editor can start.
 * A ClaimView is also a ClaimOutline.
 */
export type ClaimOutline = Pick<ClaimView, 'id' | 'start' | 'end' | 'status' | 'kind' | 'version'> & {
  speaker: { name: string } | null;
  /** Present (true) only on doubtful attributions, so a long article's outline stays small. */
  unsureSpeaker?: boolean;
};

/** Cards rendered (and sent with the page) at first: a typical article's all, a long one's first. */
export const FIRST_CARDS = 60;
/** Cards added per step as the editor scrolls on. */
export const CARDS_PER_STEP = 60;

/** True when the card's own data is present (not only the outline). */
export function isFullClaim(c: ClaimOutline): c is ClaimView {
  return 'quote' in c;
}

export type HistoryEntry = {
  id: number;
  at: string;
  actorName: string;
  action: string;
  fromStatus: ReviewStatus | null;
  toStatus: ReviewStatus | null;
  note: string | null;
  detail: Record<string, unknown> | null;
};

/** How a change to one claim ended, as db/queries report it (reviews, evidence, corrections,
 * source passages). server/outcome.ts turns it into the action result the UI and API return. */
export type ClaimChangeOutcome<Done extends object = object> =
  | ({ ok: true; claim: ClaimView } & Done)
  | { ok: false; reason: 'not_found'; message?: string }
  | { ok: false; reason: 'conflict'; claim: ClaimView; message?: string }
  | { ok: false; reason: 'rule'; fieldErrors: Record<string, string[]>; message?: string };
