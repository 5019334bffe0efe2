/**
 * Reported claims without quotation marks ("Gedung Putih mengatakan AS mengkhawatirkan ...",
 * "X said that ...", "..., officials said.", "Menurut X, ...", "Clinton pledged to ...").
 *
 * The claim span is the reported content (what is claimed), as in attribution corpora; the
 * source and the cue are reported separately (speakerMention, cue) and the sentence gives the
 * context. Quotations inside the content stay in it (mixed attributions). A sentence may carry
 * several claims ("X said A, while Y argued B").
 */
import * as words from './lexicon/function-words';
import { participleSubject as participleSubject_, type Context } from './attribution';
import { contextFeatures as contextFeatures_, cueWord as cueWord_, spanFeatures as spanFeatures_ } from './indirect-features';
import { loadIndirectModel as loadIndirectModel_, sigmoid as sigmoid_, type IndirectModel, type IndirectModelFile } from './indirect-model';
import { ADVERBIAL_PREPOSITIONS as ADVERBIAL_PREPOSITIONS_, AUXILIARIES as AUXILIARIES_, CLOSES_ADVERBIAL as CLOSES_ADVERBIAL_, GATHERING as GATHERING_, IRREGULAR_PAST as IRREGULAR_PAST_, MODALS as MODALS_, NOT_SOURCE_END as NOT_SOURCE_END_, NOT_SOURCE_START as NOT_SOURCE_START_, RELATIVES as RELATIVES_, isLyAdverb as isLyAdverb_, TIME_SPAN_WORDS as TIME_SPAN_WORDS_, ANONYMITY_WORDS as ANONYMITY_WORDS_, PERMISSION_WORDS as PERMISSION_WORDS_, ASIDE_VERBS as ASIDE_VERBS_, ADDRESSEES as ADDRESSEES_, CONTENT_OPENERS as CONTENT_OPENERS_, TELL_VERBS as TELL_VERBS_, SAY_VERBS as SAY_VERBS_, SUBJECT_OPENERS as SUBJECT_OPENERS_EN_ } from './lexicon/indirect-en';
import modelFile from './model/indirect.json';
import { isNameToken as isNameToken_, isRoleWord as isRoleWord_, runEndFrom as runEndFrom_ } from './names';
import { officeHolder as officeHolder_ } from './office-holder';
import { documentObjectBefore as documentObjectBefore_, isEncliticCue as isEncliticCue_, isFiniteVerbAfterNoun as isFiniteVerbAfterNoun_, parseBackward as parseBackward_, parseForward as parseForward_, startsSpeaker as startsSpeaker_, type SpeakerPhrase } from './phrases';
import { possessorAt as possessorAt_, startsWithDigit as startsWithDigit_, type Token } from './text';
const contextFeatures = contextFeatures_;
const cueWord = cueWord_;
const spanFeatures = spanFeatures_;
const loadIndirectModel = loadIndirectModel_;
const sigmoid = sigmoid_;
const AUXILIARIES = AUXILIARIES_;
const IRREGULAR_PAST = IRREGULAR_PAST_;
const MODALS = MODALS_;
const ADVERBIAL_PREPOSITIONS = ADVERBIAL_PREPOSITIONS_;
const CLOSES_ADVERBIAL = CLOSES_ADVERBIAL_;
const GATHERING = GATHERING_;
const NOT_SOURCE_END = NOT_SOURCE_END_;
const NOT_SOURCE_START = NOT_SOURCE_START_;
const RELATIVES = RELATIVES_;
const isLyAdverb = isLyAdverb_;
const TIME_SPAN_WORDS = TIME_SPAN_WORDS_;
const ANONYMITY_WORDS = ANONYMITY_WORDS_;
const PERMISSION_WORDS = PERMISSION_WORDS_;
const ASIDE_VERBS = ASIDE_VERBS_;
const possessorAt = possessorAt_;
const startsWithDigit = startsWithDigit_;
const officeHolder = officeHolder_;
const isRoleWord = isRoleWord_;
const isEncliticCue = isEncliticCue_;
const isFiniteVerbAfterNoun = isFiniteVerbAfterNoun_;
const parseBackward = parseBackward_;
const parseForward = parseForward_;
const startsSpeaker = startsSpeaker_;
// Local bindings: transpiled ESM reads each imported name through a getter on every use.
const ACCORDING_FIRST = words.ACCORDING_FIRST;
const BE_FORMS = words.BE_FORMS;
const ADVERBIAL_START = words.ADVERBIAL_START;
const SENTENCE_OPENERS = words.SENTENCE_OPENERS;
const CLAUSE_BREAKS = words.CLAUSE_BREAKS;
const CLAUSE_JOINERS = words.CLAUSE_JOINERS;
const CUE_PARTICLES = words.CUE_PARTICLES;
const documentObjectBefore = documentObjectBefore_;
const participleSubject = participleSubject_;
const WEEKDAYS = words.WEEKDAYS;
const SAY_VERBS = SAY_VERBS_;
const LINE_LABELS = words.LINE_LABELS;
const NOT_PARTICIPLES = words.NOT_PARTICIPLES;
const NOT_SUBJECT = words.NOT_SUBJECT;
const PREP_START = words.PREP_START;
const RESUME_STOPS = words.RESUME_STOPS;
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const isNameToken = isNameToken_;
const ADDRESSEES = ADDRESSEES_;
const CONTENT_OPENERS = CONTENT_OPENERS_;
const TELL_VERBS = TELL_VERBS_;
const SUBJECT_OPENERS_EN = SUBJECT_OPENERS_EN_;
const runEndFrom = runEndFrom_;

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
  /**
   * The content is only whom it was said to and a direct quotation ("told supporters: “…”"):
   * the quotation is the claim. Kept for resolving later pronouns, not listed.
   */
  repeatsQuotation: boolean;
}

const MIN_CONTENT_WORDS = 2;
/** participles that continue the sentence subject's attribution (", saying ...") */
const PARTICIPLE_SUFFIX = 'ing';

/**
 * "Menurut Kepala Desa Sukamaju, Budi Hartono, harga …": a role, then the name between commas.
 * Given the first comma after the source, return the comma that really ends it.
 */
export function appositionEnd(tokens: Token[], srcStart: number, comma: number, b: number): number {
  if (!isRoleWord(tokens[srcStart].lower) || comma + 1 > b || !isNameToken(tokens[comma + 1])) return comma;
  for (let k = comma + 2; k <= b && k <= comma + 8; k++) {
    if (tokens[k].text === ',') return k;
    if (tokens[k].kind !== 'word' && tokens[k].text !== '(' && tokens[k].text !== ')') break;
    if (tokens[k].kind === 'word' && !isNameToken(tokens[k]) && !/^\d/.test(tokens[k].text)) break;
  }
  return comma;
}

/** "In one tweet", "Through a spokesman": a short prepositional phrase is no reported content. */
function isAdverbialFragment(tokens: Token[], a: number, b: number): boolean {
  return tokens[a].kind === 'word' && ADVERBIAL_START.has(tokens[a].lower) && b - a < 6;
}

/** The subject at i opens a clause: sentence start, or after a comma, semicolon or conjunction. */
function atClauseStart(tokens: Token[], i: number, sentStart: number): boolean {
  if (i <= sentStart) return true;
  const p = tokens[i - 1];
  return p.text === ',' || p.text === ';' || p.text === ':' || p.text === '\u2014' || CLAUSE_JOINERS.has(p.lower);
}


/** Words in a range, counted only up to `cap` (callers compare with small minimums: stays O(1)). */
function countWords(tokens: Token[], a: number, b: number, cap = 8): number {
  let n = 0;
  for (let i = a; i <= b && n < cap; i++) if (tokens[i].kind === 'word') n++;
  return n;
}

function countWordsUpTo(tokens: Token[], a: number, b: number, cap: number): number {
  let n = 0;
  for (let i = a; i <= b && n < cap; i++) if (tokens[i].kind === 'word') n++;
  return n;
}

