// The public page of a published review: exactly what readers may see, and nothing else. It is
// stored as a JSON snapshot (article_publications.snapshot) when the review is published and at
// each sign-off while published. Pure module: no database, React or Next imports.
//
// Deliberately absent: internal notes, reviewer names and emails (the sign-off name is only shown
// when the desk credits reviewers, see renderPublicPage), hidden and set-aside claims, tokens.

import type { ReviewStatus, SpeakerType } from '../vocab';

export type PublicVerdict = Exclude<ReviewStatus, 'unreviewed'>;

export interface PublicCorrection {
  at: string;
  fromStatus: ReviewStatus;
  toStatus: ReviewStatus;
  note: string;
}

export interface PublicClaim {
  id: number;
  position: number;
  kind: 'direct' | 'indirect';
  text: string;
  speaker: { name: string | null; role: string | null; type: SpeakerType | null };
  status: PublicVerdict;
  explanation: string;
  evidence: { url: string; title: string }[];
  /** Oldest first. */
  corrections: PublicCorrection[];
}

export interface PublicReview {
  slug: string;
  /** PUBLIC_URL + /p/<slug> at publication. */
  pageUrl: string;
  article: { title: string; outlet: string | null; url: string | null; language: string; publishedAt: string | null };
  organization: { name: string; url: string | null };
  signOff: { by: string; at: string; chainHead: string };
  firstPublishedAt: string;
  /** When this snapshot was taken: Last-Modified of the page. */
  updatedAt: string;
  claims: PublicClaim[];
}

/** What the article page's sign-off panel shows (built by server/publish-panel-data.ts). */
export type PublishPanelData = {
  articleId: number;
  state: 'none' | 'signed_off' | 'reopened';
  signedOff: { by: string; at: string; chainHead: string } | null;
  reopened: { by: string; at: string; reason: string } | null;
  published: boolean;
  publicUrl: string | null;
  unpublishedAt: string | null;
  signOffBlockers: { claimId: number; message: string }[];
  publishBlockers: { claimId: number; message: string }[];
  changes: { claimId: number; position: number; fromStatus: ReviewStatus; toStatus: ReviewStatus }[];
  /** Why publishing cannot work on this server (PUBLIC_URL), or null. */
  publicUrlProblem: string | null;
};
