/**
 * "Not speech" filters: quoted text that nobody is said to have said. Titles of shows and
 * books ("on “Meet the Press”"), scare quotes and terms held at arm's length ("the “sex
 * tape” reference", "program ”jembatan udara”"), nicknames (Robert C. "Bobby" Scott),
 * subheadings, markup and links. Each filter is a small named test; `isNotSpeech` applies
 * them in order to a quotation the attribution step has already looked at.
 */
import type { Attribution, Context } from './attribution';
import { QUOTED_TERM_CUES as QUOTED_TERM_CUES_, SCARE_DETERMINERS as SCARE_DETERMINERS_, TERM_COPULAS as TERM_COPULAS_, TERM_NOUNS as TERM_NOUNS_, TITLE_CONTEXT as TITLE_CONTEXT_, TITLE_SMALL as TITLE_SMALL_ } from './lexicon/shared';
import { isEncliticCue as isEncliticCue_ } from './phrases';
import type { QuoteSpan } from './quotes';
import { isSpaceCode as isSpaceCode_, isWordCode as isWordCode_, endsWithPossessive as endsWithPossessive_, isRegexSpaceCode as isRegexSpaceCode_ } from './text';
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const endsWithPossessive = endsWithPossessive_;
const QUOTED_TERM_CUES = QUOTED_TERM_CUES_;
const SCARE_DETERMINERS = SCARE_DETERMINERS_;
const TERM_COPULAS = TERM_COPULAS_;
const TERM_NOUNS = TERM_NOUNS_;
const TITLE_CONTEXT = TITLE_CONTEXT_;
const TITLE_SMALL = TITLE_SMALL_;
const isEncliticCue = isEncliticCue_;
const isSpaceCode = isSpaceCode_;
const isWordCode = isWordCode_;
const isRegexSpaceCode = isRegexSpaceCode_;

/**
 * Whether a quotation is not speech, given its attribution (null: no cue found) and whether
 * the rules attributed it anyway (a continuation, a reported claim before it).
 */
export function isNotSpeech(ctx: Context, q: QuoteSpan, att: Attribution | null, attributed: boolean, headline: Uint8Array): boolean {
  const { text, lex } = ctx;
  if (isTitle(ctx, q, headline) && !(att && (att.kind === 'after' || att.kind === 'label') && !titleContext(ctx, q))) return true;
  // Indonesian copy quotes speech, not names: a short Title Case phrase is a name or title
  // ("vaksin ”Merah Putih”"), a short unpunctuated quote opening a sentence is a subheading
  if (lex.lang === 'id' && !(att && att.kind === 'after') && (isTitleCase(text, q.start, q.end, 4) || (!att && isBareFragment(ctx, q)))) return true;
  if (lex.lang === 'id' && isUnendedFragment(ctx, q) && punctuatesInside(ctx)) return true;
  if (isJunk(ctx, q)) return true;
  // a Title Case phrase with no reporting verb is a name, show or slogan, not speech
  if ((!att || att.kind === 'subject') && !attributed && isTitleCase(text, q.start, q.end, 6) && !endsSentence(text, q)) return true;
  if (isNickname(ctx, q)) return true;
  if ((!att || att.kind === 'subject') && !attributed && isScareQuote(ctx, q)) return true;
  if (isQuotedTerm(ctx, q, att === null || att.kind === 'subject')) return true;
  return false;
}

/** The quotation's last character is . ! or ? (what /[.!?]$/ tests on its text, without the copy). */
function endsSentence(text: string, q: QuoteSpan): boolean {
  if (q.end <= q.start) return false;
  const c = text.charCodeAt(q.end - 1);
  return c === 46 || c === 33 || c === 63;
}

/**
 * Indonesian: speech closes with its own punctuation inside the quotation marks ("”…,” katanya",
 * "”….”"); a quotation that stops without it is a title, term or fragment ("seminar daring
 * ”Pelestarian Budaya Tempe …”", "bertambah ”jam terbang”-nya"), unless a reporting verb follows
 * straight after ("”… di Kabupaten Tangerang” kata Zaki"). In the Indonesian training corpus 2 of
 * 1,363 annotated quotations lack the closing punctuation, and both have the verb right after.
 */
