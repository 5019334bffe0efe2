/**
 * Attribution cues around a quotation. Tried in order of reliability:
 *  1. right after the closing mark: ',” kata X' / '," he said' / '," said X' / '” ujarnya'
 *  2. before the opening mark in the same sentence: 'X mengatakan, “' / 'X said: "' /
 *     'X said that ... “partial”' / 'Menurut X, “'
 *  3. at the end of the sentence after the quotation: '“A” ..., according to X.'
 * Each finder looks only at a bounded window of tokens, so the whole pass stays linear.
 */
import * as words from './lexicon/function-words';
import type { Lexicon } from './lexicon/types';
import { ADDRESSING_CUES as ADDRESSING_CUES_, CLAUSE_SUBJECTS as CLAUSE_SUBJECTS_, PERSON_NOUNS as PERSON_NOUNS_, REPLY_BACK_VERBS as REPLY_BACK_VERBS_ } from './lexicon/en';
import { AUXILIARIES as AUXILIARIES_, IRREGULAR_PAST as IRREGULAR_PAST_ } from './lexicon/indirect-en';
import { analyzeRun as analyzeRun_, isNameToken as isNameToken_, isNotNameStart as isNotNameStart_, isRoleWord as isRoleWord_, runEndFrom as runEndFrom_, runStartFrom as runStartFrom_ } from './names';
import { documentObjectBefore as documentObjectBefore_, isDeterminer as isDeterminer_, isEncliticCue as isEncliticCue_, isPronoun as isPronoun_, parseBackward as parseBackward_, parseForward as parseForward_, startsSpeaker as startsSpeaker_, type SpeakerPhrase } from './phrases';
import type { QuoteSpan } from './quotes';
import type { Sentence } from './sentences';
import { isAcronym as isAcronym_, isPartyStateTag as isPartyStateTag_, type Token, endsWithPossessive as endsWithPossessive_ } from './text';
const runStartFrom = runStartFrom_;
const isEncliticCue = isEncliticCue_;
const isPronoun = isPronoun_;
const parseBackward = parseBackward_;
const parseForward = parseForward_;
const startsSpeaker = startsSpeaker_;
// Local bindings: transpiled ESM reads each imported name through a getter on every use.
const ACCORDING_FIRST = words.ACCORDING_FIRST;
const HEAD_STOPS = words.HEAD_STOPS;
const NOT_VERB = words.NOT_VERB;
const PREPOSITIONS = words.PREPOSITIONS;
const LEADING_CONJUNCTIONS = words.LEADING_CONJUNCTIONS;
const CLAUSE_SUBORDINATORS = words.CLAUSE_SUBORDINATORS;
const CLAUSE_BREAKS = words.CLAUSE_BREAKS;
const PREP_START = words.PREP_START;
const TIME_OPENERS = words.TIME_OPENERS;
const FINITE_AUXILIARIES = words.FINITE_AUXILIARIES;
const WEEKDAYS = words.WEEKDAYS;
const ARTICLES = words.ARTICLES;
const TIME_NOUNS = words.TIME_NOUNS;
const BE_FORMS = words.BE_FORMS;
const REPLY_BACK_VERBS = REPLY_BACK_VERBS_;
const isAcronym = isAcronym_;
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const endsWithPossessive = endsWithPossessive_;
const analyzeRun = analyzeRun_;
const isNameToken = isNameToken_;
const isRoleWord = isRoleWord_;
const runEndFrom = runEndFrom_;
const PERSON_NOUNS = PERSON_NOUNS_;
const ADDRESSING_CUES = ADDRESSING_CUES_;
const CLAUSE_SUBJECTS = CLAUSE_SUBJECTS_;
const AUXILIARIES = AUXILIARIES_;
const IRREGULAR_PAST = IRREGULAR_PAST_;
const isNotNameStart = isNotNameStart_;
const isDeterminer = isDeterminer_;
const documentObjectBefore = documentObjectBefore_;
const isPartyStateTag = isPartyStateTag_;

export type AttributionKind = 'after' | 'before' | 'sentence-end' | 'enclitic' | 'label' | 'subject';

export interface Attribution {
  kind: AttributionKind;
  /** token range of the cue words */
  cueA: number;
  cueB: number;
  /** null for an enclitic cue ("ujarnya"): the speaker is the previous one */
  phrase: SpeakerPhrase | null;
  /** the enclitic token, when the cue carries the pronoun */
  enclitic: boolean;
  confidence: number;
}

export interface Context {
  text: string;
  lex: Lexicon;
  tokens: Token[];
  sentences: Sentence[];
  sentOf: Int32Array;
  quotes: QuoteSpan[];
}

const WINDOW = 40;

function isCueWord(lex: Lexicon, t: Token, broad: boolean): boolean {
  if (t.kind !== 'word' || t.inQuote >= 0) return false;
  return lex.postCues.has(t.lower) || (broad && lex.speechVerbs.has(t.lower));
}


/** "according to" / "menurut" starting at token i; returns the last token index of the phrase or -1. */
function accordingToAt(lex: Lexicon, tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return -1;
  if (lex.accordingTo.has(t.lower)) return i;
  const n = tokens[i + 1];
  if (n && ACCORDING_FIRST.has(t.lower) && lex.accordingTo.has(t.lower + ' ' + n.lower)) return i + 1;
  return -1;
}

