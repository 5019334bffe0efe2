/**
 * The matching rules of `npm run eval` (see its --help), shared with `npm run train`, which
 * labels speaker candidates and prints dev figures with exactly the same rules.
 */
import type { ExtractedClaim } from '../lib/extract';

export interface GoldQuote {
  start: number; end: number; text: string; speaker: string | null; speakerMention?: string | null;
  /** PFSA-ID: how the gold speaker was derived (the source annotation does not link quotes to speakers) */
  speakerDerivation?: string | null;
  /** PolNeAR: "pronoun" when the annotated source is a pronoun and the corpus resolved it by rule */
  speakerResolved?: string | null;
}

/**
 * A gold speaker copied from the previous quotation: PFSA-ID's derivation for `-nya` cues
 * (`katanya`, `ujarnya`) and `kata dia`. It ignores a person introduced in between ("Dani
 * mengatakan, … ”…,” katanya" gets the speaker of the quotation before), so it is often not
 * who said it; the trainer does not learn from these and eval reports accuracy without them.
 */
export function copiedFromPrevious(q: GoldQuote): boolean {
  return typeof q.speakerDerivation === 'string' && q.speakerDerivation.endsWith('->previous statement');
}

/**
 * The gold speaker was read in the text at the attribution, not filled in by a corpus rule:
 * neither copied from the previous quotation (PFSA-ID's -nya rule) nor a pronoun the corpus
 * resolved to the latest named source, whatever its gender (PolNeAR's "he said" quotations).
 */
export function goldReadInText(q: GoldQuote): boolean {
  return !copiedFromPrevious(q) && q.speakerResolved !== 'pronoun';
}
export interface GoldFile { id?: string; language: 'id' | 'en'; text: string; quotes: GoldQuote[]; indirect?: GoldQuote[] }

// ---------- speaker normalisation ----------
const DROP = new Set(`the a an para sang si mr mrs ms miss dr prof professor sen senator rep gov governor
pak bu ibu bapak haji hj h kh ir drs sir rev presiden president wakil vice menteri minister gubernur
bupati wali walikota ketua kepala direktur director secretary sekretaris jenderal gen general ajun
komisaris besar kombes akbp brigjen irjen komjen letjen mayjen jenderal kolonel letkol mayor kapten kompol
akp iptu ipda aiptu bripka briptu kapolda kapolres kapolsek kapolri former mantan
jr sr iii himself herself`.split(/\s+/));
/** Titles dropped only before a name: "Dean Amar" = "Vikram Amar", but "Dean" stays Howard Dean. */
const TITLE_BEFORE_NAME = new Set(`representative congressman congresswoman admiral adm justice judge dean
professors lt col sgt capt`.split(/\s+/));
const ROLE_ONLY = new Set(`presiden president menteri minister gubernur governor bupati walikota wali kota
ketua kepala direktur director secretary sekretaris kapolda kapolres kapolsek kapolri jenderal general
wakil vice juru bicara jubir spokesman spokeswoman spokesperson chairman pemimpin leader official
officials source sources the a an para sang rektor dekan camat lurah danrem dandim pangdam kadis
senator sen rep gov mayor candidate nominee dirut komisaris besar ajun`.split(/\s+/));

