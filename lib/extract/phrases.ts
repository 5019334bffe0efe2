/**
 * Speaker phrases: the words that name who is speaking at one attribution, parsed forwards
 * after a cue ("kata juru bicara Dewan Keamanan Nasional, John Kirby, kepada ...") or backwards
 * before a verb ("Douglas Holtz-Eakin, an economist ..., said"). The result still has to be
 * resolved against the article's cast (speakers.ts / resolve.ts).
 */
import type { Lexicon } from './lexicon/types';
import { analyzeRun as analyzeRun_, isDateline as isDateline_, isSurnameMonth as isSurnameMonth_, opensParticiplePhrase as opensParticiplePhrase_, isNameToken as isNameToken_, isNotNameStart as isNotNameStart_, isRoleWord as isRoleWord_, runEndFrom as runEndFrom_, runStartFrom as runStartFrom_, type RunInfo } from './names';
import { type Token, endsWithPossessive as endsWithPossessive_, isPartyStateTag as isPartyStateTag_, isPluralPossessiveMark as isPluralPossessiveMark_ } from './text';
import { US_STATES as US_STATES_ } from './lexicon/shared';
import { APPOSITION_OPENERS as APPOSITION_OPENERS_, CLAUSE_SUBORDINATORS as CLAUSE_SUBORDINATORS_, FINITE_AUXILIARIES as FINITE_AUXILIARIES_, LEADING_CONJUNCTIONS as LEADING_CONJUNCTIONS_, PREPOSITIONS as PREPOSITIONS_, QUANTIFIERS as QUANTIFIERS_, RELATIVE_OPENERS as RELATIVE_OPENERS_, SENTENCE_OPENERS as SENTENCE_OPENERS_, SUBJECT_CLAUSE_OPENERS as SUBJECT_CLAUSE_OPENERS_, TIME_NOUNS as TIME_NOUNS_, TIME_OPENERS as TIME_OPENERS_, WEEKDAYS as WEEKDAYS_ } from './lexicon/function-words';
import { AUXILIARIES as AUXILIARIES_, IRREGULAR_PAST as IRREGULAR_PAST_, NOT_SOURCE_START as NOT_SOURCE_START_ } from './lexicon/indirect-en';
import { ADJECTIVE_NAMES as ADJECTIVE_NAMES_, DEMONSTRATIVES as DEMONSTRATIVES_, LINKS as LINKS_, OFFICE_OF as OFFICE_OF_, PARTY_MEMBERS as PARTY_MEMBERS_ } from './lexicon/names';
import { nameAfterOfficeAcronym as nameAfterOfficeAcronym_, officeBeforeAcronym as officeBeforeAcronym_, officeHolder as officeHolder_, officeHolderEndingAt as officeHolderEndingAt_, opensOffice as opensOffice_ } from './office-holder';
import { AGENT_NOUNS as AGENT_NOUNS_, DOCUMENT_SOURCES as DOCUMENT_SOURCES_, ISSUED_DOCUMENTS as ISSUED_DOCUMENTS_ } from './lexicon/en';
import { CIRCUMSTANCE_OPENERS_ID as CIRCUMSTANCE_OPENERS_ID_ } from './lexicon/id';
const CIRCUMSTANCE_OPENERS_ID = CIRCUMSTANCE_OPENERS_ID_;
const ADJECTIVE_NAMES = ADJECTIVE_NAMES_;
const DEMONSTRATIVES = DEMONSTRATIVES_;
const LINKS = LINKS_;
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const endsWithPossessive = endsWithPossessive_;
const analyzeRun = analyzeRun_;
const isNameToken = isNameToken_;
const isNotNameStart = isNotNameStart_;
const isRoleWord = isRoleWord_;
const runEndFrom = runEndFrom_;
const runStartFrom = runStartFrom_;
const US_STATES = US_STATES_;
const AUXILIARIES = AUXILIARIES_;
const IRREGULAR_PAST = IRREGULAR_PAST_;
const isDateline = isDateline_;
const isSurnameMonth = isSurnameMonth_;
const opensParticiplePhrase = opensParticiplePhrase_;
const isPartyStateTag = isPartyStateTag_;
const isPluralPossessiveMark = isPluralPossessiveMark_;
const APPOSITION_OPENERS = APPOSITION_OPENERS_;
const CLAUSE_SUBORDINATORS = CLAUSE_SUBORDINATORS_;
const SUBJECT_CLAUSE_OPENERS = SUBJECT_CLAUSE_OPENERS_;
const FINITE_AUXILIARIES = FINITE_AUXILIARIES_;
const LEADING_CONJUNCTIONS = LEADING_CONJUNCTIONS_;
const QUANTIFIERS = QUANTIFIERS_;
const PREPOSITIONS = PREPOSITIONS_;
const RELATIVE_OPENERS = RELATIVE_OPENERS_;
const PARTY_MEMBERS = PARTY_MEMBERS_;
const SENTENCE_OPENERS = SENTENCE_OPENERS_;
const TIME_NOUNS = TIME_NOUNS_;
const TIME_OPENERS = TIME_OPENERS_;
const WEEKDAYS = WEEKDAYS_;
const NOT_SOURCE_START = NOT_SOURCE_START_;
const OFFICE_OF = OFFICE_OF_;
const officeHolder = officeHolder_;
const officeBeforeAcronym = officeBeforeAcronym_;
const opensOffice = opensOffice_;
const nameAfterOfficeAcronym = nameAfterOfficeAcronym_;
const officeHolderEndingAt = officeHolderEndingAt_;
const AGENT_NOUNS = AGENT_NOUNS_;
const DOCUMENT_SOURCES = DOCUMENT_SOURCES_;
const ISSUED_DOCUMENTS = ISSUED_DOCUMENTS_;

export type PhraseKind = 'name' | 'pronoun' | 'role' | 'descr';

export interface SpeakerPhrase {
  kind: PhraseKind;
  /** token range of the mention (inclusive) */
  a: number;
  b: number;
  /** the name run, for kind 'name' (or the role run for kind 'role') */
  run: RunInfo | null;
  /** role text from an apposition or title, if any */
  role: string | null;
  /** extra coordinated names ("Washington dan Seoul") */
  coordinated: RunInfo[];
  /**
   * The words before the cue are no source ("The referendum results were allowed", "The
   * promise"): the claim stands, but nobody is named as its source.
   */
  unsure?: boolean;
}

const TERMINAL = new Set(['.', '!', '?', ';', '…', '...', ':']);
const DATELINE_DASH = new Set(['--', '-', '\u2014', '\u2013', '\u2015']);
function isAcronymWord(w: string): boolean {
  return w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
}
/**
 * The token after a dateline that names its agency, in any case ("Washington (AFP) –",
 * "New York (AP) —"), when one opens the paragraph at a; else a.
 */