/** Words outside quotations precede the opening mark in its sentence. */
function opensMidSentence(ctx: Context, q: QuoteSpan): boolean {
  const { tokens } = ctx;
  const start = ctx.sentences[ctx.sentOf[q.openTok]].startTok;
  for (let i = q.openTok - 1; i >= start && i >= q.openTok - 60; i--) {
    if (tokens[i].kind === 'word' && tokens[i].inQuote < 0) return true;
  }
  return false;
}

/** Pattern 1: the words right after the closing mark. */
export function findAfter(ctx: Context, q: QuoteSpan): Attribution | null {
  const { tokens, lex, text } = ctx;
  if (q.closeTok < 0) return null;
  let j = q.closeTok + 1;
  if (j >= tokens.length || tokens[j].nlBefore) return null;
  let sawComma = false;
  if (tokens[j].text === ',' || tokens[j].text === '\u2014' || tokens[j].text === '\u2013' || tokens[j].text === '-' || tokens[j].text === '--') { j++; sawComma = true; }
  if (j >= tokens.length || tokens[j].nlBefore || tokens[j].kind !== 'word') return null;
  const sentEnd = ctx.sentences[ctx.sentOf[j]].endTok;
  let limit = Math.min(sentEnd, j + WINDOW, tokens.length - 1);
  for (let k = j; k <= limit; k++) if (tokens[k].kind === 'quote' || tokens[k].nlBefore && k > j) { limit = k - 1; break; }
  const t = tokens[j];
  const contentEndsSentence = /[.!?,;:…—-]$/.test(text.slice(q.start, q.end));
  // a quoted fragment that closes its sentence with a period ('… called it “a farce.” Russia
  // insisted …'): what follows is the next sentence, not this quote's attribution
  if (text.charCodeAt(q.end - 1) === 46 && opensMidSentence(ctx, q)) return null;
  const lowerStart = !t.capital;

  // "…,” ujarnya" / "…,” katanya"
  if (isEncliticCue(lex, t)) {
    return { kind: 'enclitic', cueA: j, cueB: j, phrase: null, enclitic: true, confidence: 0.9 };
  }
  // "…,” kata X" / '…," said X' / "according to X"
  const acc = accordingToAt(lex, tokens, j);
  if (acc >= 0 || isCueWord(lex, t, false)) {
    const cueEnd = acc >= 0 ? acc : j;
    let s = cueEnd + 1;
    // "kata dia", "said Mr. Kamin", "ujar Kepala ..., X"
    const phrase = parseForward(text, lex, tokens, s, limit);
    if (phrase) return { kind: 'after', cueA: j, cueB: cueEnd, phrase, enclitic: false, confidence: 0.95 };
    // "…," said. (cue with the speaker before it is not possible right after a quote)
    s = 0;
    if (lex.lang === 'id' && (sawComma || lowerStart)) {
      return { kind: 'after', cueA: j, cueB: cueEnd, phrase: null, enclitic: false, confidence: 0.6 };
    }
    return null;
  }
  // '…," he said' / '…," Mr. Burman said' / '…,” the ad’s narrator says' / '… ” Mr Putin, kata X'
  // "…,” panel Chairman Rep. X said": a lower-case modifier before a name also opens a speaker
  const modifiedName = tokens[j].kind === 'word' && !tokens[j].capital && j + 1 <= limit && isNameToken(tokens[j + 1]);
  if (!startsSpeaker(lex, tokens, j) && !modifiedName) return null;
  if (!sawComma && !contentEndsSentence && lowerStart && !isPronoun(lex, t)) return null;
  for (let k = j + 1; k <= limit; k++) {
    const tk = tokens[k];
    const accK = accordingToAt(lex, tokens, k);
    // '“…,” Trump shot back.': a reply verb and its "back" are the cue
    const replyBack = isReplyBack(lex, tokens, k, limit);
    if (!(isCueWord(lex, tk, false) || accK >= 0 || replyBack) || tk.capital) continue;
    const cueEnd = accK >= 0 ? accK : replyBack ? k + 1 : k;
    // '“We are not terrorists.” Mr. Zahed said: “…”': a closed sentence, then a cue and a colon
    // that open the next quotation
    // '“This is the consequence.” Gov. John Kasich said he would have …': after a closed
    // sentence and no comma, a cue followed by its own clause reports that clause, not the quotation
    if (!sawComma && /[.!?]$/.test(text.slice(q.start, q.end)) && opensNextClause(lex, tokens[cueEnd], tokens[cueEnd + 1])) return null;
    // a cue that takes its speaker after it, preceded by a comma: the words before it belong
    // to the sentence, not to the speaker ('“…” Mr Putin, kata juru bicara …, John Kirby')
    if ((lex.cueFirst.has(tk.lower) || accK >= 0) && tokens[k - 1].text === ',') {
      const after = parseForward(text, lex, tokens, cueEnd + 1, limit);
      if (after) return { kind: 'after', cueA: k, cueB: cueEnd, phrase: after, enclitic: false, confidence: 0.85 };
    }
    // '“Will you resign?” Varga was asked by reporter Tom Reddy.': the passive's agent asked it
    const agent = passiveAgent(ctx, k, cueEnd, limit);
    if (agent) return { kind: 'after', cueA: k, cueB: cueEnd, phrase: agent, enclitic: false, confidence: 0.85 };
    const before = parseBackward(text, lex, tokens, k - 1, j, true);
    if (before && before.a === j) return { kind: 'after', cueA: k, cueB: cueEnd, phrase: before, enclitic: false, confidence: 0.9 };
    if (before && before.a > j && onlyDeterminers(lex, tokens, j, before.a - 1)) {
      return { kind: 'after', cueA: k, cueB: cueEnd, phrase: { ...before, a: j }, enclitic: false, confidence: 0.9 };
    }
    if (before && before.a > j && onlyModifiers(lex, tokens, j, before.a - 1)) {
      // "…,” Trump lawyer Marc Kasowitz said" / "…,” Clinton campaign spokesman Brian Fallon said"
      const lead = text.slice(tokens[j].start, tokens[before.a - 1].end);
      return { kind: 'after', cueA: k, cueB: cueEnd, phrase: { ...before, a: j, role: withLead(text, tokens, j, before, lead) }, enclitic: false, confidence: 0.9 };
    }
    if (before && before.a > j && tokens[j].kind === 'word') {
      // extra words between the quote and the subject ("…,” Trump, speaking in Ohio, said")
      const fwd = parseForward(text, lex, tokens, j, k - 1);
      if (fwd) return { kind: 'after', cueA: k, cueB: cueEnd, phrase: fwd, enclitic: false, confidence: 0.8 };
    }
    const fwd = parseForward(text, lex, tokens, j, k - 1);
    if (fwd && fwd.a === j) return { kind: 'after', cueA: k, cueB: cueEnd, phrase: fwd, enclitic: false, confidence: 0.8 };
    // English inversion after the cue: '…,” the ad says' is handled above; '…,” said Mr. X' too
    break;
  }
  return null;
}

