/**
 * Features of a quotation for the learned "is this speech?" decision (speech-model.ts): what
 * the quoted words look like (length, closing punctuation, capitals), the words around the
 * marks ('the “…” candidate', 'a “…” reboot', 'said “…”'), where the quotation sits (paragraph,
 * sentence, headline) and how the rules attributed it. Every feature is a binary string; the
 * model adds one weight per feature present.
 *
 * A feature is given to a sink as a constant prefix (by its id) and a value (`prev=` and the token
 * before the quotation): the trainer joins them into names, while the extractor looks the value
 * up in the prefix's table without building a string (see speech-model.ts), since a fresh string
 * has to be hashed on every lookup.
 *
 * Pure: reads only the tokens and the rules' verdicts it is given.
 */
import type { Attribution, Context } from './attribution';
import type { QuoteSpan } from './quotes';
import { isTitleCase as isTitleCase_ } from './not-speech';
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const isTitleCase = isTitleCase_;

/** How the rules reached the quotation: its cue kind and the route that named the speaker. */
export interface SpeechVerdict {
  att: Attribution | null;
  /** 'cue', 'none', 'subject', 'continuation', 'claim', 'inclaim' (index.ts) */
  via: string;
  /** the rules attributed it without a cue of its own (continuation, reported claim) */
  attributed: boolean;
  headline: Uint8Array;
}

/**
 * Receives each feature of a quotation as a constant prefix and a value (its name is prefix +
 * value). The prefix comes as its index in SPEECH_PREFIX_NAMES: a scorer finds the prefix's
 * weight table by indexing an array, not by hashing the prefix string.
 */
export interface SpeechSink {
  add(prefix: number, value: string): void;
}

/** Every feature prefix, indexed by the id a sink receives (see prefixId). */
export const SPEECH_PREFIX_NAMES: string[] = [];

/** A new prefix's id: its index in SPEECH_PREFIX_NAMES (assigned once, at load). */
function prefixId(name: string): number {
  SPEECH_PREFIX_NAMES.push(name);
  return SPEECH_PREFIX_NAMES.length - 1;
}
const P_B = prefixId('b');
const P_LANG = prefixId('lang=');
const P_W = prefixId('w=');
const P_END = prefixId('end=');
const P_FIRST = prefixId('first=');
const P_VIA = prefixId('via=');
const P_ATT = prefixId('att=');
const P_PH = prefixId('ph=');
const P_ATTRIBUTED = prefixId('attributed');
const P_TITLECASE = prefixId('titlecase');
const P_TITLECASE_ATT = prefixId('titlecase|att=');
const P_SINGLE = prefixId('single');
const P_UNCLOSED = prefixId('unclosed');
const P_HEADLINE = prefixId('headline');
const P_OPENS_PARA = prefixId('opens-para');
const P_CLOSES_PARA = prefixId('closes-para');
const P_WHOLE_PARA = prefixId('whole-para');
const P_PREV = prefixId('prev=');
const P_PREV2 = prefixId('prev2=');
const P_PREV_CAP = prefixId('prev-cap');
const P_PREV_LOW = prefixId('prev-low');
const P_NEXT = prefixId('next=');
const P_NEXT_CAP = prefixId('next-cap');
const P_NEXT_LOW = prefixId('next-low');
const P_NEXT_WORD_END = prefixId('next-word|end=');
const P_OPENS_SENTENCE = prefixId('opens-sentence');
const P_QUOTES_IN_SENTENCE = prefixId('quotes-in-sentence=');
const P_QUOTES_IN_SENTENCE_W = prefixId('quotes-in-sentence|w=');

const BUCKETS = ['1', '2', '3', '4', '5-7', '8-12', '13-25', '26+'] as const;

/** Word-count bucket index into BUCKETS: one- and two-word quotes are mostly terms, long ones mostly speech. */
function lengthBucket(words: number): number {
  if (words <= 4) return Math.max(0, words - 1);
  if (words <= 7) return 4;
  if (words <= 12) return 5;
  if (words <= 25) return 6;
  return 7;
}

/** The prefixes of features paired with the length bucket, one prefix per bucket. */
const W_VIA = BUCKETS.map((b) => prefixId(`w=${b}|via=`));
const W_END = BUCKETS.map((b) => prefixId(`w=${b}|end=`));
const W_ATT = BUCKETS.map((b) => prefixId(`w=${b}|att=`));
const PREV_W = BUCKETS.map((b) => prefixId(`prev|w=${b}=`));
const END_CLASSES = ['.', ',', '!', '?', ';', ':', '…', 'num', 'word'] as const;
const NEXT_END = END_CLASSES.map((e) => prefixId(`next|end=${e}=`));