function afterAgencyDateline(tokens: Token[], a: number, b: number): number {
  if (!(a === 0 || tokens[a].nlBefore)) return a;
  for (let k = a + 1; k + 3 <= b && k - a <= 8; k++) {
    if (tokens[k].text !== '(') continue;
    const agency = tokens[k + 1].text;
    return isAcronymWord(agency) && tokens[k + 2].text === ')' && DATELINE_DASH.has(tokens[k + 3].text) ? k + 4 : a;
  }
  return a;
}

export function isPronoun(lex: Lexicon, t: Token): boolean {
  return t.kind === 'word' && lex.pronouns.has(pronounForm(t.lower));
}

/** "he’s" → "he", "she'd" → "she", "I'm" → "i" */
export function pronounForm(lower: string): string {
  // nearly every word has no apostrophe: no regex run for those
  if (lower.indexOf("'") < 0 && lower.indexOf('’') < 0) return lower;
  return lower.replace(/['’](s|d|ll|ve|re|m)$/, '');
}

/** "katanya", "ujarnya", "menurutnya": a cue with the pronoun built in. */
export function isEncliticCue(lex: Lexicon, t: Token): boolean {
  if (!lex.pronounSuffix || t.kind !== 'word') return false;
  const l = t.lower;
  if (!l.endsWith(lex.pronounSuffix) || l.length <= lex.pronounSuffix.length + 2) return false;
  const stem = l.slice(0, -lex.pronounSuffix.length);
  return lex.postCues.has(stem) || stem === 'menurut' || lex.speechVerbs.has(stem);
}

/** A determiner or quantifier that can open a description ("the", "a", "several"). */
export function isDeterminer(lex: Lexicon, l: string): boolean {
  return lex.determiners.has(l);
}

/** Does a speaker phrase plausibly start at token i? */
export function startsSpeaker(lex: Lexicon, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || t.inQuote >= 0) return false;
  if (isPronoun(lex, t)) return true;
  if (isNameToken(t)) return !isNotNameStart(t.lower) || isDeterminer(lex, t.lower) || isRoleWord(t.lower);
  return isDeterminer(lex, t.lower) || isRoleWord(t.lower) || lex.sourceNouns.has(t.lower);
}

/** "chief of staff", "secretary of state": an "of" at i inside a title, not after it. */
function titleOf(lex: Lexicon, tokens: Token[], i: number, chunkStart: number): boolean {
  const nx = tokens[i + 1];
  return lex.lang === 'en' && tokens[i].lower === 'of' && i > chunkStart && isRoleWord(tokens[i - 1].lower) &&
    nx !== undefined && nx.kind === 'word' && !nx.capital && OFFICE_OF.has(nx.lower);
}

/**
 * Parse the speaker phrase that starts at token s and may run to `limit` (inclusive).
 * Up to three comma-separated chunks are read (role, name, apposition); the chunk holding a
 * personal name wins, then an organisation, then a bare role or a description.
 */
export function parseForward(text: string, lex: Lexicon, tokens: Token[], s: number, limit: number): SpeakerPhrase | null {
  if (s < 0 || s > limit || s >= tokens.length) return null;
  if (limit >= tokens.length) limit = tokens.length - 1;
  const first = tokens[s];
  if (first.kind !== 'word' || first.inQuote >= 0) return null;
  if (isPronoun(lex, first)) return { kind: 'pronoun', a: s, b: s, run: null, role: null, coordinated: [] };
  // "“…” Perhaps, he said, …": a sentence adverb after a quotation opens no speaker phrase
  if (first.capital && SENTENCE_OPENERS.has(first.lower)) return null;
  if (lex.lang === 'id') {
    const office = officeHolder(text, tokens, s, limit);
    if (office) return { kind: 'name', a: s, b: office.end, run: office.run, role: office.run.role, coordinated: [] };
  }
  const chunks: Array<[number, number]> = [];
  let i = s;
  let chunkStart = s;
  let depth = 0;
  // the apposition chunk whose role already took a link word ("a spokesman for …")
  let linkedChunk = -1;
  while (i <= limit) {
    const t = tokens[i];
    if ((t.kind === 'quote' && !isPluralPossessiveMark(tokens, i)) || t.inQuote >= 0) break;
    if (t.text === '(') { depth++; i++; continue; }
    if (t.text === ')') { if (depth > 0) depth--; i++; continue; }
    if (depth > 0) { i++; continue; }
    if (t.kind === 'punct' && TERMINAL.has(t.text)) break;
    if (t.text === ',') {
      // "said Sen. Marco Rubio, R-Fla.": a party-state tag is an apposition, not a chunk of its own
      if (i > chunkStart && !(i - 1 === chunkStart && isPartyStateTag(tokens[chunkStart].lower))) chunks.push([chunkStart, i - 1]);
      // "said Omar Reyes, 64, a retired teacher": an age between commas is no chunk of its own
      const next = afterAge(tokens, i + 1, limit) - 1;
      const nx = tokens[next + 1];
      if (chunks.length >= 3 || !nx || next + 1 > limit || !(isNameToken(nx) || isRoleWord(nx.lower) || isDeterminer(lex, nx.lower))) {
        chunkStart = -1;
        break;
      }
      chunkStart = next + 1;
      i = next + 1;
      continue;
    }
    // "one of Trump's lawyers", "some of his aides": a quantifier's "of" belongs to the phrase
    const quantifierOf = t.lower === 'of' && lex.lang === 'en' && i - 1 === chunkStart && isDeterminer(lex, tokens[chunkStart].lower);
    // "a statement from the ministry", "a report by the auditor": whose document belongs to the source
    const documentOf = lex.lang === 'en' && (t.lower === 'from' || t.lower === 'by') && i - 1 > chunkStart && DOCUMENT_SOURCES.has(tokens[i - 1].lower);
    // "said Tom Hale, a spokesman for the group Fair Fares": in an apposition after the name,
    // whose spokesman belongs to the role
    // (and so does where: "a professor of economics at Harbour University")
    const appositionOf = lex.lang === 'en' && chunkStart > s && LINKS.has(t.lower) && i - 1 > chunkStart &&
      isDeterminer(lex, tokens[chunkStart].lower) && (isRoleWord(tokens[i - 1].lower) || linkedChunk === chunkStart);
    if (appositionOf) linkedChunk = chunkStart;
    // "kata peneliti dari Lembaga Ilmu Pengetahuan Indonesia Siti Zuhro": where a lower-case role
    // works belongs to the role, and the name after it is the speaker's
    const roleFrom = lex.lang === 'id' && t.lower === 'dari' && i > chunkStart && !tokens[i - 1].capital && isRoleWord(tokens[chunkStart].lower) &&
      tokens[i + 1] !== undefined && i + 1 <= limit && isNameToken(tokens[i + 1]);
    if (t.kind === 'word' && !t.capital && lex.phraseStops.has(t.lower) && !isRoleWord(t.lower) && !quantifierOf && !documentOf && !appositionOf && !roleFrom && !titleOf(lex, tokens, i, chunkStart)) {
      // "Kepala Bidang Kedaruratan dan Logistik BPBD …": the name run goes on through an office's "dan"
      if (!((t.lower === 'dan' || t.lower === 'and') && runEndFrom(tokens, chunkStart, limit) > i)) break;
    }
    if (t.kind === 'word' && (lex.postCues.has(t.lower) || lex.speechVerbs.has(t.lower)) && !t.capital && i > s) break;
    if (lex.lang === 'en' && i > chunkStart && isFiniteVerbAfterNoun(lex, tokens, i)) break;
    if (i - chunkStart > 14) break;
    i++;
  }
  if (chunkStart >= 0 && i - 1 >= chunkStart && !(Math.min(i - 1, limit) === chunkStart && isPartyStateTag(tokens[chunkStart].lower))) {
    chunks.push([chunkStart, Math.min(i - 1, limit)]);
  }
  if (chunks.length === 0) return null;

  let best: { run: RunInfo; chunk: number } | null = null;
  let org: { run: RunInfo; chunk: number } | null = null;
  let roleRun: { run: RunInfo; chunk: number } | null = null;
  for (let c = 0; c < chunks.length && !best; c++) {
    const [ca, cb] = chunks[c];
    // a role chunk: "juru bicara ...", "a spokesman for ...", or "Kepala Dinas ..., NAME" (a
    // title-led chunk followed by a chunk that opens with a name)
    const nextOpensName = c + 1 < chunks.length && isNameToken(tokens[chunks[c + 1][0]]) && !isRoleWord(tokens[chunks[c + 1][0]].lower);
    const determinerLed = !tokens[ca].capital && isDeterminer(lex, tokens[ca].lower);
    // "Sanders's campaign manager, Jeff Weaver": a possessive opens a description of someone else
    const possessiveLed = lex.lang === 'en' && possessiveModifierAt(tokens, ca, cb);
    const roleChunk = (!tokens[ca].capital && (isRoleWord(tokens[ca].lower) || determinerLed)) ||
      (isRoleWord(tokens[ca].lower) && nextOpensName);
    let sawLink = false;
    let paren = 0;
    for (let k = ca; k <= cb; k++) {
      // "Rep. Ann Lee (D-Ohio)": a party-and-state label or aside in parentheses names nobody
      if (tokens[k].text === '(') { paren++; continue; }
      if (tokens[k].text === ')') { if (paren > 0) paren--; continue; }
      if (paren > 0) continue;
      if (!isNameToken(tokens[k])) {
        // "Mr. Morgan of the Sierra Club": after "of"/"at", names belong to the role
        if (LINKS.has(tokens[k].lower)) sawLink = true;
        // "Sen. Bernie Sanders visited NBC's …": an English verb after the person ends the
        // subject; later names are its objects
        else if (best && lex.lang === 'en' && endsSubject(tokens[k])) break;
        continue;
      }
      const e = Math.min(runEndFrom(tokens, k, cb), cb);
      // "the American ambassador", "a senior Trump adviser", "one Trump confidant", "the Trump
      // campaign": a name right before a noun, in a phrase a determiner opens, says whose or
      // which; the phrase, not the name, is the source. So is "Trump's lawyer".
      if ((determinerLed && modifiesRole(tokens, e + 1, cb)) || (lex.lang === 'en' && (determinerLed || possessiveLed) && modifiesNoun(lex, tokens, e, cb))) { k = e; continue; }
      const info = analyzeRun(text, tokens, k, e);
      k = e;
      if (!info) continue;
      // "former Utah governor Michael Leavitt, a Romney confidant": a description after the
      // role-and-name chunk is the person's apposition, not a sign the person is someone else's
      const skipForNext = roleChunk && (info.role === null || nextOpensName) && c + 1 < chunks.length && !(lex.lang === 'en' && !nextOpensName && isDeterminer(lex, tokens[chunks[c + 1][0]].lower));
      if (info.type === 'person' && info.nameA <= info.nameB && info.role !== info.canonical && !skipForNext) {
        // "White House press secretary Josh Earnest", "Manajer Humas PT KAI Daop 8 Surabaya
        // Suprapto": in a role-then-name chunk the personal name comes last
        if (!best || !sawLink) best = { run: info, chunk: c };
        if (sawLink) break;
        continue;
      }
      if ((info.type === 'organization' || info.type === 'place') && !org && !roleChunk) org = { run: info, chunk: c };
      if (!roleRun && info.role !== null) roleRun = { run: info, chunk: c };
    }
    if (c === 0 && !best && !org && !roleRun && !roleChunk && !possessiveLed) break; // first chunk is no speaker at all
  }
  const pick = best ?? org;
  if (pick) {
    const [ca] = chunks[pick.chunk];
    const roles: string[] = [];
    if (pick.run.role) roles.push(pick.run.role);
    // "asked by host Bill Maher": the preposition that links the phrase is no part of the role
    let la = ca;
    while (la < pick.run.a && (PREPOSITIONS.has(tokens[la].lower) || (la > ca && isDeterminer(lex, tokens[la].lower) && la + 1 === pick.run.a))) la++;
    const lead = pick.run.a > la ? text.slice(tokens[la].start, tokens[pick.run.a - 1].end).trim() : '';
    if (lead && !pick.run.role) roles.push(lead);
    else if (lead && pick.run.role) roles[0] = lead + ' ' + pick.run.role;
    for (let c = 0; c < chunks.length; c++) {
      if (c === pick.chunk || roles.length > 0) continue;
      const [xa, xb] = chunks[c];
      roles.push(text.slice(tokens[xa].start, tokens[xb].end));
    }
    const endChunk = chunks[Math.max(pick.chunk, 0)];
    return { kind: 'name', a: s, b: endChunk[1], run: pick.run, role: roles[0] ?? null, coordinated: [] };
  }
  const [ca, cb] = chunks[0];
  if (roleRun && roleRun.chunk === 0) {
    return { kind: 'role', a: s, b: cb, run: roleRun.run, role: text.slice(tokens[ca].start, tokens[cb].end), coordinated: [] };
  }
  // a description ("a source", "sources familiar with", "warga setempat", "polisi", "Trump's lawyer")
  if (cb - ca <= 6 && (isDeterminer(lex, tokens[ca].lower) || lex.sourceNouns.has(tokens[ca].lower) || isRoleWord(tokens[ca].lower) ||
      (lex.lang === 'en' && possessiveModifierAt(tokens, ca, cb)))) {
    return { kind: 'descr', a: ca, b: cb, run: null, role: null, coordinated: [] };
  }
  return null;
}

/**
 * A lower-case past-tense verb ("visited", "criticized"): it ends the subject. Other lower-case
 * words may still belong to it ("Trump campaign manager Corey Lewandowski").
 */
function endsSubject(t: Token): boolean {
  return t.kind === 'word' && !t.capital && t.lower.length > 4 && t.lower.endsWith('ed') && !isRoleWord(t.lower);
}

/**
 * English: a past-tense verb right after a noun ends the subject ("the governor visited the
 * plant and said …", "the meeting began", "Hillary failed to"); after a determiner or an adverb
 * it is an adjective ("a retired general", "the newly elected mayor").
 */
export function isFiniteVerbAfterNoun(lex: Lexicon, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'word' || t.capital || t.text.includes('-') || !(endsSubject(t) || IRREGULAR_PAST.has(t.lower))) return false;
  const p = tokens[i - 1];
  return p.kind === 'word' && !isDeterminer(lex, p.lower) && !p.lower.endsWith('ly') && !lex.functionWords.has(p.lower);
}

