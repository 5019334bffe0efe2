/** The word lists one language contributes to extraction. All entries are lower case. */
export interface Lexicon {
  readonly lang: 'id' | 'en';
  /** reporting words that can follow a closing quote ("kata X", "he said", "said X") */
  readonly postCues: ReadonlySet<string>;
  /** among postCues, those after which the speaker normally follows ("kata X" but not "X said") */
  readonly cueFirst: ReadonlySet<string>;
  /** communication verbs whose subject is the source of a quote/claim in the same clause */
  readonly speechVerbs: ReadonlySet<string>;
  /** verbs that introduce reported (indirect) content: "X said (that) ..." */
  readonly indirectVerbs: ReadonlySet<string>;
  /** complementizers that open reported content: "that", "bahwa" */
  readonly complementizers: ReadonlySet<string>;
  /** nouns of speech whose possessor is the source ("Trump's claim that", "pernyataan Jokowi") */
  readonly speechNouns: ReadonlySet<string>;
  /** one- or two-word phrases meaning "according to" (space-joined) */
  readonly accordingTo: ReadonlySet<string>;
  /** personal pronouns that can be a speaker, with their kind */
  readonly pronouns: ReadonlyMap<string, 'person' | 'group' | 'any'>;
  /** -nya style enclitic cues ("katanya", "ujarnya"): stem → true; detected by suffix */
  readonly pronounSuffix: string | null;
  /** words between a subject and its verb that do not break the subject ("juga", "also", "has") */
  readonly skipBetween: ReadonlySet<string>;
  /** words that end a speaker phrase after a cue ("saat", "kepada", "when", "in") */
  readonly phraseStops: ReadonlySet<string>;
  /** descriptive source heads ("source", "spokesman", "warga") */
  readonly sourceNouns: ReadonlySet<string>;
  /** determiners / quantifiers that can open a descriptive source */
  readonly determiners: ReadonlySet<string>;
  /** frequent function words (used for language detection and to reject false names) */
  readonly functionWords: ReadonlySet<string>;
}
