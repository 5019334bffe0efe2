/**
 * Reported claims without quotation marks ("Gedung Putih mengatakan AS mengkhawatirkan ...",
 * "X said that ...", "..., officials said.", "Menurut X, ...").
 *
 * The claim span follows the seed annotation: when the source comes first, the span runs
 * from the source through the reported content ("Washington dan Seoul telah menuduh ...");
 * when the source comes last ("..., a source said.") or after "according to", it is the
 * content alone. Quotations inside the content stay in it (mixed attributions).
 */
import type { Context } from './attribution';
import { isNameToken as isNameToken_ } from './names';
import { isEncliticCue, parseBackward, parseForward, startsSpeaker, type SpeakerPhrase } from './phrases';
import { isUpperWord as isUpperWord_, type Token } from './text';
const isUpperWord = isUpperWord_;
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const isNameToken = isNameToken_;

export interface IndirectCandidate {
  start: number;
  end: number;
  anchor: number;
  cueA: number;
  cueB: number;
  phrase: SpeakerPhrase;
  sentStart: number;
  sentEnd: number;
  /** last token of the sentence */
  endTok: number;
  confidence: number;
}

const MIN_CONTENT_WORDS = 3;

function countWords(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i <= b; i++) if (tokens[i].kind === 'word') n++;
  return n;
}

/** Last token of the content: the sentence end, without the final period. */
function contentEnd(tokens: Token[], endTok: number, from: number): number {
  let e = endTok;
  while (e > from && tokens[e].kind === 'punct' && tokens[e].text !== ')') e--;
  return e;
}

export function findIndirect(ctx: Context): IndirectCandidate[] {
  const { tokens, lex, text, sentences } = ctx;
  const out: IndirectCandidate[] = [];
  for (const sent of sentences) {
    const a = sent.startTok;
    const b = sent.endTok;
    // a sentence that is (mostly) one quotation is a direct claim, not a reported one
    if (tokens[a].kind === 'quote' || tokens[a].inQuote >= 0) continue;
    let found: IndirectCandidate | null = null;
    for (let v = a; v <= b && !found; v++) {
      const t = tokens[v];
      if (t.kind !== 'word' || t.inQuote >= 0 || isUpperWord(t.text) && v !== a) continue;
      // "Menurut X, CONTENT" / "According to X, CONTENT"
      const accEnd = lex.accordingTo.has(t.lower) ? v : (tokens[v + 1] && lex.accordingTo.has(t.lower + ' ' + tokens[v + 1].lower) ? v + 1 : -1);
      if (accEnd >= 0 && v === a) {
        let comma = accEnd + 1;
        while (comma <= b && comma - accEnd < 16 && tokens[comma].text !== ',') comma++;
        if (comma > b || tokens[comma].text !== ',') continue;
        const phrase = parseForward(text, lex, tokens, accEnd + 1, comma - 1);
        const ce = contentEnd(tokens, b, comma + 1);
        if (phrase && countWords(tokens, comma + 1, ce) >= MIN_CONTENT_WORDS && !startsWithQuote(tokens, comma + 1)) {
          found = make(ctx, sent, tokens[comma + 1].start, tokens[ce].end, v, accEnd, phrase, 0.7);
        }
        continue;
      }
      if (!lex.indirectVerbs.has(t.lower) && !isEncliticCue(lex, t)) continue;
      // content-first: "CONTENT, X said." / "CONTENT, kata X." / "CONTENT, according to X."
      if (v > a + MIN_CONTENT_WORDS && tokens[v - 1].text !== ',') {
        const c = contentFirst(ctx, sent.startTok, v, b);
        if (c) { found = c; break; }
      }
      if (tokens[v - 1] && tokens[v - 1].text === ',' && v - 1 > a + MIN_CONTENT_WORDS) {
        const c = contentFirstInverted(ctx, sent.startTok, v, b);
        if (c) { found = c; break; }
      }
      // source-first: "X mengatakan (bahwa) CONTENT" / "X said (that) CONTENT"
      if (isEncliticCue(lex, t)) continue;
      const subj = parseBackward(text, lex, tokens, v - 1, a);
      if (!subj) continue;
      let s = v + 1;
      // "told reporters that", "said Monday that", "mengatakan kepada wartawan bahwa"
      for (let k = v + 1; k <= b && k <= v + 6; k++) {
        if (tokens[k].kind === 'word' && lex.complementizers.has(tokens[k].lower)) { s = k + 1; break; }
      }
      if (s === v + 1) {
        const nx = tokens[s];
        if (!nx) continue;
        if (nx.text === ',' || nx.text === ':') s++;
        else if (nx.kind === 'word' && lex.phraseStops.has(nx.lower) && !lex.complementizers.has(nx.lower)) continue;
      }
      if (s > b || startsWithQuote(tokens, s)) continue;
      const ce = contentEnd(tokens, b, s);
      if (countWords(tokens, s, ce) < MIN_CONTENT_WORDS) continue;
      if (mostlyQuoted(tokens, s, ce)) continue;
      found = make(ctx, sent, tokens[subj.a].start, tokens[ce].end, v, v, subj, 0.65);
    }
    if (found) out.push(found);
  }
  return out;
}

