/**
 * Quote and speaker extraction: the engine behind Quote desk.
 *
 *   text ─► tokens ─► quotation marks paired ─► sentences ─► the article's cast of names
 *        (speakers.ts; where a name starts inside a role-and-name run: name-trim.ts)
 *        ─► attribution cues per quotation (rules: attribution.ts, phrases.ts, resolve.ts)
 *        ─► reported (indirect) claims (indirect.ts, learned judge in model/indirect.json)
 *        ─► in text order: resolve each speaker (resolve.ts) ─► "not speech" filters
 *           (not-speech.ts: titles, scare quotes, quoted terms, nicknames, markup)
 *        ─► learned speech filter (speech-features.ts, speech-model.ts, weights in
 *           model/speech.json; English only: Indonesian keeps the hand filters)
 *        ─► speaker candidates + features (candidates.ts) ─► learned ranker (ranker.ts,
 *           weights in model/speaker.json; the rules stand where they beat it)
 *        ─► claims sorted by start, each with its speaker kind (kind.ts)
 *
 * Every word list sits in lexicon/ (per language, shared, function words).
 *
 * Pure and deterministic: no I/O, no globals mutated, linear in the length of the text.
 */
import { findAfter as findAfter_, findBefore as findBefore_, findLabel as findLabel_, findSentenceEnd as findSentenceEnd_, findSubject as findSubject_, type Attribution, type Context } from './attribution';
import { findIndirect as findIndirect_, type IndirectCandidate } from './indirect';
import { sourceKind as sourceKind_ } from './kind';
import { detectLanguage as detectLanguage_, detectLanguageFromTokens as detectLanguageFromTokens_, lexiconFor as lexiconFor_ } from './language';
import { ABBREVIATIONS as ABBREVIATIONS_ } from './lexicon/shared';
import { collectCandidates as collectCandidates_, decisionGroup as decisionGroup_, type Candidate } from './candidates';
import speakerModelJson from './model/speaker.json';
import speechModelJson from './model/speech.json';
import { loadSpeechModel, type SpeechModel } from './speech-model';
import { findQuotes as findQuotes_, type QuoteSpan } from './quotes';
import { unifyRoles } from './roles';
import { bestOf as bestOf_, calibrated as calibrated_, choose as choose_, nobodyFeatures as nobodyFeatures_, parseModel as parseModel_, rank as rank_, ruleConfidence as ruleConfidence_, type RankerModel } from './ranker';
import { History as History_, resolveEnclitic as resolveEnclitic_, resolvePhrase as resolvePhrase_, UNKNOWN as UNKNOWN_, type Resolved } from './resolve';
import { speechFeatureNames, speechFeatures as speechFeatures_ } from './speech-features';
import { isNotSpeech as isNotSpeech_, keepUnattributed as keepUnattributed_ } from './not-speech';
import { splitSentences as splitSentences_, type Sentence } from './sentences';
import { buildRegistry as buildRegistry_, headlineParagraphs as headlineParagraphs_, type Entity } from './speakers';
import { possessorAt as possessorAt_, tokenize as tokenize_, type Token } from './text';
import { storyBreaks } from './breaks';
import { spanAt as sentenceAt } from '../segments';
import { NAMELESS_OPENERS as NAMELESS_OPENERS_ } from './lexicon/function-words';
import type { ExtractedClaim, Language, TextSpan } from './types';
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const findAfter = findAfter_;
const findBefore = findBefore_;
const findLabel = findLabel_;
const findSentenceEnd = findSentenceEnd_;
const findSubject = findSubject_;
const findIndirect = findIndirect_;
const sourceKind = sourceKind_;
const detectLanguage = detectLanguage_;
const detectLanguageFromTokens = detectLanguageFromTokens_;
const lexiconFor = lexiconFor_;
const ABBREVIATIONS = ABBREVIATIONS_;
const collectCandidates = collectCandidates_;
const decisionGroup = decisionGroup_;
const findQuotes = findQuotes_;
const choose = choose_;
const parseModel = parseModel_;
const rank = rank_;
const bestOf = bestOf_;
const calibrated = calibrated_;
const nobodyFeatures = nobodyFeatures_;
const ruleConfidence = ruleConfidence_;
const History = History_;
const resolvePhrase = resolvePhrase_;
const resolveEnclitic = resolveEnclitic_;
const UNKNOWN = UNKNOWN_;
const isNotSpeech = isNotSpeech_;
const keepUnattributed = keepUnattributed_;
const splitSentences = splitSentences_;
const buildRegistry = buildRegistry_;
const headlineParagraphs = headlineParagraphs_;
const tokenize = tokenize_;
const speechFeatures = speechFeatures_;
const possessorAt = possessorAt_;
const NAMELESS_OPENERS = NAMELESS_OPENERS_;

