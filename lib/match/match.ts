// Holding a quote against a primary source: find the passage it came from and say how far the
// quote's words differ from it. Pure: no database, so the server, the CLI, the benchmark and the
// unit tests run the same code.
//
// How (the README states the same rule):
// 1. Both texts become normalised words (lib/match/words.ts): punctuation, quote marks, dashes,
//    casing, accents, whitespace and line breaks do not count.
// 2. Candidates: every pair of adjacent quote words (a word bigram) is looked up in the source's
//    bigram index; each hit votes for the source position where the quote would start. The
//    positions with most votes (clustered, so inserted or dropped words still agree) are the
//    candidate passages. An index lookup per bigram keeps 2,000 quotes × 1 MB well under 2 s.
// 3. Alignment: the quote's words are diffed against a window of source words around each
//    candidate with jsdiff's diffArrays (Myers' algorithm); the passage is the aligned span.
// 4. A quote stitched from two passages leaves a run of its words unmatched; that run is matched
//    on its own and, if found, becomes a second passage.
// 5. The verdict (classify): exact / close / altered / not_found.
import { diffArrays } from 'diff';
import { MATCH_VERDICTS, type MatchVerdict } from '../vocab';
import { sentenceSpans, wordTokens, type SentenceSpan, type WordToken } from './words';
import { spanAt as sentenceAt } from '../segments';

export { MATCH_VERDICTS, type MatchVerdict };

/** `delete`: words only in the source (the quote dropped or changed them); `insert`: words only
 * in the quote; `equal`: both. Read in order, it turns the source passage into the quote. */
export type DiffPart = { op: 'equal' | 'insert' | 'delete'; text: string };

export type Passage = { start: number; end: number; text: string };

export type QuoteMatch = {
  verdict: MatchVerdict;
  /** Dice coefficient of the words: 2 × shared ÷ (quote words + passage words), 0..1. */
  score: number;
  /** Where the quote came from; two or more when it was stitched from separate passages. */
  passages: Passage[];
  diff: DiffPart[];
  /** Number of words that differ: per change, the larger of its quote-only and source-only words. */
  differingWords: number;
  quoteOnly: string[];
  sourceOnly: string[];
  /** The source's sentence before the passage and after it, to spot a quote out of context. */
  context: { before: string; after: string };
  stitched: boolean;
};

/** Thresholds of the verdict rule (README, "Source check"). */
export const MATCH_RULE = {
  /** A passage is "clearly the source" when at least this share of the quote's words is in it… */
  minCoverage: 0.5,
  /** …and its word Dice score is at least this. */
  minScore: 0.5,
  /** "close" allows at most this many differing words… */
  closeMaxWords: 2,
  /** …and at most this share of the quote's words (but always one). */
  closeMaxShare: 0.2,
  /** A run of this many unmatched quote words is matched again as a possible second passage. */
  stitchMinWords: 4,
} as const;

/** Words that flip a statement: adding or dropping one is never a "small" difference. */
const NEGATIONS = new Set([
  'not', 'no', 'never', 'nothing', 'none', 'nobody', 'neither', 'nor', 'cannot', 'without',
  'tidak', 'tak', 'bukan', 'belum', 'jangan', 'tiada', 'enggak', 'nggak', 'gak', 'tanpa',
]);

function isNegation(norm: string): boolean {
  return NEGATIONS.has(norm) || norm.endsWith("n't");
}

/** A source prepared once and matched against many quotes. */
export type SourceIndex = {
  text: string;
  words: WordToken[];
  norms: string[];
  /** Word → small integer id, so a bigram is one number (id1 × 2^21 + id2), not a new string. */
  ids: Map<string, number>;
  /** Bigram → positions of its first word. */
  bigrams: Map<number, number[]>;
  /** Word id → positions. */
  unigrams: Map<number, number[]>;
  sentences: SentenceSpan[];
};