/**
 * Lower-case words from token i on, up to b, reach a role noun: "ambassador", "adviser",
 * "campaign spokesman" (at most three words, none of them a link such as "of").
 */
function modifiesRole(tokens: Token[], i: number, b: number): boolean {
  for (let k = i; k <= b && k < i + 3; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.capital || LINKS.has(t.lower)) return false;
    if (isRoleWord(t.lower)) return true;
  }
  return false;
}

/**
 * English: the name run ending at e modifies a noun after it in the same chunk (…b): the next
 * word is lower case and no link, function word or verb ("Trump confidant", "Clinton veteran",
 * "Trump campaign", "Trump's lawyer"), so the name says whose, not who.
 */
function modifiesNoun(lex: Lexicon, tokens: Token[], e: number, b: number): boolean {
  const t = tokens[e + 1];
  if (!t || e + 1 > b || t.kind !== 'word' || t.capital || t.inQuote >= 0) return false;
  return !LINKS.has(t.lower) && !lex.functionWords.has(t.lower) && !lex.phraseStops.has(t.lower) && !endsSubject(t);
}

/** The chunk a..b opens with a possessive name run before a lower-case noun ("Sanders's campaign manager"). */
function possessiveModifierAt(tokens: Token[], a: number, b: number): boolean {
  if (!isNameToken(tokens[a])) return false;
  const e = Math.min(runEndFrom(tokens, a, b), b);
  return endsWithPossessive(tokens[e].text) && e + 1 <= b && tokens[e + 1].kind === 'word' && !tokens[e + 1].capital;
}

