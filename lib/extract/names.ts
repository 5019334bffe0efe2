/**
 * Name-shape rules: which capitalised runs are personal names, organisations or places, and
 * how a run like "Kepala Dinas Pariwisata DIY Singgih Raharjo" splits into a role and a name.
 * Pure lexicon lookups over tokens; no statistics, no document-specific lists.
 */
import { PARTICIPLE_OBJECTS as PARTICIPLE_OBJECTS_, RUN_BREAKING_AUXILIARIES as RUN_BREAKING_AUXILIARIES_, SENTENCE_OPENERS as SENTENCE_OPENERS_ } from './lexicon/function-words';
import { CALENDAR_WORDS as CALENDAR_WORDS_, MONTH_ABBREVIATIONS as MONTH_ABBREVIATIONS_, SURNAME_MONTHS as SURNAME_MONTHS_, STATE_NAMES_ALSO_SOURCES as STATE_NAMES_ALSO_SOURCES_, US_STATES as US_STATES_, INSTITUTIONS as INSTITUTIONS_, ORG_ACRONYMS as ORG_ACRONYMS_, ORG_WORDS as ORG_WORDS_, PERSON_TITLES as PERSON_TITLES_, PLACE_NAMES as PLACE_NAMES_, PLACE_WORDS as PLACE_WORDS_, ROLE_WORDS as ROLE_WORDS_ } from './lexicon/shared';
import { genderOf as genderOf_ } from './lexicon/gender';
import { LAW_WORDS_ID as LAW_WORDS_ID_, NAME_OPENERS_ID as NAME_OPENERS_ID_, PASSIVE_VERB_ID as PASSIVE_VERB_ID_ } from './lexicon/id';
import { isAcronym as isAcronym_, startsWithDigit as startsWithDigit_, type Token, endsWithPossessive as endsWithPossessive_, endsWithPluralPossessive as endsWithPluralPossessive_ } from './text';
import { ADMIN_AREA_WORDS as ADMIN_AREA_WORDS_, HONORIFICS as HONORIFICS_, NAME_PARTICLES as NAME_PARTICLES_, NOT_NAME_START as NOT_NAME_START_, ORG_CONNECTORS as ORG_CONNECTORS_, ROLE_DOMAIN as ROLE_DOMAIN_ } from './lexicon/names';
const ADMIN_AREA_WORDS = ADMIN_AREA_WORDS_;
const HONORIFICS = HONORIFICS_;
const NAME_PARTICLES = NAME_PARTICLES_;
const NOT_NAME_START = NOT_NAME_START_;
const ORG_CONNECTORS = ORG_CONNECTORS_;
const ROLE_DOMAIN = ROLE_DOMAIN_;
const genderOf = genderOf_;
const NAME_OPENERS_ID = NAME_OPENERS_ID_;
const PASSIVE_VERB_ID = PASSIVE_VERB_ID_;
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const endsWithPossessive = endsWithPossessive_;
const endsWithPluralPossessive = endsWithPluralPossessive_;
const isAcronym = isAcronym_;
const CALENDAR_WORDS = CALENDAR_WORDS_;
const MONTH_ABBREVIATIONS = MONTH_ABBREVIATIONS_;
const INSTITUTIONS = INSTITUTIONS_;
const ORG_ACRONYMS = ORG_ACRONYMS_;
const ORG_WORDS = ORG_WORDS_;
const PERSON_TITLES = PERSON_TITLES_;
const PLACE_NAMES = PLACE_NAMES_;
const PLACE_WORDS = PLACE_WORDS_;
const ROLE_WORDS = ROLE_WORDS_;
const SENTENCE_OPENERS = SENTENCE_OPENERS_;
const US_STATES = US_STATES_;
const PARTICIPLE_OBJECTS = PARTICIPLE_OBJECTS_;
const RUN_BREAKING_AUXILIARIES = RUN_BREAKING_AUXILIARIES_;
const SURNAME_MONTHS = SURNAME_MONTHS_;
const STATE_NAMES_ALSO_SOURCES = STATE_NAMES_ALSO_SOURCES_;
const LAW_WORDS_ID = LAW_WORDS_ID_;
const startsWithDigit = startsWithDigit_;

