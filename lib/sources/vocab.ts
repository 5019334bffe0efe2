// Vocabularies of the source check, shared by the schema, zod and the UI. A module of its own (no
// Drizzle, no matcher) so client components can import it cheaply.

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
