import { STATE_ABBREVIATIONS as STATE_ABBREVIATIONS_ } from './lexicon/shared';
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const STATE_ABBREVIATIONS = STATE_ABBREVIATIONS_;
/**
 * Character classes and a linear tokenizer shared by every stage.
 *
 * Everything works on UTF-16 code units (JavaScript string indices), the offset unit of the
 * whole product (DESIGN.md §6). Classification uses a lazily filled table so the Unicode
 * property regex runs at most once per distinct code unit: this keeps tokenizing linear and fast.
 */

const CLASS_UNKNOWN = 0;
const CLASS_WORD = 1;
const CLASS_OTHER = 2;
const charClass = new Uint8Array(65536);
const WORD_RE = /[\p{L}\p{M}\p{N}]/u;

/** Letters, combining marks and digits (one UTF-16 unit; surrogate halves count as word chars). */
export function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  // Astral characters (emoji, rare scripts) arrive as surrogate pairs; treating both halves as
  // word material keeps a pair inside one token so no span ever splits it.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let c = charClass[code];
  if (c === CLASS_UNKNOWN) {
    c = WORD_RE.test(String.fromCharCode(code)) ? CLASS_WORD : CLASS_OTHER;
    charClass[code] = c;
  }
  return c === CLASS_WORD;
}

export function isSpaceCode(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 12 ||
    code === 11 || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b) || code === 0xfeff || code === 0x85
  );
}

export function isNewlineCode(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85;
}

/** Upper-case initial letter (works for Latin and other cased scripts). */
export function isUpperWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = word.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

const CASELESS_LETTER = /^\p{Lo}/u;

/**
 * A word that can start a name: capitalised ("Putin", "Путин"), or written in a script without
 * capitals (Chinese, Japanese, Korean, Arabic, Thai, ...): in an English or Indonesian article such
 * a word is almost always a name ("said 习近平"), and no case test could say so.
 */
export function isNameLikeWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return isUpperWord(word) || CASELESS_LETTER.test(word);
}

export function isLowerWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = word.charAt(0);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** An acronym such as "KPK", "FBI", "U.S.", "DPR-RI" (at least two capitals, no lower case). */
export function isAcronym(word: string): boolean {
  let caps = 0;
  // a trailing abbreviation period does not count ("U.S.")
  const n = word.length > 1 && word.charCodeAt(word.length - 1) === 46 ? word.length - 1 : word.length;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    // ASCII by code (a-z is the only lower case, A-Z the only upper case): no string per character
    if (c < 128) {
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) caps++;
      continue;
    }
    const ch = word.charAt(i);
    if (ch !== ch.toUpperCase()) return false;
    if (ch !== ch.toLowerCase()) caps++;
  }
  return caps >= 2;
}

/** Ends in a possessive "'s" / "’s" (what /['’]s$/ tests, without running a regex). */
export function endsWithPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false;
  const c = word.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/**
 * UTF-8 text decoded as Latin-1 turns "á" into "Ã¡" and "ñ" into "Ã±": the second character is
 * a symbol (U+0080–U+00BF) that would cut "SarukhÃ¡n" in two. After Ã or Â it belongs to the
 * word; the quotation marks « » and the no-break space keep their meaning.
 */
function isMojibakeTail(text: string, i: number, c: number): boolean {
  if (c < 0x80 || c > 0xbf || c === 0xa0 || c === 0xab || c === 0xbb) return false;
  const p = text.charCodeAt(i - 1);
  return p === 0xc3 || p === 0xc2;
}

/** The word at token i is a possessor: "Trump’s", or "Trump" followed by a split-off "'s" token. */
export function possessorAt(tokens: readonly Token[], i: number): boolean {
  if (endsWithPossessive(tokens[i].text)) return true;
  const next = tokens[i + 1];
  return next !== undefined && (next.text === "'s" || next.text === '\u2019s');
}

/** Ends in "s'" / "s’" (what /s['’]$/ tests, without running a regex). */
export function endsWithPluralPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 2) !== 115) return false;
  const c = word.charCodeAt(n - 1);
  return c === 39 || c === 0x2019;
}

