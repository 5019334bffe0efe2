/**
 * Features of a quotation for the learned "is this speech?" decision (speech-model.ts): what
 * the quoted words look like (length, closing punctuation, capitals), the words around the
 * marks ('the “…” candidate', 'a “…” reboot', 'said “…”'), where the quotation sits (paragraph,
 * sentence, headline) and how the rules attributed it. Every feature is a binary string; the
 * model adds one weight per feature present.
 *
 * A feature is given to a sink as a constant prefix and a value (`prev=` and the token before the
 * quotation): the trainer joins them into names, while the extractor looks the value up in the
 * prefix's table without building a string (see speech-model.ts), since a fresh string has to be
 * hashed on every lookup.
 *
 * Pure: reads only the tokens and the rules' verdicts it is given.
 */
import type { Attribution, Context } from './attribution';
import type { QuoteSpan } from './quotes';
import { isTitleCase } from './not-speech';

/** How the rules reached the quotation: its cue kind and the route that named the speaker. */
export interface SpeechVerdict {
  att: Attribution | null;
  /** 'cue', 'none', 'subject', 'continuation', 'claim', 'inclaim' (index.ts) */
  via: string;
  /** the rules attributed it without a cue of its own (continuation, reported claim) */
  attributed: boolean;
  headline: Uint8Array;
}

/** Receives each feature of a quotation as a constant prefix and a value (its name is prefix + value). */
export interface SpeechSink {
  add(prefix: string, value: string): void;
}

const BUCKETS = ['1', '2', '3', '4', '5-7', '8-12', '13-25', '26+'] as const;

/** Word-count bucket index into BUCKETS: one- and two-word quotes are mostly terms, long ones mostly speech. */
function lengthBucket(words: number): number {
  if (words <= 4) return Math.max(0, words - 1);
  if (words <= 7) return 4;
  if (words <= 12) return 5;
  if (words <= 25) return 6;
  return 7;
}

/** The prefixes of features paired with the length bucket, one constant string per bucket. */
const W_VIA = BUCKETS.map((b) => `w=${b}|via=`);
const W_END = BUCKETS.map((b) => `w=${b}|end=`);
const W_ATT = BUCKETS.map((b) => `w=${b}|att=`);
const PREV_W = BUCKETS.map((b) => `prev|w=${b}=`);
const END_CLASSES = ['.', ',', '!', '?', ';', ':', '…', 'num', 'word'] as const;
const NEXT_END = END_CLASSES.map((e) => `next|end=${e}=`);

/** Every feature prefix, for splitting weight names back into prefix and value (longest first). */
export const SPEECH_PREFIXES: readonly string[] = [
  'b', 'lang=', 'w=', 'end=', 'first=', 'via=', 'att=', 'ph=', 'attributed', 'titlecase', 'titlecase|att=', 'single', 'unclosed',
  'headline', 'opens-para', 'closes-para', 'whole-para', 'prev=', 'prev2=', 'prev-cap', 'prev-low', 'next=', 'next-cap', 'next-low',
  'next-word|end=', 'opens-sentence', 'quotes-in-sentence=', 'quotes-in-sentence|w=', ...W_VIA, ...W_END, ...W_ATT, ...PREV_W, ...NEXT_END,
].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));

function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Closing marks and brackets inside the quotation, skipped when reading its last character. */
function isClosingMark(c: string): boolean {
  return c === "'" || c === '"' || c === '’' || c === '”' || c === ')' || c === ']';
}