/** first words of the known institutions, to skip the prefix test for every other run */
const INSTITUTION_FIRST = new Set([...INSTITUTIONS].map((x) => x.split(' ')[0]));

/**
 * First words of the US state names ("new" of "new york"): a run whose first token is none of
 * these names no state, so namesUsState skips the lower-cased copy for it. (A state name is
 * letters and one space only, so its first word is exactly the first token's lower form.)
 */
const US_STATE_FIRST = new Set([...US_STATES].map((x) => x.split(' ')[0]));

/**
 * What the lexicon says of a lower-case word, as bits read with one lookup: the run analysis
 * asks of the same word whether it is a title, a role, an organisation, office-domain or place
 * word, and each Set lookup hashes and probes again (isRoleMarker asked seven sets). Built once
 * from the lexicon sets, which nothing changes after loading.
 */
const TITLE = 1;
const ROLE = 2;
const ORG = 4;
const ORG_ACRONYM = 8;
const DOMAIN = 16;
const PLACE_NAME = 32;
const PLACE_WORD = 64;
/** the words isRoleMarker accepts by the lexicon alone */
const MARKER = TITLE | ROLE | ORG | DOMAIN | PLACE_NAME | PLACE_WORD;
const WORD_FLAGS = new Map<string, number>();
for (const [set, bit] of [[PERSON_TITLES, TITLE], [ROLE_WORDS, ROLE], [ORG_WORDS, ORG], [ORG_ACRONYMS, ORG_ACRONYM], [ROLE_DOMAIN, DOMAIN], [PLACE_NAMES, PLACE_NAME], [PLACE_WORDS, PLACE_WORD]] as const) {
  for (const w of set) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | bit);
}

/** The lexicon bits of a lower-case word (0 for most words). */
function flagsOf(lower: string): number {
  return WORD_FLAGS.get(lower) ?? 0;
}

export type EntityType = 'person' | 'organization' | 'place' | 'unknown';



export function isCalendarWord(lower: string): boolean {
  return CALENDAR_WORDS.has(lower);
}

export function isTitleWord(lower: string): boolean {
  return PERSON_TITLES.has(lower);
}

export function isRoleWord(lower: string): boolean {
  return (flagsOf(lower) & (ROLE | TITLE)) !== 0;
}

/** A token that may belong to a capitalised name run. */
export function isNameToken(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (!t.capital) return false;
  // a month abbreviation takes its period ("Jan. 5"); without one it is a given name ("Jan Brewer", "Jun Wang")
  return !CALENDAR_WORDS.has(t.lower) || (MONTH_ABBREVIATIONS.has(t.lower) && t.text.charCodeAt(t.text.length - 1) !== 46);
}

/**
 * "Theresa May said": a calendar word that is also a surname, capitalised right after a name
 * token and before no number ("Trump May 5" is a date), ends that name.
 */
export function isSurnameMonth(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !t.capital || !SURNAME_MONTHS.has(t.lower) || i === 0 || !isNameToken(tokens[i - 1])) return false;
  const nx = tokens[i + 1];
  return !nx || !startsWithDigit(nx.text);
}

export function isNotNameStart(lower: string): boolean {
  if (opensNoName(lower)) return true;
  // "That's why", "They’re", "It's": a contracted function word is one too (most words have no
  // apostrophe, so no regex runs for them)
  if (!hasApostrophe(lower)) return false;
  return NOT_NAME_START.has(lower.replace(CONTRACTION, ''));
}
const CONTRACTION = /['’](s|re|ll|d|ve|m)$/;

/** Opens no name: a function word or sentence opener ("In", "But"), or an Indonesian passive verb ("Dijelaskan"). */
function opensNoName(lower: string): boolean {
  return NOT_NAME_START.has(lower) || PASSIVE_VERB_ID.test(lower);
}

/** Contains ' or ’ (one scan of the code units instead of two indexOf calls). */
function hasApostrophe(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 39 || c === 0x2019) return true;
  }
  return false;
}

