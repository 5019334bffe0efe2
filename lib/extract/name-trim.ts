/**
 * Where a person's name starts in a run of capitalised words. Long role-and-name runs swallow
 * the end of an office, organisation or place ("Wali Kota Tangerang Arief Wismansyah", "Ketua
 * DPRD Sidoarjo Usman"); what the article writes elsewhere (the person's name used alone, the
 * place after "di", the company after "PT", the word in lower case) tells where the name starts
 * and which cut words name the office.
 */
import { isNameToken as isNameToken_, isNotNameStart as isNotNameStart_, isShortNumber as isShortNumber_, isRoleWord as isRoleWord_, isTitleWord as isTitleWord_, namesNobodyAlone as namesNobodyAlone_ } from './names';
import { ORG_WORDS as ORG_WORDS_, PLACE_NAMES as PLACE_NAMES_, VENUE_WORDS as VENUE_WORDS_ } from './lexicon/shared';
import { genderOf as genderOf_ } from './lexicon/gender';
import { NAME_OPENERS_ID as NAME_OPENERS_ID_, OFFICE_NOUN_ID as OFFICE_NOUN_ID_, ORG_NAME_NOUNS_ID as ORG_NAME_NOUNS_ID_, idLexicon } from './lexicon/id';
import { isRegexSpaceCode as isRegexSpaceCode_, possessorAt as possessorAt_, type Token } from './text';
import type { Sentence } from './sentences';
import type { Language } from './types';
import { COMPANY_BEFORE as COMPANY_BEFORE_, OFFICE_DOMAIN as OFFICE_DOMAIN_, PLACE_BEFORE as PLACE_BEFORE_ } from './lexicon/names';
const COMPANY_BEFORE = COMPANY_BEFORE_;
const OFFICE_DOMAIN = OFFICE_DOMAIN_;
const PLACE_BEFORE = PLACE_BEFORE_;
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const isNameToken = isNameToken_;
const isShortNumber = isShortNumber_;
const isNotNameStart = isNotNameStart_;
const namesNobodyAlone = namesNobodyAlone_;
const isTitleWord = isTitleWord_;
const isRoleWord = isRoleWord_;
const ORG_WORDS = ORG_WORDS_;
const PLACE_NAMES = PLACE_NAMES_;
const VENUE_WORDS = VENUE_WORDS_;
const genderOf = genderOf_;
const ID_POST_CUES = idLexicon.postCues;
const ID_SPEECH_VERBS = idLexicon.speechVerbs;
const isRegexSpaceCode = isRegexSpaceCode_;
const NAME_OPENERS_ID = NAME_OPENERS_ID_;
const OFFICE_NOUN_ID = OFFICE_NOUN_ID_;
const ORG_NAME_NOUNS_ID = ORG_NAME_NOUNS_ID_;
const possessorAt = possessorAt_;

/** Not a given name or a word that opens Indonesian names ("Lalu", "Andi"). */
function isOrdinaryWord(l: string): boolean {
  return genderOf(l) === null && !NAME_OPENERS_ID.has(l);
}

/**
 * Office and organisation words that end a role ("Udara Kemenhub", "… dan Kebudayaan"), and in
 * Indonesian the abstract office nouns ("Permusyawaratan"; not in English, where "Perlman" is a name).
 */
function isOfficeWord(l: string, lang: Language): boolean {
  return ORG_WORDS.has(l) || OFFICE_DOMAIN.has(l) || VENUE_WORDS.has(l) || (l.startsWith('kemen') && l.length > 6) ||
    (lang === 'id' && OFFICE_NOUN_ID.test(l) && genderOf(l) === null);
}

/** What trim() makes of a written run. */
interface Trimmed {
  /** the person's name without the office words glued before it */
  name: string;
  /** the office words cut off the front, or null */
  office: string | null;
  /** every word cut off the front (office words and others), or null */
  cut: string | null;
}

/** What text.split(/\s+/) gives, by character codes (no regex): the pieces between runs of whitespace. */
function splitOnSpaces(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!isRegexSpaceCode(text.charCodeAt(i))) { i++; continue; }
    out.push(text.slice(start, i));
    while (i < text.length && isRegexSpaceCode(text.charCodeAt(i))) i++;
    start = i;
  }
  out.push(text.slice(start));
  return out;
}