/**
 * English "Ms. Sherry smiled and said, “…”", "Kasich turned to reporters and added": the subject
 * of a verb coordinated before the cue by "and", at most a few words back. Null otherwise.
 */
function coordinatedSubject(ctx: Context, floor: number, v: number): SpeakerPhrase | null {
  const { tokens, lex, text } = ctx;
  if (lex.lang !== 'en' || v - 2 < floor || tokens[v - 1].lower !== 'and') return null;
  for (let w = v - 2; w >= floor && w >= v - 2 - MAX_COORDINATED_OBJECT; w--) {
    const t = tokens[w];
    if (t.kind !== 'word' || t.inQuote >= 0) return null;
    if (!t.capital && looksFinite(t, true)) {
      const subj = parseBackward(text, lex, tokens, w - 1, floor, 'clause');
      return subj && subj.kind !== 'descr' ? subj : null;
    }
  }
  return null;
}
/** How many words may stand between a coordinated verb and its "and" ("turned to reporters and said"). */
const MAX_COORDINATED_OBJECT = 3;

/** English "was asked by X", "were told by X": the agent named after a passive cue at k..cueEnd, or null. */
function passiveAgent(ctx: Context, k: number, cueEnd: number, limit: number): SpeakerPhrase | null {
  const { tokens, lex, text } = ctx;
  if (lex.lang !== 'en' || !BE_FORMS.has(tokens[k - 1].lower) || tokens[cueEnd + 1]?.lower !== 'by') return null;
  return parseForward(text, lex, tokens, cueEnd + 2, limit);
}

/** The closing mark of a quoted title opening at token k (see isQuotedTitle), else -1. */
function quotedTitleAt(ctx: Context, k: number): number {
  const inner = ctx.tokens[k + 1]?.inQuote ?? -1;
  const q = inner >= 0 ? ctx.quotes[inner] : null;
  return q && q.openTok === k && q.closeTok > k && isQuotedTitle(ctx, q) ? q.closeTok : -1;
}

/** A short capitalised quotation is a title ("“Today”", "“Morning Joe”"), not a quotation's territory. */
function isQuotedTitle(ctx: Context, q: QuoteSpan): boolean {
  return q.lastTok - q.firstTok < 4 && ctx.tokens[q.firstTok].capital;
}

/**
 * The token t after the cue opens what the cue reports, not an adjunct of it: a colon (the next
 * quotation), "that", a subject pronoun, or an article after a verb that takes no person as its
 * object ("said he would …", "said the plan …"; but "he told the crowd", "asked the mogul").
 */
function opensNextClause(lex: Lexicon, cue: Token, t: Token | undefined): boolean {
  if (!t) return false;
  if (t.text === ':') return true;
  if (lex.lang !== 'en' || t.kind !== 'word' || t.inQuote >= 0) return false;
  if (t.lower === 'that' || CLAUSE_SUBJECTS.has(t.lower)) return true;
  return ARTICLES.has(t.lower) && !ADDRESSING_CUES.has(cue.lower);
}

/** "shot back", "fired back" at k (English): a reply, not a gunshot, once "back" follows. */
function isReplyBack(lex: Lexicon, tokens: Token[], k: number, limit: number): boolean {
  return lex.lang === 'en' && k + 1 <= limit && tokens[k + 1].lower === 'back' && REPLY_BACK_VERBS.has(tokens[k].lower);
}