/** Trim trailing punctuation (and a dangling conjunction) off a content range. */
function trimEnd(tokens: Token[], a: number, e: number): number {
  while (e > a && ((tokens[e].kind === 'punct' && tokens[e].text !== ')') || CLAUSE_JOINERS.has(tokens[e].lower))) e--;
  return e;
}

/**
 * "told supporters: “…”", "told reporters in Miami, “…”": the content a..b is a few words saying
 * whom it was told (no quotation among them), a colon or comma, and a quotation to its end.
 */
function repeatsQuotation(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b && k - a < MAX_ADDRESSEE_TOKENS; k++) {
    const t = tokens[k];
    if (t.inQuote >= 0 || t.kind === 'quote') return false;
    if (t.text === ',' || t.text === ':') return k > a && startsWithQuote(tokens, k + 1) && entirelyQuoted(tokens, k + 1, b);
    if (t.kind !== 'word' && t.text !== '.') return false;
  }
  return false;
}
const MAX_ADDRESSEE_TOKENS = 6;

function startsWithQuote(tokens: Token[], i: number): boolean {
  return i < tokens.length && (tokens[i].kind === 'quote' || tokens[i].inQuote >= 0);
}

/** Every word of the range lies inside quotation marks (judged on its first 400 tokens). */
function entirelyQuoted(tokens: Token[], a: number, b: number): boolean {
  const e = Math.min(b, a + 399);
  for (let i = a; i <= e; i++) if (tokens[i].kind === 'word' && tokens[i].inQuote < 0) return false;
  return true;
}

/**
 * Quoted enough to be a direct quotation rather than a reported claim. English drafts may keep
 * a mostly quoted content with some words of the writer's own (RELAX_MIXED): the model decides.
 */
function tooQuoted(tokens: Token[], a: number, b: number, relaxed: boolean): boolean {
  return mostlyQuoted(tokens, a, b) && (!relaxed || entirelyQuoted(tokens, a, b));
}

function mixedBit(tokens: Token[], a: number, b: number): number {
  return mostlyQuoted(tokens, a, b) ? RELAX_MIXED : 0;
}

/** Most of the range lies inside quotation marks (judged on its first 200 tokens: bounded cost). */
function mostlyQuoted(tokens: Token[], a: number, b: number): boolean {
  const e = Math.min(b, a + 199);
  let q = 0;
  for (let i = a; i <= e; i++) if (tokens[i].inQuote >= 0 || tokens[i].kind === 'quote') q++;
  return q > (e - a + 1) * 0.6;
}

/** Which rule proposed a claim: the model weighs them differently. */
export type DraftRule = 'source' | 'inherited' | 'inverted' | 'after' | 'according-first' | 'according-after' | 'headline';

/** The cue is a learned word outside the lexicon's reporting verbs. */
export const RELAX_CUE = 1;
/** The source was found only by stepping back over auxiliaries ("Clinton has also said"). */
export const RELAX_AUX = 2;
/** The content is mostly quoted words with some of the writer's own (a mixed attribution). */
export const RELAX_MIXED = 4;
/** The source is whatever short run of words opens the clause before the cue ("nearly three in five said"). */
export const RELAX_LOOSE = 8;

/** A proposed claim, before the judge keeps or drops it (token indices, inclusive). */
export interface IndirectDraft {
  contentA: number;
  contentB: number;
  cueA: number;
  cueB: number;
  phrase: SpeakerPhrase;
  confidence: number;
  rule: DraftRule;
  /** the reporting word (first word of the cue) */
  verb: number;
  /** RELAX_* bits: 0 for what the hand rules alone propose */
  relax: number;
  /** the content follows "that" / "bahwa" */
  afterThat: boolean;
  /** how the content's end was chosen: the rule's own end, or cut at a comma or a dash */
  variant: SpanVariant;
}

export type SpanVariant = 'rule' | 'comma' | 'dash';
type Raw = IndirectDraft;

/**
 * Decides which drafts become claims. English drafts go through the learned model (the hand
 * rules propose more than they keep); Indonesian, which has no indirect training data, keeps
 * exactly what the hand rules propose.
 */
export interface IndirectJudge {
  /** learned cue words that open English drafts beyond the lexicon's reporting verbs */
  cues: ReadonlySet<string>;
  /**
   * Which of the span variants of one draft to keep (variants[0] is the rule's own span), with
   * its confidence; null drops the draft.
   */
  decide(ctx: Context, variants: readonly IndirectDraft[], sentA: number, sentB: number): { pick: number; confidence: number } | null;
}

const MODEL = loadIndirectModel(modelFile as IndirectModelFile);

export const modelJudge: IndirectJudge = {
  cues: MODEL.cues,
  decide(ctx, variants, sentA, sentB) {
    if (ctx.lex.lang !== 'en') return variants[0].relax ? null : { pick: 0, confidence: variants[0].confidence };
    return pickVariant(MODEL, ctx, variants, sentA, sentB, MODEL.threshold);
  },
};

/** The variant the model scores highest, when its probability reaches the threshold. */
export function pickVariant(model: IndirectModel, ctx: Context, variants: readonly IndirectDraft[], sentA: number, sentB: number,
  threshold: number): { pick: number; confidence: number } | null {
  // the variants differ only in where the content ends: score the shared features once
  // (the draft's first features, those of its rule and cue word, are scored once per cue word:
  // the same sum draftFeatures would reach, as it starts from zero)
  const d = variants[0];
  const sum = model.accumulator();
  sum.z = model.cueScore(d.rule, d.relax, cueWord(ctx.tokens[d.verb]));
  contextFeatures(ctx, d, sentA, sentB, sum);
  const shared = sum.z;
  let pick = -1;
  let best = -Infinity;
  for (let i = 0; i < variants.length; i++) {
    sum.z = shared;
    spanFeatures(ctx, variants[i], sentA, sentB, sum);
    if (sum.z > best) { best = sum.z; pick = i; }
  }
  const p = sigmoid(best);
  return p >= threshold ? { pick, confidence: Math.round(p * 100) / 100 } : null;
}

/**
 * The same draft with its content cut at the first comma or dash outside quotations (English):
 * annotated claims often stop there ("X said A, then B"), where the rules run on to the clause end.
 */
export function spanVariants(ctx: Context, d: IndirectDraft): IndirectDraft[] {
  const out: IndirectDraft[] = [d];
  if (ctx.lex.lang !== 'en') return out;
  const { tokens } = ctx;
  let comma = -1;
  let dash = -1;
  for (let k = d.contentA + 1; k < d.contentB && (comma < 0 || dash < 0); k++) {
    const t = tokens[k];
    if (t.inQuote >= 0 || t.kind === 'word') continue;
    if (t.text === ',' && comma < 0 && !inNumber(tokens, k)) comma = k;
    else if ((t.text === '\u2014' || t.text === '\u2013' || t.text === '--') && dash < 0) dash = k;
  }
  if (comma > 0) pushCut(out, tokens, d, comma, 'comma');
  if (dash > 0) pushCut(out, tokens, d, dash, 'dash');
  return out;
}

/**
 * The draft cut before token k, when enough words remain. (A module function, not a closure:
 * the TypeScript runner names every local arrow function with a defineProperty call each time
 * it is created.)
 */
function pushCut(out: IndirectDraft[], tokens: Token[], d: IndirectDraft, k: number, variant: SpanVariant): void {
  const e = trimEnd(tokens, d.contentA, k - 1);
  if (e >= d.contentA && countWords(tokens, d.contentA, e) >= MIN_CONTENT_WORDS) out.push({ ...d, contentB: e, variant });
}