export type { ExtractedClaim, Language, TextSpan, SpeakerKind, SpeakerType } from './types';
export { detectLanguage } from './language';

/** Whether a canonical speaker is a person or an organisation, as far as the lexicons tell. */
export { speakerKind } from './kind';

interface Pending {
  anchor: number;
  quote: QuoteSpan | null;
  indirect: IndirectCandidate | null;
  att: Attribution | null;
  floor: number;
}

/** The shipped speaker ranker (trained by `npm run train`; see model/README.md), checked on first use. */
let shippedModel: RankerModel | null = null;
function speakerModel(): RankerModel {
  if (!shippedModel) shippedModel = parseModel(speakerModelJson as unknown);
  return shippedModel;
}

/** The shipped "is this speech?" filter (trained by `npm run train`; see model/README.md), checked on first use. */
let shippedSpeech: SpeechModel | null = null;
function speechModel(): SpeechModel {
  if (!shippedSpeech) shippedSpeech = loadSpeechModel(speechModelJson as unknown);
  return shippedSpeech;
}

/** Options for training and comparing: the extractor normally runs with the shipped model. */
export interface ExtractOptions {
  /** the speaker ranker; null: the rules' pick stands (rules-only) */
  model?: RankerModel | null;
  /** receives every kept direct quotation's speaker candidates (for training) */
  onCandidates?: (quote: { start: number; end: number }, candidates: Candidate[], group: string) => void;
  /** the learned speech filter; null: the hand filters alone decide what is speech (rules-only) */
  speech?: SpeechModel | null;
  /** receives the speech features of every quotation the hand filters keep (for training) */
  onSpeech?: (quote: { start: number; end: number }, features: string[]) => void;
}

/**
 * How sure the chosen speaker is: its calibrated probability, plus that of the candidates that
 * are the same person written as a description, i.e. the chosen person's own role in the same
 * sentence ("A spokeswoman for the hospital, Ana Ruiz, said": "A spokeswoman" and Ana Ruiz are
 * one speaker, and splitting the probability between them flagged a plain attribution "Check
 * speaker"). Which speaker is chosen does not change.
 */
function chosenConfidence(text: string, model: RankerModel, probs: readonly number[], candidates: readonly Candidate[], best: number, sentences: readonly Sentence[]): number {
  let p = calibrated(model, probs, best);
  for (let i = 0; i < candidates.length; i++) {
    if (i !== best && isOwnRole(text, candidates[i], candidates[best], sentences)) p += calibrated(model, probs, i);
  }
  return Math.min(1, p);
}

/**
 * Whether the description candidate d is the named person p's own role, written right before
 * the name in the same sentence ("A spokeswoman" and Ana Ruiz in "A spokeswoman for the
 * hospital, Ana Ruiz, said").
 */