function onlyDeterminers(lex: Lexicon, tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (!lex.determiners.has(tokens[i].lower)) return false;
  return true;
}

/** Words that can premodify a name: "Trump lawyer", "Clinton campaign spokesman". */
function onlyModifiers(lex: Lexicon, tokens: Token[], a: number, b: number): boolean {
  if (b - a > 4) return false;
  for (let i = a; i <= b; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') return false;
    if (!(isNameToken(t) || isRoleWord(t.lower) || lex.sourceNouns.has(t.lower) || endsWithPossessive(t.text))) return false;
  }
  return true;
}

/**
 * Pattern 0: a transcript label inside the quotation ('"WALLACE: If I may …"') or a dash
 * signature after it ('“…” ― Carla Sanchez').
 */
export function findLabel(ctx: Context, q: QuoteSpan): Attribution | null {
  const { tokens, text } = ctx;
  // label: one to three capitalised words (all caps) then a colon, at the start of the quote
  let i = q.firstTok;
  while (i <= q.lastTok && i < q.firstTok + 3 && tokens[i].kind === 'word' && isAcronym(tokens[i].text) && tokens[i].text.length >= 2) i++;
  if (i > q.firstTok && i <= q.lastTok && tokens[i].text === ':') {
    const info = analyzeRun(text, tokens, q.firstTok, i - 1);
    if (info) {
      return { kind: 'label', cueA: i, cueB: i, phrase: { kind: 'name', a: q.firstTok, b: i - 1, run: { ...info, type: 'person' }, role: null, coordinated: [] }, enclitic: false, confidence: 0.85 };
    }
  }
  const before = nameLabelBefore(ctx, q);
  if (before) return before;
  // dash signature
  if (q.closeTok < 0) return null;
  const d = q.closeTok + 1;
  if (d + 1 >= tokens.length || tokens[d].nlBefore) return null;
  if (!DASHES.has(tokens[d].text)) return null;
  const n = d + 1;
  if (!isNameToken(tokens[n]) || tokens[n].nlBefore) return null;
  const e = runEndFrom(tokens, n, Math.min(tokens.length - 1, n + 6));
  const after = tokens[e + 1];
  if (after && !after.nlBefore && !(after.kind === 'punct' || after.kind === 'quote')) return null;
  const info = analyzeRun(text, tokens, n, e);
  if (!info) return null;
  return { kind: 'label', cueA: d, cueB: d, phrase: { kind: 'name', a: n, b: e, run: { ...info, type: info.type === 'unknown' ? 'person' : info.type }, role: null, coordinated: [] }, enclitic: false, confidence: 0.85 };
}

const DASHES = new Set(['\u2015', '\u2014', '\u2013']);
/** No line break before token i: it is on the article's first line, its headline. */
function onFirstLine(tokens: Token[], i: number): boolean {
  for (let k = i; k >= 0; k--) if (tokens[k].nlBefore) return false;
  return true;
}

/** Words a name label before a colon may have ("Michael P. McDonald:", "Jeffrey M. Jones:"). */
const MAX_LABEL_WORDS = 4;

/**
 * "Tom Berg: “…”" opening a line, or after a dash ("TURNOUT IS UP - Lena Marsh: “…”"): a name
 * of two words or more and a colon right before the opening mark label the quotation, as in a
 * transcript or a digest of quoted analysts.
 */
function nameLabelBefore(ctx: Context, q: QuoteSpan): Attribution | null {
  const { tokens, text } = ctx;
  const colon = q.openTok - 1;
  if (colon < 2 || tokens[colon].text !== ':' || !isNameToken(tokens[colon - 1])) return null;
  // a name is at most four words; a longer run is a headline ("Warren Hammers Wells Fargo CEO:")
  const a = runStartFrom(tokens, colon - 1, Math.max(0, colon - MAX_LABEL_WORDS));
  const prev = tokens[a - 1];
  const opensLine = a === 0 || tokens[a].nlBefore || (prev !== undefined && (DASHES.has(prev.text) || (prev.text === '-' && prev.spaceBefore && tokens[a].spaceBefore)));
  // not in the headline: Title Case runs verbs into names there ("CNN President On Trump:")
  if (!opensLine || onFirstLine(tokens, a)) return null;
  // "Continued Stone: “…”": a reporting verb opens the label, and the name after it may be one word
  const n = ctx.lex.speechVerbs.has(tokens[a].lower) ? a + 1 : a;
  if (n > colon - 1 || (n === a && colon - 1 === a)) return null;
  const info = analyzeRun(text, tokens, n, colon - 1);
  if (!info || info.type === 'place' || (n === a && info.nameB <= info.nameA)) return null;
  return { kind: 'label', cueA: n > a ? a : colon, cueB: colon, phrase: { kind: 'name', a: n, b: colon - 1, run: info, role: info.role, coordinated: [] }, enclitic: false, confidence: 0.85 };
}

/**
 * The role of a subject whose modifiers (from token j) the phrase left out: the lead and the
 * role, unless the role already shows some of the lead ("White House press secretary" read
 * back from the name), when it is the whole span from j to the name.
 */
