/**
 * English word lists for reported (indirect) claims, used by the candidate generator and the
 * features of the indirect-claim model. The reporting verbs themselves are learned: the weights
 * file carries the cue words seen in the training corpus (`lib/extract/model/indirect.json`).
 */
const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Auxiliaries and adverbs that may stand between a source and its verb ("Clinton has also said"). */
export const AUXILIARIES = words(`
is are was were be been being has have had will would can could may might should must shall
do does did also not n't never still already just now repeatedly publicly privately later
previously recently often frequently again once long reportedly even then ever initially
almost apparently clearly immediately openly quietly eventually finally subsequently personally
specifically explicitly directly sharply strongly actually really seemingly largely mostly
generally rarely sometimes
`);

/** Common irregular past-tense verbs: one ends a subject ("as the meeting began vowing …" has none). */
export const IRREGULAR_PAST = words(`
began became came went took made got gave saw ran held brought kept stood felt sent spent won lost
met paid sat led fell rose grew knew threw drew flew drove rode broke chose spoke wrote bought caught
taught thought fought sought built heard meant stuck struck put
`);

export const NEGATIONS = words("not n't never no");

/**
 * Words opening a sentence with a subordinate clause ("When Trump suggested that …, Rubio fired
 * back"): a claim reported inside that clause usually ends at the comma closing it.
 */
export const OPENING_SUBORDINATORS = words('when after before as while because since although though whereas if once until unless');

export const MODALS = words('will would can could may might should must shall');

/**
 * Words never taken as a learned cue, however often the corpus puts them inside an annotated
 * cue ("has said", "according to", "in a statement"): function words carry no attribution.
 */
export const CUE_STOPWORDS = words(`
the a an to of in for on at by with from about as into over than that this these those it its
is are was were be been being has have had will would can could may might should must do does
did also not n't never and or but his her their our my your he she they we you i who which what
more most very so just still even there here out up
`);

/** Verbs that end like adverbs: not skipped as manner adverbs ("quietly", "officially"). */
export const LY_VERBS = words('reply replies apply supply comply imply multiply rally tally bully rely ally');

/** Nouns that end like adverbs and head a source: "The family said" is the family's claim. */
export const LY_NOUNS = words('family assembly monopoly anomaly homily butterfly');

/** A manner adverb ("quietly dropped", "officially announced"): the verb comes after it. */
export function isLyAdverb(w: string): boolean {
  return w.length >= 6 && w.endsWith('ly') && !LY_VERBS.has(w) && !LY_NOUNS.has(w);
}

/**
 * Words of a span of time before "ago" ("less than two weeks ago", "a few days ago", "10 years
 * ago"): with "ago" they say when, and the source stands before them.
 */
export const TIME_SPAN_WORDS = words(`
less more than about nearly almost just only some a few several over under roughly around
one two three four five six seven eight nine ten eleven twelve dozen couple of
second seconds minute minutes hour hours day days week weeks month months year years decade decades
`);

/** Words that close an opening adverbial ("A month later, he …", "Two days ago, the mayor …"). */
export const CLOSES_ADVERBIAL = new Set(['later', 'ago', 'earlier', 'afterward', 'afterwards', 'meanwhile', 'however', 'instead', 'yesterday', 'today', 'tonight', 'then', 'also', 'too']);

/** Words that open a clause or an adverbial, never a source ("for the party to (say)", "where the number of"). */
export const NOT_SOURCE_START = new Set(['for', 'as', 'where', 'when', 'while', 'among', 'if', 'because', 'although', 'though', 'even', 'how', 'why', 'what', 'whether', 'than', 'to', 'of', 'comes', 'came',
  'but', 'and', 'or', 'which', 'who', 'that', 'there', 'despite', 'including', 'about', 'do', 'does', 'did',
  'with', 'without', 'amid', 'during', 'asked']);

/** Words closing a noun phrase's determiners, never its head ("… one of his", "… close to an"). */
export const NOT_SOURCE_END = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'your', 'my', 'when', 'where', 'while', 'since', 'into', 'than']);

/** Relative pronouns a clause's subject may end with before its verb ("The polls that show"). */
export const RELATIVES = new Set(['that', 'which', 'who']);

/** Words gathering a coordinated subject ("X and Y all said"). */
export const GATHERING = new Set(['all', 'both', 'each', 'alike']);

/** Prepositions whose object before a verb is a time or place ("at the time", "in his speech"). */
export const ADVERBIAL_PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'since', 'through']);

/**
 * The asides that say why a source goes unnamed ("who requested anonymity to discuss the talks",
 * "speaking on condition of anonymity", "who was not authorized to comment"): their verbs report
 * no claim. ANONYMITY_WORDS close such an aside; PERMISSION_WORDS open "… authorized to discuss";
 * ASIDE_VERBS are the verbs of speaking such an aside names.
 */
export const ANONYMITY_WORDS = words(`anonymity anonymously`);
export const PERMISSION_WORDS = words(`authorized authorised permitted allowed cleared empowered`);
export const ASIDE_VERBS = words(`discuss describe speak talk comment disclose detail characterize characterise address reveal`);

/** Plain verbs of saying: "on" after them says where or when ("said on the floor"), not what about. */
export const SAY_VERBS = words('said says say saying');

/** Verbs whose first object is whom it was told ("told reporters the offer was …"). */
export const TELL_VERBS = words('told tells tell telling');

/** Who is told, as an object of TELL_VERBS: pronouns and the usual audiences. */
export const ADDRESSEES = words(`
me him her us them you reporters journalists supporters lawmakers voters listeners viewers readers
students members delegates colleagues investors donors residents officials senators
crowd audience jury court committee panel newspaper paper magazine network station congregation
`);

/** Words that open what was told, after whom it was told ("told reporters he would …"). */
export const CONTENT_OPENERS = words(`
he she they it i we you there that to not why how what when whether if the a an his her their its
this these those no
`);

/** Subject pronouns that open a reported clause ("said she considered how …", "she said he had her vote"). */
export const SUBJECT_OPENERS = new Set(['he', 'she', 'they', 'we', 'i']);