function isOwnRole(text: string, d: Candidate, p: Candidate, sentences: readonly Sentence[]): boolean {
  const person = p.resolved;
  if (!person.named || !person.role || !p.mention || d.resolved.named || !d.mention || !d.resolved.speaker) return false;
  const gap = p.mention.start - d.mention.start;
  // set off by a comma: "The Rove ad hits Hillary Clinton" gives her no role "The Rove ad"
  return person.role.startsWith(d.resolved.speaker) && gap > 0 && gap <= person.role.length + 3 &&
    text.slice(d.mention.start + person.role.length, p.mention.start).trim() === ',' &&
    sentenceAt(sentences, d.mention.start) === sentenceAt(sentences, p.mention.start);
}

/**
 * The speaker is the person, not their role (the card shows the role beside the name): when the
 * ranker picks a description that is a named candidate's own role, the named candidate.
 */
function personBehind(text: string, candidates: readonly Candidate[], best: number, sentences: readonly Sentence[]): number {
  for (let i = 0; i < candidates.length; i++) if (i !== best && isOwnRole(text, candidates[best], candidates[i], sentences)) return i;
  return best;
}

/** Inputs longer than this are processed in paragraph-aligned sections (see extractClaims). */
const SECTION_THRESHOLD = 256_000;
const SECTION_SIZE = 64_000;

export function extractClaims(text: string, language?: Language, options: ExtractOptions = {}): ExtractedClaim[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  let lang: Language | undefined = language === 'id' || language === 'en' ? language : undefined;
  const opts: Required<Pick<ExtractOptions, 'model'>> & ExtractOptions = {
    ...options,
    model: options.model === undefined ? speakerModel() : options.model,
    speech: options.speech === undefined ? speechModel() : options.speech,
  };
  if (text.length <= SECTION_THRESHOLD) return extractSection(text, lang, opts);
  // A news article is far below this size. Very large inputs (whole feeds, archives pasted in
  // one go) are cut at paragraph (or sentence) boundaries into sections of ~64 KB, each
  // extracted on its own: memory stays bounded and the token arrays die young instead of
  // loading the garbage collector. Names and pronouns are resolved within a section.
  if (!lang) lang = detectLanguage(text);
  const out: ExtractedClaim[] = [];
  let pos = 0;
  while (pos < text.length) {
    const end = sectionEnd(text, pos);
    const part = extractSection(text.slice(pos, end), lang, opts);
    for (const c of part) out.push(pos === 0 ? c : shift(c, pos));
    pos = end;
  }
  return out;
}

/** Where the section starting at `from` ends: a line break after SECTION_SIZE, else a sentence end. */
function sectionEnd(text: string, from: number): number {
  const target = from + SECTION_SIZE;
  if (target >= text.length - SECTION_SIZE / 4) return text.length;
  const nl = text.indexOf('\n', target);
  if (nl >= 0 && nl - target < 65_536) return nl + 1;
  const limit = Math.min(text.length, target + 65_536);
  for (let i = target; i < limit - 2; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32) {
      const n = text.charCodeAt(i + 2);
      if (n >= 65 && n <= 90) return i + 2;
    }
  }
  return nl >= 0 ? nl + 1 : text.length;
}

/**
 * The role to show beside the speaker: none when it only repeats the speaker ("Critics",
 * "the Vermont senator": a description is its own speaker and role inside the resolver).
 */
function distinctRole(r: Resolved): string | null {
  if (!r.role) return null;
  return r.speaker && r.role.trim().toLowerCase() === r.speaker.trim().toLowerCase() ? null : r.role;
}

function shift(c: ExtractedClaim, d: number): ExtractedClaim {
  return {
    ...c,
    start: c.start + d,
    end: c.end + d,
    speakerMention: shiftSpan(c.speakerMention, d),
    cue: shiftSpan(c.cue, d),
    sentence: { start: c.sentence.start + d, end: c.sentence.end + d },
  };
}

function shiftSpan(x: TextSpan | null, d: number): TextSpan | null {
  return x ? { start: x.start + d, end: x.end + d, text: x.text } : null;
}