function startsWithQuote(tokens: Token[], i: number): boolean {
  return i < tokens.length && (tokens[i].kind === 'quote' || tokens[i].inQuote >= 0);
}

function mostlyQuoted(tokens: Token[], a: number, b: number): boolean {
  let q = 0;
  for (let i = a; i <= b; i++) if (tokens[i].inQuote >= 0) q++;
  return q > (b - a + 1) * 0.6;
}

/** "CONTENT, X said." — the verb at v closes the sentence with its subject before it. */
function contentFirst(ctx: Context, sa: number, v: number, b: number): IndirectCandidate | null {
  const { tokens, lex, text } = ctx;
  // the verb must end the sentence (allow a few trailing words: "said Monday", "told CNN")
  if (b - v > 4) return null;
  let comma = v - 1;
  while (comma > sa && v - comma <= 12 && tokens[comma].text !== ',') comma--;
  if (tokens[comma].text !== ',' || comma <= sa) return null;
  if (!startsSpeaker(lex, tokens, comma + 1)) return null;
  const subj = parseBackward(text, lex, tokens, v - 1, comma + 1);
  if (!subj || subj.a !== comma + 1) return null;
  const ce = contentEnd(tokens, comma - 1, sa);
  if (countWords(tokens, sa, ce) < MIN_CONTENT_WORDS || mostlyQuoted(tokens, sa, ce)) return null;
  return make(ctx, ctx.sentences[ctx.sentOf[sa]], tokens[sa].start, tokens[ce].end, v, v, subj, 0.7);
}

/** "CONTENT, said X." / "CONTENT, kata X." — the verb right after the comma, speaker after it. */
function contentFirstInverted(ctx: Context, sa: number, v: number, b: number): IndirectCandidate | null {
  const { tokens, lex, text } = ctx;
  if (b - v > 14) return null;
  if (!lex.postCues.has(tokens[v].lower) && !isEncliticCue(lex, tokens[v])) return null;
  let phrase: SpeakerPhrase | null;
  if (isEncliticCue(lex, tokens[v])) phrase = { kind: 'pronoun', a: v, b: v, run: null, role: null, coordinated: [] };
  else {
    if (!tokens[v + 1] || !(isNameToken(tokens[v + 1]) || startsSpeaker(lex, tokens, v + 1))) return null;
    phrase = parseForward(text, lex, tokens, v + 1, b);
  }
  if (!phrase) return null;
  const ce = contentEnd(tokens, v - 2, sa);
  if (countWords(tokens, sa, ce) < MIN_CONTENT_WORDS || mostlyQuoted(tokens, sa, ce)) return null;
  return make(ctx, ctx.sentences[ctx.sentOf[sa]], tokens[sa].start, tokens[ce].end, v, v, phrase, 0.65);
}

function make(ctx: Context, sent: { start: number; end: number; endTok?: number }, start: number, end: number, cueA: number, cueB: number, phrase: SpeakerPhrase, confidence: number): IndirectCandidate {
  const endTok = ctx.sentences[ctx.sentOf[cueA]].endTok;
  return { start, end, anchor: Math.min(start, ctx.tokens[cueA].start), cueA, cueB, phrase, sentStart: sent.start, sentEnd: sent.end, endTok, confidence };
}