export function findIndirect(ctx: Context, judge: IndirectJudge = modelJudge): IndirectCandidate[] {
  const { tokens, sentences } = ctx;
  const out: IndirectCandidate[] = [];
  // one judge for the whole text (not one closure per sentence): the hot path
  const accept = new Acceptor(ctx, judge);
  // looked up once per text, not per sentence: the cue bits of every word (see cueTable)
  const wordBits = cueTable(ctx.lex, judge.cues);
  // "Nelayan menolak aturan baru perikanan" above a Kompas story is its title, not a report
  const title = ctx.lex.lang === 'id' ? titleLineEnd(tokens) : -1;
  for (const sent of sentences) {
    const a = sent.startTok;
    const b = sent.endTok;
    if (b <= title) continue;
    accept.a = a;
    accept.b = b;
    if (tokens[a].kind === 'quote' && tooQuoted(tokens, a, b, lexIsEnglish(ctx))) continue;
    const raws = sentenceClaims(ctx, a, b, wordBits, accept);
    if (raws.length === 0 && lexIsEnglish(ctx)) {
      const h = headlineClaim(ctx, a);
      if (h && accept.accept(h)) raws.push(h);
    }
    for (const r of raws) {
      if (r.contentB < r.contentA) continue;
      out.push({
        start: tokens[shownStart(ctx, r)].start, end: tokens[r.contentB].end,
        anchor: Math.min(tokens[r.contentA].start, tokens[r.phrase.a].start, tokens[r.cueA].start),
        cueA: r.cueA, cueB: r.cueB, phrase: r.phrase, sentStart: sent.start, sentEnd: sent.end, endTok: b, confidence: r.confidence,
        repeatsQuotation: repeatsQuotation(tokens, r.contentA, r.contentB),
      });
    }
  }
  return out;
}


/**
 * Where the claim shown starts: after whom it was told ("told reporters the offer was …" shows
 * "the offer was …", as PolNeAR's content spans do). Only the span shown moves: the judge has
 * already kept the draft as read, and which claims exist (and so the attributions a later "he
 * said" looks back over) stays the same.
 */
function shownStart(ctx: Context, r: Raw): number {
  const { tokens } = ctx;
  if (!lexIsEnglish(ctx) || r.contentA !== r.cueB + 1 || !TELL_VERBS.has(tokens[r.cueB].lower)) return r.contentA;
  const s = afterAddressee(tokens, r.contentA, r.contentB);
  // what follows must open the content (a subject pronoun, "that", "to", a question word, a
  // determiner or a quotation), not a place or time phrase: "told reporters outside the polling
  // station that …" keeps its span
  const next = tokens[s];
  if (s === r.contentA || !(next.kind === 'quote' || CONTENT_OPENERS.has(next.lower))) return r.contentA;
  return countWords(tokens, s, r.contentB) >= MIN_CONTENT_WORDS ? s : r.contentA;
}

/**
 * After "told" at s-1: the token after whom it was told (an object pronoun, a usual audience
 * such as "reporters", or a name: "told Reuters the …"); s when none of these follows.
 */
function afterAddressee(tokens: Token[], s: number, b: number): number {
  const t = tokens[s];
  if (t.kind !== 'word' || t.inQuote >= 0) return s;
  if (ADDRESSEES.has(t.lower)) return s + 1;
  // "told the crowd the …", "told the BBC the …": an audience or a name after "the"
  const the = t.lower === 'the' && s < b;
  if (the && ADDRESSEES.has(tokens[s + 1].lower)) return s + 2;
  const n = the && isNameToken(tokens[s + 1]) ? s + 1 : s;
  if (!isNameToken(tokens[n])) return s;
  const e = runEndFrom(tokens, n, b);
  return e < b ? e + 1 : s;
}

/**
 * Puts a draft before the judge for the current sentence (a..b), and on a keep, sets its
 * chosen span and confidence. A class, not a closure: the TypeScript runner names every local
 * arrow function with a defineProperty call each time it is created.
 */
class Acceptor {
  a = 0;
  b = 0;
  constructor(private readonly ctx: Context, private readonly judge: IndirectJudge) {}
  accept(r: Raw): boolean {
    const variants = spanVariants(this.ctx, r);
    const c = this.judge.decide(this.ctx, variants, this.a, this.b);
    if (c === null) return false;
    r.contentB = variants[c.pick].contentB;
    r.variant = variants[c.pick].variant;
    r.confidence = c.confidence;
    return true;
  }
}

function lexIsEnglish(ctx: Context): boolean {
  return ctx.lex.lang === 'en';
}

/**
 * A headline or line that opens with its source and a colon: "Mayor Lee: Budget Will Balance",
 * "Poll: Voters Split on Transit Tax". The claim runs to the end of the line.
 */
function headlineClaim(ctx: Context, a: number): Raw | null {
  const { tokens } = ctx;
  if (a > 0 && !tokens[a].nlBefore) return null;
  let c = a;
  while (c < tokens.length && c - a < 4 && tokens[c].kind === 'word' && tokens[c].capital && tokens[c].inQuote < 0) c++;
  if (c === a || c - a > 3 || c >= tokens.length || tokens[c].text !== ':') return null;
  for (let k = a; k < c; k++) if (LINE_LABELS.has(tokens[k].lower)) return null;
  let e = c + 1;
  if (e >= tokens.length || tokens[e].nlBefore || tokens[e].kind !== 'word') return null;
  while (e + 1 < tokens.length && !tokens[e + 1].nlBefore && e - c < 60) e++;
  if (e - c >= 60) return null;
  const ce = trimEnd(tokens, c + 1, e);
  if (countWords(tokens, c + 1, ce) < MIN_CONTENT_WORDS + 1) return null;
  const phrase = parseBackward(ctx.text, ctx.lex, tokens, c - 1, a) ?? { kind: 'descr', a, b: c - 1, run: null, role: null, coordinated: [] };
  if (phrase.a !== a) return null;
  return { contentA: c + 1, contentB: ce, cueA: c, cueB: c, phrase, confidence: 0.5, rule: 'headline', verb: c, relax: 0, afterThat: false, variant: 'rule' };
}

