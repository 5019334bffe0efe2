// Finds a claim again in a new version of its article, from its W3C TextQuoteSelector (the quote
// and a little context on each side). Pure and linear-ish: a bounded number of candidate
// positions, each scored in time proportional to the quote's length.
import type { AnchorState } from '@/lib/vocab';

export type Selector = { quote: string; prefix: string; suffix: string; start: number; end: number };
export type Reanchored = { state: AnchorState; start: number; end: number; quote: string; similarity: number };

/** Below this similarity a reworded window is more likely a different sentence than an edit. */
export const MIN_SIMILARITY = 0.6;
/** Share of the stored context on each side that must still surround an exact match for it to count as unchanged. */
const SAME_PLACE_CONTEXT = 0.5;
/** Guards against pathological inputs (a one-word quote repeated thousands of times). */
const MAX_CANDIDATES = 400;
const OPENING_MARKS = '“"‘\'«‹„‚「『';
const CLOSING_MARKS = '”"’\'»›“‘」』';

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** How much of the stored context (0..1) still surrounds [start, end) in the text, per side. */
export function contextSides(text: string, sel: Selector, start: number, end: number): { before: number; after: number } {
  const before = commonSuffixLength(sel.prefix, text.slice(Math.max(0, start - sel.prefix.length), start));
  const after = commonPrefixLength(sel.suffix, text.slice(end, end + sel.suffix.length));
  return { before: sel.prefix.length ? before / sel.prefix.length : 1, after: sel.suffix.length ? after / sel.suffix.length : 1 };
}