function extractSection(text: string, language: Language | undefined, opts: ExtractOptions): ExtractedClaim[] {
  const tokens = tokenize(text, ABBREVIATIONS);
  if (tokens.length === 0) return [];
  const lang: Language = language ?? detectLanguageFromTokens(tokens);
  const lex = lexiconFor(lang);
  const quotes = findQuotes(text, tokens);
  const { sentences, sentOf } = splitSentences(tokens);
  const headline = headlineParagraphs(tokens);
  const { registry, runs } = buildRegistry(text, tokens, sentences, sentOf, headline, lang);
  const paraOf = paragraphIndex(tokens);
  const runEntity = new Map<number, Entity | null>();
  const runStarts = ascendingKeys(runs);
  const model = opts.model && hasWeights(opts.model) ? opts.model : null;
  const speechSum = opts.speech ? opts.speech.sum(lang) : null;
  const ctx: Context = { text, lex, tokens, sentences, sentOf, quotes };

  // 1. attribution candidates for every quotation
  const pending: Pending[] = [];
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    const prev = qi > 0 ? quotes[qi - 1] : null;
    let floor = prev && prev.closeTok >= 0 ? prev.closeTok + 1 : 0;
    // a short quoted name before this quotation ('Ann tells “Morning Report” that “…”') is no
    // boundary: the attribution may lie before it
    if (prev && qi > 0 && prev.closeTok >= 0 && prev.lastTok - prev.firstTok < 4 && tokens[prev.firstTok].capital &&
      ctx.sentOf[prev.openTok] === ctx.sentOf[q.openTok]) floor = pending[qi - 1].floor;
    const att = findLabel(ctx, q) ?? findAfter(ctx, q) ?? findBefore(ctx, q, floor) ?? findSentenceEnd(ctx, q);
    pending.push({ anchor: att ? Math.min(tokens[att.cueA].start, q.start) : q.start, quote: q, indirect: null, att, floor });
  }
  // 2. reported claims without quotation marks
  for (const ind of findIndirect(ctx)) pending.push({ anchor: ind.anchor, quote: null, indirect: ind, att: null, floor: 0 });
  pending.sort((x, y) => x.anchor - y.anchor || (x.quote ? 0 : 1) - (y.quote ? 0 : 1));

  // 3. resolve speakers in text order (pronouns and continuations look backwards)
  let history = new History();
  // every attribution in text order, named or not (see lastNamedOf3)
  let attributions: PastAttribution[] = [];
  const breaks = storyBreaks(text);
  let nextBreak = 0;
  const claims: ExtractedClaim[] = [];
  let lastDirect: { claim: ExtractedClaim; quote: QuoteSpan; resolved: Resolved; final: Resolved; attributed: boolean } | null = null;
  let lastIndirect: { anchor: number; start: number; end: number; sentEnd: number; endTok: number; speaker: string | null; resolved: Resolved } | null = null;
  for (const p of pending) {
    if (nextBreak < breaks.length && p.anchor >= breaks[nextBreak]) {
      // a new entry ("___.", "10:25 p.m."): no "he" or continuation reaches into the one before
      while (nextBreak < breaks.length && p.anchor >= breaks[nextBreak]) nextBreak++;
      history = new History();
      attributions = [];
      lastDirect = null;
      lastIndirect = null;
    }
    if (p.indirect) {
      const ind = p.indirect;
      const r = resolvePhrase(text, lex, tokens, ind.phrase, registry, history);
      // "Biden rubbished Trump’s claim that …": a possessive source is no one the next "he" means
      if (!possessorAt(tokens, ind.phrase.b)) history.push(r, tokens[ind.phrase.a].start);
      addAttribution(attributions, { r, named: holdsName(tokens, ind.phrase.a, ind.phrase.b), cueTok: ind.cueA });
      lastIndirect = { anchor: ind.anchor, start: ind.start, end: ind.end, sentEnd: ind.sentEnd, endTok: ind.endTok, speaker: r.speaker, resolved: r };
      if (ind.repeatsQuotation) continue; // the quotation it holds is listed as itself
      claims.push({
        kind: 'indirect',
        start: ind.start,
        end: ind.end,
        text: text.slice(ind.start, ind.end),
        speaker: r.speaker,
        speakerMention: ind.phrase.unsure ? null : span(text, tokens[ind.phrase.a].start, tokens[ind.phrase.b].end),
        speakerRole: distinctRole(r),
        cue: span(text, tokens[ind.cueA].start, tokens[ind.cueB].end),
        sentence: { start: ind.sentStart, end: ind.sentEnd },
        confidence: ind.confidence,
        speakerType: r.type,
        speakerKind: sourceKind(r.speaker, r.type),
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
    let via = 'none';
    // the claim whose attribution this quotation shares (its speaker carries over as it is)
    let inherited: ExtractedClaim | null = null;
    if (att) {
      via = 'cue';
      cue = span(text, tokens[att.cueA].start, tokens[att.cueB].end);
      if (att.phrase) {
        r = resolvePhrase(text, lex, tokens, att.phrase, registry, history);
        mention = span(text, tokens[att.phrase.a].start, tokens[att.phrase.b].end);
      } else if (att.enclitic) {
        // no named source in reach: the last quotation's speaker, else the source of the claim
        // reported before it ("Kepala Dinas Kesehatan mengatakan, … ”…,” ujarnya")
        const prev = resolveEnclitic(registry, history, q.start) ?? (lastDirect ? lastDirect.resolved : lastIndirect?.speaker ? lastIndirect.resolved : null);
        if (prev) r = { ...prev };
        mention = cue;
      } else if (lastDirect) {
        r = { ...lastDirect.resolved };
      }
      confidence = att.confidence * (r.speaker ? 1 : 0.7);
      attributed = true;
    } else {
      // no cue: the same speaker goes on ('"A," he said. "B."', a following quote paragraph,
      // a quotation right after a reported claim), else the subject of the clause, else drop
      const opensSentence = ctx.sentences[ctx.sentOf[q.openTok]].startTok === q.openTok;
      const afterColon = q.openTok > 0 && tokens[q.openTok - 1].text === ':';
      const subj = opensSentence && !afterColon ? null : findSubject(ctx, q, p.floor);
      const prevInd = lastIndirect && lastIndirect.sentEnd >= 0 ? lastIndirect : null;
      if (lastIndirect && lastIndirect.start <= q.start && q.end <= lastIndirect.end) {
        // quoted words inside a reported claim ("The survey found that “most voters …”", "the
        // council approved a “temporary levy”"): the claim's source said them (PolNeAR, too,
        // counts every quoted fragment of an attribution as a direct quotation); a claim whose
        // source the rules could not name leaves the choice to the ranker
        r = { ...lastIndirect.resolved };
        confidence = 0.8;
        attributed = true;
        via = lastIndirect.speaker ? 'inclaim' : 'none';
      } else if (subj && subj.phrase && (subj.phrase.kind !== 'name' || goodSubject(registry, subj.phrase.run, q.start))) {
        r = resolvePhrase(text, lex, tokens, subj.phrase, registry, history);
        mention = span(text, tokens[subj.phrase.a].start, tokens[subj.phrase.b].end);
        confidence = 0.45;
        via = 'subject';
        if (!keepUnattributed(ctx, q)) continue;
      } else if (lastDirect && lastDirect.final.speaker && isContinuation(ctx, lastDirect.quote, q) &&
        !(prevInd && prevInd.anchor > lastDirect.quote.markEnd && followsClaim(ctx, prevInd, q))) {
        // the same speaker goes on: as the previous quotation was finally attributed (the
        // ranker may have corrected the rules there; its correction carries over)
        r = { ...lastDirect.final };
        confidence = 0.7;
        attributed = true;
        via = 'continuation';
        // '“A,” he said. “B.”': one attribution, one speaker, whatever the ranker would say of B alone
        if (sameAttribution(ctx, lastDirect.quote, q)) inherited = lastDirect.claim;
      } else if (prevInd && prevInd.speaker && followsClaim(ctx, prevInd, q)) {
        r = { ...prevInd.resolved };
        confidence = 0.6;
        attributed = true;
        via = 'claim';
      } else if (!keepUnattributed(ctx, q)) {
        continue; // a title, a code or a scare quote nobody is said to have said
      }
    }
    if (isNotSpeech(ctx, q, att, attributed, headline)) continue;
    if (opts.onSpeech) opts.onSpeech({ start: q.start, end: q.end }, speechFeatureNames(ctx, q, { att, via, attributed, headline }));
    if (speechSum) {
      // a term, title or slogan the hand filters let through ('the “establishment” candidate')
      speechSum.reset();
      speechFeatures(ctx, q, { att, via, attributed, headline }, speechSum);
      if (!speechSum.keeps()) continue;
    }
    // 4. rank the speaker candidates: the rules' pick, the previous speaker, names around
    let out: Resolved = r;
    let outMention = mention;
    let speakerConfidence: number | null = null;
    const group = decisionGroup({ ctx, att, ruleVia: via });
    const ranked = model !== null && model.rankGroups.includes(group) && inherited === null;
    if (ranked || opts.onCandidates) {
      const candidates = collectCandidates({
        ctx, registry, runs, runStarts, runEntity, paraOf, q, att, rule: r, ruleMention: mention, ruleVia: via,
        prev: lastDirect ? { resolved: lastDirect.resolved, quote: lastDirect.quote } : null,
        lastPerson: history.last('person'),
        recent: history.recent(3),
        lastNamedOf3: lastNamedOf3(attributions),
      });
      if (opts.onCandidates) opts.onCandidates({ start: q.start, end: q.end }, candidates, group);
      if (model && ranked && candidates.length > 0) {
        const features = candidates.map((c) => c.features);
        features.push(nobodyFeatures(group, candidates.length));
        const { probs } = rank(model, lex.lang, features);
        const best = personBehind(text, candidates, choose(model, probs, bestOf(probs, candidates.length), candidates.findIndex((c) => c.rule)), ctx.sentences);
        const chosen = candidates[best];
        if (chosen.resolved.speaker !== r.speaker) {
          out = chosen.resolved;
          // a pronoun or "-nya" cue still names the speaker at this place, whoever it stands for
          const cueNamesSpeaker = att !== null && (att.enclitic || (att.phrase !== null && att.phrase.kind === 'pronoun'));
          outMention = chosen.mention ? span(text, chosen.mention.start, chosen.mention.end) : cueNamesSpeaker ? mention : null;
        }
        speakerConfidence = chosenConfidence(text, model, probs, candidates, best, ctx.sentences);
      }
    }
    if (inherited) speakerConfidence = inherited.speakerConfidence ?? null;
    if (speakerConfidence === null && r.speaker) speakerConfidence = ruleConfidence(model, group);
    if (speakerConfidence !== null) confidence = speakerConfidence;
    // the history and the next quotation's "previous speaker" stay the rules' (the ranker
    // was trained on features computed from the rules' state)
    if (att && att.phrase) history.push(r, tokens[att.phrase.a].start);
    if (att) addAttribution(attributions, { r, named: att.phrase !== null && holdsName(tokens, att.phrase.a, att.phrase.b), cueTok: att.cueA });
    const claim: ExtractedClaim = {
      kind: 'direct',
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      speaker: out.speaker,
      speakerMention: outMention,
      speakerRole: distinctRole(out),
      cue,
      sentence: sentenceSpan(ctx, q, att),
      confidence: round(confidence),
      speakerType: out.type,
      speakerKind: sourceKind(out.speaker, out.type),
      speakerConfidence: speakerConfidence === null ? null : round(speakerConfidence),
    };
    claims.push(claim);
    if (attributed || r.speaker) lastDirect = { claim, quote: q, resolved: r, final: out, attributed };
  }
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  unifyRoles(claims);
  return claims;
}

/** The keys of a map of runs by start token, ascending (they are inserted in text order). */
function ascendingKeys(runs: Map<number, unknown>): Int32Array {
  const out = new Int32Array(runs.size);
  let i = 0;
  let sorted = true;
  for (const k of runs.keys()) {
    if (i > 0 && k < out[i - 1]) sorted = false;
    out[i++] = k;
  }
  return sorted ? out : out.sort();
}

/** An attribution a later pronoun may look back to: its resolved source and its cue's token. */
interface PastAttribution { r: Resolved; named: boolean; cueTok: number }

/**
 * Counts an attribution once per cue: '“A,” he said, “B.”', or a reported claim and the
 * quotation inside it ('She called it “a crucial step”'), are one attribution to the English
 * annotation, whose pronoun rule counts back over attributions, not over quotations.
 */
function addAttribution(list: PastAttribution[], a: PastAttribution): void {
  if (list.length === 0 || list[list.length - 1].cueTok !== a.cueTok) list.push(a);
}

/**
 * The newest of the last three attributions whose source phrase holds a name: how the English
 * annotation (PolNeAR) resolves "he said" (a pronoun source counts among the three, but names
 * nobody). Null when none of the three does.
 */
function lastNamedOf3(attributions: ReadonlyArray<PastAttribution>): Resolved | null {
  for (let i = attributions.length - 1; i >= 0 && i >= attributions.length - 3; i--) {
    if (attributions[i].named && attributions[i].r.speaker) return attributions[i].r;
  }
  return null;
}

/**
 * A source phrase holds a name: a capitalised word, other than a sentence-opening "He" or
 * "The" (NAMELESS_OPENERS): "the Ohio governor", "Mr. Trump", "Clinton's campaign".
 */
function holdsName(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && t.capital && (k > a || !NAMELESS_OPENERS.has(t.lower))) return true;
  }
  return false;
}