/**
 * A word that, capitalised and alone, only opens a sentence and names nobody: a function word
 * ("In", "Yet"), a sentence adverb or preposition ("Instead", "Under", "Having"), also
 * contracted ("Let's").
 */
export function namesNobodyAlone(lower: string): boolean {
  // the contraction regex only for words with an apostrophe (it can change no other word)
  return isNotNameStart(lower) || SENTENCE_OPENERS.has(hasApostrophe(lower) ? lower.replace(CONTRACTION, '') : lower);
}

/** Marker tokens that make up the role prefix of a run ("Kepala Dinas Pariwisata DIY ..."). */
export function isRoleMarker(t: Token): boolean {
  const l = t.lower;
  // a title, role, organisation, domain or place word; an organisation acronym is an acronym
  // (dotted initials, "G.K. Butterfield", open a name)
  return (flagsOf(l) & MARKER) !== 0 || l === 'of' || l === 'for' || l === 'the' || (isAcronym(t.text) && !isInitials(t.text));
}

/**
 * "President Park Geun-hye", "Moon Jae-in": a word right before a hyphenated Korean given name
 * that ends the run is the surname, even when it is also a role or place word ("Park").
 */
function surnameBeforeGivenName(tokens: Token[], k: number, b: number): boolean {
  return k === b - 1 && isHyphenatedGivenName(tokens[b].text);
}
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** "Geun-hye": the regex runs only for words with a hyphen (most names have none). */
function isHyphenatedGivenName(word: string): boolean {
  return word.indexOf('-') > 0 && HYPHENATED_GIVEN_NAME.test(word);
}

export interface RunInfo {
  /** token range of the whole run, inclusive */
  a: number;
  b: number;
  /** token range of the personal or organisation name inside it (after any role prefix) */
  nameA: number;
  nameB: number;
  /** role prefix text ("Presiden", "Kepala Dinas Pariwisata DIY"), or null */
  role: string | null;
  type: EntityType;
  /** canonical form: the name tokens joined as written, titles removed */
  canonical: string;
}

/**
 * Classify the run tokens[a..b] (all name tokens or connectors) and split off a leading role.
 * Returns null when nothing name-like remains.
 */
export function analyzeRun(text: string, tokens: Token[], a: number, b: number): RunInfo | null {
  const info = analyzeRunParts(text, tokens, a, b);
  return info ? splitHomeTown(text, tokens, splitOrganisation(text, tokens, splitPossessor(text, tokens, info))) : null;
}

/**
 * A person named after a possessive ("MSNBC’s Chris Matthews", "The New Republic’s Jeet Heer",
 * "Clinton’s press secretary Brian Fallon" stays a description: lower case breaks the run): the
 * person is the speaker, the possessor goes to the role. Only when a given name and at least one
 * more name word follow, so "Barack Obama’s Council of Economic Advisers" and "Dave Leip’s
 * Atlas" stay whole.
 */
function splitPossessor(text: string, tokens: Token[], info: RunInfo): RunInfo {
  const { nameA, nameB } = info;
  let p = -1;
  for (let i = nameB - 2; i >= nameA; i--) if (endsWithPossessive(tokens[i].text) && tokens[i].text.length > 2) { p = i; break; }
  if (p < 0) return info;
  const rest = analyzeRunParts(text, tokens, p + 1, nameB);
  if (!rest || rest.type !== 'person' || rest.nameB - rest.nameA < 1 || rest.a !== p + 1) return info;
  // a known given name first: "Cleveland's Plain Dealer" and "Loeb's Third Point" are not people
  if (!genderOf(tokens[rest.nameA].lower)) return info;
  for (let i = rest.nameA; i <= rest.nameB; i++) if (tokens[i].kind !== 'word' || isAcronym(tokens[i].text)) return info;
  const owner = nameText(text, tokens, info.a, p);
  return { ...info, nameA: rest.nameA, role: rest.role ? `${owner}’s ${rest.role}` : owner, type: 'person', canonical: rest.canonical };
}