function withLead(text: string, tokens: Token[], j: number, phrase: SpeakerPhrase, lead: string): string {
  if (!phrase.role) return lead;
  const nameStart = phrase.run ? phrase.run.a : -1;
  const whole = nameStart > j ? text.slice(tokens[j].start, tokens[nameStart - 1].end) : '';
  return whole.endsWith(phrase.role) ? whole : `${lead} ${phrase.role}`;
}

/** Pattern 2: a reporting verb before the opening mark, in the same sentence. */
export function findBefore(ctx: Context, q: QuoteSpan, floorTok: number): Attribution | null {
  const { tokens, lex, text } = ctx;
  let o = q.openTok;
  let sent = ctx.sentences[ctx.sentOf[o]];
  // "The New York Times reports:" ending the previous line introduces this quotation
  if (sent.startTok === o && o > 0 && tokens[o - 1].text === ':') {
    o = o - 1;
    sent = ctx.sentences[ctx.sentOf[o]];
  }
  const floor = Math.max(sent.startTok, floorTok);
  const lowest = Math.max(floor, o - WINDOW);
  // "X called Y’s remarks “…”": a possessive speech noun is only a fallback; a reporting verb
  // further back in the clause names the speaker of these words
  let possessive: Attribution | null = null;
  for (let v = o - 1; v >= lowest; v--) {
    const t = tokens[v];
    if (t.kind === 'quote') {
      // step over a short Title Case name in quotes ('Johnson tells MSNBC’s “Morning Joe” that “…”')
      const inner = v > 0 ? tokens[v - 1].inQuote : -1;
      const other = inner >= 0 ? ctx.quotes[inner] : null;
      if (other && other.closeTok === v && isQuotedTitle(ctx, other)) {
        v = other.openTok;
        continue;
      }
      break; // another quotation's territory
    }
    // "as X put it, “…”"
    if (t.lower === 'put' && tokens[v + 1] && tokens[v + 1].lower === 'it') {
      const subj = parseBackward(text, lex, tokens, v - 1, floor, 'clause');
      if (subj) return { kind: 'before', cueA: v, cueB: v + 1, phrase: subj, enclitic: false, confidence: 0.8 };
    }
    if (t.kind !== 'word') continue;
    // "After Brown criticized him, Hillary shot back, “…”": a reply verb and its "back" are the
    // cue, not a reporting verb further back in the sentence
    if (t.lower === 'back' && v - 2 >= floor && isReplyBack(lex, tokens, v - 1, v)) {
      const subj = parseBackward(text, lex, tokens, v - 2, floor, 'clause');
      if (subj) return { kind: 'before', cueA: v - 1, cueB: v, phrase: subj, enclitic: false, confidence: o - v <= 3 ? 0.9 : 0.8 };
    }
    // "Menurut X, “…”" / "According to X: “…”"
    const acc = accordingToAt(lex, tokens, v);
    if (acc >= 0 && acc < o - 1) {
      const phrase = parseForward(text, lex, tokens, acc + 1, o - 1);
      if (phrase) return { kind: 'before', cueA: v, cueB: acc, phrase, enclitic: false, confidence: 0.85 };
    }
    // "Trump’s claim that … “…”" / "pernyataan Menteri X: “…”"
    if (lex.speechNouns.has(t.lower)) {
      const poss = tokens[v - 1];
      if (poss && v - 1 >= floor && poss.kind === 'word' && endsWithPossessive(poss.text) && isNameToken(poss)) {
        const a = runStartFrom(tokens, v - 1, floor);
        const info = analyzeRun(text, tokens, a, v - 1);
        if (info && !possessive) possessive = { kind: 'before', cueA: v, cueB: v, phrase: { kind: 'name', a, b: v - 1, run: info, role: info.role, coordinated: [] }, enclitic: false, confidence: 0.7 };
        continue;
      }
      const nx = tokens[v + 1];
      if (lex.lang === 'id' && nx && v + 1 < o && isNameToken(nx)) {
        const phrase = parseForward(text, lex, tokens, v + 1, o - 1);
        if (phrase) return { kind: 'before', cueA: v, cueB: v, phrase, enclitic: false, confidence: 0.7 };
      }
    }
    if (isEncliticCue(lex, t) && v < o) {
      return { kind: 'enclitic', cueA: v, cueB: v, phrase: null, enclitic: true, confidence: 0.75 };
    }
    if (!isCueWord(lex, t, true) || t.capital && v !== floor) continue;
    const subj = participleSubject(ctx, floor, v) ?? parseBackward(text, lex, tokens, v - 1, floor, 'clause') ?? clauseHead(lex, tokens, floor, v) ?? coordinatedSubject(ctx, floor, v);
    if (subj) return { kind: 'before', cueA: v, cueB: v, phrase: subj, enclitic: false, confidence: o - v <= 3 ? 0.9 : 0.8 };
    // 'said Mr. Trump: "…"' / 'kata Presiden: “…”'
    const fwd = parseForward(text, lex, tokens, v + 1, o - 1);
    if (fwd && fwd.kind !== 'descr' && !(lex.lang === 'en' && fwd.kind === 'pronoun' && objectPronoun(tokens, fwd.a, o))) return { kind: 'before', cueA: v, cueB: v, phrase: fwd, enclitic: false, confidence: 0.8 };
  }
  return possessive;
}