/** All reported claims of one sentence, left to right. */
function sentenceClaims(ctx: Context, a: number, b: number, wordBits: ReadonlyMap<string, number>, accept: Acceptor): Raw[] {
  const { tokens, lex, text } = ctx;
  const relaxed = lex.lang === 'en';
  const raws: Raw[] = [];
  let floor = a;
  let mainSubject: SpeakerPhrase | null = null;
  // the verb after a relative clause and where the subject before that clause ends (see mainVerbAfterRelative)
  let afterRelative = { verb: -1, subjectEnd: -1 };
  for (let v = a; v <= b; v++) {
    const t = tokens[v];
    if (t.kind !== 'word' || t.inQuote >= 0) continue;
    const bits = wordBits.get(t.lower) ?? 0;
    // "According to X, CONTENT" / "Menurut X, CONTENT" / "CONTENT, according to X."
    const accEnd = accordingToEnd(lex, tokens, v, b, bits);
    if (accEnd >= 0) {
      const r = accordingTo(ctx, a, b, v, accEnd, floor);
      if (r && accept.accept(r)) { closePrevious(raws, tokens, v); raws.push(r); floor = r.contentB + 1; v = Math.max(v, r.cueB); }
      continue;
    }
    if (t.capital && v !== a) continue;
    const enclitic = isEncliticCue(lex, t);
    const known = (bits & CUE_KNOWN) !== 0;
    const learned = !known && relaxed && (bits & CUE_LEARNED) !== 0;
    if (!known && !learned && !enclitic) continue;
    if (lex.lang === 'en' && anonymityAside(tokens, v, b)) continue;
    // "Bramwell, asked about the promise, said …": a participle set off by commas describes the
    // subject; the reporting verb after it carries the claim
    // (cue words inside the aside report nothing: "asked about the promise")
    if (relaxed) {
      const close = participleAside(tokens, v, b, wordBits);
      if (close > 0) { v = close; continue; }
    }
    let relax = learned ? RELAX_CUE : 0;

    // content-first: "CONTENT, X said." / "CONTENT, said X." / "CONTENT, kata X."
    const cf = contentFirst(ctx, Math.max(a, floor), v, b);
    if (cf) {
      cf.relax |= relax;
      if (accept.accept(cf)) { raws.push(cf); floor = v + 1; }
      continue;
    }
    if (enclitic) continue;

    // source-first: "X said (that) CONTENT". After "and" the verb shares the clause's subject
    // ("Grassley downplayed the attack and said …"): the words before "and" are no source.
    const joined = v > a && CLAUSE_JOINERS.has(tokens[v - 1].lower);
    // "Ana Ortiz, subsequently testified", "The ministry two weeks ago said": when, not who
    const subjEnd = relaxed ? beforeTimeAndManner(tokens, v - 1, Math.max(a, floor)) : v - 1;
    let subj = joined ? null : ownerOfClaimNoun(ctx, v, Math.max(a, floor)) ?? parseBackward(text, lex, tokens, subjEnd, floor, true);
    // "Mayor Lee's fired deputy", "Trump's reported net worth": after a possessive an "-ed" word
    // is an adjective, not a verb ("Trump's claim", "Knittel's view" stay nominal attributions)
    if (subj && subj.b === v - 1 && subj.kind === 'name' && t.lower.endsWith('ed') && possessorAt(tokens, v - 1)) continue;
    // "The influential delegate, who backs Cruz, warned …": the subject stands before the clause
    if (!subj && v === afterRelative.verb) subj = parseBackward(text, lex, tokens, afterRelative.subjectEnd, floor, true);
    if (!subj && !joined && lex.lang === 'en') subj = bareSubject(lex, tokens, v, Math.max(a, floor));
    if (!subj && !joined && relaxed) {
      // "Hillary Clinton is promising …", "Republicans have long argued …"
      const k = skipAuxiliaries(tokens, v - 1, Math.max(a, floor));
      // "The results were allowed to stand": a passive verb reports nobody's words
      if (k < v - 1) {
        subj = parseBackward(text, lex, tokens, k, floor, true) ?? bareSubject(lex, tokens, k + 1, Math.max(a, floor));
        if (subj) relax |= RELAX_AUX;
        if (subj && isPassive(tokens, k + 1, v)) subj = asUnsure(subj);
      }
    }
    if (subj && relaxed && subj.kind === 'descr') subj = withoutTrailingAdverbs(tokens, subj);
    // "His office put out a statement saying …": the document is what was issued; the
    // sentence's subject says it
    if (subj && relaxed && t.lower.endsWith(PARTICIPLE_SUFFIX) && documentObjectBefore(lex, tokens, a, v)) subj = participleSubject(ctx, a, v) ?? subj;
    // "Trump at the time said", "Beck, who has in the past described": the object of a
    // preposition is where or when, and the subject stands before it
    let adverbialParticiple = false;
    if (subj && relaxed && subj.kind === 'descr' && !subj.unsure && beforeAdverbialObject(tokens, subj.a, Math.max(a, floor))?.kind === 'word') {
      subj = subjectBeforeAdverbial(ctx, subj, Math.max(a, floor));
    } else if (subj && relaxed && subj.kind === 'descr' && t.lower.endsWith(PARTICIPLE_SUFFIX) && beforeAdverbialObject(tokens, subj.a, Math.max(a, floor))?.text === ',') {
      // "…, at one point calling the mayor a liar": the participle continues the clause's subject
      subj = null;
      adverbialParticiple = true;
    }
    // "Mara Quinn took to the radio to (say)": the words before the verb head no description;
    // the clause's opening words may still name the source
    if (subj && subj.unsure && relaxed && !joined) {
      const alt = bareSubject(lex, tokens, v, Math.max(a, floor)) ?? looseSubject(lex, tokens, v, Math.max(a, floor));
      if (alt && !alt.unsure) subj = alt;
    }
    if (!subj && !joined && relaxed && !adverbialParticiple) {
      subj = looseSubject(lex, tokens, v, Math.max(a, floor));
      // "…, who was not authorized to discuss the talks, said": a bare relative pronoun before
      // a noun that spells like a verb ("talks", "claims") is no source of its own
      if (subj && subj.a === subj.b && RELATIVES.has(tokens[subj.a].lower)) subj = null;
      if (subj) relax |= RELAX_LOOSE;
    }
    // a verb inside the running content ("Merrill says Machado promised to …") belongs to it
    if (subj && raws.length > 0 && raws[raws.length - 1].cueB < subj.a && raws[raws.length - 1].contentB >= subj.a && !atClauseStart(tokens, subj.a, a)) continue;
    let inherited = false;
    if (!subj && t.lower.endsWith(PARTICIPLE_SUFFIX) && v > a && (adverbialParticiple || tokens[v - 1].text === ',' || CLAUSE_JOINERS.has(tokens[v - 1].lower))) {
      // ", saying …" continues the sentence subject's attribution ("The firm appealed, saying …")
      subj = mainSubject ?? sentenceSubject(ctx, a, v - 2);
      inherited = true;
    }
    if (!subj && joined) { // "... and said ...": the subject named so far, else the one opening the sentence
      subj = mainSubject ?? sentenceSubject(ctx, a, v - 2);
      inherited = true;
    }
    if (!subj) continue;
    if (!mainSubject && subj.kind !== 'descr') mainSubject = subj;
    let s = v + 1;
    // "told reporters that", "said Monday that", "mengatakan kepada wartawan bahwa"
    for (let k = v + 1; k <= b && k <= v + 6; k++) {
      if (tokens[k].inQuote >= 0) break;
      // "said she considered how that would play": the content's own subject ends the search
      if (relaxed && SUBJECT_OPENERS_EN.has(tokens[k].lower)) break;
      if (tokens[k].kind === 'word' && lex.complementizers.has(tokens[k].lower)) { s = k + 1; break; }
    }
    if (s === v + 1 && s <= b) {
      const nx = tokens[s];
      if (nx.text === ',' || nx.text === ':') s++;
      // "commented on the plan", but "said on the floor" / "said on Tuesday": where or when
      else if (nx.kind === 'word' && CUE_PARTICLES.has(nx.lower) && !(nx.lower === 'on' && SAY_VERBS.has(tokens[v].lower))) s++;
    }
    // "said on Tuesday the bill …": the day is when, the content follows it
    if (s === v + 1 && s + 2 <= b && tokens[s].lower === 'on' && WEEKDAYS.has(tokens[s + 1].lower) && tokens[s + 2].kind === 'word') s += 2;
    if (s > b) continue;
    // "spoke at a rally", "explained in an interview", "responded with logic": where or how,
    // not what
    if (s === v + 1 && tokens[s].kind === 'word' && (PREP_START.has(tokens[s].lower) || (tokens[s].lower === 'on' && SAY_VERBS.has(tokens[v].lower)))) {
      // "said in a statement released on Monday that …": the content follows the "that"; a
      // quoted show title on the way is part of where ("said on NBC's ''Meet the Press'' that")
      let k = s + 1;
      while (k <= b && k - s < 14 && !(tokens[k].kind === 'word' && tokens[k].inQuote < 0 && lex.complementizers.has(tokens[k].lower))) k++;
      if (k > b || k - s >= 14) continue;
      s = k + 1;
      if (s > b) continue;
    }
    let ce = trimEnd(tokens, s, clauseEnd(tokens, s, b));
    // "Ann Lee, who has long warned about the shortage, said …": the relative clause's claim ends
    // before the main verb, and that verb keeps the subject before the clause (floor stays)
    const mainVerb = relaxed && subj.kind === 'pronoun' ? mainVerbAfterRelative(tokens, wordBits, subj.a, s, ce) : -1;
    if (mainVerb >= 0) { ce = trimEnd(tokens, s, mainVerb - 2); afterRelative = { verb: mainVerb, subjectEnd: subj.a - 2 }; }
    if (ce < s || countWords(tokens, s, ce) < MIN_CONTENT_WORDS) continue;
    // a bare direct quotation is reported as such; after "that"/"bahwa" it is a mixed claim
    const afterThat = s > v + 1 && lex.complementizers.has(tokens[s - 1].lower);
    if (!afterThat && startsWithQuote(tokens, s) && tooQuoted(tokens, s, ce, relaxed)) continue;
    if (!afterThat && startsWithQuote(tokens, s)) relax |= mixedBit(tokens, s, ce);
    const raw: Raw = {
      // English annotation (PolNeAR) keeps "that" in the reported content; Indonesian drops "bahwa"
      contentA: afterThat && relaxed ? s - 1 : s, contentB: ce, cueA: v, cueB: s - 1 > v && tokens[s - 1].kind === 'word' && CUE_PARTICLES.has(tokens[s - 1].lower) ? s - 1 : v,
      phrase: subj, confidence: 0.6, rule: inherited ? 'inherited' : 'source', verb: v, relax, afterThat, variant: 'rule',
    };
    if (!accept.accept(raw)) continue;
    // the previous claim ends where this attribution begins ("…, arguing that" ends it at the comma)
    closePrevious(raws, tokens, inherited ? v : subj.a);
    raws.push(raw);
    if (mainVerb < 0) floor = v + 1;
  }
  return raws;
}