/** Dotted initials: "J.D.", "G.K.", "A.B.C." (one letter and a period, repeated). */
function isInitials(w: string): boolean {
  if (w.length < 4 || w.length % 2 !== 0) return false;
  for (let i = 0; i < w.length; i += 2) if (w.charCodeAt(i + 1) !== 46 || w.charAt(i) === '.') return false;
  return true;
}

/**
 * A person's home town or employer after "of" ("Joe Bateman of Springfield", "Ann Lee of
 * Reuters"): the person is the speaker, "of …" goes to the role. Only after a full name (two
 * words or more), so "Duke of Edinburgh" or "Mr. Burman of the Tax Policy Center" stay whole.
 */
function splitHomeTown(text: string, tokens: Token[], info: RunInfo): RunInfo {
  if (info.type !== 'person') return info;
  const { nameA, nameB } = info;
  let o = -1;
  for (let i = nameA + 2; i < nameB; i++) if (tokens[i].lower === 'of') { o = i; break; }
  if (o < 0) return info;
  // capitalised, not in capitals (a headline: "THE REST OF THE WORLD")
  // (initials such as "J.D." are capitals too, but part of a name)
  for (let i = nameA; i < o; i++) if (tokens[i].kind !== 'word' || !tokens[i].capital || (isAcronym(tokens[i].text) && !isInitials(tokens[i].text))) return info;
  const where = text.slice(tokens[o].start, tokens[nameB].end);
  return { ...info, nameB: o - 1, canonical: nameText(text, tokens, nameA, o - 1), role: info.role ? `${info.role} ${where}` : where };
}

/**
 * An organisation glued to a person's name ("Toyota Astra Motor Anton Jimmi Suwandy", "Bank
 * Indonesia Perry Warjiyo"): the person is the speaker, the organisation (with any role before
 * it) goes to the role. Only when at least two name words follow the last organisation word
 * and they read as a person's name.
 */
function splitOrganisation(text: string, tokens: Token[], info: RunInfo): RunInfo {
  if (info.type !== 'organization') return info;
  const { nameA, nameB } = info;
  let j = -1;
  // a role before the run ("Direktur Jenderal Anggaran Kementerian Keuangan Askolani") says a
  // person closes it, so one name word is enough there (Indonesians often go by one name)
  const minWords = info.role !== null && oneNameCloses(tokens, nameB) ? 1 : 2;
  for (let i = nameA; i <= nameB - minWords; i++) if (isOrgWord(tokens[i])) j = i;
  if (j < 0) return info;
  while (j < nameB - minWords && isRoleMarker(tokens[j + 1])) j++;
  const p = j + 1;
  if (nameB - p < minWords - 1 || classifyName(text, tokens, p, nameB) !== 'person') return info;
  for (let i = p; i <= nameB; i++) if (isRoleMarker(tokens[i]) || tokens[i].kind !== 'word') return info;
  return { ...info, nameA: p, role: text.slice(tokens[info.a].start, tokens[j].end), type: 'person', canonical: nameText(text, tokens, p, nameB) };
}

/**
 * The run's last word can be a one-word name: an ordinary capitalised word that is no place,
 * acronym, organisation or office word and does not follow a place word ("Kota Bekasi").
 */
