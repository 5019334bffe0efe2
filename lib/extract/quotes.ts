/**
 * Quotation-mark pairing.
 *
 * Marks are paired inside one paragraph (a line break ends any open quotation, the way multi-
 * paragraph quotes are written and annotated). Each mark is classified by its surroundings:
 * a mark with space on its left and a word on its right opens, the reverse closes; only when
 * the context says nothing does the glyph decide. That copes with the Indonesian habit of
 * writing ” for both ends, with straight quotes, with English '' marks and with typos such as
 * a closing “. Unbalanced marks never swallow more than their paragraph.
 */
import { isSpaceCode as isSpaceCode_, isWordCode as isWordCode_, type Token } from './text';
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const isSpaceCode = isSpaceCode_;
const isWordCode = isWordCode_;

export interface QuoteSpan {
  /** index in the returned list */
  index: number;
  /** position of the opening mark, and just after the closing mark (paragraph end if unclosed) */
  markStart: number;
  markEnd: number;
  /** content between the marks, surrounding whitespace trimmed */
  start: number;
  end: number;
  /** token indices of the opening and closing marks (close = -1 when unclosed) */
  openTok: number;
  closeTok: number;
  /** first and last token index inside the quotation */
  firstTok: number;
  lastTok: number;
  unclosed: boolean;
  single: boolean;
  paragraph: number;
}

const OPEN_GLYPHS = new Set(['\u201c', '\u00ab', '\u201e', '``', '\u2018', '\u201b', '\u2039']);
const CLOSE_GLYPHS = new Set(['\u201d', '\u00bb', '\u2019', '\u203a']);
const SINGLE_GLYPHS = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u2039', '\u203a']);
const LEFT_OPENING_PUNCT = new Set(['(', '[', '{', '\u2014', '\u2013', '-', '/', ':', '…']);
const RIGHT_CLOSING_PUNCT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '\u2014', '\u2013', '-', '…', '...']);

/** Longest stretch a quotation may run without a closing mark inside a paragraph with no breaks. */
const MAX_UNCLOSED = 1200;

type MarkRole = 'open' | 'close' | 'either';

function markRole(tokens: Token[], i: number, paraStart: number, paraEnd: number): MarkRole {
  const t = tokens[i];
  const prev = i > paraStart ? tokens[i - 1] : null;
  const next = i + 1 < paraEnd ? tokens[i + 1] : null;
  const leftOpen = !prev || t.spaceBefore || (prev.kind === 'punct' && LEFT_OPENING_PUNCT.has(prev.text)) || prev.kind === 'quote';
  const rightOpen = !next || next.spaceBefore || (next.kind === 'punct' && RIGHT_CLOSING_PUNCT.has(next.text)) || next.kind === 'quote';
  if (leftOpen && !rightOpen) return 'open';
  if (!leftOpen && rightOpen) return 'close';
  if (OPEN_GLYPHS.has(t.text)) return 'open';
  if (CLOSE_GLYPHS.has(t.text)) return 'close';
  return 'either';
}

/** Pair the quotation marks of the whole text; tokens get their `inQuote` index set. */
export function findQuotes(text: string, tokens: Token[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  demoteMarkupMarks(text, tokens);
  let paraStart = 0;
  let paragraph = 0;
  while (paraStart < tokens.length) {
    let paraEnd = paraStart + 1;
    while (paraEnd < tokens.length && !tokens[paraEnd].nlBefore) paraEnd++;
    pairParagraph(text, tokens, paraStart, paraEnd, paragraph, quotes);
    paraStart = paraEnd;
    paragraph++;
  }
  for (const q of quotes) {
    for (let k = q.firstTok; k <= q.lastTok && k >= 0; k++) tokens[k].inQuote = q.index;
  }
  demoteApostrophes(tokens, quotes);
  return quotes;
}

/**
 * Marks inside a markup tag delimit attribute values, not speech: pasted web copy keeps
 * embeds such as '<tweet pic="" author="realDonaldTrump" timestamp="…">', whose '""' and
 * '"realDonaldTrump"' would otherwise pair into quotations. They become punctuation.
 */
function demoteMarkupMarks(text: string, tokens: Token[]): void {
  if (text.indexOf('<') < 0) return;
  MARKUP_TAG.lastIndex = 0;
  let k = 0;
  for (let m = MARKUP_TAG.exec(text); m !== null; m = MARKUP_TAG.exec(text)) {
    const a = m.index;
    const b = a + m[0].length;
    while (k < tokens.length && tokens[k].start < a) k++;
    for (; k < tokens.length && tokens[k].start < b; k++) if (tokens[k].kind === 'quote') tokens[k].kind = 'punct';
  }
}
/** An opening or closing tag with attributes on one line: "<tweet pic=\"\" author=\"x\">", "</tweet>". */
const MARKUP_TAG = /<\/?[A-Za-z][\w-]*(?:\s[^<>\n]{0,400})?>/g;

/**
 * A single mark glued to the end of a word that pairs with nothing ("Sanders’ campaign",
 * "the Joneses' house") is a possessive apostrophe, not a quotation mark: it becomes
 * punctuation, so it no longer ends an attribution window ('“…,” Jeff Weaver, Sanders’
 * campaign manager, said') or splits a phrase.
 */
function demoteApostrophes(tokens: Token[], quotes: QuoteSpan[]): void {
  const marks = new Set<number>();
  for (const q of quotes) {
    if (!q.single) continue;
    marks.add(q.openTok);
    if (q.closeTok >= 0) marks.add(q.closeTok);
  }
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'quote' || t.spaceBefore || tokens[k - 1].kind !== 'word' || marks.has(k)) continue;
    if (SINGLE_GLYPHS.has(t.text) || t.text === "'") t.kind = 'punct';
  }
}