function occurrences(text: string, needle: string, limit = MAX_CANDIDATES): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = text.indexOf(needle); i >= 0 && found.length < limit; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Sørensen–Dice similarity of character bigrams: tolerant of small edits, linear in length. */
export function similarity(a: string, b: string): number {
  const x = normalise(a);
  const y = normalise(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < x.length; i++) {
    const g = x.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 1 < y.length; i++) {
    const g = y.slice(i, i + 2);
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

/** The exact quote, at the occurrence whose surroundings best match the stored context. It is
 * unchanged when both sides of its context survive; a paragraph moved elsewhere keeps the text
 * after a quote but not the text before it (or the other way round), so it counts as moved. */
function exactMatch(text: string, sel: Selector): Reanchored | null {
  let best: { at: number; score: number; sides: { before: number; after: number } } | null = null;
  for (const at of occurrences(text, sel.quote)) {
    const sides = contextSides(text, sel, at, at + sel.quote.length);
    const score = sides.before + sides.after;
    const closer = best && score === best.score && Math.abs(at - sel.start) < Math.abs(best.at - sel.start);
    if (!best || score > best.score || closer) best = { at, score, sides };
  }
  if (!best) return null;
  const samePlace = best.sides.before >= SAME_PLACE_CONTEXT && best.sides.after >= SAME_PLACE_CONTEXT;
  return {
    state: samePlace ? 'unchanged' : 'moved',
    start: best.at,
    end: best.at + sel.quote.length,
    quote: sel.quote,
    similarity: 1,
  };
}

/** Words worth searching for: the longest few, so a reworded quote is still found by what stayed. */
function anchorWords(quote: string): { word: string; offset: number }[] {
  const words = [...quote.matchAll(/[\p{L}\p{N}]{4,}/gu)].map((m) => ({ word: m[0], offset: m.index }));
  return words.sort((a, b) => b.word.length - a.word.length).slice(0, 4);
}

/** Windows where the quote may now be: between its old context, or aligned on a surviving word. */
function candidateWindows(text: string, sel: Selector): [number, number][] {
  const len = sel.quote.length;
  const windows: [number, number][] = [];
  const prefixTail = sel.prefix.slice(-24);
  const suffixHead = sel.suffix.slice(0, 24);
  const starts = prefixTail.trim() ? occurrences(text, prefixTail).map((i) => i + prefixTail.length) : [];
  const ends = suffixHead.trim() ? occurrences(text, suffixHead) : [];
  for (const s of starts) {
    windows.push([s, s + len]);
    const e = ends.find((x) => x >= s);
    if (e !== undefined && e - s <= 3 * len + 50) windows.push([s, e]);
  }
  for (const e of ends) windows.push([e - len, e]);
  for (const { word, offset } of anchorWords(sel.quote)) {
    for (const at of occurrences(text, word, MAX_CANDIDATES / 4)) windows.push([at - offset, at - offset + len]);
  }
  return windows
    .map(([s, e]): [number, number] => [Math.max(0, s), Math.min(text.length, e)])
    .filter(([s, e]) => e > s)
    .slice(0, MAX_CANDIDATES);
}

/** Moves window edges to the quotation marks around it (for direct quotes) or to word boundaries,
 * so a reworded quote is stored whole rather than cut mid-word. */
function snap(text: string, sel: Selector, [s, e]: [number, number]): [number, number] {
  const open = sel.prefix.at(-1);
  const close = sel.suffix[0];
  const reach = Math.ceil(sel.quote.length / 2) + 20;
  if (open && close && OPENING_MARKS.includes(open) && CLOSING_MARKS.includes(close)) {
    const o = text.lastIndexOf(open, s);
    const c = text.indexOf(close, Math.max(e - 1, o + 1));
    // The opening mark may sit exactly at s - 1 (window already inside the marks).
    if (o >= 0 && s - o <= reach && c >= 0 && c - e <= reach) return [o + 1, c];
  }
  while (s > 0 && /[\p{L}\p{N}]/u.test(text[s - 1]!) && /[\p{L}\p{N}]/u.test(text[s]!)) s--;
  while (e < text.length && /[\p{L}\p{N}]/u.test(text[e]!) && /[\p{L}\p{N}]/u.test(text[e - 1]!)) e++;
  return [s, e];
}

/** The most similar window to the old quote; `changed` if similar enough, otherwise `missing`. */
function fuzzyMatch(text: string, sel: Selector): Reanchored {
  let best = { start: 0, end: 0, similarity: 0 };
  for (const window of candidateWindows(text, sel)) {
    const [start, end] = snap(text, sel, window);
    const sim = similarity(sel.quote, text.slice(start, end));
    if (sim > best.similarity) best = { start, end, similarity: sim };
  }
  if (best.similarity >= MIN_SIMILARITY) {
    return { state: 'changed', start: best.start, end: best.end, quote: text.slice(best.start, best.end), similarity: best.similarity };
  }
  // Missing: an empty span where the claim used to be, so it sorts near its old place.
  const at = Math.min(sel.start, text.length);
  return { state: 'missing', start: at, end: at, quote: sel.quote, similarity: best.similarity };
}

export function reanchor(text: string, sel: Selector): Reanchored {
  if (sel.quote.trim() === '') return { state: 'missing', start: 0, end: 0, quote: sel.quote, similarity: 0 };
  return exactMatch(text, sel) ?? fuzzyMatch(text, sel);
}

/**
 * Indices (into `positions`, which are the claims' new starts listed in their old reading order)
 * of the claims that left their place: those outside a longest increasing run. O(n log n).
 */
export function outOfOrder(positions: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(positions.length).fill(-1);
  for (let i = 0; i < positions.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[tails[mid]!]! <= positions[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = prev[i]!) keep.add(i);
  const moved = new Set<number>();
  positions.forEach((_, i) => {
    if (!keep.has(i)) moved.add(i);
  });
  return moved;
}

/**
 * A span an editor selected or typed, tidied the way the extractor stores quotes: surrounding
 * whitespace and quotation marks are left out. Null when nothing but marks and spaces remain.
 */
export function tidySpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  const skippable = (ch: string) => /\s/.test(ch) || OPENING_MARKS.includes(ch) || CLOSING_MARKS.includes(ch);
  while (s < e && skippable(text[s]!)) s++;
  while (e > s && skippable(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}

/** The sentence(s) around a span: from the last sentence end or paragraph break before it to the
 * next one after it. Rough, but only used as context on the claim card. */
export function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e]!)) e++;
  // Keep the closing punctuation and a quotation mark right after it.
  while (e < text.length && /[.!?]/.test(text[e]!)) e++;
  while (e < text.length && CLOSING_MARKS.includes(text[e]!)) e++;
  return text.slice(s, e).trim();
}