function oneNameCloses(tokens: Token[], b: number): boolean {
  const t = tokens[b];
  const prev = tokens[b - 1];
  // initials ("Arnold AP Ritiauw") and name openers ("Lalu Kusnawan") belong to the name before it
  return t.kind === 'word' && t.capital && !isAcronym(t.text) && !isRoleMarker(t) && !PLACE_NAMES.has(t.lower) &&
    !CALENDAR_WORDS.has(t.lower) && prev !== undefined && !PLACE_WORDS.has(prev.lower) && !isAcronym(prev.text) &&
    !NAME_OPENERS_ID.has(prev.lower) && genderOf(prev.lower) === null;
}

function analyzeRunParts(text: string, tokens: Token[], a: number, b: number): RunInfo | null {
  // drop leading "The" (The New York Post → New York Post) and non-name openers
  while (a <= b && (tokens[a].lower === 'the' || opensNoName(tokens[a].lower)) && a < b) a++;
  while (b >= a && tokens[b].kind !== 'word') b--;
  if (b < a) return null;
  // a lone capitalised opener ("Under his command were …", "Having announced …") names nobody
  if (a === b && namesNobodyAlone(tokens[a].lower)) return null;
  const whole = nameText(text, tokens, a, b);
  const mayOpenInstitution = INSTITUTION_FIRST.has(tokens[a].lower);
  if (mayOpenInstitution && INSTITUTIONS.has(whole.toLowerCase())) {
    return { a, b, nameA: a, nameB: b, role: null, type: 'organization', canonical: whole };
  }
  // An institution leading the run ("Gedung Putih Karine Jean-Pierre") is a role prefix.
  let k = a;
  if (mayOpenInstitution) {
    for (let len = Math.min(3, b - a); len >= 1; len--) {
      const pre = text.slice(tokens[a].start, tokens[a + len - 1].end).toLowerCase();
      if (INSTITUTIONS.has(pre) && !isRoleMarker(tokens[a + len])) { k = a + len; break; }
    }
  }
  // Role prefix: everything up to the last title/role word that still leaves a name after it
  // ("Presiden Joko Widodo", "Russian President Vladimir Putin", "Kepala Bidang Humas Polda
  // Metro Jaya Komisaris Besar Yusri Yunus"), plus office words right after it.
  if (k === a) {
    let lastRole = -1;
    for (let i = a; i < b; i++) if (isRoleWord(tokens[i].lower)) lastRole = i;
    // "Provinsi Kalsel Nurul Fajar Desira", "Kabupaten Bogor Ade Yasin": an administrative area
    // opening the run is the office of the person named after it (a run that is only the area,
    // "Provinsi Kalsel", stays a place)
    if (lastRole < 0 && ADMIN_AREA_WORDS.has(tokens[a].lower)) {
      let m = a + 1;
      while (m < b && isRoleMarker(tokens[m])) m++;
      if (m > a + 1 && m <= b && !isRoleMarker(tokens[m])) lastRole = a;
    }
    if (lastRole >= 0) {
      k = lastRole + 1;
      while (k < b && isRoleMarker(tokens[k]) && !surnameBeforeGivenName(tokens, k, b)) k++;
      // the final token too, when it is clearly an office/place word ("Presiden Rusia")
      if (k === b && isRoleMarker(tokens[k]) && isOfficeOrPlaceWord(tokens[k])) k++;
    } else if (isRoleWord(tokens[a].lower) && a === b) {
      k = b + 1;
    }
  }
  if (k > a && k <= b && onlyHonorifics(tokens, a, k - 1)) {
    // "Mr Putin", "Dr. Smith": an honorific is not a role
    return { a, b, nameA: k, nameB: b, role: null, type: classifyName(text, tokens, k, b), canonical: nameText(text, tokens, k, b) };
  }
  if (k > a && k <= b) {
    // "Presiden Joko Widodo": role + name. The rest must itself look like a name.
    const role = text.slice(tokens[a].start, tokens[k - 1].end);
    const rest = classifyName(text, tokens, k, b);
    return { a, b, nameA: k, nameB: b, role, type: rest, canonical: nameText(text, tokens, k, b) };
  }
  if (k > b) {
    // only markers: "Presiden Rusia", "Menteri Pertahanan": a role, or an organisation name
    // only markers: "Presiden Rusia" (a role) or "Democratic Party", "Dewan Pers" (organisations)
    if (isOrgWord(tokens[b]) || (anyOrgWord(tokens, a, b) && !isRoleWord(tokens[a].lower))) {
      return { a, b, nameA: a, nameB: b, role: null, type: 'organization', canonical: whole };
    }
    return { a, b, nameA: a, nameB: b, role: whole, type: 'unknown', canonical: whole };
  }
  return { a, b, nameA: a, nameB: b, role: null, type: classifyName(text, tokens, a, b), canonical: whole };
}


