/**
 * Function words the rules step over or stop at, per job (English and Indonesian side by side).
 * Kept here with every other word list, so the rules read as rules and the lists can be
 * reviewed in one place.
 */

/** First words of two-word "according to" cues ("according to", "berdasarkan keterangan", "seperti dikutip"). */
export const ACCORDING_FIRST = new Set(['according', 'berdasarkan', 'seperti', 'dikutip']);

/** Words that cannot be part of a sentence-opening source phrase ("Protesters marching downtown chanted"). */
export const HEAD_STOPS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'there', 'which', 'that',
  'who', 'what', 'if', 'when', 'not', 'and', 'or', 'but', 'as', 'than', 'so', 'after', 'before', 'then']);

/** Words that cannot be the verb after a clause subject (prepositions, conjunctions, articles). */
export const NOT_VERB = new Set(['of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'as', 'that', 'who',
  'which', 'the', 'a', 'an', 'dan', 'atau', 'di', 'ke', 'dari', 'untuk', 'dengan', 'yang', 'pada', 'oleh', 'bagi']);

/** A name right after one of these is an object, not the subject of its clause. */
export const PREPOSITIONS = new Set(['of', 'to', 'in', 'by', 'with', 'for', 'from', 'on', 'at', 'against', 'about', 'like',
  'than', 'as', 'di', 'ke', 'dari', 'kepada', 'oleh', 'dengan', 'untuk', 'terhadap', 'tentang', 'bagi']);

/** a preposition that belongs to the cue ("called for", "talked about", "spoke of") */
export const CUE_PARTICLES = new Set(['about', 'for', 'of', 'on', 'against', 'out', 'over', 'tentang', 'soal', 'mengenai', 'terkait', 'agar', 'supaya']);

/** Words that open an adverbial phrase between a cue and its content ("said in a statement that"). */
export const ADVERBIAL_START = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'from', 'with', 'by', 'since',
  'until', 'when', 'while', 'through', 'via', 'di', 'pada', 'saat', 'ketika', 'dalam', 'kepada', 'usai', 'seusai']);

/** Forms of "be": before an -ed verb they make it passive. */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "’s"]);

/** Conjunctions that join a second clause to a reported claim. */
export const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'dan', 'tetapi', 'namun', 'sementara', 'sedangkan']);

/** Words that open a sentence before its subject and belong to no name: "But Rendell, a …, said", "Even the mayor, …". */
export const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'even', 'still', 'yet', 'so', 'now', 'also', 'then', 'or', 'plus', 'namun', 'tetapi', 'bahkan']);

/** Line labels that are no source: "Update: …", "Photo: …". */
export const LINE_LABELS = new Set(['note', 'update', 'updated', 'correction', 'editor', "editor's", 'editor’s', 'photo', 'photos',
  'video', 'watch', 'related', 'read', 'see', 'listen', 'source', 'credit', 'advertisement', 'breaking', 'live', 'q', 'a',
  'full', 'text', 'transcript', 'warning', 'disclaimer', 'disclosure', 'subscribe', 'share', 'tags', 'topics', 'posted', 'published']);

/** Words that end the content of a reported claim at a clause boundary. */
export const CLAUSE_BREAKS = new Set(['and', 'after', 'when', 'another', 'but', 'which', 'while', 'whereas', 'although', 'though', 'with', 'despite', 'yet', 'even']);

/** Words ending in -ing that are no participle cue ("including", "morning"). */
export const NOT_PARTICIPLES = new Set(['including', 'according', 'something', 'nothing', 'everything', 'anything', 'morning', 'evening', 'spring', 'during']);

/** Words that cannot be the source of a reported claim. */
export const NOT_SUBJECT = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'this', 'there', 'which', 'that', 'who', 'what', 'if', 'when', 'not', 'and', 'or', 'but', 'as', 'than', 'so']);

/** Prepositions opening a phrase before the cue ("In a statement, X said"). */
export const PREP_START = new Set(['in', 'at', 'during', 'after', 'before', 'from', 'with', 'by', 'since', 'until', 'upon', 'up',
  'into', 'through', 'later', 'earlier', 'slightly', 'longer']);

/** Words after which a reported claim does not resume past an interruption. */
export const RESUME_STOPS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'as', 'who', 'which', 'adding', 'saying', 'noting', 'arguing', 'according']);

/** Prepositions before a name that mark it as the addressee or agent ("told to X", "oleh X"). */
export const PREP_BEFORE = new Set(['oleh', 'by', 'to', 'kepada', 'with', 'dengan']);

/**
 * English sentence adverbs and prepositions that open a sentence capitalised ("Instead, the
 * senator …", "Amid the protests …"): never a name there, even when the article never uses
 * them in lower case (short articles often don't).
 */
export const SENTENCE_OPENERS = new Set(`instead indeed thus perhaps amid amidst recently moreover furthermore
nevertheless nonetheless otherwise therefore hence again already later earlier today yesterday tonight tomorrow
finally eventually similarly likewise additionally besides overall ultimately clearly obviously apparently
certainly surely unfortunately fortunately interestingly notably importantly specifically separately previously
currently initially originally despite among amongst within without throughout toward towards upon across beyond
regarding concerning following having being once soon sometimes often never always whether unless until
whereas though although asked speaking earlier elsewhere altogether anyway nor under ahead along outside inside
especially particularly beneath behind unlike let is are was were does did much such back second third lastly
conversely meanwhile consequently accordingly subsequently ironically reportedly allegedly with`.split(/\s+/));