/** The article's evidence about its names, and the trims it implies (memoised per written run). */
export class NameTrimmer {
  /**
   * The article's words and language: Indonesian copy glues an organisation or place to the
   * name after it ("Ketua DPRD Sidoarjo Usman"), and only the text elsewhere tells where the
   * name starts (see gluedNameStart).
   */
  constructor(private readonly tokens: readonly Token[] = [], private readonly lang: Language = 'en') {}

  /** word forms seen alone as a name elsewhere ("Arief"), and words seen as places ("Kota Bekasi") */
  readonly singles = new Set<string>();
  readonly places = new Set<string>();
  /** runs of two to four words the article also writes alone as a speaker ("ujar Dinda Maharani"), lower case */
  readonly fullRuns = new Set<string>();
  /** runs of two or three words written whole elsewhere, not as a speaker ("ialah Bangsring Underwater."), lower case */
  readonly wholeRuns = new Set<string>();

  /**
   * Long role-name runs swallow the end of the organisation or place ("Wali Kota Tangerang Arief
   * Wismansyah" → "Tangerang Arief Wismansyah"): drop leading words known as places, and start
   * at a word the article also uses alone for the person.
   */
  /**
   * Per written run: the trimmed name, and the words trim() cut off that name an office or
   * place (see officeOf). One memo for both: one lookup per call.
   */
  private memo = new Map<string, Trimmed>();

  trim(canonical: string): string {
    return this.trimmedOf(canonical).name;
  }

  private trimmedOf(canonical: string): Trimmed {
    let t = this.memo.get(canonical);
    if (t === undefined) {
      const words = canonical.indexOf(' ') < 0 ? [canonical] : splitOnSpaces(canonical);
      let { nameStart, officeEnd } = this.computeTrim(words);
      // "USA Today", "CBS This Morning": what follows the place is a title, not a name
      if (nameStart === words.length - 1 && namesNobodyAlone(words[nameStart].toLowerCase())) nameStart = officeEnd = 0;
      t = {
        name: nameStart > 0 ? words.slice(nameStart).join(' ') : canonical,
        office: officeEnd > 0 && !isNotNameStart(words[0].toLowerCase()) ? words.slice(0, officeEnd).join(' ') : null,
        cut: nameStart > 0 && !isNotNameStart(words[0].toLowerCase()) ? words.slice(0, nameStart).join(' ') : null,
      };
      this.memo.set(canonical, t);
    }
    return t;
  }

  /**
   * The words trim() cut off the front of a written run because they name an office, place or
   * organisation ("Sidoarjo" of "Sidoarjo Usman"), not given names it also cut ("Mohammad" of
   * "Mohammad Fadil Imran", when the article calls him "Fadil"). Null when there are none.
   * `role` is what the text wrote before the run ("dosen Universitas"), when there was a role.
   */
  officeOf(canonical: string, role: string | null = null): string | null {
    const t = this.trimmedOf(canonical);
    // "dosen Universitas" + "Harapan Bangsa Dodi Saputra": the words cut before the name go on
    // the organisation's name, which in Indonesian follows its noun ("Universitas", "Bank")
    if (t.office === null && t.cut !== null && this.lang === 'id' && role !== null && endsInOrganisationNoun(role)) return t.cut;
    return t.office;
  }

