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
  confidence: number;
  speaker: { id: number; name: string; role: string | null; type: SpeakerType | null } | null;
};

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
