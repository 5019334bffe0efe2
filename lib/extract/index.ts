/**
 * Quote and speaker extraction: the engine behind Quote desk.
 *
 *   text ─► tokens ─► quotation marks paired ─► sentences ─► the article's cast of names
 *        ─► attribution cues per quotation ─► speakers resolved in text order
 *        ─► reported (indirect) claims ─► claims sorted by start
 *
 * Pure and deterministic: no I/O, no globals mutated, linear in the length of the text.
 */
import { findAfter, findBefore, findSentenceEnd, type Attribution, type Context } from './attribution';
import { findIndirect, type IndirectCandidate } from './indirect';
import { detectLanguage, lexiconFor } from './language';
import { ABBREVIATIONS } from './lexicon/shared';
import { findQuotes, type QuoteSpan } from './quotes';
import { History, resolvePhrase, UNKNOWN, type Resolved } from './resolve';
import { splitSentences } from './sentences';
import { buildRegistry } from './speakers';
import { isWordCode, tokenize } from './text';
import type { ExtractedClaim, Language, TextSpan } from './types';

export type { ExtractedClaim, Language, TextSpan, SpeakerType } from './types';
export { detectLanguage } from './language';

/** Whether a canonical speaker is a person or an organisation, as far as the lexicons tell. */
export { speakerKind } from './kind';

interface Pending {
  anchor: number;
  quote: QuoteSpan | null;
  indirect: IndirectCandidate | null;
  att: Attribution | null;
}

export function extractClaims(text: string, language?: Language): ExtractedClaim[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const lang: Language = language === 'id' || language === 'en' ? language : detectLanguage(text);
  const lex = lexiconFor(lang);
  const tokens = tokenize(text, ABBREVIATIONS);
  if (tokens.length === 0) return [];
  const quotes = findQuotes(text, tokens);
  const { sentences, sentOf } = splitSentences(tokens);
  const { registry } = buildRegistry(text, tokens, sentences, sentOf);
  const ctx: Context = { text, lex, tokens, sentences, sentOf, quotes };

  // 1. attribution candidates for every quotation
  const pending: Pending[] = [];
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    const prev = qi > 0 ? quotes[qi - 1] : null;
    const floor = prev && prev.closeTok >= 0 ? prev.closeTok + 1 : 0;
    const att = findAfter(ctx, q) ?? findBefore(ctx, q, floor) ?? findSentenceEnd(ctx, q);
    pending.push({ anchor: att ? Math.min(tokens[att.cueA].start, q.start) : q.start, quote: q, indirect: null, att });
  }
  // 2. reported claims without quotation marks
  for (const ind of findIndirect(ctx)) pending.push({ anchor: ind.anchor, quote: null, indirect: ind, att: null });
  pending.sort((x, y) => x.anchor - y.anchor || (x.quote ? 0 : 1) - (y.quote ? 0 : 1));

  // 3. resolve speakers in text order (pronouns and continuations look backwards)
  const history = new History();
  const claims: ExtractedClaim[] = [];
  let lastDirect: { claim: ExtractedClaim; quote: QuoteSpan; resolved: Resolved; attributed: boolean } | null = null;
  for (const p of pending) {
    if (p.indirect) {
      const ind = p.indirect;
      const r = resolvePhrase(text, lex, tokens, ind.phrase, registry, history);
      history.push(r);
      claims.push({
        kind: 'indirect',
        start: ind.start,
        end: ind.end,
        text: text.slice(ind.start, ind.end),
        speaker: r.speaker,
        speakerMention: span(text, tokens[ind.phrase.a].start, tokens[ind.phrase.b].end),
        speakerRole: r.role,
        cue: span(text, tokens[ind.cueA].start, tokens[ind.cueB].end),
        sentence: { start: ind.sentStart, end: ind.sentEnd },
        confidence: ind.confidence,
        speakerType: r.type,
      });
      continue;
    }
    const q = p.quote as QuoteSpan;
    const att = p.att;
    let r: Resolved = UNKNOWN;
    let mention: TextSpan | null = null;
    let cue: TextSpan | null = null;
    let confidence = 0.5;
    let attributed = false;
    if (att) {
      cue = span(text, tokens[att.cueA].start, tokens[att.cueB].end);
      if (att.phrase) {
        r = resolvePhrase(text, lex, tokens, att.phrase, registry, history);
        mention = span(text, tokens[att.phrase.a].start, tokens[att.phrase.b].end);
      } else if (att.enclitic) {
        const prev = history.last('person') ?? (lastDirect ? lastDirect.resolved : null);
        if (prev) r = { ...prev };
        mention = cue;
      } else if (lastDirect) {
        r = { ...lastDirect.resolved };
      }
      confidence = att.confidence * (r.speaker ? 1 : 0.7);
      attributed = true;
    } else if (lastDirect && isContinuation(ctx, lastDirect.quote, q)) {
      // "A," he said. "B." / a following quote paragraph with no cue: same speaker
      r = { ...lastDirect.resolved };
      confidence = 0.7;
      attributed = true;
    } else if (!looksLikeSpeech(text, q)) {
      continue; // a title or scare quote nobody is said to have said
    }
    if (att && att.phrase) history.push(r);
    const claim: ExtractedClaim = {
      kind: 'direct',
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      speaker: r.speaker,
      speakerMention: mention,
      speakerRole: r.role,
      cue,
      sentence: sentenceSpan(ctx, q, att),
      confidence: round(confidence),
      speakerType: r.type,
    };
    claims.push(claim);
    if (attributed || r.speaker) lastDirect = { claim, quote: q, resolved: r, attributed };
  }
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return claims;
}

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

function sentenceSpan(ctx: Context, q: QuoteSpan, att: Attribution | null): { start: number; end: number } {
  const { tokens, sentences, sentOf } = ctx;
  let a = sentOf[q.openTok];
  let b = sentOf[q.closeTok >= 0 ? q.closeTok : q.lastTok];
  if (att) {
    a = Math.min(a, sentOf[att.cueA]);
    b = Math.max(b, sentOf[att.cueB]);
    if (att.phrase) {
      a = Math.min(a, sentOf[att.phrase.a]);
      b = Math.max(b, sentOf[att.phrase.b]);
    }
  }
  void tokens;
  return { start: sentences[a].start, end: sentences[b].end };
}

/** The quotation continues the previous speaker's words: same paragraph, or the next one. */
function isContinuation(ctx: Context, prev: QuoteSpan, q: QuoteSpan): boolean {
  const { tokens, sentOf } = ctx;
  if (q.paragraph === prev.paragraph) {
    // not too far away: at most two sentences in between
    const gap = sentOf[q.openTok] - sentOf[prev.closeTok >= 0 ? prev.closeTok : prev.lastTok];
    return gap <= 2;
  }
  if (q.paragraph === prev.paragraph + 1) {
    // a new paragraph that opens with the quotation
    return q.openTok === 0 || tokens[q.openTok].nlBefore;
  }
  return false;
}

/** Speech rather than a title or scare quote: several words and a sentence-like shape. */
function looksLikeSpeech(text: string, q: QuoteSpan): boolean {
  const content = text.slice(q.start, q.end);
  let words = 0;
  let inWord = false;
  for (let i = 0; i < content.length; i++) {
    const w = isWordCode(content.charCodeAt(i));
    if (w && !inWord) words++;
    inWord = w;
  }
  return words >= 8 && /[.!?,]$/.test(content);
}