function pairParagraph(text: string, tokens: Token[], from: number, to: number, paragraph: number, out: QuoteSpan[]): void {
  let open = -1;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (open >= 0 && t.start - tokens[open].end > MAX_UNCLOSED && tokens[i - 1].kind === 'punct' && /^[.!?]$/.test(tokens[i - 1].text)) {
      // A run-on paragraph (no line breaks at all) with a lost closing mark: stop at a sentence end.
      pushQuote(text, tokens, open, -1, i - 1, paragraph, false, out);
      open = -1;
    }
    if (t.kind !== 'quote') continue;
    const single = SINGLE_GLYPHS.has(t.text) || t.text === "'";
    if (single) {
      // Single marks are apostrophes far more often than quotes, and inside a double quotation
      // they only nest. A top-level ‘…’ (British style, headlines) is paired by look-ahead.
      if (open < 0 && t.text === '\u2018' && markRole(tokens, i, from, to) === 'open') {
        const close = findSingleClose(tokens, i + 1, to, from);
        if (close > i + 1) {
          pushQuote(text, tokens, i, close, close - 1, paragraph, true, out);
          i = close;
        }
      }
      continue;
    }
    const role = markRole(tokens, i, from, to);
    if (open < 0) {
      if (role === 'close' && !(i + 1 < to && tokens[i + 1].kind === 'word' && !tokens[i + 1].spaceBefore)) {
        continue; // a stray closing mark (its opening was lost): ignore it
      }
      open = i;
    } else if (role === 'open' && i > open + 1 && isNested(tokens, i, from, to, open)) {
      // a quotation inside the quotation ('"PENCE: … an episode of “Shark Tank.” But …"'):
      // skip over it; it is part of the outer words
      i = nextDoubleMark(tokens, i + 1, to);
    } else if (role === 'open' && i > open + 1 && !t.text.startsWith("'")) {
      // A clear opening mark while a quotation is open: the closing mark was lost.
      // End the open one here and start anew.
      pushQuote(text, tokens, open, -1, i - 1, paragraph, false, out);
      open = i;
    } else {
      if (i > open + 1) pushQuote(text, tokens, open, i, i - 1, paragraph, false, out);
      open = -1;
    }
  }
  if (open >= 0 && open + 1 < to) pushQuote(text, tokens, open, -1, to - 1, paragraph, false, out);
}

function nextDoubleMark(tokens: Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (t.kind === 'quote' && !SINGLE_GLYPHS.has(t.text) && t.text !== "'") return j;
  }
  return -1;
}

/**
 * An opening mark inside an open quotation is a nested quotation when the next two double marks
 * both close: its own closing mark, then the outer one (“… “hell” … ”). Otherwise the outer
 * quotation lost its closing mark.
 */
function isNested(tokens: Token[], i: number, from: number, to: number, outer: number): boolean {
  const j = nextDoubleMark(tokens, i + 1, to);
  if (j < 0) return false;
  const k = nextDoubleMark(tokens, j + 1, to);
  if (k < 0) {
    // curly marks inside a straight-quoted passage whose own closing mark is missing
    // ('"PENCE: … an episode of “Shark Tank.” But …' up to the paragraph end)
    return tokens[outer].text === '"' && tokens[i].text === '\u201c' && tokens[j].text === '\u201d';
  }
  return markRole(tokens, j, from, to) !== 'open' && markRole(tokens, k, from, to) !== 'open';
}

function findSingleClose(tokens: Token[], from: number, to: number, paraStart: number): number {
  for (let j = from; j < to && j < from + 120; j++) {
    const t = tokens[j];
    if (t.kind === 'quote' && !SINGLE_GLYPHS.has(t.text)) return -1;
    if ((t.text === '\u2019' || t.text === '\u201b') && markRole(tokens, j, paraStart, to) !== 'open') {
      // "‘The Tories’ record speaks for itself.’": a plural possessive, when a later mark can close
      if (possessiveInside(tokens, j) && laterClose(tokens, j + 1, Math.min(to, from + 120))) continue;
      return j;
    }
  }
  return -1;
}

/** The mark at j follows a word ending in "s" and comes before a lower-case word: "the Tories’ record". */
function possessiveInside(tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  return prev !== undefined && prev.kind === 'word' && !tokens[j].spaceBefore && prev.lower.endsWith('s') &&
    next !== undefined && next.kind === 'word' && next.spaceBefore && !next.capital;
}

/** A closing single mark between from and to (before any double mark or a new opening ‘). */
function laterClose(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'quote' && (!SINGLE_GLYPHS.has(t.text) || t.text === '\u2018')) return false;
    if (t.text === '\u2019' && !possessiveInside(tokens, k)) return true;
  }
  return false;
}

function pushQuote(text: string, tokens: Token[], openTok: number, closeTok: number, lastTok: number,
  paragraph: number, single: boolean, out: QuoteSpan[]): void {
  const firstTok = openTok + 1;
  if (lastTok < firstTok) return;
  let start = tokens[openTok].end;
  let end = closeTok >= 0 ? tokens[closeTok].start : tokens[lastTok].end;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  // content made only of punctuation (e.g. a stray '' pair) is not a quotation
  let hasWord = false;
  for (let k = start; k < end && !hasWord; k++) hasWord = isWordCode(text.charCodeAt(k));
  if (!hasWord) return;
  out.push({
    index: out.length,
    markStart: tokens[openTok].start,
    markEnd: closeTok >= 0 ? tokens[closeTok].end : tokens[lastTok].end,
    start,
    end,
    openTok,
    closeTok,
    firstTok,
    lastTok,
    unclosed: closeTok < 0,
    single,
    paragraph,
  });
}