/**
 * In ", who has warned about the shortage, said …" (relative pronoun at r, content from s to
 * ce): the reporting verb right after the comma that closes the relative clause, else -1.
 */
function mainVerbAfterRelative(tokens: Token[], wordBits: ReadonlyMap<string, number>, r: number, s: number, ce: number): number {
  if (!RELATIVES.has(tokens[r].lower) || r === 0 || tokens[r - 1].text !== ',') return -1;
  for (let k = s + 1; k < ce; k++) {
    const t = tokens[k];
    if (t.inQuote >= 0 || t.text !== ',') continue;
    const n = tokens[k + 1];
    return n.kind === 'word' && n.inQuote < 0 && !n.capital && ((wordBits.get(n.lower) ?? 0) & CUE_KNOWN) !== 0 ? k + 1 : -1;
  }
  return -1;
}


/** Tokens a..b hold a form of "be", "have" or a modal: a clause, not a noun phrase. */
function holdsFiniteVerb(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (isAuxiliaryVerb(tokens[k].lower)) return true;
  return false;
}

/**
 * The verb at v belongs to an aside saying why the source is unnamed: "speaking on (the)
 * condition of anonymity", "requested anonymity", "speaking anonymously", "(anonymity / not
 * authorized) to discuss …", "not authorized to comment".
 */
function anonymityAside(tokens: Token[], v: number, b: number): boolean {
  for (let k = v + 1; k <= b && k <= v + 4; k++) {
    const w = tokens[k].lower;
    if (ANONYMITY_WORDS.has(w)) return true;
    if (!(w === 'on' || w === 'the' || w === 'condition' || w === 'of')) break;
  }
  const w = tokens[v].lower;
  if (PERMISSION_WORDS.has(w) && v + 1 <= b && tokens[v + 1].lower === 'to') return true;
  if (ASIDE_VERBS.has(w) && v >= 2 && tokens[v - 1].lower === 'to') {
    const before = tokens[v - 2].lower;
    return ANONYMITY_WORDS.has(before) || PERMISSION_WORDS.has(before);
  }
  return false;
}

/** Some word of a..b is a verb: an auxiliary, a common irregular past or a regular "-ed" form. */
function holdsVerb(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const w = tokens[k].lower;
    if (isVerbForm(w) || (w.length > 4 && w.endsWith('ed'))) return true;
  }
  return false;
}

function isAuxiliaryVerb(w: string): boolean {
  return BE_FORMS.has(w) || MODALS.has(w) || w === 'has' || w === 'have' || w === 'had' || w === 'do' || w === 'does' || w === 'did';
}

/** The last token before the first comma outside quotations in a..e (e when there is none). */
function phraseEnd(tokens: Token[], a: number, e: number): number {
  for (let k = a + 1; k <= e; k++) if (tokens[k].text === ',' && tokens[k].inQuote < 0 && !inNumber(tokens, k)) return k - 1;
  return e;
}

/** An auxiliary or a common irregular past tense: a verb, never part of a source's name. */
function isVerbForm(w: string): boolean {
  return isAuxiliaryVerb(w) || IRREGULAR_PAST.has(w);
}

/** A be-form among the auxiliaries a..v-1 before an -ed verb at v: "were allowed", "was asked". */
function isPassive(tokens: Token[], a: number, v: number): boolean {
  if (!tokens[v].lower.endsWith('ed')) return false;
  for (let k = a; k < v; k++) if (BE_FORMS.has(tokens[k].lower)) return true;
  return false;
}

/** How many words an opening adverbial before its comma may have. */
const ADVERBIAL_MAX = 5;

/**
 * The subject opening the sentence at a, up to `limit`, past an opening adverbial and its
 * comma ("A month later, he paid a visit … and explained why …" is "he", not "A month later").
 */
function sentenceSubject(ctx: Context, a: number, limit: number): SpeakerPhrase | null {
  const { tokens, lex, text } = ctx;
  let s = a;
  for (let c = a + 1; c <= a + ADVERBIAL_MAX && c < limit; c++) {
    const t = tokens[c];
    if (t.text === ',') {
      const first = tokens[a].lower;
      const last = tokens[c - 1].lower;
      if (ADVERBIAL_START.has(first) || CLOSES_ADVERBIAL.has(last)) s = c + 1;
      break;
    }
    if (t.kind !== 'word' || t.inQuote >= 0) break;
  }
  return startsSpeaker(lex, tokens, s) ? parseForward(text, lex, tokens, s, limit) : null;
}

/** The words between the clause start (a comma, semicolon, colon or the sentence start) and the cue. */
function looseSubject(lex: Context['lex'], tokens: Token[], v: number, floor: number): SpeakerPhrase | null {
  let k = v - 1;
  while (k >= floor && v - k <= 8 && tokens[k].inQuote < 0 && (tokens[k].kind === 'word' || tokens[k].text === '.' || tokens[k].text === '-')) k--;
  const start = k + 1;
  if (start >= v || v - start > 8 || tokens[start].kind !== 'word') return null;
  if (k >= floor && !(tokens[k].text === ',' || tokens[k].text === ';' || tokens[k].text === ':')) return null;
  return wordsAsSubject(lex, tokens, start, withoutAdverbs(tokens, start, v - 1), v);
}

/**
 * The description at token a is the object of a time or place preposition ("at the time", "at
 * one point"): the token before that preposition, else null. A word there means the phrase sits
 * inside its clause ("Trump at the time said"); a comma, that it opens an aside (", at one point
 * calling").
 */
function beforeAdverbialObject(tokens: Token[], a: number, floor: number): Token | null {
  const p = tokens[a - 1];
  return a - 2 >= floor && p !== undefined && p.kind === 'word' && ADVERBIAL_PREPOSITIONS.has(p.lower) ? tokens[a - 2] : null;
}

/**
 * Where the source before the verb at e + 1 ends, stepping back over manner adverbs
 * ("subsequently", "quietly") and a span of time ending in "ago" ("less than two weeks ago").
 */
function beforeTimeAndManner(tokens: Token[], e: number, floor: number): number {
  let k = e;
  if (k - 1 >= floor && tokens[k].lower === 'ago') {
    let j = k - 1;
    while (j >= floor && k - j <= 5 && tokens[j].kind === 'word' && (!tokens[j].capital || j === floor) && (TIME_SPAN_WORDS.has(tokens[j].lower) || startsWithDigit(tokens[j].text))) j--;
    if (j < k - 1) k = j;
  }
  while (k >= floor && e - k < 3 && tokens[k].kind === 'word' && tokens[k].inQuote < 0 && !tokens[k].capital && isLyAdverb(tokens[k].lower)) k--;
  return k;
}

/**
 * "Ortiz's most serious claim is that …": a claim noun before "is that" reports the words of
 * the possessor named before it (within three adjectives), or null when there is none.
 */