  /**
   * Where the name starts in a run's words, and how many leading words are an office: up to
   * the last place, acronym or office word, or a glued organisation (gluedNameStart). A word
   * the article uses alone for the person may move the start further in, past given names.
   */
  private computeTrim(words: readonly string[]): { nameStart: number; officeEnd: number } {
    if (words.length < 2) return { nameStart: 0, officeEnd: 0 };
    if (words.length === 2) {
      // "Surabaya Suprapto", "Jabar Ridwan": a region before a one-word name
      const l = words[0].toLowerCase();
      if (PLACE_NAMES.has(l) && !PLACE_NAMES.has(words[1].toLowerCase())) return { nameStart: 1, officeEnd: 1 };
      const g = this.gluedNameStart(words, 0);
      return { nameStart: g, officeEnd: g };
    }
    // everything up to the last place name or acronym belongs to the office ("Pusat Perbelanjaan
    // Indonesia Bekasi Djaelani" → "Djaelani")
    let office = 0;
    for (let k = 0; k < words.length - 1; k++) {
      const w = words[k];
      const l = w.toLowerCase();
      // a number belongs to a numbered name in the office ("Penanganan Covid - 19"), never to a person's
      if (this.places.has(l) || PLACE_NAMES.has(l) || officeAcronym(words, k, office) || isOfficeWord(l, this.lang) || isNumberOrDash(w)) office = k + 1;
    }
    const full = this.fullNameStart(words, office);
    if (full > office) return { nameStart: full, officeEnd: full };
    const whole = this.wholeRunEnd(words, office);
    if (whole > office) return { nameStart: whole, officeEnd: whole };
    let i = office;
    for (let k = i + 1; k < words.length - 1; k++) {
      if (this.singles.has(words[k].toLowerCase()) && !this.singles.has(words[i].toLowerCase())) { i = this.givenNamesBefore(words, k, i); break; }
    }
    const g = this.gluedNameStart(words, i);
    if (g > i) return { nameStart: g, officeEnd: g };
    const c = this.commonNounsFrom(words, i);
    if (c > i) return { nameStart: c, officeEnd: c };
    // the words cut before a name the article uses alone are an office when they also occur
    // without it ("Pemasaran Teduh Coffee Intan Mutia", "Teduh Coffee" elsewhere)
    return { nameStart: i, officeEnd: i > office && this.lang === 'id' && this.occursWithout(words[i - 1].toLowerCase(), words[i].toLowerCase()) ? i : office };
  }

  /**
   * Where the person's name starts inside an Indonesian run that glues an organisation or place
   * to it ("Bawaslu Abhan", "Kimia Farma Verdi Budidarmo", "Desa Karangbenda Sakino"): at a word
   * the article also uses alone for the person ("kata Abhan"), when the word before it also
   * occurs elsewhere without it ("anggaran Bawaslu", "di Desa Karangbenda"), so it is not part
   * of the name. English names a person by the surname and keeps first names elsewhere
   * ("Hillary's"), so it is left alone. Returns `from` when no such word is found.
   */
  private gluedNameStart(words: readonly string[], from: number): number {
    if (this.lang !== 'id') return from;
    for (let k = from + 1; k < words.length; k++) {
      const w = words[k].toLowerCase();
      if (!this.singles.has(w)) continue;
      const s = this.givenNamesBefore(words, k, from);
      if (s <= from || genderOf(words[s - 1]) !== null || !this.occursWithout(words[s - 1].toLowerCase(), words[s].toLowerCase())) continue;
      // what is left must read as a person: "Pemerintah Indonesia" is not "Indonesia"
      return this.personalFrom(words, s) ? s : from;
    }
    return from;
  }

  /**
   * Where the person's name starts in an Indonesian run that glues an organisation to a full
   * name the article also writes alone ("Koordinator Nasional Sahabat Rawa Dinda Maharani",
   * then "ujar Dinda Maharani"): the longest such ending of two words or more. Returns `from` when
   * there is none.
   */
  private fullNameStart(words: readonly string[], from: number): number {
    if (this.lang !== 'id' || this.fullRuns.size === 0) return from;
    for (let k = from + 1; k <= words.length - 2; k++) {
      // "Gubernur Anies Baswedan" written alone is a title and a name, not a full name
      if (isRoleWord(words[k].toLowerCase()) || !this.fullRuns.has(words.slice(k).join(' ').toLowerCase())) continue;
      // back over given names ("Muhammad Rizieq Shihab", called "Rizieq Shihab"); a word the article
      // uses alone for a person is a name too (a wife written with her husband's name, "Kastini Wulan Hartono")
      const s = this.givenNamesBefore(words, k, from);
      if (s <= from || this.singles.has(words[s - 1].toLowerCase())) return from;
      return this.personalFrom(words, s) ? s : from;
    }
    return from;
  }