/**
 * Words a source phrase never starts or ends with ("Texas and", "an address that", "she
 * declined to", "even after"): a phrase cut at one of them is a misread, not a source.
 */
export const SOURCE_EDGE_STOPS = new Set(`and that to by can could will would may might should must after before when
where used was is were are only both even on his their she he it they we i you of in for with as at from but or not
than then so also said says which who while if because about into over`.split(/\s+/));

/** English relative pronouns that open a clause set off by commas ("Rubio, whose hometown, Miami, …"). */
export const RELATIVE_OPENERS = new Set(['who', 'whose', 'which', 'whom']);

/**
 * Capitalised first words of a source phrase that name nobody ("He said", "The ad says"): the
 * attribution does not count as a named source for the "he said" feature (g3).
 */
export const NAMELESS_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'it']);

/**
 * Personal pronouns that can open a sentence as its subject ("Ia mendorong Polda …", "He
 * called Clinton …"): a name after them is an object, not the sentence's subject.
 */
export const SUBJECT_PRONOUNS = new Set(['ia', 'dia', 'beliau', 'mereka', 'saya', 'aku', 'kami', 'kita',
  'he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Lower-case words that may open a sentence before its subject ("and Clinton …", "lalu Budi …"). */
export const OPENING_JOINERS = new Set(['and', 'but', 'so', 'yet', 'then', 'dan', 'tetapi', 'namun', 'lalu', 'kemudian', 'sementara']);

/** Articles that open a described subject ("the judge", "a worker"); possessives open other things ("His face"). */
export const ARTICLES = new Set(['the', 'a', 'an']);

/** Sentence openers read past before a described subject: "But the judge …", "Meanwhile, the actor …". */
export const SUBJECT_OPENERS = new Set(['but', 'and', 'so', 'yet', 'still', 'meanwhile', 'instead', 'then', 'now', 'later']);

/** Words after a sentence-opening "-ing" word that make it a participle phrase ("Responding to", "Speaking at a rally"). */
export const PARTICIPLE_OBJECTS = new Set(['to', 'at', 'on', 'in', 'with', 'about', 'from', 'for', 'after', 'before', 'during',
  'into', 'through', 'over', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that', 'these', 'those']);

/**
 * English time adverbials between a source and its verb ("Ann Reed last week said", "The ministry
 * on Monday said", "Trump Tuesday said"): a time noun after an opener, or a weekday.
 */
export const TIME_OPENERS = new Set(['last', 'this', 'next', 'on', 'early', 'late', 'earlier', 'later']);
export const TIME_NOUNS = new Set(['week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter']);
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Lower-case English words that open an apposition describing a person ("one of his aides", "now a lobbyist"). */
export const APPOSITION_OPENERS = new Set(['one', 'now', 'also', 'both', 'each', 'another', 'former', 'longtime', 'himself', 'herself']);

/** Quantifiers that open a group of people ("Several candidates, including …, said"): capitalised at a sentence start they name nobody. */
export const QUANTIFIERS = new Set(['several', 'some', 'many', 'most', 'both', 'each', 'few', 'all', 'other', 'another', 'any']);

/** Words that open a subordinate or relative clause: a description right after one is that clause's subject ("…, which an audit said was", "as the report put it"). */
/** Words that open a subordinate clause whose subject may be the speaker of the main verb after its appositive ("after Mr. Trump, asked about it, had said"). */
export const SUBJECT_CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'although', 'though', 'if', 'once', 'until', 'that',
  'setelah', 'sebelum', 'ketika', 'saat', 'karena', 'sejak']);
export const CLAUSE_SUBORDINATORS = new Set(['which', 'that', 'as', 'while', 'when', 'because', 'since', 'although', 'though', 'whereas', 'if', 'yang', 'karena', 'ketika', 'saat']);

/** Auxiliaries and modals that make a clause finite ("the agency has written", "Trump will say"); the adverbs listed with them in AUXILIARIES do not. */
export const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'shall', 'do', 'does', 'did']);

/** Auxiliaries that are also given names or surnames: Theresa May, Will Hurd, Can Dündar, Do Kwon. */
const AUXILIARY_NAMES = new Set(['may', 'will', 'can', 'do']);

/**
 * Auxiliaries a Title Case headline capitalises ("Donald Trump Is Right", "We Are Going To …"):
 * no name goes on through one. Not those that are also names (AUXILIARY_NAMES).
 */
export const RUN_BREAKING_AUXILIARIES: ReadonlySet<string> = new Set([...FINITE_AUXILIARIES].filter((w) => !AUXILIARY_NAMES.has(w)));

/** Words that carry an office title on to more of it: "Riset dan Teknologi", "Tim Peneliti Vaksin dari UGM", "Kepala Bidang Bina Marga pada Dinas …". */
export const TITLE_LINKS: ReadonlySet<string> = new Set(['dan', 'dari', 'pada', 'serta', 'of', '/', '&']);

/** Links after which a role word opens a second person's title ("… dan Wakil Presiden …"). */
export const TITLE_COORDINATORS: ReadonlySet<string> = new Set(['dan', 'serta', '&', ',']);

/** Words a role key leaves out: determiners ("the", "sang", "si") and "new"/"baru". */
export const ROLE_KEY_DROPPED: ReadonlySet<string> = new Set(['the', 'a', 'an', 'sang', 'si', 'baru', 'new']);