function ownerOfClaimNoun(ctx: Context, v: number, floor: number): SpeakerPhrase | null {
  const { tokens, lex, text } = ctx;
  const be = tokens[v + 1];
  const that = tokens[v + 2];
  if (!be || !that || !BE_FORMS.has(be.lower) || !lex.complementizers.has(that.lower)) return null;
  for (let k = v - 1; k >= floor && v - k <= 4; k--) {
    const w = tokens[k];
    if (w.kind !== 'word' || w.inQuote >= 0) return null;
    if (w.capital && possessorAt(tokens, k)) {
      const owner = parseBackward(text, lex, tokens, k, floor, true);
      return owner && owner.kind === 'name' ? owner : null;
    }
    if (w.capital) return null;
  }
  return null;
}

/**
 * The subject before the adverbial phrase that ends at the verb ("Trump" in "Trump at the
 * time said"; "Beck" in "Beck, who has in the past described"), else the phrase marked unsure.
 */
function subjectBeforeAdverbial(ctx: Context, subj: SpeakerPhrase, floor: number): SpeakerPhrase {
  const { tokens, lex, text } = ctx;
  let k = skipAuxiliaries(tokens, subj.a - 2, floor);
  if (k - 1 >= floor && RELATIVES.has(tokens[k].lower) && tokens[k - 1].text === ',') k -= 2;
  const alt = k >= floor ? parseBackward(text, lex, tokens, k, floor, true) : null;
  return alt && !alt.unsure && alt.kind !== 'descr' ? alt : asUnsure(subj);
}

/** The first token before `e` (stepping back from e) that is not an auxiliary or adverb. */
function skipAuxiliaries(tokens: Token[], e: number, floor: number): number {
  let k = e;
  while (k >= floor && e - k < 4 && tokens[k].kind === 'word' && tokens[k].inQuote < 0 && (AUXILIARIES.has(tokens[k].lower) || isLyAdverb(tokens[k].lower))) k--;
  return k;
}

/** The reported clause ends at a semicolon outside quotations ("X said A; B"), else at b. */
function clauseEnd(tokens: Token[], s: number, b: number): number {
  for (let k = s + 1; k <= b; k++) {
    const t = tokens[k];
    if (t.inQuote >= 0) continue;
    if (t.text === ';') return k - 1;
    // ", but …", ", which …", ", with …", ", engaging in …": a new clause or a comment on the claim
    if (t.text === ',' && k + 1 <= b && k - s >= 3) {
      const n = tokens[k + 1];
      if (n.kind === 'word' && n.inQuote < 0 && (CLAUSE_BREAKS.has(n.lower) || (n.lower.endsWith('ing') && n.lower.length > 5 && !n.capital && !NOT_PARTICIPLES.has(n.lower)))) return k - 1;
    }
  }
  return b;
}



/**
 * "Environmental groups warned …", "Most economists say …": a short noun phrase opening its
 * clause right before a reporting verb is its source, even when no word of it is a known
 * source noun. Only for verbs that report speech ("said", "warned"), not "found" or "wants".
 */
function bareSubject(lex: Context['lex'], tokens: Token[], v: number, floor: number): SpeakerPhrase | null {
  let k = v - 1;
  while (k >= floor && v - k <= 5 && tokens[k].kind === 'word' && tokens[k].inQuote < 0 && !NOT_SUBJECT.has(tokens[k].lower) && !lex.indirectVerbs.has(tokens[k].lower)) k--;
  const start = k + 1;
  if (start >= v || v - start > 4) return null;
  if (k >= floor && !(tokens[k].text === ',' || tokens[k].text === ';' || tokens[k].text === ':')) return null;
  if (k >= floor && tokens[k].text === ',' && !atClauseStart(tokens, start, floor)) return null;
  if (lex.pronouns.has(tokens[start].lower)) return null;
  return wordsAsSubject(lex, tokens, start, withoutAdverbs(tokens, start, v - 1), v);
}

/**
 * The words a..b before the reporting verb at v as its source. A trailing verb group is dropped
 * ("the head of the party has long said"), and so is all from the first verb on ("Hillary
 * Clinton took to Twitter to say"); "Where he used to (boast)" is "he". A passive ("The
 * referendum results were allowed") or a determiner alone ("The promise") names no source: the
 * words stay the claim's anchor, marked unsure.
 */
function wordsAsSubject(lex: Context['lex'], tokens: Token[], a: number, b: number, v: number): SpeakerPhrase {
  // the words a..b as given, when they name no source (built only then: this runs for most cue words)
  const wordsA = a;
  let e = b;
  let be = false;
  while (e >= a && AUXILIARIES.has(tokens[e].lower)) { if (BE_FORMS.has(tokens[e].lower)) be = true; e--; }
  if (be && tokens[v].lower.endsWith('ed')) return unsureWords(wordsA, b);
  // "But loyalists (said)", "and one in five (said)", "The polls that (show)"
  while (a < e && CLAUSE_JOINERS.has(tokens[a].lower)) a++;
  for (let k = a; k <= e; k++) if (isVerbForm(tokens[k].lower) || (k > a && isFiniteVerbAfterNoun(lex, tokens, k))) { e = k - 1; break; }
  // "Mike Huckabee and Chris Christie all (said)"
  while (e > a && (GATHERING.has(tokens[e].lower) || RELATIVES.has(tokens[e].lower) || AUXILIARIES.has(tokens[e].lower))) e--;
  let content = false;
  for (let k = e; k >= a; k--) {
    const w = tokens[k].lower;
    if (lex.pronouns.has(w)) return { kind: 'pronoun', a: k, b: k, run: null, role: null, coordinated: [] };
    if (!lex.determiners.has(w)) content = true;
  }
  if (!content || !boundsSource(lex, tokens, a, e)) return unsureWords(wordsA, b);
  return { kind: 'descr', a, b: e, run: null, role: null, coordinated: [] };
}

/**
 * The phrase marked as naming nobody. Spelled out rather than spread: phrases come in several
 * shapes, and a spread of them fell to V8's slow generic copy (a measurable cost per cue word).
 * Same fields in the same order as the spread gave.
 */
function asUnsure(p: SpeakerPhrase): SpeakerPhrase {
  return { kind: p.kind, a: p.a, b: p.b, run: p.run, role: p.role, coordinated: p.coordinated, unsure: true };
}

/** Words a..b kept as a claim's anchor that name nobody (see wordsAsSubject). */
function unsureWords(a: number, b: number): SpeakerPhrase {
  return { kind: 'descr', a, b, run: null, role: null, coordinated: [], unsure: true };
}

/**
 * Whether words a..e can be a source: they neither open with a preposition, a conjunction or a
 * participle ("leaving the wing of the party to") nor end with a function word ("… one of his").
 */
function boundsSource(lex: Context['lex'], tokens: Token[], a: number, e: number): boolean {
  const first = tokens[a].lower;
  const last = tokens[e].lower;
  if (lex.functionWords.has(last) || NOT_SOURCE_END.has(last) || PREP_START.has(last)) return false;
  // "Speaking later on the same show, …", "Despite complaints …": an opening adverbial, capitalised or not
  return !(NOT_SOURCE_START.has(first) || ADVERBIAL_START.has(first) || PREP_START.has(first) || SENTENCE_OPENERS.has(first) ||
    (first.endsWith('ing') && first.length >= 5 && !tokens[a].capital));
}


/**
 * The description without its trailing manner adverbs; the same object when it has none (most
 * do not, and a spread copy per cue word was a measurable cost; phrases are never mutated).
 */
function withoutTrailingAdverbs(tokens: Token[], subj: SpeakerPhrase): SpeakerPhrase {
  const b = withoutAdverbs(tokens, subj.a, subj.b);
  return b === subj.b ? subj : { ...subj, b };
}

/** "The union quietly warned": the manner adverb before the verb is no part of the source. */
function withoutAdverbs(tokens: Token[], a: number, b: number): number {
  while (b > a && tokens[b].text === tokens[b].lower && isLyAdverb(tokens[b].lower)) b--;
  return b;
}