export function normName(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[.,;:"“”‘’'()!?]/g, ' ')
    .split(/\s+/)
    .filter((w, i, ws) => w.length > 0 && !DROP.has(w) && !(TITLE_BEFORE_NAME.has(w) && i < ws.length - 1 && ws[i + 1].length > 0));
}

function rawTokens(name: string): string[] {
  return name.toLowerCase().replace(/[.,;:"“”‘’'()!?]/g, ' ').split(/\s+/).filter(Boolean);
}

function containsAll(big: string[], small: string[]): boolean {
  return small.length > 0 && small.every((t) => big.includes(t));
}

/**
 * The gold speaker without what PolNeAR's span adds after the name: an age ("Butz, 49") or an
 * "of" phrase ("Mr. Burman of the Tax Policy Center"). Null when nothing is cut, or when the
 * cut leaves no name ("Secretary of State John Kerry" keeps its "of": "Secretary" is a title).
 */
export function goldHead(gold: string): string | null {
  const m = /^(.+?)(?:,\s*\d{1,3}\b.*| of .*)$/.exec(gold);
  if (!m) return null;
  return normName(m[1]).length > 0 ? m[1] : null;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'para', 'sang']);
function withoutDeterminers(tokens: string[]): string[] {
  return tokens.filter((t) => !DETERMINERS.has(t));
}

/** A gold speaker written as a description: it opens with a lower-case letter. */
function isDescription(gold: string): boolean {
  const first = gold.trim().charAt(0);
  return first !== '' && first !== first.toUpperCase() && first === first.toLowerCase();
}

function sameName(p: string[], g: string[]): boolean {
  return g.length > 0 && p.length > 0 && (p.join(' ') === g.join(' ') || containsAll(p, g) || containsAll(g, p));
}

export function speakerCorrect(pred: ExtractedClaim, gold: string): boolean {
  const g = normName(gold);
  const graw = rawTokens(gold);
  if (pred.speaker) {
    const p = normName(pred.speaker);
    if (sameName(p, g)) return true;
    // the same words, even when they are only a title ("the senator" = "the senator")
    if (graw.length > 0 && rawTokens(pred.speaker).join(' ') === graw.join(' ')) return true;
    const head = goldHead(gold);
    if (head !== null && sameName(p, normName(head))) return true;
  }
  // a description the gold did not resolve to anyone ("politisi senior Partai Golkar", in lower
  // case like every description): the prediction names the same source when it gives exactly
  // that description as the role of the person it resolved ("Bambang Soesatyo")
  if (graw.length > 0 && pred.speakerRole && isDescription(gold)) {
    if (withoutDeterminers(rawTokens(pred.speakerRole)).join(' ') === withoutDeterminers(graw).join(' ')) return true;
  }
  if (graw.length > 0 && graw.every((t) => ROLE_ONLY.has(t))) {
    const mentionToks = rawTokens([pred.speakerMention?.text ?? '', pred.speakerRole ?? ''].join(' '));
    if (containsAll(mentionToks, withoutDeterminers(graw))) return true;
  }
  return false;
}

// ---------- span matching ----------
function inter(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
export function overlapMax(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const m = Math.max(a.end - a.start, b.end - b.start);
  return m <= 0 ? 0 : inter(a, b) / m;
}
export function dice(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const s = a.end - a.start + (b.end - b.start);
  return s <= 0 ? 0 : (2 * inter(a, b)) / s;
}

/** One-to-one matching, best score first. Returns pairs [predIndex, goldIndex]. */
export function match<P extends { start: number; end: number }, G extends { start: number; end: number }>(
  preds: P[], golds: G[], score: (p: P, g: G) => number, threshold: number, exact = false): Array<[number, number]> {
  const cands: Array<[number, number, number]> = [];
  for (let i = 0; i < preds.length; i++) {
    for (let j = 0; j < golds.length; j++) {
      if (exact) {
        if (preds[i].start === golds[j].start && preds[i].end === golds[j].end) cands.push([1, i, j]);
        continue;
      }
      const s = score(preds[i], golds[j]);
      if (s >= threshold) cands.push([s, i, j]);
    }
  }
  cands.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, i, j] of cands) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

// ---------- accumulation ----------
export interface Counts {
  files: number; langOk: number;
  gold: number; pred: number; exact: number; m08: number; m03: number;
  spkJudged: number; spkOk: number; qsTp: number;
  /** speaker judgements whose gold was read in the text (see goldReadInText) */
  spkReadJudged: number; spkReadOk: number;
  indGold: number; indPred: number; indTp: number;
}
export const zero = (): Counts => ({ files: 0, langOk: 0, gold: 0, pred: 0, exact: 0, m08: 0, m03: 0, spkJudged: 0, spkOk: 0, qsTp: 0, spkReadJudged: 0, spkReadOk: 0, indGold: 0, indPred: 0, indTp: 0 });
export function add(a: Counts, b: Counts): void {
  for (const k of Object.keys(a) as Array<keyof Counts>) a[k] += b[k];
}
const prf = (tp: number, np: number, ng: number) => {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function summarize(c: Counts) {
  return {
    files: c.files,
    languageDetection: c.files ? c.langOk / c.files : 0,
    direct: {
      gold: c.gold, predicted: c.pred,
      exact: prf(c.exact, c.pred, c.gold),
      overlap08: prf(c.m08, c.pred, c.gold),
      overlap03: prf(c.m03, c.pred, c.gold),
    },
    speakerAccuracy: { judged: c.spkJudged, correct: c.spkOk, accuracy: c.spkJudged ? c.spkOk / c.spkJudged : 0 },
    speakerAccuracyReadGold: { judged: c.spkReadJudged, correct: c.spkReadOk, accuracy: c.spkReadJudged ? c.spkReadOk / c.spkReadJudged : 0 },
    quoteAndSpeaker: prf(c.qsTp, c.pred, c.gold),
    indirect: { gold: c.indGold, predicted: c.indPred, ...prf(c.indTp, c.indPred, c.indGold) },
  };
}


/** Score one article's claims against its gold annotations (the rules above). */
export function scoreDoc(gold: GoldFile, claims: ExtractedClaim[], detected: string) {
  const direct = claims.filter((c) => c.kind === 'direct');
  const indirect = claims.filter((c) => c.kind === 'indirect');
  const c = zero();
  c.files = 1;
  c.langOk = detected === gold.language ? 1 : 0;
  c.gold = gold.quotes.length;
  c.pred = direct.length;
  c.exact = match(direct, gold.quotes, overlapMax, 1, true).length;
  const pairs08 = match(direct, gold.quotes, overlapMax, 0.8);
  c.m08 = pairs08.length;
  c.m03 = match(direct, gold.quotes, overlapMax, 0.3).length;
  for (const [i, j] of pairs08) {
    const g = gold.quotes[j];
    if (g.speaker === null || g.speaker === undefined) { c.qsTp++; continue; }
    c.spkJudged++;
    const ok = speakerCorrect(direct[i], g.speaker);
    if (ok) { c.spkOk++; c.qsTp++; }
    if (goldReadInText(g)) { c.spkReadJudged++; if (ok) c.spkReadOk++; }
  }
  let indirectPairs: Array<[number, number]> = [];
  if (Array.isArray(gold.indirect)) {
    c.indGold = gold.indirect.length;
    c.indPred = indirect.length;
    indirectPairs = match(indirect, gold.indirect, dice, 0.5);
    c.indTp = indirectPairs.length;
  }
  return { counts: c, direct, indirect, pairs08, indirectPairs };
}