/**
 * The token at i is the apostrophe of a plural possessive ("the passengers’ group"): a lone ’
 * or ' written right after a word ending in "s", outside any quotation, before a space. The
 * tokenizer cannot tell it from a closing single quote (it becomes punctuation when it closes
 * no quotation); a closing mark would have its quotation's words marked inQuote.
 */
export function isPluralPossessiveMark(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if ((t.kind !== 'quote' && t.kind !== 'punct') || (t.text !== '\u2019' && t.text !== "'") || prev === undefined || next === undefined) return false;
  return prev.kind === 'word' && prev.inQuote < 0 && prev.end === t.start && next.start > t.end && next.kind === 'word' &&
    prev.text.charCodeAt(prev.text.length - 1) === 115;
}

/** A character JavaScript's \s matches (so word counts agree with split(/\s+/)). */
export function isRegexSpaceCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Number of non-empty pieces text.slice(a, b).split(/\s+/) has, counted without the copy. */
export function countRegexWords(text: string, a: number, b: number): number {
  let n = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const space = isRegexSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** lower-cased text without a trailing abbreviation period */
  lower: string;
  kind: TokenKind;
  /** a line break separates this token from the previous one */
  nlBefore: boolean;
  /** whitespace separates this token from the previous one */
  spaceBefore: boolean;
  /** the word can start a name (upper case, or a script without case): isNameLikeWord(text), decided once while tokenizing */
  capital: boolean;
  /** index of the quote (in the quote list) this token lies inside, -1 outside any quote */
  inQuote: number;
}

/** Quote glyphs. Apostrophe-like marks are handled specially (they are mostly apostrophes). */
export const DOUBLE_MARKS = new Set(['\u201c', '\u201d', '"', '\u00ab', '\u00bb', '\u201e', '\u201f', '\u2033', '\uff02']);
export const SINGLE_MARKS = new Set(['\u2018', '\u2019', "'", '\u201a', '\u201b', '\u2039', '\u203a', '`']);

/** 1 for the code unit of every mark in DOUBLE_MARKS and SINGLE_MARKS: one array read per punctuation token. */
const QUOTE_MARK_CODES = new Uint8Array(65536);
for (const m of [...DOUBLE_MARKS, ...SINGLE_MARKS]) QUOTE_MARK_CODES[m.charCodeAt(0)] = 1;

function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 0x02bc;
}

/**
 * Split text into word, punctuation and quote-mark tokens in one pass.
 * Words keep internal apostrophes (don't, Jum'at, Clinton’s), hyphens (Nilsson-Wright) and
 * periods of abbreviations (U.S., D-N.C.); a word followed by "." that is a known abbreviation or
 * a single letter (an initial) absorbs the period.
 */