/** A later claim in the same sentence ends the previous one's content before its source. */
function closePrevious(raws: Raw[], tokens: Token[], nextStart: number): void {
  const prev = raws[raws.length - 1];
  // a claim inside the new attribution's subject (", who has warned …,") keeps its own end
  if (!prev || prev.contentB < nextStart || prev.cueA >= nextStart) return;
  prev.contentB = trimEnd(tokens, prev.contentA, nextStart - 1);
}

/**
 * What sentenceClaims asks of every word, answered by one lookup instead of four: the word is
 * an "according to" phrase by itself (menurut), opens a two-word one (according), is one of the
 * lexicon's reporting verbs, or one of the judge's learned cue words.
 */
const CUE_ACCORDING = 1;
const CUE_ACCORDING_FIRST = 2;
const CUE_KNOWN = 4;

/** A title is a short first line. */
const MAX_TITLE_WORDS = 20;

/**
 * The last token of the text's first line when that line is a title: short, followed by more
 * lines, and not ending like a sentence (no terminal mark or closing quotation); -1 otherwise.
 */
function titleLineEnd(tokens: Token[]): number {
  let e = 0;
  while (e + 1 < tokens.length && !tokens[e + 1].nlBefore) e++;
  if (e + 1 >= tokens.length || e + 1 > MAX_TITLE_WORDS * 2) return -1;
  const last = tokens[e];
  if (last.kind === 'quote' || SENTENCE_END.has(last.text)) return -1;
  return countWords(tokens, 0, e) <= MAX_TITLE_WORDS ? e : -1;
}
/** Marks a first line may end with when it is a sentence or runs on, not a title. */
const SENTENCE_END = new Set(['.', '!', '?', '…', '...', ':', ',', ';']);

/** How far a participle aside may run before its closing comma ("asked about the promise to rebuild the pier,"). */
const MAX_ASIDE = 12;

/**
 * The comma closing an aside opened by the past participle at v, set off after the subject and
 * followed by a known reporting verb ("Ann Bramwell, asked about the promise, said …"); -1 otherwise.
 */
function participleAside(tokens: Token[], v: number, b: number, wordBits: ReadonlyMap<string, number>): number {
  if (v < 2 || tokens[v - 1].text !== ',' || !tokens[v].lower.endsWith('ed') || !isNameToken(tokens[v - 2])) return -1;
  for (let k = v + 1; k <= b && k <= v + MAX_ASIDE; k++) {
    const t = tokens[k];
    if (t.kind === 'quote') return -1;
    if (t.text !== ',') continue;
    const next = tokens[k + 1];
    // a finite verb after it ("said"), not a participle ("Grant, defended his father, saying")
    return next !== undefined && next.kind === 'word' && !next.lower.endsWith(PARTICIPLE_SUFFIX) && ((wordBits.get(next.lower) ?? 0) & CUE_KNOWN) !== 0 ? k : -1;
  }
  return -1;
}
const CUE_LEARNED = 8;

/** Per judge cue set (fixed once the judge exists), per lexicon: word -> CUE_* bits. */
const cueTables = new WeakMap<ReadonlySet<string>, Map<Context['lex'], Map<string, number>>>();

function cueTable(lex: Context['lex'], cues: ReadonlySet<string>): Map<string, number> {
  let byLex = cueTables.get(cues);
  if (!byLex) cueTables.set(cues, (byLex = new Map()));
  let table = byLex.get(lex);
  if (!table) {
    const t = new Map<string, number>();
    const mark = (words: Iterable<string>, bit: number) => { for (const w of words) t.set(w, (t.get(w) ?? 0) | bit); };
    mark(lex.accordingTo, CUE_ACCORDING);
    mark(ACCORDING_FIRST, CUE_ACCORDING_FIRST);
    mark(lex.indirectVerbs, CUE_KNOWN);
    mark(cues, CUE_LEARNED);
    byLex.set(lex, (table = t));
  }
  return table;
}

/** "according to" / "menurut" starting at v (whose word has the CUE_* bits given): the index of its last word, or -1. */
function accordingToEnd(lex: Context['lex'], tokens: Token[], v: number, b: number, bits: number): number {
  const t = tokens[v];
  if ((bits & CUE_ACCORDING) !== 0) return v;
  // two-word phrases: test the pair only after a cheap first-word check (no string per token)
  if (v + 1 > b || (bits & CUE_ACCORDING_FIRST) === 0) return -1;
  return lex.accordingTo.has(t.lower + ' ' + tokens[v + 1].lower) ? v + 1 : -1;
}


function accordingTo(ctx: Context, a: number, b: number, v: number, accEnd: number, floor: number): Raw | null {
  const { tokens, lex, text } = ctx;
  if (v === a || (v > a && tokens[v - 1].text !== ',')) {
    // "According to X, CONTENT"
    let comma = accEnd + 1;
    while (comma <= b && comma - accEnd < 16 && tokens[comma].text !== ',') comma++;
    if (comma > b || tokens[comma].text !== ',') return null;
    comma = appositionEnd(tokens, accEnd + 1, comma, b);
    // "Menurut Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi X, …": the title's own commas
    const office = lex.lang === 'id' ? officeHolder(text, tokens, accEnd + 1, b) : null;
    if (office && office.end + 1 > comma && office.end + 1 <= b && tokens[office.end + 1].text === ',') comma = office.end + 1;
    // the comma closes the source, so a long one is safe to take whole ("According to early
    // results of exit polls conducted for The Associated Press and television networks, …")
    const phrase = parseForward(text, lex, tokens, accEnd + 1, comma - 1) ?? plainSource(tokens, accEnd + 1, comma - 1, MAX_LEADING_SOURCE);
    if (!phrase) return null;
    const ce = trimEnd(tokens, comma + 1, b);
    if (countWords(tokens, comma + 1, ce) < MIN_CONTENT_WORDS || startsWithQuote(tokens, comma + 1)) return null;
    return { contentA: comma + 1, contentB: ce, cueA: v, cueB: accEnd, phrase, confidence: 0.7, rule: 'according-first', verb: v, relax: 0, afterThat: false, variant: 'rule' };
  }
  // "CONTENT, according to X." / "CONTENT, according to X, CONTENT."
  const relaxed = lex.lang === 'en';
  const midComma = relaxed ? sourceComma(tokens, accEnd + 1, b) : -1;
  const resumes = midComma >= 0 ? sentenceGoesOn(tokens, midComma, b) : -1;
  const phrase = resumes >= 0 ? parseForward(text, lex, tokens, accEnd + 1, midComma - 1) ?? plainSource(tokens, accEnd + 1, midComma - 1)
    : parseForward(text, lex, tokens, accEnd + 1, b) ?? plainSource(tokens, accEnd + 1, trimEnd(tokens, accEnd + 1, b));
  if (!phrase) return null;
  // the report holds the whole sentence before it, an attribution inside it included ("81
  // percent of Democrats approve of Obama, according to the poll")
  const start = Math.max(a, floor);
  const ce = trimEnd(tokens, start, v - 1);
  const words = countWords(tokens, start, ce) + (resumes >= 0 ? countWords(tokens, midComma + 1, resumes) : 0);
  if (ce < start || words < MIN_CONTENT_WORDS || tooQuoted(tokens, start, ce, relaxed)) return null;
  return { contentA: start, contentB: resumes >= 0 ? resumes : ce, cueA: v, cueB: accEnd, phrase, confidence: 0.7, rule: 'according-after', verb: v, relax: mixedBit(tokens, start, ce), afterThat: false, variant: 'rule' };
}

/** Tokens a source phrase after a leading "According to" may span before its comma. */
const MAX_LEADING_SOURCE = 16;

/**
 * "Fundraising, according to the campaign, has surged": the comma that closes a short source
 * after "according to" in mid-sentence (at most eight words before it), or -1.
 */