/**
 * English "saying it was “…”", "told him “…”": a pronoun after the cue that does not end the
 * attribution (right before the quotation or its colon or comma) is the cue's object or the
 * reported clause's subject, not the speaker ('said he: “…”' is). A quotation inside the
 * reported clause takes the clause's source instead (index.ts).
 */
function objectPronoun(tokens: Token[], p: number, o: number): boolean {
  const nx = p + 1 < o ? tokens[p + 1] : null;
  return nx !== null && nx.text !== ':' && nx.text !== ',';
}

/**
 * English "Mara Quist met the chair, Ivo Brandt, on Monday, saying “…”": an -ing cue after a
 * comma hangs from its sentence's main clause, so its speaker is the name (or pronoun) opening
 * the sentence and followed by its verb, not the nearest name, which is an object or its
 * apposition. Null when the sentence opens otherwise; the usual parse then decides.
 */
export function participleSubject(ctx: Context, floor: number, v: number): SpeakerPhrase | null {
  const { text, tokens, lex } = ctx;
  if (lex.lang !== 'en' || v - 1 <= floor || !tokens[v].lower.endsWith('ing')) return null;
  if (tokens[v - 1].text !== ',' && !documentObjectBefore(lex, tokens, floor, v)) return null;
  if (ctx.sentences[ctx.sentOf[v]].startTok !== floor) return null;
  let a = floor;
  while (a < v - 1 && LEADING_CONJUNCTIONS.has(tokens[a].lower)) a++;
  a = afterOpeningAdverbial(tokens, a, v - 1);
  const t = tokens[a];
  let e = a;
  let described = isDeterminer(lex, t.lower) && !isPronoun(lex, t);
  if (described) e = descriptionEnd(tokens, a, v - 2);
  else if (!isPronoun(lex, t)) {
    if (!isNameToken(t) || isNotNameStart(t.lower)) return null;
    e = runEndFrom(tokens, a, v - 2);
    // "Ryan’s campaign shrugged off …": a possessive name opens a description of its own
    if (endsWithPossessive(tokens[e].text)) {
      described = true;
      e = descriptionEnd(tokens, e, v - 2);
    }
  }
  if (e < 0 || e + 1 >= v - 1 || endsWithPossessive(tokens[e].text)) return null;
  const verb = afterAdverbs(tokens, afterTimePhrase(tokens, afterPartyTag(tokens, e + 1), v - 1), v - 1);
  if (verb >= v - 1 || !looksFinite(tokens[verb]) || opensInnerClause(ctx, verb + 1, v - 1)) return null;
  if (described) return { kind: 'descr', a, b: e, run: null, role: null, coordinated: [] };
  // "It was a potent punch, as Mrs. Clinton echoed it, saying": "it" opening the sentence is no speaker
  if (e === a && isPronoun(lex, t)) return t.lower === 'it' ? null : { kind: 'pronoun', a, b: a, run: null, role: null, coordinated: [] };
  const info = analyzeRun(text, tokens, a, e);
  if (!info || (info.type !== 'person' && info.type !== 'organization')) return null;
  return { kind: 'name', a, b: e, run: info, role: info.role, coordinated: [] };
}

/** "Sen. Dale Rennick (R-Iowa) visited …": the token after a party-and-state tag at i; i when there is none. */
function afterPartyTag(tokens: Token[], i: number): number {
  const open = tokens[i];
  const tag = tokens[i + 1];
  const close = tokens[i + 2];
  return open && open.text === '(' && tag && tag.kind === 'word' && isPartyStateTag(tag.lower) && close && close.text === ')' ? i + 3 : i;
}

/** "Late last month, …", "On Monday, …": the token after a short opening time or place phrase and its comma; a itself when there is none. */
function afterOpeningAdverbial(tokens: Token[], a: number, limit: number): number {
  if (!(PREP_START.has(tokens[a].lower) || TIME_OPENERS.has(tokens[a].lower))) return a;
  for (let k = a + 1; k < limit && k <= a + MAX_OPENING_ADVERBIAL; k++) {
    const t = tokens[k];
    if (t.text === ',') return k + 1;
    if (t.kind !== 'word' || looksFinite(t)) return a;
  }
  return a;
}
const MAX_OPENING_ADVERBIAL = 6;

/** The last word of a short description opening at a determiner ("the agency", "a group of lawmakers") before a finite verb; -1 when none. */
function descriptionEnd(tokens: Token[], a: number, limit: number): number {
  // a past or auxiliary verb first: a word in -s may still be the description's plural noun
  // ("The two ministers met …")
  for (const strict of [true, false]) {
    for (let k = a + 1; k <= limit && k <= a + MAX_DESCRIPTION_WORDS; k++) {
      const t = tokens[k];
      if (t.kind !== 'word' || t.inQuote >= 0) break;
      if (looksFinite(tokens[afterAdverbs(tokens, afterTimePhrase(tokens, k + 1, limit + 1), limit + 1)], strict)) return k;
    }
  }
  return -1;
}
const MAX_DESCRIPTION_WORDS = 4;