/**
 * Parse the subject that ends at token e (the word before a reporting verb), looking back no
 * further than `floor`. Skips auxiliaries and adverbs ("juga", "has", "also"), handles a
 * comma apposition, coordination ("Washington dan Seoul", "Baik X maupun Y") and descriptions.
 */
export function parseBackward(text: string, lex: Lexicon, tokens: Token[], e: number, floor: number, lenient: boolean | 'clause' = false): SpeakerPhrase | null {
  if (e < 0 || e < floor || e >= tokens.length) return null;
  let k = e;
  let skipped = 0;
  while (k >= floor && skipped < 4 && tokens[k].kind === 'word' && !tokens[k].capital && lex.skipBetween.has(tokens[k].lower)) { k--; skipped++; }
  if (lex.lang === 'en') k = beforeTimeAdverbial(tokens, k, floor);
  if (k < floor) return null;
  let t = tokens[k];
  if (t.text === ')') {
    let d = k - 1;
    while (d >= floor && tokens[d].text !== '(') d--;
    if (d <= floor) return null;
    k = d - 1;
    t = tokens[k];
  }
  if (t.inQuote >= 0 || t.kind === 'quote') return null;
  if (isPronoun(lex, t)) return { kind: 'pronoun', a: k, b: k, run: null, role: null, coordinated: [] };
  if (t.text === ',') return parseAppositiveSubject(text, lex, tokens, k, floor);
  if (isNameToken(t) || isSurnameMonth(tokens, k) || (t.kind === 'word' && endsWithPossessive(t.text) && t.capital)) {
    const a = runStartFrom(tokens, k, floor);
    // "Republican claims", "Islamic groups": a lone party or creed adjective names nobody
    if (a === k && ADJECTIVE_NAMES.has(t.lower)) return null;
    // "Stacy Baker of Columbia, South Carolina says": the state closes the home town
    if (afterTownComma(tokens, a, k, floor)) return parseBackward(text, lex, tokens, a - 2, floor, lenient);
    if (lex.lang === 'id') {
      const office = officeHolderEndingAt(text, tokens, k, floor);
      if (office) return { kind: 'name', a: office.start, b: k, run: office.run, role: office.run.role, coordinated: [] };
    }
    const info = analyzeRun(text, tokens, a, k);
    if (!info) return null;
    const coordinated: RunInfo[] = [];
    let start = info.a;
    // coordination: "Washington dan Seoul", "Korea Utara maupun Rusia"
    const conj = tokens[info.a - 1];
    if (conj && info.a - 2 >= floor && (conj.lower === 'dan' || conj.lower === 'and' || conj.lower === 'maupun' || conj.lower === '&') && isNameToken(tokens[info.a - 2])) {
      const a2 = runStartFrom(tokens, info.a - 2, floor);
      const other = analyzeRun(text, tokens, a2, info.a - 2);
      if (other && other.type !== 'person' && info.type !== 'person') {
        coordinated.push(other);
        start = other.a;
        if (tokens[start - 1] && tokens[start - 1].lower === 'baik') start--;
      }
    }
    // "a spokeswoman for Ivo Brandt said": the agent is the source, the person named only whom
    // they speak for
    const agent = lex.lang === 'en' ? agentFor(lex, tokens, start, floor) : -1;
    if (agent >= 0) return { kind: 'descr', a: agent, b: k, run: null, role: null, coordinated: [] };
    // "The senator from Vermont said": the role is the source, the place only where it is from
    const holder = lex.lang === 'en' && info.type !== 'person' ? officeFrom(lex, tokens, start, floor) : -1;
    if (holder >= 0) return { kind: 'descr', a: holder, b: k, run: null, role: null, coordinated: [] };
    // a source noun before a place or organisation: "media Rusia", "pemerintah Indonesia"
    const nounBefore = tokens[start - 1];
    if (info.type !== 'person' && nounBefore && start - 1 >= floor && nounBefore.kind === 'word' && !nounBefore.capital && lex.sourceNouns.has(nounBefore.lower)) {
      return { kind: 'descr', a: start - 1, b: k, run: info, role: null, coordinated };
    }
    // lower-case role words right before the name ("juru bicara Gedung Putih X", "spokesman X")
    let r = start - 1;
    while (r >= floor && r >= start - 4 && tokens[r].kind === 'word' && !tokens[r].capital && isRoleWord(tokens[r].lower)) r--;
    let roleStart = r + 1;
    // the words that qualify the role show in it, but the phrase (what the ranker reads) still
    // starts at the role word: the ranker was fitted on that extent
    const shownStart = lex.lang === 'en' && roleStart < start ? roleModifiersBefore(lex, tokens, r, floor) + 1 : roleStart;
    let role = roleStart < start ? text.slice(tokens[shownStart].start, tokens[start - 1].end) : info.role;
    // "Menteri Koordinator Bidang Kemaritiman dan Investasi Rendra …": an office joined by "dan"
    // opens the role (the run after "dan" holds only its last words)
    const office = roleStart === start && lex.lang === 'id' && info.type === 'person' ? officeBeforeDan(text, tokens, start, floor) : -1;
    if (office >= 0) {
      const lead = text.slice(tokens[office].start, tokens[start - 1].end);
      role = info.role ? `${lead} ${info.role}` : lead;
      roleStart = office;
    }
    // "Ketua Komisi Pemilihan Umum (KPU) Sulut Ardiles Mewoh": the office before an acronym in
    // parentheses opens the role (the run after the parenthesis holds only its last words)
    const officeBefore = roleStart === start && lex.lang === 'id' && info.type === 'person' ? officeBeforeAcronym(tokens, start, floor) : -1;
    if (officeBefore >= 0) {
      const lead = text.slice(tokens[officeBefore].start, tokens[start - 1].end);
      role = role ? `${lead} ${role}` : lead;
      roleStart = officeBefore;
    }
    // a possessive subject ("Clinton's campaign said") is handled as a description
    if (info.role !== null && info.role === info.canonical && info.type !== 'organization') {
      return { kind: 'role', a: roleStart, b: k, run: info, role: info.role, coordinated };
    }
    return { kind: 'name', a: roleStart, b: k, run: info, role, coordinated };
  }
  // Indonesian demonstratives close a description: "menteri itu", "warga tersebut"
  if (t.kind === 'word' && DEMONSTRATIVES.has(t.lower) && k - 1 >= floor && tokens[k - 1].kind === 'word' &&
      (isRoleWord(tokens[k - 1].lower) || lex.sourceNouns.has(tokens[k - 1].lower))) {
    return { kind: 'descr', a: k - 1, b: k, run: null, role: null, coordinated: [] };
  }
  if (t.kind === 'word' && !t.capital && (lex.sourceNouns.has(t.lower) || isRoleWord(t.lower) || (lenient !== false && startsDescription(lex, tokens, floor, k) && (lenient !== 'clause' || descriptionAtClauseStart(lex, tokens, floor, k))))) {
    // description: back to a determiner or possessive within a few words
    let a = k;
    while (a - 1 >= floor && k - a < 5) {
      const p = tokens[a - 1];
      if (p.kind !== 'word' || p.inQuote >= 0) break;
      if (isDeterminer(lex, p.lower)) { a--; break; }
      // "With Democratic leaders increasingly worried …", "But aides": a capitalised preposition or conjunction opens no description
      if (p.capital && NOT_SOURCE_START.has(p.lower)) break;
      if (p.capital || endsWithPossessive(p.text) || lex.sourceNouns.has(p.lower) || isRoleWord(p.lower) || !lex.functionWords.has(p.lower)) { a--; continue; }
      break;
    }
    // "The referendum results were (allowed)": a verb heads no description of a source
    return { kind: 'descr', a, b: k, run: null, role: null, coordinated: [], unsure: !headsDescription(lex, t) };
  }
  return null;
}

