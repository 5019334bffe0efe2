/**
 * Features of a quotation for the learned "is this speech?" decision (speech-model.ts): what
 * the quoted words look like (length, closing punctuation, capitals), the words around the
 * marks ('the “…” candidate', 'a “…” reboot', 'said “…”'), where the quotation sits (paragraph,
 * sentence, headline) and how the rules attributed it. Every feature is a binary string; the
 * model adds one weight per feature present.
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

/** Word-count buckets: one- and two-word quotes are mostly terms, long ones mostly speech. */
function lengthBucket(words: number): string {
  if (words <= 4) return String(words);
  if (words <= 7) return '5-7';
  if (words <= 12) return '8-12';
  if (words <= 25) return '13-25';
  return '26+';
}

function countWords(content: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < content.length; i++) {
    const space = content.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The quotation's last character class inside the marks: speech usually closes with its own stop or comma. */
function endClass(content: string): string {
  const c = content.replace(/['"’”)\]]+$/, '').slice(-1);
  if ('.,!?;:…'.includes(c) && c !== '') return c;
  return /\d/.test(c) ? 'num' : 'word';
}

function firstClass(content: string): string {
  const c = content.replace(/^[^\p{L}\p{N}]+/u, '').charAt(0);
  if (!c) return 'none';
  if (/\p{N}/u.test(c)) return 'num';
  return c === c.toLowerCase() ? (c === c.toUpperCase() ? 'nocase' : 'low') : 'cap';
}

/** The token as a feature value: the lower-cased word, or its punctuation. */
function tokenValue(t: { kind: string; lower: string; text: string } | undefined): string {
  if (!t) return 'none';
  return t.kind === 'word' ? t.lower : t.text;
}

export function speechFeatures(ctx: Context, q: QuoteSpan, v: SpeechVerdict): string[] {
  const { text, tokens, lex } = ctx;
  const content = text.slice(q.start, q.end);
  const words = lengthBucket(countWords(content));
  const end = endClass(content);
  const f: string[] = ['b', `lang=${lex.lang}`, `w=${words}`, `end=${end}`, `first=${firstClass(content)}`];
  const att = v.att;
  const attKind = att ? att.kind : 'none';
  const phrase = att ? (att.enclitic ? 'enclitic' : att.phrase ? att.phrase.kind : 'nophrase') : 'none';
  f.push(`via=${v.via}`, `att=${attKind}`, `ph=${phrase}`, `w=${words}|via=${v.via}`, `w=${words}|end=${end}`, `w=${words}|att=${attKind}`);
  if (v.attributed) f.push('attributed');
  if (isTitleCase(text, q.start, q.end, 8)) f.push('titlecase', `titlecase|att=${attKind}`);
  if (q.single) f.push('single');
  if (q.unclosed) f.push('unclosed');
  if (v.headline[q.openTok] === 1) f.push('headline');
  const before = q.openTok > 0 ? tokens[q.openTok - 1] : undefined;
  const before2 = q.openTok > 1 ? tokens[q.openTok - 2] : undefined;
  const after = q.closeTok >= 0 ? tokens[q.closeTok + 1] : undefined;
  const opensPara = !before || tokens[q.openTok].nlBefore;
  const closesPara = q.closeTok < 0 || !after || after.nlBefore;
  if (opensPara) f.push('opens-para');
  if (closesPara) f.push('closes-para');
  if (opensPara && closesPara) f.push('whole-para');
  if (!opensPara) {
    f.push(`prev=${tokenValue(before)}`, `prev2=${tokenValue(before2)}`, `prev=${tokenValue(before)}|w=${words}`);
    if (before && before.kind === 'word') f.push(before.capital ? 'prev-cap' : 'prev-low');
  }
  if (!closesPara && after) {
    f.push(`next=${tokenValue(after)}`, `next=${tokenValue(after)}|end=${end}`);
    if (after.kind === 'word') f.push(after.capital ? 'next-cap' : 'next-low', `next-word|end=${end}`);
  }
  const sentence = ctx.sentences[ctx.sentOf[q.openTok]];
  if (sentence.startTok === q.openTok) f.push('opens-sentence');
  // several quotations in one sentence: a list of quoted terms ("“ice cream” to her “broccoli”")
  const sent = ctx.sentOf[q.openTok];
  let inSentence = 1;
  for (let k = q.index - 1; k >= 0 && ctx.sentOf[ctx.quotes[k].openTok] === sent; k--) inSentence++;
  for (let k = q.index + 1; k < ctx.quotes.length && ctx.sentOf[ctx.quotes[k].openTok] === sent; k++) inSentence++;
  if (inSentence > 1) f.push(`quotes-in-sentence=${inSentence > 3 ? '4+' : inSentence}`, `quotes-in-sentence|w=${words}`);
  return f;
}
