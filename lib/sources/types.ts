// Plain, serialisable shapes of the source check, passed from the server to client components,
// the JSON API and the reports.
import type { MatchVerdict, ReviewStatus, SourceKind } from '../vocab';

export type SourceSummary = {
  id: number;
  title: string;
  kind: SourceKind;
  url: string | null;
  date: string | null;
  language: string;
  createdByName: string | null;
  createdAt: string;
};

export type VerdictCounts = Record<MatchVerdict, number>;

/** A source attached to an article, with how the article's claims matched it. Sources in another
 * language are not matched automatically (`sameLanguage` false): the reviewer links passages. */
export type AttachedSource = SourceSummary & { sameLanguage: boolean; counts: VerdictCounts };

export type DiffPartView = { op: 'equal' | 'insert' | 'delete'; text: string };

/** One source's best passage for one claim. */
export type MatchView = {
  sourceId: number;
  sourceTitle: string;
  sourceUrl: string | null;
  start: number | null;
  end: number | null;
  text: string;
  score: number;
  verdict: MatchVerdict;
  diff: DiffPartView[];
  passages: { start: number; end: number; text: string }[];
  quoteOnly: string[];
  sourceOnly: string[];
  differingWords: number;
  context: { before: string; after: string };
  stitched: boolean;
};

/** The line on a claim card: the best automatic match, and passages linked by hand. */
export type ClaimCheck = {
  best: Pick<MatchView, 'sourceId' | 'sourceTitle' | 'verdict' | 'score' | 'differingWords' | 'stitched'> | null;
  linked: { sourceId: number; sourceTitle: string; manual: boolean }[];
};

/** The same quote in another article of the desk, and what was decided there. */
export type AlsoIn = {
  claimId: number;
  articleId: number;
  articleTitle: string;
  status: ReviewStatus;
  note: string;
  updatedByName: string | null;
  updatedAt: string | null;
  evidenceCount: number;
};

/** Everything the review page needs about sources, keyed by claim id. */
export type ArticleSourceCheck = {
  sources: AttachedSource[];
  checks: Record<number, ClaimCheck>;
  alsoIn: Record<number, AlsoIn[]>;
};