/** A role, place-name, organisation or office-domain word, or an acronym: "Presiden Rusia", "… KPK". */
function isOfficeOrPlaceWord(t: Token): boolean {
  return (flagsOf(t.lower) & (ROLE | TITLE | PLACE_NAME | ORG | DOMAIN)) !== 0 || isAcronym(t.text);
}

function onlyHonorifics(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (!HONORIFICS.has(tokens[i].lower)) return false;
  return true;
}

export function isHonorific(lower: string): boolean {
  return HONORIFICS.has(lower);
}


/** The words of a name as written, without a final possessive ("Trump’s" → "Trump"). */
export function nameText(text: string, tokens: Token[], a: number, b: number): string {
  let end = tokens[b].end;
  const last = tokens[b].text;
  if (endsWithPossessive(last) && last.length > 2) end -= 2;
  else if (endsWithPluralPossessive(last) && last.length > 2) end -= 1;
  return text.slice(tokens[a].start, end);
}

function anyOrgWord(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (isOrgWord(tokens[i])) return true;
  return false;
}

export function isOrgWord(t: Token): boolean {
  const f = flagsOf(t.lower);
  return (f & ORG) !== 0 || ((f & ORG_ACRONYM) !== 0 && isAcronym(t.text));
}

/** A law or regulation word among tokens a..b ("Undang-Undang", "RUU"); the acronyms only in
 * capitals ("Uu Ruzhanul Ulum" is a person). */
function namesLaw(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) {
    const t = tokens[i];
    if (LAW_WORDS_ID.has(t.lower) && (t.lower.length > 3 || t.text === t.text.toUpperCase())) return true;
  }
  return false;
}

export function classifyName(text: string, tokens: Token[], a: number, b: number): EntityType {
  // a law is a document: typed as an organisation, as English documents are ("the report")
  if (namesLaw(tokens, a, b)) return 'organization';
  if (INSTITUTION_FIRST.has(tokens[a].lower) && INSTITUTIONS.has(text.slice(tokens[a].start, tokens[b].end).toLowerCase())) return 'organization';
  if (anyOrgWord(tokens, a, b)) return 'organization';
  if (b === a + 1 && isHyphenatedGivenName(tokens[b].text)) return 'person'; // "Park Geun-hye"
  // "John Park" is a person: a common given name outweighs a place-like last word
  if ((flagsOf(tokens[a].lower) & PLACE_WORD) !== 0 || ((flagsOf(tokens[b].lower) & PLACE_WORD) !== 0 && !(b > a && genderOf(tokens[a].lower)))) return 'place';
  if (allPlaceNames(tokens, a, b) || namesUsState(text, tokens, a, b)) return 'place';
  if (a === b && isAcronym(tokens[a].text)) return 'organization';
  return 'person';
}

/** Every word of tokens[a..b] is a place name, or "dan" / "and" between them (stops at the first that is not). */
function allPlaceNames(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) {
    const l = tokens[i].lower;
    if ((flagsOf(l) & PLACE_NAME) === 0 && l !== 'dan' && l !== 'and') return false;
  }
  return true;
}