  /**
   * Where the person's name starts in an Indonesian run that glues a venue or company the
   * article also writes whole elsewhere ("Pengelola Bangsring Underwater Ikhwan Arief" after
   * "ialah Bangsring Underwater."): after that opening run, when no word of it is a given name
   * or a word used alone for a person, and two name words or more follow. Returns `from` when
   * there is none.
   */
  private wholeRunEnd(words: readonly string[], from: number): number {
    if (this.lang !== 'id' || this.wholeRuns.size === 0) return from;
    for (let k = from + 2; k <= from + 3 && k <= words.length - 2; k++) {
      if (!this.wholeRuns.has(words.slice(from, k).join(' ').toLowerCase())) continue;
      for (let j = from; j < k; j++) if (!isOrdinaryWord(words[j].toLowerCase()) || this.singles.has(words[j].toLowerCase())) return from;
      return this.personalFrom(words, k) ? k : from;
    }
    return from;
  }

  /**
   * Where a name starting at words[k] really starts in Indonesian: back over given names
   * ("Front Pembela Islam Muhammad Rizieq Shihab", called "Rizieq", is Muhammad Rizieq Shihab).
   */
  private givenNamesBefore(words: readonly string[], k: number, floor: number): number {
    if (this.lang !== 'id') return k;
    while (k - 1 >= floor && !isOrdinaryWord(words[k - 1].toLowerCase())) k--;
    return k;
  }

  /**
   * Past the capitalised common nouns that open an Indonesian run ("Investasi Septian Hario
   * Seto" after "Menteri Koordinator Bidang Kemaritiman dan"): words the article also writes in
   * lower case ("investasi") name the office. At least two words stay, and given names stay.
   */
  private commonNounsFrom(words: readonly string[], from: number): number {
    if (this.lang !== 'id') return from;
    let k = from;
    while (words.length - k >= 3 && isOrdinaryWord(words[k].toLowerCase()) && this.writtenInLowerCase(words[k].toLowerCase())) k++;
    // what is left must read as a person's name: no place or office, nothing the text writes in lower case
    if (k === from || !this.personalFrom(words, k)) return from;
    for (let j = k; j < words.length; j++) if (this.writtenInLowerCase(words[j].toLowerCase())) return from;
    return k;
  }

  /** Whether the word occurs in lower case in running text (after another lower-case word, so not in a handle or address). */
  private writtenInLowerCase(word: string): boolean {
    const tokens = this.tokens;
    for (let j = 1; j < tokens.length; j++) {
      if (tokens[j].lower === word && !tokens[j].capital && tokens[j].kind === 'word' && tokens[j - 1].kind === 'word' && !tokens[j - 1].capital) return true;
    }
    return false;
  }

  /** No place, office or acronym among the words from k on. */
  private personalFrom(words: readonly string[], k: number): boolean {
    for (let j = k; j < words.length; j++) {
      const l = words[j].toLowerCase();
      if (this.places.has(l) || PLACE_NAMES.has(l) || /^[A-Z]{2,}$/.test(words[j]) || isOfficeWord(l, this.lang)) return false;
    }
    return true;
  }

  /** Whether the word occurs (in any case) somewhere not followed by `next`. */
  private occursWithout(word: string, next: string): boolean {
    const tokens = this.tokens;
    for (let j = 0; j < tokens.length; j++) {
      if (tokens[j].lower === word && (j + 1 >= tokens.length || tokens[j + 1].lower !== next)) return true;
    }
    return false;
  }
}



/**
 * A short name right after "PT", "RS", ... ("PT Kimia Farma memproduksi") names an organisation:
 * its words count as places, so a run that glues it to a person ("Direktur Utama Kimia Farma
 * Verdi Budidarmo") is cut after it. Only a run of one or two words that ends there, and not
 * two whose second the article uses alone for a person: in "PT Indofarma Arief Pramuhanto" and
 * "Kepala Puskesmas Pamulang Fitri" ("kata Fitri") the person follows.
 */
