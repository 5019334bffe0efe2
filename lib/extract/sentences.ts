/**
 * Sentence segmentation over tokens. A sentence ends at . ! ? … (plus any closing quotation
 * marks and brackets right after it) when the next token starts a new sentence (capital, digit,
 * quotation mark) or a line break follows. Periods absorbed by abbreviations and initials
 * (Mr., E., U.S.) never end a sentence, so "Leonard E. Burman" stays whole.
 */
import { OPENING_SUBORDINATORS as OPENING_SUBORDINATORS_ } from './lexicon/indirect-en';
import { isPartyStateTag as isPartyStateTag_, startsWithDigit as startsWithDigit_, type Token } from './text';
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const startsWithDigit = startsWithDigit_;
const isPartyStateTag = isPartyStateTag_;
const OPENING_SUBORDINATORS = OPENING_SUBORDINATORS_;

export interface Sentence {
  startTok: number;
  endTok: number; // inclusive
  start: number;
  end: number;
}

const TERMINALS = new Set(['.', '!', '?', '…', '...', '!?', '?!']);
const TRAILERS = new Set([')', ']', '}']);

export function splitSentences(tokens: Token[]): { sentences: Sentence[]; sentOf: Int32Array } {
  const sentences: Sentence[] = [];
  const sentOf = new Int32Array(tokens.length);
  let startTok = 0;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (i > startTok && tokens[i].nlBefore) startTok = close(tokens, sentences, sentOf, startTok, i - 1);
    const t = tokens[i];
    if ((t.kind !== 'punct' || !TERMINALS.has(t.text)) && !closesWithTag(t)) continue;
    let j = i + 1;
    while (j < n && !tokens[j].spaceBefore && !tokens[j].nlBefore &&
      (tokens[j].kind === 'quote' || TRAILERS.has(tokens[j].text) || TERMINALS.has(tokens[j].text))) j++;
    if (j >= n) continue;
    const next = tokens[j];
    if (next.nlBefore) continue; // the line break closes it
    if (!next.spaceBefore) continue;
    if (next.kind === 'quote' || next.text === '(' || (next.kind === 'word' && (next.capital || startsWithDigit(next.text)))) {
      startTok = close(tokens, sentences, sentOf, startTok, j - 1);
      i = j - 1;
    }
  }
  if (startTok < n) close(tokens, sentences, sentOf, startTok, n - 1);
  return { sentences, sentOf };
}

/**
 * A party-state tag that took the sentence's period ("said Sen. Paul Okoye, R-Iowa. He added
 * …"): the tag's period ends the sentence when a capitalised word follows, as a terminal would.
 */
function closesWithTag(t: Token): boolean {
  return t.kind === 'word' && t.text.charCodeAt(t.text.length - 1) === 46 && isPartyStateTag(t.lower);
}

/**
 * Close the sentence startTok..endTok (nothing when empty); returns where the next one starts.
 * A module function rather than a closure in splitSentences: the TypeScript runner names every
 * local arrow function with a defineProperty call each time it is created.
 */
function close(tokens: Token[], sentences: Sentence[], sentOf: Int32Array, startTok: number, endTok: number): number {
  if (endTok < startTok) return startTok;
  const idx = sentences.length;
  sentences.push({ startTok, endTok, start: tokens[startTok].start, end: tokens[endTok].end });
  for (let k = startTok; k <= endTok; k++) sentOf[k] = idx;
  return endTok + 1;
}

/**
 * Token k stands in a subordinate clause opening the sentence ("When X said that …, Y …"): no
 * comma outside quotations between the sentence's first word, a subordinator, and k.
 */
export function inOpeningClause(tokens: readonly Token[], k: number, sentA: number): boolean {
  const first = tokens[sentA];
  if (first.kind !== 'word' || !OPENING_SUBORDINATORS.has(first.lower)) return false;
  for (let j = sentA + 1; j < k; j++) if (tokens[j].text === ',' && tokens[j].inQuote < 0) return false;
  return true;
}