export function indexSource(text: string): SourceIndex {
  const words = wordTokens(text);
  const norms = words.map((w) => w.norm);
  const ids = new Map<string, number>();
  const seq = new Int32Array(norms.length);
  for (let i = 0; i < norms.length; i++) {
    let wid = ids.get(norms[i]!);
    if (wid === undefined) ids.set(norms[i]!, (wid = ids.size));
    seq[i] = wid;
  }
  const bigrams = new Map<number, number[]>();
  const unigrams = new Map<number, number[]>();
  for (let i = 0; i < seq.length; i++) {
    push(unigrams, seq[i]!, i);
    if (i + 1 < seq.length) push(bigrams, bigramKey(seq[i]!, seq[i + 1]!), i);
  }
  return { text, words, norms, ids, bigrams, unigrams, sentences: sentenceSpans(text) };
}

/** 2^21 distinct words is far more than any transcript has; the product stays an exact integer. */
function bigramKey(a: number, b: number): number {
  return a * 2_097_152 + b;
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A posting list longer than this ("of the", "dan yang") says little about where a quote is. */
const MAX_POSTINGS = 400;
/** Candidate passages aligned per quote. */
const MAX_CANDIDATES = 3;

/** Source positions where the quote's first word would sit, best supported first. */
function candidateStarts(index: SourceIndex, q: string[]): number[] {
  const votes = new Map<number, number>();
  const vote = (list: number[] | undefined, offset: number) => {
    for (const p of list ?? []) votes.set(p - offset, (votes.get(p - offset) ?? 0) + 1);
  };
  // A word the source never uses has no id, so no bigram with it can be found.
  const ids = q.map((w) => index.ids.get(w) ?? -1);
  const lookup = (i: number) => (ids[i]! < 0 || ids[i + 1]! < 0 ? undefined : index.bigrams.get(bigramKey(ids[i]!, ids[i + 1]!)));
  const keyed = q.length >= 2 ? q.slice(1).map((_, i) => ({ list: lookup(i), offset: i })) : [{ list: ids[0]! < 0 ? undefined : index.unigrams.get(ids[0]!), offset: 0 }];
  const present = keyed.filter((k) => k.list);
  if (present.length === 0) return [];
  const specific = present.filter((k) => k.list!.length <= MAX_POSTINGS);
  // When every bigram is common, the rarest still narrows the search.
  const used = specific.length > 0 ? specific : [present.reduce((a, b) => (a.list!.length <= b.list!.length ? a : b))];
  for (const k of used) vote(k.list, k.offset);
  // Cluster nearby diagonals: an inserted or dropped word shifts the later votes by one or two.
  const width = Math.max(2, Math.ceil(q.length / 4));
  const clusters = new Map<number, { votes: number; best: number; bestVotes: number }>();
  for (const [d, n] of votes) {
    const b = Math.floor(d / width);
    const c = clusters.get(b) ?? { votes: 0, best: d, bestVotes: 0 };
    c.votes += n;
    if (n > c.bestVotes || (n === c.bestVotes && d < c.best)) Object.assign(c, { best: d, bestVotes: n });
    clusters.set(b, c);
  }
  return [...clusters.values()]
    .sort((a, b) => b.votes - a.votes || a.best - b.best)
    .slice(0, MAX_CANDIDATES)
    .map((c) => c.best);
}

type Alignment = {
  /** Source word span [from, to). */
  from: number;
  to: number;
  matched: number;
  /** Per quote word: the source word index it is equal to, or -1. */
  quoteToSource: Int32Array;
};

/** Diffs the quote against source words [lo, hi) and keeps the span between the first and last
 * word they share, dropping lone shared words stranded at its edges (a stray "the"). */
function align(index: SourceIndex, q: string[], lo: number, hi: number): Alignment | null {
  const changes = diffArrays(index.norms.slice(lo, hi), q);
  const runs: Run[] = [];
  let s = lo;
  let qi = 0;
  for (const c of changes) {
    if (c.added) qi += c.count;
    else if (c.removed) s += c.count;
    else {
      runs.push({ s, q: qi, n: c.count });
      s += c.count;
      qi += c.count;
    }
  }
  slideEdgeRuns(runs, index.norms, q);
  while (runs.length > 1 && runs[0]!.n === 1 && runs[1]!.s - (runs[0]!.s + 1) >= 2) runs.shift();
  while (runs.length > 1 && runs.at(-1)!.n === 1 && runs.at(-1)!.s - (runs.at(-2)!.s + runs.at(-2)!.n) >= 2) runs.pop();
  if (runs.length === 0) return null;
  const quoteToSource = new Int32Array(q.length).fill(-1);
  let matched = 0;
  for (const r of runs) {
    for (let k = 0; k < r.n; k++) quoteToSource[r.q + k] = r.s + k;
    matched += r.n;
  }
  const last = runs.at(-1)!;
  return { from: runs[0]!.s, to: last.s + last.n, matched, quoteToSource };
}

/** Quote words left over at either end of the passage were most likely changed from the source
 * words right beside it ("until 2027" → "until 2028"): take as many of those into the passage,
 * so the comparison shows what they replaced. */
function withEdges(a: Alignment, norms: string[], q: string[]): Alignment {
  const map = a.quoteToSource.slice();
  let lead = 0;
  while (lead < map.length && map[lead] === -1) lead++;
  let trail = 0;
  while (trail < map.length - lead && map[map.length - 1 - trail] === -1) trail++;
  const from = Math.max(0, a.from - lead);
  const to = Math.min(norms.length, a.to + trail);
  // The diff may have paired an edge word with a copy of it further away (a minimal edit script
  // does not care which "the" it keeps): re-pair edge words that equal their source neighbours.
  let matched = a.matched;
  for (let k = 1; k <= a.from - from && norms[a.from - k] === q[lead - k]; k++, matched++) map[lead - k] = a.from - k;
  for (let k = 0; k < to - a.to && norms[a.to + k] === q[map.length - trail + k]; k++, matched++) map[map.length - trail + k] = a.to + k;
  return { from, to, matched, quoteToSource: map };
}

type Run = { s: number; q: number; n: number };

/** A minimal diff may keep an edge word's earlier copy ("be be revormi" against "be revormi"),
 * leaving a gap inside the passage: move the first and last runs next to their neighbours when
 * the source has the same words there. */
function slideEdgeRuns(runs: Run[], norms: string[], q: string[]): void {
  const same = (s: number, qi: number, n: number) => {
    for (let k = 0; k < n; k++) if (norms[s + k] !== q[qi + k]) return false;
    return true;
  };
  if (runs.length > 1) {
    const [a, b] = [runs[0]!, runs[1]!];
    if (a.q + a.n === b.q && b.s - a.n > a.s && same(b.s - a.n, a.q, a.n)) a.s = b.s - a.n;
  }
  if (runs.length > 1) {
    const [a, b] = [runs.at(-2)!, runs.at(-1)!];
    if (a.q + a.n === b.q && a.s + a.n < b.s && same(a.s + a.n, b.q, b.n)) b.s = a.s + a.n;
  }
}

function diceScore(a: Alignment, quoteWords: number): number {
  return (2 * a.matched) / (quoteWords + (a.to - a.from));
}

function bestAlignment(index: SourceIndex, q: string[]): Alignment | null {
  let best: Alignment | null = null;
  const slack = Math.max(3, Math.ceil(q.length / 3));
  for (const d of candidateStarts(index, q)) {
    const a = align(index, q, Math.max(0, d - slack), Math.min(index.norms.length, d + q.length + slack));
    if (a && (!best || diceScore(a, q.length) > diceScore(best, q.length))) best = a;
  }
  return best;
}

function sliceWords(text: string, words: WordToken[], from: number, to: number): string {
  return from < to ? text.slice(words[from]!.start, words[to - 1]!.end) : '';
}

const NOT_FOUND: Omit<QuoteMatch, 'score'> = {
  verdict: 'not_found',
  passages: [],
  diff: [],
  differingWords: 0,
  quoteOnly: [],
  sourceOnly: [],
  context: { before: '', after: '' },
  stitched: false,
};

/** A change between two runs of shared words: the source words it replaced and the quote's words. */
type Change = { source: string[]; quote: string[] };

/** The changes a word diff makes, each as normalised words. */
function changesOf(diff: DiffPart[]): Change[] {
  const out: Change[] = [];
  let current: Change | null = null;
  for (const d of diff) {
    if (d.op === 'equal') {
      current = null;
      continue;
    }
    if (!current) out.push((current = { source: [], quote: [] }));
    const words = wordTokens(d.text).map((w) => w.norm);
    (d.op === 'delete' ? current.source : current.quote).push(...words);
  }
  return out;
}

/** Number words: "two" → "three" changes a figure as much as "2" → "3" does. */
const NUMBER_WORDS = new Set(
  ('zero one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion ' +
    'nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh seratus ratus seribu ribu juta miliar triliun').split(' '),
);

/** Whether a change is small: no negation added or dropped, no number changed to another. */
function isMinorChange(c: Change): boolean {
  if ([...c.source, ...c.quote].some(isNegation)) return false;
  // "2" → "two" is the same figure written differently; "2" → "3" or "two" → "three" is not.
  const changed = (pick: (w: string) => boolean) => {
    const a = c.source.filter(pick).join(' ');
    const b = c.quote.filter(pick).join(' ');
    return a !== '' && b !== '' && a !== b;
  };
  return !changed((w) => /^\p{N}+$/u.test(w)) && !changed((w) => NUMBER_WORDS.has(w));
}

type Part = { a: Alignment; qOffset: number; qStart: number; qEnd: number };

function partOf(a: Alignment, qOffset: number): Part {
  let first = -1;
  let last = -1;
  a.quoteToSource.forEach((v, i) => {
    if (v === -1) return;
    if (first < 0) first = i;
    last = i;
  });
  return { a, qOffset, qStart: qOffset + first, qEnd: qOffset + last + 1 };
}

/** Matches one quote against one source. */
export function matchQuote(index: SourceIndex, quote: string): QuoteMatch {
  const qWords = wordTokens(quote);
  const q = qWords.map((w) => w.norm);
  if (q.length === 0) return { ...NOT_FOUND, score: 0 };
  const main = bestAlignment(index, q);
  if (!main) return { ...NOT_FOUND, score: 0 };
  const stitch = stitchedPart(index, q, main);
  const parts = [partOf(stitch ? main : withEdges(main, index.norms, q), 0)];
  if (stitch) parts.push(stitch);
  parts.sort((x, y) => x.qStart - y.qStart);

  const matched = parts.reduce((n, p) => n + p.a.matched, 0);
  const passageWords = parts.reduce((n, p) => n + (p.a.to - p.a.from), 0);
  const score = (2 * matched) / (q.length + passageWords);
  const clearly = matched / q.length >= MATCH_RULE.minCoverage && score >= MATCH_RULE.minScore && main.matched >= Math.min(q.length, 3);
  if (!clearly) return { ...NOT_FOUND, score: round(score) };

  const diff = buildDiff(index, quote, qWords, parts);
  const changes = changesOf(diff);
  const differingWords = changes.reduce((n, c) => n + Math.max(c.source.length, c.quote.length), 0);
  const passages = parts
    .map((p) => ({ start: index.words[p.a.from]!.start, end: index.words[p.a.to - 1]!.end }))
    .map((p) => ({ ...p, text: index.text.slice(p.start, p.end) }));
  const stitched = parts.length > 1;
  return {
    verdict: classify({ differingWords, quoteWords: q.length, stitched, minor: changes.every(isMinorChange) }),
    score: round(score),
    passages,
    diff,
    differingWords,
    quoteOnly: wordsOf(diff, 'insert'),
    sourceOnly: wordsOf(diff, 'delete'),
    context: contextOf(index, Math.min(...passages.map((p) => p.start)), Math.max(...passages.map((p) => p.end))),
    stitched,
  };
}

function wordsOf(diff: DiffPart[], op: DiffPart['op']): string[] {
  return diff.filter((d) => d.op === op).flatMap((d) => wordTokens(d.text).map((w) => d.text.slice(w.start, w.end)));
}

/** The verdict rule, given how many words differ and whether every change is minor. A quote
 * stitched from separate passages joins words the speaker did not say together: altered. */
export function classify(m: { differingWords: number; quoteWords: number; stitched: boolean; minor: boolean }): MatchVerdict {
  if (m.stitched) return 'altered';
  if (m.differingWords === 0) return 'exact';
  const allowed = Math.max(1, Math.min(MATCH_RULE.closeMaxWords, Math.floor(m.quoteWords * MATCH_RULE.closeMaxShare)));
  return m.minor && m.differingWords <= allowed ? 'close' : 'altered';
}

/** The longest run of quote words the main passage left unmatched, matched on its own. */
function stitchedPart(index: SourceIndex, q: string[], main: Alignment): Part | null {
  let bestFrom = -1;
  let bestLen = 0;
  for (let i = 0; i < q.length; ) {
    if (main.quoteToSource[i] !== -1) {
      i++;
      continue;
    }
    let j = i;
    while (j < q.length && main.quoteToSource[j] === -1) j++;
    if (j - i > bestLen) [bestFrom, bestLen] = [i, j - i];
    i = j;
  }
  if (bestLen < MATCH_RULE.stitchMinWords) return null;
  const sub = q.slice(bestFrom, bestFrom + bestLen);
  const a = bestAlignment(index, sub);
  if (!a || a.matched / sub.length < 0.8 || (a.from < main.to && a.to > main.from)) return null;
  return partOf(a, bestFrom);
}

/** The word diff from the passage(s) to the quote, in the quote's order, with original
 * spellings: source text for shared and deleted words, quote text for inserted ones. */
function buildDiff(index: SourceIndex, quote: string, qWords: WordToken[], parts: Part[]): DiffPart[] {
  const out: DiffPart[] = [];
  const add = (op: DiffPart['op'], text: string) => {
    if (!text) return;
    const last = out.at(-1);
    if (last && last.op === op) last.text += ` ${text}`;
    else out.push({ op, text });
  };
  const qText = (from: number, to: number) => sliceWords(quote, qWords, from, to);
  const sText = (from: number, to: number) => sliceWords(index.text, index.words, from, to);
  let qDone = 0;
  // Consecutive shared words are shown as the source wrote them, punctuation included.
  let equalFrom = -1;
  let equalTo = -1;
  const addEqual = (src: number) => {
    const last = out.at(-1);
    if (last?.op === 'equal' && equalTo === src) last.text = sText(equalFrom, src + 1);
    else {
      equalFrom = src;
      add('equal', sText(src, src + 1));
    }
    equalTo = src + 1;
  };
  for (const [pi, p] of parts.entries()) {
    const limit = Math.min(p.qEnd, parts[pi + 1]?.qStart ?? qWords.length);
    let s = p.a.from;
    for (let g = Math.max(p.qStart, qDone); g < limit; g++) {
      const src = p.a.quoteToSource[g - p.qOffset]!;
      if (src === -1) continue;
      if (src > s) add('delete', sText(s, src));
      if (g > qDone) add('insert', qText(qDone, g));
      addEqual(src);
      s = src + 1;
      qDone = g + 1;
    }
    if (s < p.a.to) add('delete', sText(s, p.a.to));
  }
  if (qDone < qWords.length) add('insert', qText(qDone, qWords.length));
  return out;
}

function contextOf(index: SourceIndex, start: number, end: number): { before: string; after: string } {
  const s = index.sentences;
  const first = sentenceAt(s, start);
  const last = sentenceAt(s, Math.max(start, end - 1));
  const before = first > 0 ? s[first - 1]! : null;
  const after = last >= 0 && last + 1 < s.length ? s[last + 1]! : null;
  return {
    before: before ? index.text.slice(before.start, before.end) : '',
    after: after ? index.text.slice(after.start, after.end) : '',
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** The most useful of several sources' matches: best verdict, then best score. */
export function bestOf<T extends { verdict: MatchVerdict; score: number }>(matches: T[]): T | null {
  const rank = (v: MatchVerdict) => MATCH_VERDICTS.indexOf(v);
  return matches.reduce<T | null>((best, m) => (!best || rank(m.verdict) < rank(best.verdict) || (rank(m.verdict) === rank(best.verdict) && m.score > best.score) ? m : best), null);
}
