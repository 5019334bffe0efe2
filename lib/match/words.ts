// Word tokens for matching quotes against primary sources. Matching compares words, never
// characters, so punctuation, quote marks, dashes, casing, accents, whitespace and line breaks
// cannot make two copies of the same words differ. Offsets are UTF-16 indices into the original
// text (end exclusive), so a match can always be shown and anchored in the stored source.

export type WordToken = {
  /** The comparison form: lower case, accents removed, apostrophes unified, digit groups joined. */
  norm: string;
  start: number;
  end: number;
};

/** A word is letters/digits, optionally joined by apostrophes ("don't", "Jum'at"); a number may
 * carry thousands or decimal separators ("1,000", "2.5"). Everything else separates words. */
const WORD_RE = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’ʼ‘`][\p{L}\p{M}\p{N}]+)*/gu;

/** The comparison form of one word. Typographic variants (’ vs ') and accents (é vs e) are the
 * same word; so are "1,000" and "1000" (separators differ between English and Indonesian). */
export function normaliseWord(word: string): string {
  // Fast path: plain ASCII letters (most words of an English or Indonesian transcript).
  if (/^[a-z]+$/i.test(word)) return word.toLowerCase();
  const folded = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’ʼ‘`]/g, "'");
  return /^\p{N}/u.test(folded) ? folded.replace(/[.,]/g, '') : folded;
}

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    out.push({ norm: normaliseWord(m[0]), start, end: start + m[0].length });
  }
  return out;
}

/** The normalised words of a quote joined by single spaces: equal keys mean the same words. */
export function quoteKey(text: string): string {
  return wordTokens(text)
    .map((t) => t.norm)
    .join(' ');
}

export type SentenceSpan = { start: number; end: number };

/** Sentence spans of a source text, for the context shown around a matched passage. A sentence
 * ends after . ! ? or … (and any closing quote or bracket) followed by whitespace, or at a line
 * break. Transcripts are not edited prose, so this simple rule is enough for context. */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const re = /[.!?…]+["”’»)\]]*(?=\s)|\n+/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index + (m[0].startsWith('\n') ? 0 : m[0].length);
    pushTrimmed(text, spans, start, end);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, spans, start, text.length);
  return spans;
}

function pushTrimmed(text: string, spans: SentenceSpan[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}