/**
 * The run is a US state ("Florida", "New Hampshire"; "The Florida senator" is a place before a
 * role). Not "Washington", "Georgia" or "Virginia": also a government and given names.
 */
function namesUsState(text: string, tokens: Token[], a: number, b: number): boolean {
  if (b - a > 1 || !US_STATE_FIRST.has(tokens[a].lower)) return false;
  const name = text.slice(tokens[a].start, tokens[b].end).toLowerCase();
  return US_STATES.has(name) && !STATE_NAMES_ALSO_SOURCES.has(name);
}

/** Extend a name run forwards from token i; returns the last token index of the run. */
export function runEndFrom(tokens: Token[], i: number, limit: number): number {
  let j = i;
  while (j + 1 <= limit) {
    const t = tokens[j + 1];
    if (t.spaceBefore === false && t.kind !== 'word') break;
    if ((isNameToken(t) && !RUN_BREAKING_AUXILIARIES.has(t.lower)) || isSurnameMonth(tokens, j + 1)) { j++; continue; }
    // particles / connectors only when a capitalised word follows them
    if (t.kind === 'word' && (NAME_PARTICLES.has(t.lower) || ORG_CONNECTORS.has(t.lower)) && t.lower !== 'and' &&
        j + 2 <= limit && isNameToken(tokens[j + 2])) { j += 2; continue; }
    if (j + 3 <= limit && opensOfficeRun(tokens, i) && bridgesNumberedName(tokens, j + 1)) { j += 2; continue; }
    if (isConjunction(t) && j + 2 <= limit && isNameToken(tokens[j + 2])) {
      const e = runEndFrom(tokens, j + 2, limit);
      if (joinsOffice(tokens, i, j, j + 2, e)) { j = e; continue; }
    }
    break;
  }
  return j;
}

/**
 * The spaced hyphen at token h joins a numbered name inside a longer run: "Satuan Tugas
 * Penanganan Covid - 19 Kabupaten …" (Kompas copy spaces the hyphen of "Covid-19"), with a
 * name word before it and one after the number. Runs bridge it only when a role word opens them
 * ("Juru Bicara Satuan Tugas …"): a person's office. An organisation or a data source so
 * written ("Gugus Tugas … Covid - 19 Kota Tegal") keeps its old reading.
 */
function bridgesNumberedName(tokens: Token[], h: number): boolean {
  const after = tokens[h + 2];
  return numberedDash(tokens, h) && after !== undefined && isNameToken(after);
}

/** The spaced dash of a numbered name at token k: a name word, " - ", then a number ("Covid - 19"). */
export function numberedDash(tokens: Token[], k: number): boolean {
  const dash = tokens[k];
  const num = tokens[k + 1];
  return dash !== undefined && dash.text === '-' && dash.spaceBefore && k > 0 && isNameToken(tokens[k - 1]) &&
    num !== undefined && num.spaceBefore && isShortNumber(num.text);
}

/** "19", "2020": the number of a numbered name. */
export function isShortNumber(w: string): boolean {
  return /^\d{1,4}$/.test(w);
}

/**
 * A run starting at token a is a person's office: a role word opens it ("Juru Bicara …"), or it
 * goes on after an office's short name in brackets ("Juru Bicara Satuan Tugas (Satgas) | Penanganan …").
 */
function opensOfficeRun(tokens: Token[], a: number): boolean {
  return isRoleWord(tokens[a].lower) || (a >= 3 && tokens[a - 1].text === ')' && tokens[a - 3].text === '(' && tokens[a - 2].kind === 'word');
}

function isConjunction(t: Token): boolean {
  return t.kind === 'word' && (t.lower === 'dan' || t.lower === 'and');
}

/**
 * "Kepala Bidang Kedaruratan dan Logistik BPBD Jawa Tengah Andri Sulistyo": a "dan" inside a
 * role joins two office words, not two people. It does when the part before it is a role with
 * no name yet (a role word and at most three more words) and the part after it does not open
 * a second role ("… dan Menteri Pertahanan Prabowo") but runs through an organisation, an
 * acronym or a place to a name of two or more words.
 */