/** Whether a ranker has any weights, decided once per model (its weight table is large). */
const modelHasWeights = new WeakMap<RankerModel, boolean>();
function hasWeights(model: RankerModel): boolean {
  let has = modelHasWeights.get(model);
  if (has === undefined) {
    has = Object.keys(model.weights).length > 0;
    modelHasWeights.set(model, has);
  }
  return has;
}

/** Paragraph number of every token (a line break starts a paragraph). */
function paragraphIndex(tokens: Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i].nlBefore) p++;
    out[i] = p;
  }
  return out;
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

/** A subject good enough to name a speaker: a full name, an organisation or a known person. */
function goodSubject(registry: import('./speakers').Registry, run: import('./names').RunInfo | null, pos: number): boolean {
  if (!run) return false;
  if (run.type === 'organization') return true;
  const e = registry.resolveName(run.canonical, pos);
  // a full name, or a one-word name the article keeps using ("PolitiFact", "Obama")
  return !!e && e.type === 'person' && (e.tokens.length >= 2 || e.mentions.length >= 3);
}

/** The quotation opens the sentence right after a reported claim's sentence (same or next paragraph). */
function followsClaim(ctx: Context, ind: { endTok: number }, q: QuoteSpan): boolean {
  const { sentOf, sentences } = ctx;
  const s = sentOf[q.openTok];
  return sentences[s].startTok === q.openTok && sentOf[ind.endTok] === s - 1;
}

/**
 * q goes on the previous quotation's own attribution: same paragraph, and nothing but that
 * attribution's sentence between them ('“A,” he said. “B.”', '“A,” she said, “B.”').
 */
function sameAttribution(ctx: Context, prev: QuoteSpan, q: QuoteSpan): boolean {
  const { sentOf } = ctx;
  return q.paragraph === prev.paragraph && sentOf[q.openTok] - sentOf[prev.closeTok >= 0 ? prev.closeTok : prev.lastTok] <= 1;
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