/** Every feature prefix, for splitting weight names back into prefix and value (longest first). */
export const SPEECH_PREFIXES: readonly string[] = [...SPEECH_PREFIX_NAMES].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));

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

/**
 * The article quotes in single marks (British style: ‘We will win,’ she said): there a ‘…’
 * fragment is an ordinary quotation, not the headline or title single marks usually are in
 * text that quotes in double marks. Worked out once per article.
 */
const singleStyle = new WeakMap<Context, boolean>();
function quotesInSingleMarks(ctx: Context): boolean {
  let style = singleStyle.get(ctx);
  if (style === undefined) {
    let single = 0;
    for (const q of ctx.quotes) if (q.single) single++;
    style = single >= 2 && single > ctx.quotes.length - single;
    singleStyle.set(ctx, style);
  }
  return style;
}

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
  sink.add(P_B, '');
  sink.add(P_LANG, lex.lang);
  sink.add(P_W, words);
  sink.add(P_END, end);
  sink.add(P_FIRST, firstClass(text, q.start, q.end));
  const att = v.att;
  const attKind = att ? att.kind : 'none';
  const phrase = att ? (att.enclitic ? 'enclitic' : att.phrase ? att.phrase.kind : 'nophrase') : 'none';
  sink.add(P_VIA, v.via);
  sink.add(P_ATT, attKind);
  sink.add(P_PH, phrase);
  sink.add(W_VIA[w], v.via);
  sink.add(W_END[w], end);
  sink.add(W_ATT[w], attKind);
  if (v.attributed) sink.add(P_ATTRIBUTED, '');
  if (nWords <= 8 && isTitleCase(text, q.start, q.end, 8)) { sink.add(P_TITLECASE, ''); sink.add(P_TITLECASE_ATT, attKind); }
  if (q.single && !quotesInSingleMarks(ctx)) sink.add(P_SINGLE, '');
  if (q.unclosed) sink.add(P_UNCLOSED, '');
  if (v.headline[q.openTok] === 1) sink.add(P_HEADLINE, '');
  const before = q.openTok > 0 ? tokens[q.openTok - 1] : undefined;
  const before2 = q.openTok > 1 ? tokens[q.openTok - 2] : undefined;
  const after = q.closeTok >= 0 ? tokens[q.closeTok + 1] : undefined;
  const opensPara = !before || tokens[q.openTok].nlBefore;
  const closesPara = q.closeTok < 0 || !after || after.nlBefore;
  if (opensPara) sink.add(P_OPENS_PARA, '');
  if (closesPara) sink.add(P_CLOSES_PARA, '');
  if (opensPara && closesPara) sink.add(P_WHOLE_PARA, '');
  if (!opensPara) {
    const prev = tokenValue(before);
    sink.add(P_PREV, prev);
    sink.add(P_PREV2, tokenValue(before2));
    sink.add(PREV_W[w], prev);
    if (before && before.kind === 'word') sink.add(before.capital ? P_PREV_CAP : P_PREV_LOW, '');
  }
  if (!closesPara && after) {
    const next = tokenValue(after);
    sink.add(P_NEXT, next);
    sink.add(NEXT_END[e], next);
    if (after.kind === 'word') { sink.add(after.capital ? P_NEXT_CAP : P_NEXT_LOW, ''); sink.add(P_NEXT_WORD_END, end); }
  }
  const sentence = ctx.sentences[ctx.sentOf[q.openTok]];
  if (sentence.startTok === q.openTok) sink.add(P_OPENS_SENTENCE, '');
  // several quotations in one sentence: a list of quoted terms ("“ice cream” to her “broccoli”")
  const sent = ctx.sentOf[q.openTok];
  let inSentence = 1;
  for (let k = q.index - 1; k >= 0 && ctx.sentOf[ctx.quotes[k].openTok] === sent; k--) inSentence++;
  for (let k = q.index + 1; k < ctx.quotes.length && ctx.sentOf[ctx.quotes[k].openTok] === sent; k++) inSentence++;
  if (inSentence > 1) { sink.add(P_QUOTES_IN_SENTENCE, inSentence > 3 ? '4+' : inSentence === 2 ? '2' : '3'); sink.add(P_QUOTES_IN_SENTENCE_W, words); }
}

/** The features as names (prefix + value), as the trainer and the weights file spell them. */
export function speechFeatureNames(ctx: Context, q: QuoteSpan, v: SpeechVerdict): string[] {
  const names: string[] = [];
  speechFeatures(ctx, q, v, { add: (prefix, value) => names.push(SPEECH_PREFIX_NAMES[prefix] + value) });
  return names;
}