function joinsOffice(tokens: Token[], a1: number, b1: number, a2: number, b2: number): boolean {
  if (!isRoleWord(tokens[a1].lower) || b1 - a1 > 3) return false;
  if (isRoleWord(tokens[a2].lower) || HONORIFICS.has(tokens[a2].lower) || b2 - a2 < 2) return false;
  for (let k = a2; k <= b2 - 2; k++) {
    const t = tokens[k];
    if ((flagsOf(t.lower) & (ORG | PLACE_NAME)) !== 0 || isAcronym(t.text)) return true;
  }
  return false;
}

/** Extend a name run backwards from token i; returns the first token index of the run. */
export function runStartFrom(tokens: Token[], i: number, floor: number): number {
  let j = i;
  while (j - 1 >= floor) {
    const t = tokens[j - 1];
    if (isNameToken(t) && !RUN_BREAKING_AUXILIARIES.has(t.lower)) { j--; continue; }
    if (t.kind === 'word' && (NAME_PARTICLES.has(t.lower) || ORG_CONNECTORS.has(t.lower)) && t.lower !== 'and' &&
        j - 2 >= floor && isNameToken(tokens[j - 2])) { j -= 2; continue; }
    if (j - 3 >= floor && bridgesNumberedName(tokens, j - 2)) {
      const a = runStartFrom(tokens, j - 3, floor);
      if (opensOfficeRun(tokens, a)) { j = a; continue; }
    }
    if (isConjunction(t) && j - 2 >= floor && isNameToken(tokens[j - 2])) {
      const a = runStartFrom(tokens, j - 2, floor);
      if (joinsOffice(tokens, a, j - 2, j, i)) { j = a; continue; }
    }
    break;
  }
  return j;
}

/**
 * A dateline: a place in capitals opening a paragraph, then a comma, a parenthesis or a dash
 * ("WASHINGTON, Dec. 8 (UPI) —", "CLEVELAND —", "JAKARTA, KOMPAS.com -"). A place, never a speaker.
 */
export function isDateline(tokens: Token[], a: number, b: number): boolean {
  if (!(a === 0 || tokens[a].nlBefore)) return false;
  for (let k = a; k <= b; k++) {
    const w = tokens[k].text;
    if (w.length < 2 || w !== w.toUpperCase() || w === w.toLowerCase()) return false;
  }
  const next = tokens[b + 1];
  if (next === undefined) return false;
  if (next.text === '(' || next.text === '\u2014' || next.text === '\u2013' || next.text === '-' || next.text === '--') return true;
  // "WASHINGTON, Dec. 8", "JAKARTA, KOMPAS.com": a date or an agency after the comma, not an
  // apposition ("NATO, the alliance, said")
  const after = tokens[b + 2];
  if (next.text !== ',' || after === undefined || after.kind !== 'word') return false;
  return isCalendarWord(after.lower) || startsWithDigit(after.text) || (after.text.length > 1 && after.text === after.text.toUpperCase() && after.text !== after.text.toLowerCase());
}

/**
 * A capitalised "-ing" word followed by a preposition or determiner ("Responding to the plan",
 * "Speaking at a rally", "Repeating his line"): a participle phrase, never a speaker's name.
 */
export function opensParticiplePhrase(tokens: Token[], a: number): boolean {
  const next = tokens[a + 1];
  const word = tokens[a].text;
  // endsWith first: the regex runs only for the few words ending in "ing"
  return word.endsWith('ing') && PARTICIPLE_RE.test(word) && next !== undefined && next.kind === 'word' && PARTICIPLE_OBJECTS.has(next.lower);
}
const PARTICIPLE_RE = /^\p{Lu}\p{Ll}+ing$/u;