/** The token after a short time phrase starting at i ("on Monday", "last week", "this month"); i when there is none. */
function afterTimePhrase(tokens: Token[], i: number, limit: number): number {
  if (i >= limit || !TIME_OPENERS.has(tokens[i].lower)) return i;
  const nx = tokens[i + 1];
  return nx && (WEEKDAYS.has(nx.lower) || TIME_NOUNS.has(nx.lower)) ? i + 2 : i;
}

/** The first token from i on that is not an adverb between a subject and its verb ("Trump later returned"). */
function afterAdverbs(tokens: Token[], i: number, limit: number): number {
  let k = i;
  while (k < limit && k - i < 2 && AUXILIARIES.has(tokens[k].lower) && !FINITE_AUXILIARIES.has(tokens[k].lower)) k++;
  return k;
}

/**
 * Tokens a..b hold a clause of their own ("…, as Mrs. Clinton echoed it,", "…, Mr. Manafort
 * said,"), whose subject the -ing cue may hang from instead.
 */
function opensInnerClause(ctx: Context, a: number, b: number): boolean {
  const { lex, tokens } = ctx;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    // a quoted show or book title ("visited NBC's “Today” to discuss …") is part of the clause
    if (t.kind === 'quote') {
      const title = quotedTitleAt(ctx, k);
      if (title >= 0) { k = title; continue; }
      return true;
    }
    if (t.text === ';' || t.text === ':' || CLAUSE_SUBORDINATORS.has(t.lower) || CLAUSE_BREAKS.has(t.lower) || t.lower === 'who') return true;
    if (isCueWord(lex, t, true)) return true;
  }
  return false;
}

/** A word that reads as a finite verb right after a subject: "-ed", "-s" (unless pastOnly), an irregular past or a finite auxiliary ("Late last month", "Hours later" have none). */
function looksFinite(t: Token, pastOnly = false): boolean {
  if (t.kind !== 'word' || t.capital || t.inQuote >= 0) return false;
  const w = t.lower;
  return IRREGULAR_PAST.has(w) || FINITE_AUXILIARIES.has(w) || w.endsWith('ed') || (!pastOnly && w.endsWith('s') && !w.endsWith('ss'));
}

/**
 * English: the words opening the sentence before a speech verb are its speaker when no name or
 * known description is found ("Protesters marching downtown chanted “…”"): at most six words,
 * no punctuation, no pronoun.
 */
function clauseHead(lex: Context['lex'], tokens: Token[], floor: number, v: number): SpeakerPhrase | null {
  if (lex.lang !== 'en' || !(lex.postCues.has(tokens[v].lower) || lex.speechVerbs.has(tokens[v].lower)) || v - floor > 6 || v <= floor) return null;
  if (floor > 0 && !(tokens[floor].nlBefore || ctxSentenceStart(tokens, floor))) return null;
  for (let k = floor; k < v; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.inQuote >= 0 || HEAD_STOPS.has(t.lower) || lex.indirectVerbs.has(t.lower) || lex.postCues.has(t.lower)) return null;
  }
  if (isPronoun(lex, tokens[floor])) return null;
  return { kind: 'descr', a: floor, b: v - 1, run: null, role: null, coordinated: [] };
}

function ctxSentenceStart(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  return p.kind === 'punct' && (p.text === '.' || p.text === '!' || p.text === '?');
}

/** Pattern 3: the attribution closes the sentence: '“A” …, according to X.' / '…, kata X.' */
export function findSentenceEnd(ctx: Context, q: QuoteSpan): Attribution | null {
  const { tokens, lex, text } = ctx;
  if (q.closeTok < 0) return null;
  const sent = ctx.sentences[ctx.sentOf[q.closeTok]];
  const from = q.closeTok + 1;
  const to = Math.min(sent.endTok, from + 60);
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (t.kind === 'quote') return null; // a later quotation owns what follows
    if (t.text !== ',' || k + 1 > to) continue;
    const j = k + 1;
    const acc = accordingToAt(lex, tokens, j);
    if (acc >= 0 || isCueWord(lex, tokens[j], false)) {
      const phrase = parseForward(text, lex, tokens, (acc >= 0 ? acc : j) + 1, to);
      if (phrase) return { kind: 'sentence-end', cueA: j, cueB: acc >= 0 ? acc : j, phrase, enclitic: false, confidence: 0.7 };
    }
    if (isEncliticCue(lex, tokens[j]) && j + 1 >= to) {
      return { kind: 'enclitic', cueA: j, cueB: j, phrase: null, enclitic: true, confidence: 0.6 };
    }
    // ", X said." at the very end
    if (startsSpeaker(lex, tokens, j)) {
      for (let c = j + 1; c <= to && c <= j + 12; c++) {
        if (!isCueWord(lex, tokens[c], false)) continue;
        const end = c + 1 > to || tokens[c + 1].kind === 'punct' || (tokens[c + 1].kind === 'word' && (isNameToken(tokens[c + 1]) || c + 3 >= to));
        if (!end) break;
        const subj = parseBackward(text, lex, tokens, c - 1, j);
        if (subj && subj.a === j) return { kind: 'sentence-end', cueA: c, cueB: c, phrase: subj, enclitic: false, confidence: 0.7 };
        break;
      }
    }
  }
  return null;
}