function isUnendedFragment(ctx: Context, q: QuoteSpan): boolean {
  const { tokens, lex } = ctx;
  if (q.closeTok < 0) return false; // runs to the paragraph's end: a quotation the writer did not close
  if (endsPunctuated(ctx.text, q)) return false;
  const next = tokens[q.closeTok + 1];
  if (next && !next.nlBefore && next.kind === 'word' && (lex.postCues.has(next.lower) || isEncliticCue(lex, next))) return false;
  return !characterisedBySpeaker(ctx, q);
}

/** How far before a quotation a verb of saying makes it a characterisation ("menyebut kebijakan itu ”…”"). */
const CHARACTERISATION_REACH = 4;

/** A verb of saying just before the quotation in its sentence: the quoted words are the subject's. */
function characterisedBySpeaker(ctx: Context, q: QuoteSpan): boolean {
  const { tokens, lex } = ctx;
  const floor = Math.max(ctx.sentences[ctx.sentOf[q.openTok]].startTok, q.openTok - CHARACTERISATION_REACH);
  for (let i = q.openTok - 1; i >= floor; i--) {
    if (tokens[i].kind === 'word' && lex.speechVerbs.has(tokens[i].lower)) return true;
  }
  return false;
}

function endsPunctuated(text: string, q: QuoteSpan): boolean {
  return /[.,!?;:…]['"’”)\]]*$/.test(text.slice(Math.max(q.start, q.end - 4), q.end));
}

const insideStyle = new WeakMap<Context, boolean>();

/**
 * Whether the article closes its quotations inside the marks (Kompas: "”…,” katanya") rather
 * than outside (BBC Indonesia: "memuji Korea Utara karena “mendukung dengan tegas”."), where a
 * few quoted words inside a sentence are somebody's words. Decided by counting both kinds of
 * closing over the article's quotations; memoised per document.
 */
function punctuatesInside(ctx: Context): boolean {
  let known = insideStyle.get(ctx);
  if (known !== undefined) return known;
  let inside = 0;
  let outside = 0;
  for (const q of ctx.quotes) {
    if (q.closeTok < 0) continue;
    if (endsPunctuated(ctx.text, q)) inside++;
    else {
      const next = ctx.tokens[q.closeTok + 1];
      if (next && (next.text === ',' || next.text === '.')) outside++;
    }
  }
  known = inside > outside;
  insideStyle.set(ctx, known);
  return known;
}

/** Most words a quoted term has ("program ”jembatan udara”"); speech this short ends in a comma. */
const TERM_MAX_WORDS = 4;

/**
 * Indonesian: a few words in quotes without punctuation of their own, named as a term by the
 * word before them ("program ”jembatan udara”", "konsep ”solidaritas global”", "menjadi
 * ”bensin”" when nobody is said to speak), with no reporting verb right after: a term, not speech.
 * Short speech keeps its comma before the cue ("”Masih kami selidiki,” katanya"); a
 * characterisation after a verb of saying ("menyebut kebijakan itu ”terlalu cepat”") stays.
 */
export function isQuotedTerm(ctx: Context, q: QuoteSpan, unattributed: boolean): boolean {
  const { text, tokens, lex } = ctx;
  if (lex.lang !== 'id' || q.closeTok < 0 || q.end - q.start > 60) return false;
  const content = text.slice(q.start, q.end);
  if (/[.,!?;:…]$/.test(content)) return false;
  if (content.split(/\s+/).length > TERM_MAX_WORDS) return false;
  const before = q.openTok > 0 ? tokens[q.openTok - 1] : null;
  if (!before || before.kind !== 'word' || !(TERM_NOUNS.has(before.lower) || (unattributed && TERM_COPULAS.has(before.lower)))) return false;
  const next = tokens[q.closeTok + 1];
  if (!next || next.nlBefore) return false;
  if (next.kind === 'word' && (lex.postCues.has(next.lower) || isEncliticCue(lex, next) || QUOTED_TERM_CUES.has(next.lower))) return false;
  return next.kind === 'word' || next.text === ',' || next.text === '.';
}

/**
 * A quotation with no attribution anywhere near. Indonesian reporting always names the source
 * of a quotation (no cue: it is a title or a term), so those are dropped. English copy often
 * quotes single words and phrases inside attributions the cue lexicon cannot see ("what he
 * called “rant”"), so those are kept unless they look like codes or markup.
 */
export function keepUnattributed(ctx: Context, q: QuoteSpan): boolean {
  if (ctx.lex.lang === 'id') return false;
  const content = ctx.text.slice(q.start, q.end);
  if (!/\p{Ll}/u.test(content)) return false; // numbers, IDs, ALL-CAPS shouting
  return true;
}


/**
 * English: a short unpunctuated phrase in quotes right after a determiner, with no reporting
 * verb ('the “sex tape” reference', 'a "targeted employment area"'): a term held at arm's
 * length, not somebody's words.
 */
function isScareQuote(ctx: Context, q: QuoteSpan): boolean {
  if (ctx.lex.lang !== 'en' || q.openTok === 0) return false;
  const prev = ctx.tokens[q.openTok - 1];
  if (prev.kind !== 'word' || !SCARE_DETERMINERS.has(prev.lower)) return false;
  // "praised him as a “…”", "bemoaning the “…”": a characterisation by the clause's subject
  const before = q.openTok > 1 ? ctx.tokens[q.openTok - 2] : null;
  if (before && before.kind === 'word' && (before.lower === 'as' || before.lower.endsWith('ing') || ctx.lex.speechVerbs.has(before.lower) || ctx.lex.indirectVerbs.has(before.lower))) return false;
  const content = ctx.text.slice(q.start, q.end);
  if (content.length > 40 || /[!?]/.test(content)) return false;
  return content.split(/\s+/).length <= 4;
}

/** Not words anybody said: stage directions, markup attributes, handles and links. */
function isJunk(ctx: Context, q: QuoteSpan): boolean {
  const { text, tokens } = ctx;
  if (q.end - q.start > 200) return false;
  const prev = q.openTok > 0 ? tokens[q.openTok - 1] : null;
  if (prev && (prev.text === '=' || prev.text.endsWith('='))) return true; // markup attributes
  const content = text.slice(q.start, q.end);
  if (content.charCodeAt(0) === 40 && /^\(.*\)\.?$/.test(content)) return true; // (CROSSTALK.)
  // cheap screens first: most quotations contain none of these characters
  if (content.indexOf('@') < 0 && content.indexOf('#') < 0 && content.indexOf('http') < 0 && content.indexOf('.com') < 0 && !content.startsWith('pic.')) return false;
  return /(^|\s)[@#]\w|https?:|^pic\.|\.com\b/.test(content);
}


/** The word before the quotation announces a title: "on", "titled", "berjudul", a possessive. */
function titleContext(ctx: Context, q: QuoteSpan): boolean {
  const prev = q.openTok > 0 ? ctx.tokens[q.openTok - 1] : null;
  return !prev || TITLE_CONTEXT.has(prev.lower) || endsWithPossessive(prev.text);
}


/** Every word capitalised except small function words, at most maxWords words. */
export function isTitleCase(text: string, start: number, end: number, maxWords: number): boolean {
  if (end - start > 120) return false;
  // walk the words text.slice(start, end).split(/\s+/) gives, without copying the quotation;
  // one pass: a word too many or a word in lower case ends it (most quotations fail early)
  let k = 0;
  let i = start;
  while (i < end) {
    while (i < end && isRegexSpaceCode(text.charCodeAt(i))) i++;
    if (i >= end) break;
    if (k === maxWords) return false; // more than maxWords words
    const w0 = i;
    let ascii = true;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (isRegexSpaceCode(c)) break;
      if (c >= 128) ascii = false;
      i++;
    }
    const capitalised = ascii ? asciiWordIsTitleCase(text, w0, i, k > 0) : wordIsTitleCase(text.slice(w0, i), k > 0);
    if (!capitalised) return false;
    k++;
  }
  return k > 0;
}

/**
 * One word of isTitleCase: its first letter or digit, past leading punctuation, is capitalised
 * or a digit, or (not first) the word is a small function word. Punctuation around the word is
 * ignored; a word of punctuation only passes.
 */
function wordIsTitleCase(word: string, notFirst: boolean): boolean {
  const w = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (!w) return true;
  if (notFirst && TITLE_SMALL.has(w.toLowerCase())) return true;
  const c = w.charAt(0);
  return c !== c.toLowerCase() || (c >= '0' && c <= '9');
}

/**
 * wordIsTitleCase for an ASCII word text[a, b), by character codes (the common case: no copy,
 * no regex). In ASCII \p{L} is A-Z and a-z, \p{N} is 0-9.
 */
function asciiWordIsTitleCase(text: string, a: number, b: number, notFirst: boolean): boolean {
  while (a < b && !isAsciiAlnum(text.charCodeAt(a))) a++;
  while (b > a && !isAsciiAlnum(text.charCodeAt(b - 1))) b--;
  if (a === b) return true;
  // the small words are all short: only short words are copied and looked up
  if (notFirst && b - a <= TITLE_SMALL_MAX && TITLE_SMALL.has(text.slice(a, b).toLowerCase())) return true;
  const c = text.charCodeAt(a);
  return !(c >= 97 && c <= 122); // upper case or a digit
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Length of the longest small word of TITLE_SMALL. */
const TITLE_SMALL_MAX = Math.max(...[...TITLE_SMALL].map((w) => w.length));

/** Rep. Robert C. "Bobby" Scott: one capitalised word between two parts of a name. */
function isNickname(ctx: Context, q: QuoteSpan): boolean {
  const { tokens } = ctx;
  if (q.closeTok < 0 || q.lastTok !== q.firstTok) return false;
  const before = tokens[q.openTok - 1];
  const after = tokens[q.closeTok + 1];
  const w = tokens[q.firstTok];
  return !!before && !!after && w.kind === 'word' && w.capital && before.capital && before.kind === 'word' &&
    after.kind === 'word' && after.capital;
}

/** A short quotation with no end punctuation that opens its sentence: a subheading, not speech. */
function isBareFragment(ctx: Context, q: QuoteSpan): boolean {
  if (q.end - q.start > 40) return false;
  const content = ctx.text.slice(q.start, q.end);
  if (/[.!?,;:]$/.test(content)) return false;
  const words = content.split(/\s+/).length;
  return words <= 3 && ctx.sentences[ctx.sentOf[q.openTok]].startTok === q.openTok;
}

/**
 * A work title rather than speech: Title Case words after "on", "titled", a possessive
 * ("CNN's “State of the Union”") and the like; or any short quotation in a headline line.
 */
function isTitle(ctx: Context, q: QuoteSpan, headline: Uint8Array): boolean {
  const { text } = ctx;
  if (q.end - q.start > 100) return false; // titles are short; skip the scan for speech
  const inHeadline = headline[q.openTok] === 1;
  if (!inHeadline && !titleContext(ctx, q)) return false;
  // after an announcing word a title may run long ("webinar ”Digital Lending untuk Membantu UMKM
  // dalam Mendukung Pemulihan Ekonomi Nasional”"); a headline's Title Case quote stays short
  if (isTitleCase(text, q.start, q.end, inHeadline ? 10 : 16)) return true;
  // count words; a Title Case phrase has every word of four or more letters capitalised
  let words = 0;
  let allCapitalised = true;
  let i = q.start;
  while (i < q.end) {
    while (i < q.end && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= q.end) break;
    const w0 = i;
    let letters = 0;
    while (i < q.end && !isSpaceCode(text.charCodeAt(i))) { if (isWordCode(text.charCodeAt(i))) letters++; i++; }
    words++;
    const first = text.charAt(w0);
    const capital = first !== first.toLowerCase() || (first >= '0' && first <= '9');
    if (!capital && (letters >= 4 || words === 1)) allCapitalised = false;
  }
  if (inHeadline) return words < 3;
  return words > 0 && words <= 8 && allCapitalised;
}