export function tokenize(text: string, abbreviations: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let sawSpace = false;
  let sawNewline = false;
  let newlines = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      sawSpace = true;
      if (isNewlineCode(code)) {
        sawNewline = true;
        // "\r\n" is one line break
        if (!(code === 13 && text.charCodeAt(i + 1) === 10)) newlines++;
      }
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let mayChange = false;
    if (isWordCode(code)) {
      // whether lower-casing can change the word, noted while scanning it (no second pass)
      mayChange = changesWhenLowered(code);
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isWordCode(c)) { if (changesWhenLowered(c)) mayChange = true; i++; continue; }
        if (isMojibakeTail(text, i, c)) { i++; continue; }
        // joiners inside a word: apostrophe, hyphen, period (U.S.), ampersand (AT&T)
        if ((isApostropheCode(c) || c === 45 || c === 0x2010 || c === 0x2011 || c === 46 || c === 38) &&
            i + 1 < n && isWordCode(text.charCodeAt(i + 1)) && c !== 46) { if (changesWhenLowered(c)) mayChange = true; i++; continue; }
        if (c === 46 && i + 1 < n && isWordCode(text.charCodeAt(i + 1)) && !isSpaceCode(text.charCodeAt(i + 1)) &&
            isAbbrevLike(text, start, i)) { mayChange = true; i++; continue; }
        break;
      }
      // absorb an abbreviation / initial period
      if (i < n && text.charCodeAt(i) === 46) {
        const w = text.slice(start, i);
        const lw = w.toLowerCase();
        if ((w.length === 1 && isUpperWord(w)) || abbreviations.has(lw) || w.indexOf('.') >= 0 || isPartyStateTag(lw)) { mayChange = true; i++; }
      }
      kind = 'word';
    } else if (code === 39 && i + 1 < n && text.charCodeAt(i + 1) === 39) {
      i += 2; // English '' used as a double quotation mark
      kind = 'quote';
    } else if (code === 96 && i + 1 < n && text.charCodeAt(i + 1) === 96) {
      i += 2; // `` opening mark
      kind = 'quote';
    } else {
      i++;
      kind = QUOTE_MARK_CODES[code] === 1 ? 'quote' : 'punct';
      // runs of the same punctuation (..., --) form one token
      if (kind === 'punct' && (code === 46 || code === 45)) {
        while (i < n && text.charCodeAt(i) === code) i++;
      }
    }
    const t = i - start === 1 ? text.charAt(start) : text.slice(start, i);
    let lower = t;
    if (kind === 'word') {
      if (mayChange) {
        lower = t.toLowerCase();
        if (lower.endsWith('.')) lower = lower.slice(0, -1);
      }
    }
    // isNameLikeWord(t), with the first code unit already in hand for ASCII
    const capital = code < 128 ? code >= 65 && code <= 90 : kind === 'word' && isNameLikeWord(t);
    // a single line break before a lower-case word in mid-sentence is a wrapped line, not a new
    // paragraph ("“We will keep fighting,\nand we will win,” she said")
    const wrapped = newlines === 1 && kind === 'word' && code >= 97 && code <= 122 && tokens.length > 0 && !endsSentence(tokens[tokens.length - 1].text);
    tokens.push(new TokenImpl(start, i, t, lower, kind, sawNewline && !wrapped, sawSpace, capital));
    sawSpace = false;
    sawNewline = false;
    newlines = 0;
  }
  return tokens;
}

/** A token after which a line break may well start a new paragraph: . ! ? : and the like. */
function endsSentence(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2026;
}

/** The text starts with an ASCII digit ("41", "2016"). */
export function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** "r-fla", "d-calif": a party letter and a state abbreviation (its period is part of it). */
export function isPartyStateTag(lw: string): boolean {
  return lw.length > 3 && lw.charCodeAt(1) === 45 && (lw.charCodeAt(0) === 114 || lw.charCodeAt(0) === 100 || lw.charCodeAt(0) === 105) &&
    STATE_ABBREVIATIONS.has(lw.slice(2));
}

/**
 * Plain class: one hidden class for all tokens keeps property access monomorphic. Fields are
 * declared and set in the constructor only (no field initialisers: those run as a separate
 * initialiser function for every token).
 */
class TokenImpl implements Token {
  declare start: number;
  declare end: number;
  declare text: string;
  declare lower: string;
  declare kind: TokenKind;
  declare nlBefore: boolean;
  declare spaceBefore: boolean;
  declare inQuote: number;
  declare capital: boolean;
  constructor(start: number, end: number, text: string, lower: string, kind: TokenKind, nlBefore: boolean, spaceBefore: boolean, capital: boolean) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = lower;
    this.kind = kind;
    this.nlBefore = nlBefore;
    this.spaceBefore = spaceBefore;
    this.inQuote = -1;
    this.capital = capital;
  }
}

/**
 * Whether lower-casing (and dropping a final period) can change a word with this code unit:
 * most words are already lower case, and need no copy.
 */
function changesWhenLowered(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 46 || c >= 128;
}

/** "U.S", "D-N.C": a period joins single letters, not ordinary words ("end.Next"). */
function isAbbrevLike(text: string, wordStart: number, dotPos: number): boolean {
  // the segment just before the dot must be one letter (after the last joiner)
  let k = dotPos - 1;
  let len = 0;
  while (k >= wordStart && isWordCode(text.charCodeAt(k))) { k--; len++; }
  return len === 1;
}