/**
 * Last resort for a quotation with no cue: the subject of its clause, i.e. the first name or
 * pronoun of the sentence that is followed by a verb-like word ("Hillary Clinton is describing
 * as “unhinged” …", "Trump openly admires … as a “strong leader”"). Low confidence.
 */
export function findSubject(ctx: Context, q: QuoteSpan, floorTok: number): Attribution | null {
  let o = q.openTok;
  // "Sanders made the following comment:" on the line before the quotation
  if (ctx.sentences[ctx.sentOf[o]].startTok === o && o > 0 && ctx.tokens[o - 1].text === ':') o--;
  const sent = ctx.sentences[ctx.sentOf[o]];
  const from = Math.max(sent.startTok, floorTok);
  const before = subjectIn(ctx, from, o - 1);
  if (before) return before;
  // "Bemoaning the “phony system,” Trump accused Holt …": the subject follows the quotation
  if (q.closeTok < 0) return null;
  return subjectIn(ctx, q.closeTok + 1, Math.min(sent.endTok, q.closeTok + 12));
}

/**
 * The name that a few lower-case words ending in a role lead to ("secretary of state Madeleine
 * Albright", "presidential candidate Jeb Bush"), from token k; -1 when they lead to none.
 */
function nameAfterRole(lex: Lexicon, tokens: Token[], k: number, to: number): number {
  let role = false;
  for (let j = k; j <= to && j - k < 6; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || t.inQuote >= 0) return -1;
    if (t.capital) return role && isNameToken(t) ? j : -1;
    // a role "of" one word ("secretary of state", "minister of defense") is still the role
    if (role && t.lower === 'of' && j + 2 <= to && tokens[j + 1].kind === 'word' && !tokens[j + 1].capital) { j++; continue; }
    role = isRoleWord(t.lower) || lex.sourceNouns.has(t.lower);
    if (!role && lex.functionWords.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * After a possessive at k ("Clinton's right-hand woman rallied"): the last token of a few
 * lower-case words ending in a person noun or role that a verb-like word follows; -1 otherwise
 * ("Trump's comments drew …" describes no person).
 */
function possessedPerson(lex: Lexicon, tokens: Token[], k: number, to: number): number {
  for (let j = k; j <= to && j - k < 5; j++) {
    const t = tokens[j];
    if (t.text === '-' && !t.spaceBefore) continue;
    if (t.kind !== 'word' || t.capital || t.inQuote >= 0) return -1;
    if (!(PERSON_NOUNS.has(t.lower) || isRoleWord(t.lower))) continue;
    const next = tokens[j + 1];
    return next && next.kind === 'word' && !next.capital && next.inQuote < 0 && !NOT_VERB.has(next.lower) && !lex.functionWords.has(next.lower) ? j : -1;
  }
  return -1;
}

function subjectIn(ctx: Context, from: number, to: number): Attribution | null {
  const { tokens, lex, text } = ctx;
  for (let i = from; i <= to && i < from + 30; i++) {
    const t = tokens[i];
    if (t.kind === 'quote' || t.inQuote >= 0) return null;
    if (t.kind !== 'word') continue;
    const prev = i > from ? tokens[i - 1] : null;
    if (prev && PREPOSITIONS.has(prev.lower)) continue;
    let end = i;
    let phrase: SpeakerPhrase | null = null;
    if (isPronoun(lex, t) && !endsWithPossessive(t.text)) {
      phrase = { kind: 'pronoun', a: i, b: i, run: null, role: null, coordinated: [] };
    } else if (isNameToken(t)) {
      end = runEndFrom(tokens, i, to);
      if (endsWithPossessive(tokens[end].text)) {
        // "Hillary Clinton's right-hand woman rallied …": at the clause start, the person it describes is
        const d = i === from && lex.lang === 'en' ? possessedPerson(lex, tokens, end + 1, to) : -1;
        if (d > 0) return { kind: 'subject', cueA: d + 1, cueB: d + 1, phrase: { kind: 'descr', a: i, b: d, run: null, role: null, coordinated: [] }, enclitic: false, confidence: 0.5 };
        i = end;
        continue; // a possessive is no subject
      }
      const info = analyzeRun(text, tokens, i, end);
      // places and one-word titles or party adjectives ("Republican claims") are no subjects
      if (!info || info.type === 'place' || (i === end && info.role !== null && info.role === info.canonical)) { i = end; continue; }
      phrase = { kind: info.role !== null && info.role === info.canonical && info.type !== 'organization' ? 'role' : 'name', a: i, b: end, run: info, role: info.role, coordinated: [] };
    } else continue;
    const next = tokens[end + 1];
    if (!next || next.kind !== 'word' || next.capital || NOT_VERB.has(next.lower)) { i = end; continue; }
    // "Former US secretary of state Madeleine Albright …": the words after the run lead to a name
    const named = phrase.kind !== 'pronoun' ? nameAfterRole(lex, tokens, end + 1, to) : -1;
    if (named > 0) { i = named - 1; continue; }
    return { kind: 'subject', cueA: end + 1, cueB: end + 1, phrase, enclitic: false, confidence: 0.5 };
  }
  return null;
}