function sourceComma(tokens: Token[], a: number, b: number): number {
  for (let k = a + 1; k <= b && k - a <= 8; k++) {
    if (tokens[k].text === ',') return k < b ? k : -1;
    if (tokens[k].kind !== 'word' || tokens[k].inQuote >= 0) return -1;
  }
  return -1;
}

/** After the comma that closes a mid-sentence source, the rest of the sentence ("has surged in …"): its last token, or -1. */
function sentenceGoesOn(tokens: Token[], comma: number, b: number): number {
  const nx = tokens[comma + 1];
  if (!nx || comma + 1 > b || nx.kind !== 'word' || nx.inQuote >= 0 || nx.capital) return -1;
  const e = trimEnd(tokens, comma + 1, b);
  return e > comma + 1 ? e : -1;
}

/** "according to exit polls": after "according to" any short unquoted phrase is the source. */
function plainSource(tokens: Token[], a: number, b: number, maxTokens = 9): SpeakerPhrase | null {
  if (a > b || b - a >= maxTokens) return null;
  for (let k = a; k <= b; k++) if (tokens[k].kind === 'quote' || tokens[k].inQuote >= 0) return null;
  if (tokens[a].kind !== 'word') return null;
  return { kind: 'descr', a, b, run: null, role: null, coordinated: [] };
}

/**
 * "CONTENT, X said." / "CONTENT, he said, and ..." — the verb at v with its subject between a
 * comma and the verb; "CONTENT, said X." / "CONTENT, kata X." — the verb right after the comma.
 */
function contentFirst(ctx: Context, sa: number, v: number, b: number): Raw | null {
  const { tokens, lex, text } = ctx;
  const relaxed = lex.lang === 'en';
  // the attribution must close the clause: sentence end, a comma, or a few trailing words
  let after = v + 1;
  while (after <= b && after - v <= 4 && tokens[after].kind === 'word' && !lex.complementizers.has(tokens[after].lower)) after++;
  const closes = after > b || closesClause(tokens, after);
  if (!closes) return null;
  // "After he gave her an answer, she said he had her vote.": words after the verb that open a
  // clause of their own ("he had …") are its content; the clause before is no reported content
  if (relaxed && after > v + 1 && (SUBJECT_OPENERS_EN.has(tokens[v + 1].lower) || holdsFiniteVerb(tokens, v + 1, after - 1))) return null;
  // "During his years in office, Mr. Obama said, a majority of Americans …": the content
  // follows the attribution when more words come after it than before
  let resumes = after <= b && tokens[after].text === ',' ? resumedEnd(lex, tokens, after, b) : -1;
  // words after the comma that only describe a source named after the verb ("…, said Ann Reed,
  // a professor who …") are no content that would follow the attribution
  const describesSource = resumes === DESCRIBES_SOURCE && after > v + 1;
  if (describesSource) resumes = -1;
  if (resumes < 0 && !describesSource && after <= b && tokens[after].text === ',' && countWordsUpTo(tokens, after + 1, b, 60) > countWordsUpTo(tokens, sa, v, 60)) return null;
  if (resumes >= 0 && isAdverbialFragment(tokens, sa, v)) return null;
  if (tokens[v - 1] && tokens[v - 1].text === ',' && v - 1 > sa) {
    // inverted: "…, said X." / "…, kata X." / "…, ujarnya."
    let phrase: SpeakerPhrase | null;
    if (isEncliticCue(lex, tokens[v])) phrase = { kind: 'pronoun', a: v, b: v, run: null, role: null, coordinated: [] };
    else {
      if (!lex.postCues.has(tokens[v].lower)) return null;
      if (!tokens[v + 1] || v + 1 > b || !(isNameToken(tokens[v + 1]) || startsSpeaker(lex, tokens, v + 1))) return null;
      phrase = parseForward(text, lex, tokens, v + 1, b);
      // "Bob Lane, a retired general, said the plan was sound.": a clause after the verb is
      // the content of a source-first claim, not an inverted source
      if (phrase && phrase.kind === 'descr' && holdsFiniteVerb(tokens, phrase.a, phrase.b)) return null;
      // "Boeing, the largest exporter, said they would cut jobs.": a pronoun followed by more
      // words of its clause, or words with a verb of their own, is the subject of the content
      if (phrase && phrase.b < after - 1 && (phrase.kind === 'pronoun' || holdsFiniteVerb(tokens, phrase.b + 1, after - 1))) return null;
    }
    if (!phrase) return null;
    const ce = trimEnd(tokens, sa, v - 2);
    if (countWords(tokens, sa, ce) < MIN_CONTENT_WORDS + 1 || tooQuoted(tokens, sa, ce, relaxed)) return null;
    return { contentA: sa, contentB: resumes >= 0 ? resumes : ce, cueA: v, cueB: v, phrase, confidence: 0.65, rule: 'inverted', verb: v, relax: mixedBit(tokens, sa, ce), afterThat: false, variant: 'rule' };
  }
  // "…, X said."
  let comma = v - 1;
  if (comma <= sa) return null;
  while (comma > sa && v - comma <= 12 && tokens[comma].text !== ',') comma--;
  if (comma <= sa || tokens[comma].text !== ',') return null;
  const subj = parseBackward(text, lex, tokens, v - 1, comma + 1, true);
  if (!subj || subj.a !== comma + 1) return null;
  const ce = trimEnd(tokens, sa, comma - 1);
  if (countWords(tokens, sa, ce) < MIN_CONTENT_WORDS + 1 || tooQuoted(tokens, sa, ce, relaxed)) return null;
  if (isAdverbialFragment(tokens, sa, ce)) return null;
  return { contentA: sa, contentB: resumes >= 0 ? resumes : ce, cueA: v, cueB: v, phrase: subj, confidence: 0.7, rule: 'after', verb: v, relax: mixedBit(tokens, sa, ce), afterThat: false, variant: 'rule' };
}


/**
 * Punctuation that ends a clause: not a currency or percent sign ("said he makes $41,000"),
 * and not the comma inside a number ("41,000").
 */
function closesClause(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'punct' || t.text === '$' || t.text === '%' || t.text === '€' || t.text === '£' || t.text === '#' || t.text === '@') return false;
  return !(t.text === ',' && inNumber(tokens, i));
}

/** The comma at i separates digit groups ("41,000"). */
function inNumber(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return i > 0 && isDigitWord(tokens[i - 1]) && next !== undefined && !next.spaceBefore && isDigitWord(next);
}

function isDigitWord(t: Token): boolean {
  return t.kind === 'word' && startsWithDigit(t.text);
}

/** resumedEnd's answer when the words after the comma describe the source ("…, said Ann Reed, the mayor"). */
const DESCRIBES_SOURCE = -2;

/**
 * "The plant, the company said, will close in May": an attribution set off by commas inside
 * the claim. The content runs on after it to the clause end (a semicolon or the sentence end);
 * -1 when what follows the comma is a new clause, a quotation or another attribution, and
 * DESCRIBES_SOURCE when it is a description of the source.
 */
function resumedEnd(lex: Context['lex'], tokens: Token[], comma: number, b: number): number {
  const nx = tokens[comma + 1];
  if (!nx || comma + 1 > b || nx.kind !== 'word' || nx.inQuote >= 0) return -1;
  if (RESUME_STOPS.has(nx.lower) || lex.indirectVerbs.has(nx.lower) || lex.postCues.has(nx.lower)) return -1;
  let e = comma + 1;
  while (e < b && tokens[e + 1].text !== ';' && e - comma < 120) e++;
  e = trimEnd(tokens, comma + 1, e);
  // "…, said Ann Reed, the city's mayor.": a noun phrase with no verb describes the source, and
  // so does one a relative clause follows ("…, a professor at M.I.T., who is one of …")
  if (lex.determiners.has(nx.lower) && !holdsVerb(tokens, comma + 1, phraseEnd(tokens, comma + 1, e))) return DESCRIBES_SOURCE;
  return countWords(tokens, comma + 1, e) >= MIN_CONTENT_WORDS ? e : -1;
}