/** Most words that may qualify a lower-case English role before a name ("Former transport minister"). */
const ROLE_MODIFIERS_MAX = 3;

/**
 * English: the words that qualify a lower-case role before a name, read back from token r (the
 * word before the role): "transport" and "Former" in "Former transport minister Grace Obi",
 * "Harbour Party campaign" in "Harbour Party campaign manager Omar Reyes". Content words only: a
 * function word, determiner, verb, number or punctuation ends the role, and a capitalised word
 * joins only at the start of the clause, after a comma, colon or dash, or as part of a longer
 * name ("White House"). Returns the index of the last token before the role.
 */
function roleModifiersBefore(lex: Lexicon, tokens: Token[], r: number, floor: number): number {
  const stop = r;
  while (r >= floor && stop - r < ROLE_MODIFIERS_MAX) {
    const t = tokens[r];
    if (t.kind !== 'word' || t.inQuote >= 0 || !/^\p{L}[\p{L}'’-]*$/u.test(t.text)) break;
    if (lex.functionWords.has(t.lower) || NOT_SOURCE_START.has(t.lower) || isDeterminer(lex, t.lower) || lex.phraseStops.has(t.lower) || lex.speechVerbs.has(t.lower) || lex.postCues.has(t.lower)) break;
    if (!t.capital && (endsSubject(t) || IRREGULAR_PAST.has(t.lower) || t.lower.endsWith('ing'))) break;
    if (t.capital && r > floor && !isNameToken(tokens[r - 1]) && !isClauseBoundary(tokens[r - 1])) break;
    r--;
  }
  return r;
}

/** Punctuation that opens a clause before a subject ("…; Former minister …", "— transport minister …"). */
function isClauseBoundary(t: Token): boolean {
  return t.kind === 'punct' && (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–');
}

/**
 * Where an office that ends in "dan" before the run at `start` begins ("Menteri Koordinator
 * Bidang Kemaritiman dan | Investasi …"): a capitalised run opened by a role word that names no
 * person by a full name ("Menteri Keuangan Sri Mulyani dan Gubernur …" is two people). -1 when
 * there is none.
 */
function officeBeforeDan(text: string, tokens: Token[], start: number, floor: number): number {
  const dan = start - 1;
  if (dan - 1 < floor || tokens[dan].lower !== 'dan' || !isNameToken(tokens[dan - 1])) return -1;
  const a = runStartFrom(tokens, dan - 1, floor);
  if (!isRoleWord(tokens[a].lower)) return -1;
  const other = analyzeRun(text, tokens, a, dan - 1);
  // a one-word "name" after the role words is the office's own last word ("… Bidang Kemaritiman")
  return other && (other.type !== 'person' || other.nameB <= other.nameA || other.role === other.canonical) ? a : -1;
}

/** The run a..b is a US state right after "Town," ("Columbia, South Carolina"). */
function afterTownComma(tokens: Token[], a: number, b: number, floor: number): boolean {
  if (a - 2 < floor || tokens[a - 1].text !== ',' || !isNameToken(tokens[a - 2])) return false;
  let name = tokens[a].lower;
  for (let i = a + 1; i <= b; i++) name += ' ' + tokens[i].lower;
  return US_STATES.has(name);
}

/** A word that can end a description: not a function word or verb ("The referendum results were"). */
function headsDescription(lex: Lexicon, t: Token): boolean {
  return !lex.functionWords.has(t.lower) && !endsSubject(t) && !(lex.lang === 'en' && (AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower)));
}

/** A determiner (or possessive) opens a short description ending at k: "the letter", "the ad’s narrator". */
function startsDescription(lex: Lexicon, tokens: Token[], floor: number, k: number): boolean {
  for (let d = k - 1; d >= floor && d >= k - 4; d--) {
    const f = tokens[d];
    if (f.kind !== 'word') return false;
    if (isDeterminer(lex, f.lower) || endsWithPossessive(f.text)) return true;
    if (lex.functionWords.has(f.lower)) return false;
  }
  return false;
}

/** The description found by startsDescription opens its clause ("Protesters marching through
 * the streets chanted" must not yield "the streets"). */
function descriptionAtClauseStart(lex: Lexicon, tokens: Token[], floor: number, k: number): boolean {
  let d = k - 1;
  while (d >= floor && d >= k - 4 && !(isDeterminer(lex, tokens[d].lower) || endsWithPossessive(tokens[d].text))) d--;
  if (d < floor || d === floor) return true;
  const p = tokens[d - 1];
  return p.kind !== 'word' || p.lower === 'and' || p.lower === 'but' || p.lower === 'dan' || CLAUSE_SUBORDINATORS.has(p.lower);
}


/** Where "a spokeswoman for" / "an aide to" opens before the name starting at `start`; -1 when it does not. */
function agentFor(lex: Lexicon, tokens: Token[], start: number, floor: number): number {
  const prep = tokens[start - 1];
  const noun = tokens[start - 2];
  if (start - 2 < floor || !prep || !noun || (prep.lower !== 'for' && prep.lower !== 'to') || noun.capital || !AGENT_NOUNS.has(noun.lower)) return -1;
  const det = tokens[start - 3];
  return start - 3 >= floor && det && isDeterminer(lex, det.lower) ? start - 3 : start - 2;
}

/**
 * "The senator from Vermont", "the governor of Texas": a determiner, a lower-case role word and
 * "from"/"of" before the name starting at start; the determiner's index, or -1.
 */
function officeFrom(lex: Lexicon, tokens: Token[], start: number, floor: number): number {
  const prep = tokens[start - 1];
  const noun = tokens[start - 2];
  const det = tokens[start - 3];
  if (start - 3 < floor || !prep || !noun || !det || (prep.lower !== 'from' && prep.lower !== 'of')) return -1;
  if (noun.kind !== 'word' || noun.capital || !isRoleWord(noun.lower)) return -1;
  return det.kind === 'word' && isDeterminer(lex, det.lower) ? start - 3 : -1;
}

/** The chunk ending right before the comma at c is a personal name of two or more words. */
function personChunkBefore(text: string, tokens: Token[], c: number, floor: number, whole = false): boolean {
  const e = c - 1;
  if (e < floor || !isNameToken(tokens[e])) return false;
  const a = runStartFrom(tokens, e, floor);
  // whole: the name is all of the chunk ("Sepp Blatter" in "he defended Sepp Blatter, …" is an object)
  if (whole && a > floor && tokens[a - 1].kind === 'word') return false;
  const info = analyzeRun(text, tokens, a, e);
  return !!info && info.type === 'person' && info.role === null && info.nameB > info.nameA;
}

/** "NAME, a role ..., said": walk back over appositive chunks to the chunk holding the name. */
function parseAppositiveSubject(text: string, lex: Lexicon, tokens: Token[], comma: number, floor: number): SpeakerPhrase | null {
  let end = comma;
  // a description chunk ("The company, based in Ohio, said"): the subject unless the chunk
  // before it names one ("Smith, the agency's director, said"), in which case it is the apposition
  let described: SpeakerPhrase | null = null;
  for (let hops = 0; hops < 3; hops++) {
    const s = chunkBoundaryBefore(tokens, end, floor);
    let ca = s + 1;
    const cb = end - 1;
    // a dateline before the subject: "WASHINGTON -- President Obama, …, said"
    if (ca + 2 <= cb && isAcronymWord(tokens[ca].text) && DATELINE_DASH.has(tokens[ca + 1].text)) ca += 2;
    else ca = afterAgencyDateline(tokens, ca, cb);
    // "But Rendell, a stalwart supporter, said": the conjunction opens the sentence, not the name
    while (ca < cb && LEADING_CONJUNCTIONS.has(tokens[ca].lower)) ca++;
    if (ca > cb || cb - ca > 40) return null;
    // "The issue came up after Mr. Trump, asked about it, had said": the name closing a chunk
    // right after a clause opener is the subject of the verb past the apposition (only past
    // one: "…, insisting" right after "plans a strategy after Christmas" has no subject there)
    if (hops > 0 && (!isNameToken(tokens[ca]) || isNotNameStart(tokens[ca].lower) || isPronoun(lex, tokens[ca]))) ca = subjectAfterOpener(tokens, ca, cb);
    let firstEnd = isNameToken(tokens[ca]) ? runEndFrom(tokens, ca, cb) : ca;
    // "Civic Corps’ Stan Brody, a pollster, said": the name after a possessor is the subject
    const owned = ownedNameStart(tokens, firstEnd, cb);
    if (owned > 0) { ca = owned; firstEnd = runEndFrom(tokens, ca, cb); }
    // "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD, Kamis (30/7), mengatakan":
    // an office through commas and "dan" whose holder closes the chunk is the subject
    if (lex.lang === 'id' && isNameToken(tokens[cb])) {
      const held = officeHolderEndingAt(text, tokens, cb, floor);
      if (held && held.start < ca && opensOffice(tokens, held.start)) return { kind: 'name', a: held.start, b: cb, run: held.run, role: held.run.role, coordinated: [] };
    }
    // "Kepala Bidang … Indonesia (Aspaki) Erwin Hermanto, pekan lalu, menyampaikan": the office
    // before an acronym in brackets is the role of the person named after it
    let office: string | null = null;
    const afterAcronym = lex.lang === 'id' ? personAfterAcronym(tokens, ca, firstEnd, cb) : -1;
    if (afterAcronym > 0) {
      office = text.slice(tokens[ca].start, tokens[afterAcronym - 1].end);
      ca = afterAcronym;
      firstEnd = cb;
    }
    const firstTok = tokens[ca];
    // "WASHINGTON, Dec. 8 (UPI) — …, the chair rallied supporters, saying": nothing at or before
    // a dateline is the subject
    if (firstEnd === cb && isDateline(tokens, ca, cb)) return null;
    // "…, a salesman from Sumter, South Carolina, says": the state belongs to the chunk before
    if (firstEnd === cb && afterTownComma(tokens, ca, cb, floor)) { end = s; continue; }
    // "Sen. Marco Rubio, R-Fla., appearing on Fox News, said": a party-state tag is an apposition
    if (ca === cb && isPartyStateTag(firstTok.lower)) { end = s; continue; }
    // "Senator Shelley Capito, Republican of West Virginia, called": so is a party and its state
    if (partyOfPlace(tokens, ca, cb)) { end = s; continue; }
    // "Responding to the plan, …": a participle opening the sentence is no name
    if (firstEnd === ca && opensParticiplePhrase(tokens, ca)) return null;
    // "Pyongyang's only ally, …", "Sanders' senior media adviser, …": a possessive opens an
    // apposition, not the subject (but "Democracy Corps’ Stan Greenberg, …" names the subject)
    // "Several candidates, including …": a quantifier opens a described group, read below
    const possessive = ownsDescription(tokens, firstEnd, cb);
    if (isNameToken(firstTok) && !isNotNameStart(firstTok.lower) && !QUANTIFIERS.has(firstTok.lower) && !possessive) {
      // "Marco Rubio, whose hometown, Miami, is …, argues": a name set off inside a relative
      // clause belongs to it; the subject is named before the clause
      const clause = relativeClauseBefore(tokens, s, floor);
      if (clause >= 0) { end = clause; continue; }
      // "Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said": a name
      // after a person's described apposition names what the description ends on
      const descrStart = describedChunkStart(lex, tokens, s, floor);
      if (descrStart > floor && tokens[descrStart - 1].text === ',' && personChunkBefore(text, tokens, descrStart - 1, floor, true)) { end = descrStart - 1; continue; }
      const e = firstEnd;
      const info = analyzeRun(text, tokens, ca, e);
      // "Ann Lee, Koordinator Harbor Ferries, said": a role-led chunk is the apposition of the
      // person named in the chunk before it
      const roleLed = !!info && isRoleWord(firstTok.lower) && s > floor && tokens[s].text === ',' && hops < 2 && personChunkBefore(text, tokens, s, floor);
      if (info && !roleLed && (info.type === 'person' || info.type === 'organization' || info.type === 'unknown')) {
        // the appositive: everything between the name chunk and the verb's comma
        const appStart = afterAge(tokens, cb + 2, comma - 1);
        // an age alone ("Omar Reyes, 64, said") is no role
        const ageOnly = appStart === comma - 1 && isAge(tokens[appStart]);
        const app = appStart <= comma - 1 && !ageOnly && describesPerson(lex, tokens[appStart]) && !circumstanceAside(lex, tokens, appStart) ? text.slice(tokens[appStart].start, tokens[comma - 1].end).trim() : '';
        const lead = info.role || app ? '' : roleChunkBefore(text, lex, tokens, s, floor);
        const role = office !== null ? (info.role ? `${office} ${info.role}` : office) : info.role ?? (app || lead || null);
        return { kind: 'name', a: ca, b: comma - 1, run: info, role, coordinated: [] };
      }
    }
    if (isPronoun(lex, firstTok) && ca === cb) return { kind: 'pronoun', a: ca, b: ca, run: null, role: null, coordinated: [] };
    // a name the rules could not type before the description: not ours to decide
    if (described && isNameToken(firstTok)) return null;
    // read from its end, as a subject right before its verb is ("A White House official said")
    const chunk = lex.lang === 'en' && isDeterminer(lex, firstTok.lower) && cb - ca <= MAX_DESCRIBED_SUBJECT ? parseBackward(text, lex, tokens, cb, ca, true) : null;
    if (chunk && (chunk.kind === 'descr' || chunk.kind === 'name') && chunk.a <= ca + 1 && chunk.b === cb && !chunk.unsure) {
      if (described) return chunk; // "The agency, the state's largest, said": the first description is the subject
      described = chunk;
    }
    if (s < floor || tokens[s].text !== ',') return described;
    end = s;
  }
  return described;
}

/** The chunk [a, b] is a party member and where they are from: "Republican of West Virginia", "a Democrat from Ohio". */
function partyOfPlace(tokens: Token[], a: number, b: number): boolean {
  if (tokens[a].lower === 'a' && a < b) a++;
  const link = tokens[a + 1];
  return a + 2 <= b && PARTY_MEMBERS.has(tokens[a].lower) && (link.lower === 'of' || link.lower === 'from') && isNameToken(tokens[a + 2]);
}

/** Where the name after "(ACRONYM)" starts when the run [a, e] is an office before it and that name closes the chunk at b; -1 otherwise. */
function personAfterAcronym(tokens: Token[], a: number, e: number, b: number): number {
  const p = nameAfterOfficeAcronym(tokens, a, e, b);
  return p >= 0 && runEndFrom(tokens, p, b) === b ? p : -1;
}

/** The start of a name run ending the chunk [a, b] right after a clause opener ("… after Mr. Trump"); a itself when there is none. */
function subjectAfterOpener(tokens: Token[], a: number, b: number): number {
  if (!isNameToken(tokens[b])) return a;
  const start = runStartFrom(tokens, b, a);
  // "Zimmerman, who identifies as Hispanic, told": a relative clause's words are not the subject
  return start - 1 > a && !RELATIVE_OPENERS.has(tokens[a].lower) && SUBJECT_CLAUSE_OPENERS.has(tokens[start - 1].lower) && !isNotNameStart(tokens[start].lower) ? start : a;
}

/** The token after the possessor ending at e ("Sanders'", "Pyongyang's"), or -1 when e owns nothing. */
function ownedStart(tokens: Token[], e: number): number {
  if (isPluralPossessiveMark(tokens, e + 1)) return e + 2;
  return endsWithPossessive(tokens[e].text) ? e + 1 : -1;
}

/** The name ending at token e owns a description, not a name: "Sanders' senior adviser". */
function ownsDescription(tokens: Token[], e: number, limit: number): boolean {
  const next = ownedStart(tokens, e);
  return next >= 0 && (next > limit || !isNameToken(tokens[next]));
}

/** Where the name owned by the possessor ending at e starts ("Civic Corps’ Stan Brody"), else -1. */
function ownedNameStart(tokens: Token[], e: number, limit: number): number {
  const next = ownedStart(tokens, e);
  return next >= 0 && next <= limit && isNameToken(tokens[next]) ? next : -1;
}

/**
 * The comma that opens a relative clause ending at the comma `comma` (", whose hometown,"), or
 * -1 when the chunk before `comma` opens with no relative pronoun.
 */
function relativeClauseBefore(tokens: Token[], comma: number, floor: number): number {
  if (comma <= floor || tokens[comma].text !== ',') return -1;
  const s = chunkBoundaryBefore(tokens, comma, floor);
  return s >= floor && tokens[s].text === ',' && RELATIVE_OPENERS.has(tokens[s + 1].lower) ? s : -1;
}

/**
 * The comma, quotation mark or sentence end that opens the comma-separated chunk ending before
 * token `end` (parentheses skipped whole), or floor - 1 when the chunk runs back to the floor.
 */
function chunkBoundaryBefore(tokens: Token[], end: number, floor: number): number {
  let s = end - 1;
  let depth = 0;
  while (s >= floor) {
    const tx = tokens[s].text;
    if (tx === ')') depth++;
    else if (tx === '(') depth--;
    else if (depth === 0 && (tx === ',' || tokens[s].kind === 'quote' || (tokens[s].kind === 'punct' && TERMINAL.has(tx)))) break;
    s--;
  }
  return s;
}

/**
 * Where a source ends before an English time adverbial ending at k: "last week", "earlier this
 * month", "on Monday", a bare weekday ("Trump Tuesday said"); k itself when there is none. A
 * bare weekday must follow a word (not open the sentence: "Tuesday's vote").
 */
function beforeTimeAdverbial(tokens: Token[], k: number, floor: number): number {
  if (k < floor || tokens[k].kind !== 'word') return k;
  const w = tokens[k].lower;
  let j = k;
  if (TIME_NOUNS.has(w) && !tokens[k].capital && k - 1 >= floor && TIME_OPENERS.has(tokens[k - 1].lower)) j = k - 2;
  else if (WEEKDAYS.has(w)) j = k - 1 >= floor && (tokens[k - 1].lower === 'on' || tokens[k - 1].lower === 'last') ? k - 2 : k - 1;
  else return k;
  // "earlier this week", "late last night"
  if (j >= floor && j < k - 1 && (tokens[j].lower === 'earlier' || tokens[j].lower === 'early' || tokens[j].lower === 'late' || tokens[j].lower === 'later') && !tokens[j].capital) j--;
  return j >= floor && tokens[j].kind === 'word' ? j : k;
}

/**
 * Whether an apposition opening with this word describes the person ("a retired general", "the
 * party's chair", "Koordinator …", "45", "now a CNN commentator") rather than saying when, how or
 * where they spoke ("then in college", "releasing a statement", "more than two months before …",
 * "who is running"): only the former is shown as the role.
 */
/**
 * "A spokeswoman for the firm, Ana Ruiz, said": the role chunk that ends at the comma before a
 * name (a determiner and a role word within its first three words, at most ten words, no verb);
 * '' when there is none.
 */
function roleChunkBefore(text: string, lex: Lexicon, tokens: Token[], comma: number, floor: number): string {
  const a = roleChunkStart(lex, tokens, comma, floor);
  return a < 0 ? '' : text.slice(tokens[a].start, tokens[comma - 1].end);
}

/** Where the role chunk that roleChunkBefore reads starts; -1 when there is none. */
function roleChunkStart(lex: Lexicon, tokens: Token[], comma: number, floor: number): number {
  if (comma <= floor || tokens[comma].text !== ',') return -1;
  let a = comma - 1;
  // "A spokesman for the passengers’ group Fair Fares, Tom Hale," may run to ten words
  while (a - 1 >= floor && comma - a < 10 && ((tokens[a - 1].kind === 'word' && tokens[a - 1].inQuote < 0) || isPluralPossessiveMark(tokens, a - 1))) a--;
  if (!isDeterminer(lex, tokens[a].lower) || (a - 1 >= floor && tokens[a - 1].kind === 'word')) return -1;
  // a noun phrase only: "the officer with murder and the mayor fired his police chief" is a clause
  for (let k = a + 1; k < comma; k++) if (isFiniteVerbAfterNoun(lex, tokens, k)) return -1;
  for (let k = a + 1; k <= a + 3 && k < comma; k++) if (isRoleWord(tokens[k].lower)) return a;
  return -1;
}

/**
 * Where a person's description ends at the comma `comma` starts: the English role chunk of
 * roleChunkStart ("the editor of the Vatican's newspaper"), or an Indonesian chunk opening with
 * a role word after a comma ("anggota KPPS 7 di Kelurahan Lapangan", which has no determiner);
 * -1 when there is none.
 */
function describedChunkStart(lex: Lexicon, tokens: Token[], comma: number, floor: number): number {
  if (lex.lang === 'en') return roleChunkStart(lex, tokens, comma, floor);
  if (comma <= floor || tokens[comma].text !== ',') return -1;
  const s = chunkBoundaryBefore(tokens, comma, floor);
  const a = s + 1;
  if (s < floor || tokens[s].text !== ',' || a >= comma || comma - a > MAX_ID_DESCRIPTION || !isRoleWord(tokens[a].lower)) return -1;
  for (let k = a; k < comma; k++) if (tokens[k].kind !== 'word' || lex.speechVerbs.has(tokens[k].lower)) return -1;
  return a;
}
/** Most tokens of an Indonesian description chunk ("anggota KPPS 7 di Kelurahan Lapangan"). */
const MAX_ID_DESCRIPTION = 12;

/** "Omar Reyes, 64, a retired teacher": the token after an age and its comma at k; k when there is none. */
function afterAge(tokens: Token[], k: number, limit: number): number {
  const t = tokens[k];
  const comma = tokens[k + 1];
  return k + 1 < limit && t && isAge(t) && comma && comma.text === ',' ? k + 2 : k;
}

/** A person's age as news writes it after a name: one to three digits. */
function isAge(t: Token): boolean {
  return t.kind === 'word' && /^\d{1,3}$/.test(t.text);
}

function describesPerson(lex: Lexicon, t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (t.capital || isDeterminer(lex, t.lower) || endsWithPossessive(t.text) || isRoleWord(t.lower) || /^\d/.test(t.text)) return true;
  return lex.lang !== 'en' || APPOSITION_OPENERS.has(t.lower);
}

/**
 * Indonesian: the aside opening at token a tells when or how the person spoke, not who they are
 * ("saat dihubungi Kompas, Senin", "yang dihubungi melalui telepon", "melalui keterangan tertulis").
 */
function circumstanceAside(lex: Lexicon, tokens: Token[], a: number): boolean {
  if (lex.lang !== 'id') return false;
  const t = tokens[a];
  if (CIRCUMSTANCE_OPENERS_ID.has(t.lower)) return true;
  const next = tokens[a + 1];
  return t.lower === 'yang' && next !== undefined && CIRCUMSTANCE_OPENERS_ID.has(next.lower);
}

/** Most tokens an English description chunk may have to be read as the subject before an apposition. */
const MAX_DESCRIBED_SUBJECT = 7;

/**
 * English: where a description ends when its phrase ran on into its own verb ("the Vermont
 * senator is sticking", "a reporter can be heard"): before the first lower-case auxiliary.
 */
export function descriptionHeadEnd(lex: Lexicon, tokens: Token[], a: number, b: number): number {
  if (lex.lang !== 'en') return b;
  for (let k = a + 1; k <= b; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && !t.capital && FINITE_AUXILIARIES.has(t.lower)) return k - 1;
  }
  return b;
}

/**
 * "His office put out a statement saying “…”", "The town released a statement Wednesday
 * saying": the -ing cue follows a document that is the object of the sentence's verb, so the
 * document is what was issued and the sentence's subject is who speaks.
 */
export function documentObjectBefore(lex: Lexicon, tokens: Token[], floor: number, v: number): boolean {
  let e = v - 1;
  // a day after the document ("a statement Wednesday saying")
  if (e > floor && WEEKDAYS.has(tokens[e].lower)) e--;
  // whom it went to ("a message to supporters saying", "a letter to the editor saying")
  for (let k = e - 1; k >= e - 2 && k > floor; k--) if (tokens[k].lower === 'to') { e = k - 1; break; }
  if (e <= floor || !ISSUED_DOCUMENTS.has(tokens[e].lower)) return false;
  let d = e - 1;
  while (d > floor && e - d <= 3 && !lex.determiners.has(tokens[d].lower)) d--;
  const verb = tokens[d - 1];
  return d > floor && lex.determiners.has(tokens[d].lower) && verb !== undefined && verb.kind === 'word' && !verb.capital && !PREPOSITIONS.has(verb.lower);
}