/** Index into END_CLASSES of the quotation's last character inside the marks: speech usually closes with its own stop or comma. */
function endClass(text: string, start: number, end: number): number {
  let i = end - 1;
  while (i >= start && isClosingMark(text.charAt(i))) i--;
  if (i < start) return 8;
  const c = text.charAt(i);
  const k = END_CLASSES.indexOf(c as (typeof END_CLASSES)[number]);
  if (k >= 0 && k < 7) return k;
  return c >= '0' && c <= '9' ? 7 : 8;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The case of the quotation's first letter or digit, read by code point. */
function firstClass(text: string, start: number, end: number): string {
  for (let i = start; i < end;) {
    const c = String.fromCodePoint(text.codePointAt(i) as number);
    if (LETTER_OR_DIGIT.test(c)) {
      if (DIGIT.test(c)) return 'num';
      return c === c.toLowerCase() ? (c === c.toUpperCase() ? 'nocase' : 'low') : 'cap';
    }
    i += c.length;
  }
  return 'none';
}

const DIGIT = /\p{N}/u;

/** The token as a feature value: the lower-cased word, or its punctuation. */
function tokenValue(t: { kind: string; lower: string; text: string } | undefined): string {
  if (!t) return 'none';
  return t.kind === 'word' ? t.lower : t.text;
}

export function speechFeatures(ctx: Context, q: QuoteSpan, v: SpeechVerdict, sink: SpeechSink): void {
  const { text, tokens, lex } = ctx;
  const nWords = countWords(text, q.start, q.end);
  const w = lengthBucket(nWords);
  const words = BUCKETS[w];
  const e = endClass(text, q.start, q.end);
  const end = END_CLASSES[e];
  sink.add('b', '');
  sink.add('lang=', lex.lang);
  sink.add('w=', words);
  sink.add('end=', end);
  sink.add('first=', firstClass(text, q.start, q.end));
  const att = v.att;
  const attKind = att ? att.kind : 'none';
  const phrase = att ? (att.enclitic ? 'enclitic' : att.phrase ? att.phrase.kind : 'nophrase') : 'none';
  sink.add('via=', v.via);
  sink.add('att=', attKind);
  sink.add('ph=', phrase);
  sink.add(W_VIA[w], v.via);
  sink.add(W_END[w], end);
  sink.add(W_ATT[w], attKind);
  if (v.attributed) sink.add('attributed', '');
  if (nWords <= 8 && isTitleCase(text, q.start, q.end, 8)) { sink.add('titlecase', ''); sink.add('titlecase|att=', attKind); }
  if (q.single) sink.add('single', '');
  if (q.unclosed) sink.add('unclosed', '');
  if (v.headline[q.openTok] === 1) sink.add('headline', '');
  const before = q.openTok > 0 ? tokens[q.openTok - 1] : undefined;
  const before2 = q.openTok > 1 ? tokens[q.openTok - 2] : undefined;
  const after = q.closeTok >= 0 ? tokens[q.closeTok + 1] : undefined;
  const opensPara = !before || tokens[q.openTok].nlBefore;
  const closesPara = q.closeTok < 0 || !after || after.nlBefore;
  if (opensPara) sink.add('opens-para', '');
  if (closesPara) sink.add('closes-para', '');
  if (opensPara && closesPara) sink.add('whole-para', '');
  if (!opensPara) {
    const prev = tokenValue(before);
    sink.add('prev=', prev);
    sink.add('prev2=', tokenValue(before2));
    sink.add(PREV_W[w], prev);
    if (before && before.kind === 'word') sink.add(before.capital ? 'prev-cap' : 'prev-low', '');
  }
  if (!closesPara && after) {
    const next = tokenValue(after);
    sink.add('next=', next);
    sink.add(NEXT_END[e], next);
    if (after.kind === 'word') { sink.add(after.capital ? 'next-cap' : 'next-low', ''); sink.add('next-word|end=', end); }
  }
  const sentence = ctx.sentences[ctx.sentOf[q.openTok]];
  if (sentence.startTok === q.openTok) sink.add('opens-sentence', '');
  // several quotations in one sentence: a list of quoted terms ("“ice cream” to her “broccoli”")
  const sent = ctx.sentOf[q.openTok];
  let inSentence = 1;
  for (let k = q.index - 1; k >= 0 && ctx.sentOf[ctx.quotes[k].openTok] === sent; k--) inSentence++;
  for (let k = q.index + 1; k < ctx.quotes.length && ctx.sentOf[ctx.quotes[k].openTok] === sent; k++) inSentence++;
  if (inSentence > 1) { sink.add('quotes-in-sentence=', inSentence > 3 ? '4+' : inSentence === 2 ? '2' : '3'); sink.add('quotes-in-sentence|w=', words); }
}

/** The features as names (prefix + value), as the trainer and the weights file spell them. */
export function speechFeatureNames(ctx: Context, q: QuoteSpan, v: SpeechVerdict): string[] {
  const names: string[] = [];
  speechFeatures(ctx, q, v, { add: (prefix, value) => names.push(prefix + value) });
  return names;
}