function addCompanyName(tokens: Token[], i: number, names: NameTrimmer): void {
  let e = i;
  while (e + 1 < tokens.length && isNameToken(tokens[e + 1]) && e - i < 2) e++;
  if (e - i >= 2) return;
  if (e > i && names.singles.has(tokens[e].lower)) return;
  for (let j = i; j <= e; j++) names.places.add(tokens[j].lower);
}

/**
 * English "in" before a word that opens a longer name or a possessive ("in Trump Tower", "in
 * Obama's speech") says nothing of that word: only "in Iowa" makes it a place.
 */
function opensLongerName(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return possessorAt(tokens, i) || (next !== undefined && isNameToken(next));
}

/** One pass: words used alone as names, and words that follow a place word or a company's "PT". */
export function collectNameContext(tokens: Token[], sentences: Sentence[], sentOf: Int32Array, names: NameTrimmer): void {
  const companies: number[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isNameToken(t)) continue;
    const prev = tokens[i - 1];
    if (PLACE_BEFORE.has(prev.lower)) { if (!(prev.lower === 'in' && opensLongerName(tokens, i))) names.places.add(t.lower); continue; }
    if (COMPANY_BEFORE.has(prev.lower)) { companies.push(i); continue; }
    // "Menurut William,": a capitalised function word opening the sentence is no part of a name
    const start = sentences[sentOf[i]].startTok;
    if (start === i || (isNameToken(prev) && !(start === i - 1 && isNotNameStart(prev.lower)))) continue;
    const next = tokens[i + 1];
    if (next && isNameToken(next)) { addStandaloneRun(tokens, i, names); continue; }
    if (isTitleWord(prev.lower)) continue;
    names.singles.add(t.lower);
  }
  // after the pass: whether a word is used alone for a person is known only then
  for (const i of companies) addCompanyName(tokens, i, names);
}

/**
 * The run of two to four name words from token i that stands whole (no name word after it).
 * Written as a speaker ("ujar Dinda Maharani", "Dinda Maharani mengatakan") it is a full name the
 * article uses (fullRuns); written otherwise, two or three words, it is a venue, company or place
 * the article names on its own (wholeRuns: "ialah Bangsring Underwater."). Only a speaker's run
 * is a name: a programme or a company is written alone too ("penerima Kartu Sejahtera").
 */
function addStandaloneRun(tokens: Token[], i: number, names: NameTrimmer): void {
  let e = i + 1;
  while (e + 1 < tokens.length && isNameToken(tokens[e + 1]) && e - i < 4) e++;
  if (e - i > 3 || (e + 1 < tokens.length && isNameToken(tokens[e + 1]))) return;
  const before = tokens[i - 1];
  const after = tokens[e + 1];
  const spoken = ID_POST_CUES.has(before.lower) || before.lower === 'menurut' || (after !== undefined && ID_SPEECH_VERBS.has(after.lower));
  if (!spoken && e - i > 2) return;
  let run = tokens[i].lower;
  for (let k = i + 1; k <= e; k++) run += ' ' + tokens[k].lower;
  (spoken ? names.fullRuns : names.wholeRuns).add(run);
}

/** "19" or the spaced "-" before it, in a run the tokenizer joined across "Covid - 19". */
function isNumberOrDash(w: string): boolean {
  return w === '-' || isShortNumber(w);
}

/** Whether a role's last word is an organisation noun a name follows ("dosen Universitas", "Direktur Bank"). */
function endsInOrganisationNoun(role: string): boolean {
  return ORG_NAME_NOUNS_ID.has(role.slice(role.lastIndexOf(' ') + 1).toLowerCase());
}

/**
 * An acronym in a run belongs to the office ("BPBD", "DKI", "Ombudsman RI"), except two
 * capitals between a word that is not an office word and a last one: a person's initials
 * ("Budi PS Santoso").
 */
function officeAcronym(words: readonly string[], k: number, officeEnd: number): boolean {
  const w = words[k];
  if (!/^[A-Z]{2,}$/.test(w)) return false;
  return w.length > 2 || k === 0 || officeEnd === k || k !== words.length - 2;
}
