/**
 * Speaker candidates for one direct quotation, each with the sparse features the ranker
 * scores (see ranker.ts). The rules propose: their own pick (attribution cue + resolution),
 * the previous quotation's speaker, the last named person, and every name mentioned in the
 * quotation's sentence and the sentences around it (both sides). Candidates naming the same
 * speaker are merged, so one candidate can carry "the rule chose it" and "it is the subject
 * right before the cue" at once.
 *
 * Features are plain strings ("b|sd=0", "rule|ak=after"). The ranker weighs each twice: once
 * shared by both languages and once for the quotation's language (ranker.ts), so one model
 * serves both and still learns where Indonesian and English copy differ.
 */
import * as words from './lexicon/function-words';
import type { Attribution, Context } from './attribution';
import { descriptionHeadEnd as descriptionHeadEnd_, isEncliticCue as isEncliticCue_, isPronoun as isPronoun_, pronounForm as pronounForm_ } from './phrases';
import type { QuoteSpan } from './quotes';
import { inOpeningClause as inOpeningClause_ } from './sentences';
import { toSpeakerType as toSpeakerType_, type Resolved } from './resolve';
import { DOCUMENT_SOURCES as DOCUMENT_SOURCES_, GROUP_PLURAL as GROUP_PLURAL_, PERSON_NOUNS as PERSON_NOUNS_, PLURAL_NOUN as PLURAL_NOUN_ } from './lexicon/en';
import { isRoleWord as isRoleWord_ } from './names';
import { PLACE_NAMES as PLACE_NAMES_ } from './lexicon/shared';
import type { Entity, Registry, RunAt } from './speakers';
import { isLowerWord as isLowerWord_, type Token } from './text';
import type { TextSpan } from './types';
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const descriptionHeadEnd = descriptionHeadEnd_;
const isEncliticCue = isEncliticCue_;
const isPronoun = isPronoun_;
const pronounForm = pronounForm_;
const toSpeakerType = toSpeakerType_;
const DOCUMENT_SOURCES = DOCUMENT_SOURCES_;
const GROUP_PLURAL = GROUP_PLURAL_;
const PERSON_NOUNS = PERSON_NOUNS_;
const PLURAL_NOUN = PLURAL_NOUN_;
const isRoleWord = isRoleWord_;
const PLACE_NAMES = PLACE_NAMES_;
const isLowerWord = isLowerWord_;
const inOpeningClause = inOpeningClause_;
// Local bindings: transpiled ESM reads each imported name through a getter on every use.
const PREP_BEFORE = words.PREP_BEFORE;
const ARTICLES = words.ARTICLES;
const SUBJECT_OPENERS = words.SUBJECT_OPENERS;
const SOURCE_EDGE_STOPS = words.SOURCE_EDGE_STOPS;

export interface Span {
  start: number;
  end: number;
}

export interface Candidate {
  resolved: Resolved;
  /** where the candidate is named nearest the quotation (or the rules' mention) */
  mention: Span | null;
  features: string[];
  /** the rules' own pick */
  rule: boolean;
}

/** What the rules knew when they reached this quotation. */
export interface CandidateInput {
  ctx: Context;
  registry: Registry;
  runs: Map<number, RunAt>;
  /** start tokens of the runs, ascending */
  runStarts: Int32Array;
  /** entity each name run (by start token) resolves to, filled as runs are met (section-wide memo) */
  runEntity: Map<number, Entity | null>;
  /** paragraph index per token */
  paraOf: Int32Array;
  q: QuoteSpan;
  att: Attribution | null;
  /** the rules' resolved speaker and how they got it */
  rule: Resolved;
  ruleMention: TextSpan | null;
  /** 'cue' | 'continuation' | 'claim' | 'subject' | 'none' */
  ruleVia: string;
  prev: { resolved: Resolved; quote: QuoteSpan } | null;
  lastPerson: Resolved | null;
  /** the most recent distinct named speakers, newest first (the rules' history) */
  recent: Resolved[];
  /**
   * The newest of the previous three attributions whose source phrase holds a name (the
   * annotation's reading of "he said": it counts every attribution, named or not)
   */
  lastNamedOf3: Resolved | null;
}

/** How far (in tokens) each side of the quotation is searched for names. */
const SIDE_TOKENS = 60;
/** How many sentences before / after the quotation's own sentences are searched. */
const SENT_BEFORE = 1;
const SENT_AFTER = 1;

interface Draft {
  resolved: Resolved;
  mention: Span | null;
  /** feature names, each at most once */
  feats: string[];
  nearestBefore: number;
  nearestAfter: number;
}


/**
 * Feature names are built from a small fixed vocabulary of parts; interning each joined name
 * once keeps the hot path free of new strings (and of re-hashing them in the weight lookup).
 */
const JOINED = new Map<string, Map<string, string>>();
export function cat(a: string, b: string): string {
  let m = JOINED.get(a);
  if (!m) { m = new Map(); JOINED.set(a, m); }
  let s = m.get(b);
  if (s === undefined) { s = a + '|' + b; m.set(b, s); }
  return s;
}

/** Interned "name=value" labels for small numbers and buckets. */
const labels = (name: string, values: string[]): string[] => values.map((v) => `${name}=${v}`);
const SD = labels('sd', ['0', '1', '2', '3']);
const PD = labels('pd', ['0', '1', '2']);
const PG = labels('pg', ['0', '1', '2+']);
const NTOK = labels('ntok', ['1', '2', '3']);
const TD_EDGES = [1, 2, 4, 8, 16, 32];
const TD = labels('td', [...TD_EDGES.map((e) => `<=${e}`), '>32']);
const MC_EDGES = [1, 2, 4, 8];
const MC = labels('mc', [...MC_EDGES.map((e) => `<=${e}`), '>8']);
const QL_EDGES = [3, 8, 20, 40];
const QL = labels('ql', [...QL_EDGES.map((e) => `<=${e}`), '>40']);
const HR = labels('hr', ['1', '2', '3']);
const SAL = labels('sal', ['1', '2']);
const DL = labels('dl', ['1', '2', '3+']);

/** Index of the first edge x does not exceed (edges.length when above all). */
function bucket(x: number, edges: number[]): number {
  for (let i = 0; i < edges.length; i++) if (x <= edges[i]) return i;
  return edges.length;
}

/**
 * The group a quotation's decision belongs to: language, how the rules attributed it and what
 * kind of phrase they found ("en|after|pk=name"). The trainer decides per group whether the
 * ranker or the rules decide (cross-validation); the rules' confident groups skip the ranker.
 */
export function decisionGroup(inp: Pick<CandidateInput, 'ctx' | 'att' | 'ruleVia'>): string {
  return inp.att ? cat(cat(inp.ctx.lex.lang, inp.att.kind), phraseKindOf(inp.att)) : cat(inp.ctx.lex.lang, inp.ruleVia);
}

export function collectCandidates(inp: CandidateInput): Candidate[] {
  const drafts = new Map<string, Draft>();
  const { q } = inp;
  const quoteFeats = quoteFeatures(inp);
  const ak = quoteFeats[0];

  // the rules' own pick
  const rd = draftFor(drafts, inp.rule, inp.ruleMention);
  if (rd) {
    rd.resolved = inp.rule; // the rule's resolution (role, type) wins over a mention's
    rd.feats.push('rule');
    rd.feats.push(cat('rule', ak));
    rd.feats.push(cat('rule', cat('via', inp.ruleVia)));
    rd.feats.push(cat(cat('rule', ak), phraseKindOf(inp.att)));
    rd.feats.push(inp.rule.named ? 'rule|named' : 'rule|unnamed');
    rd.feats.push(cat('rule', inp.rule.type ?? 'untyped'));
    rd.feats.push(cat(cat('rule', ak), quoteFeats[1]));
    if (inp.att) rd.feats.push(inp.att.confidence >= 0.9 ? 'rule|conf=high' : inp.att.confidence >= 0.75 ? 'rule|conf=mid' : 'rule|conf=low');
    // which path resolved the rules' pronoun: a newly introduced subject is a different bet from the last speaker
    if (inp.rule.pronounVia && inp.att?.phrase?.kind === 'pronoun') rd.feats.push(cat('rule|pron', inp.rule.pronounVia), cat(cat('rule|pron', inp.rule.pronounVia), ak));
  }
  // the previous quotation's speaker
  if (inp.prev) {
    const pd = draftFor(drafts, inp.prev.resolved, null);
    if (pd) {
      const gap = paragraphGap(inp.prev.quote, q);
      pd.feats.push('prev');
      pd.feats.push(cat('prev', ak));
      pd.feats.push(cat('prev', gap));
      pd.feats.push(cat(cat('prev', ak), gap));
    }
  }
  // the last named person attributed before
  if (inp.lastPerson) {
    const hd = draftFor(drafts, inp.lastPerson, null);
    if (hd) {
      hd.feats.push('hist');
      hd.feats.push(cat('hist', ak));
    }
  }
  if (inp.lastNamedOf3) {
    const gd = draftFor(drafts, inp.lastNamedOf3, null);
    if (gd) { gd.feats.push('g3'); gd.feats.push(cat('g3', ak)); }
  }
  // English: earlier speakers further back in the history (pronouns often skip the last one)
  // and the article's most mentioned people ("he" in a profile is usually its subject).
  // Indonesian copy names the speaker at every quotation; there they only added noise.
  if (inp.ctx.lex.lang === 'en') {
    inp.recent.forEach((r, k) => {
      const d = draftFor(drafts, r, null);
      if (d) { d.feats.push(HR[k]); d.feats.push(cat(HR[k], ak)); }
    });
    salientPeople(inp.registry).forEach((e, k) => {
      const d = draftFor(drafts, fromEntity(e), null);
      if (d) { d.feats.push(SAL[k]); d.feats.push(cat(SAL[k], ak)); }
    });
  }
  addMentions(inp, drafts, ak);
  if (inp.ctx.lex.lang === 'en') addDescriptions(inp, drafts, ak);
  const gender = cueGender(inp);
  const pk = phraseKindOf(inp.att);

  const out: Candidate[] = [];
  for (const d of drafts.values()) {
    const e = d.resolved.entity;
    d.feats.push(cat('type', d.resolved.type ?? 'untyped'));
    d.feats.push(cat(cat('type', d.resolved.type ?? 'untyped'), pk));
    d.feats.push(d.resolved.named ? 'named' : 'unnamed');
    // a shape the rules mistake for a person weighs most when it is the rules' own pick
    // and "he"/"she" rules out some shapes outright ("Latinos", "the news", "Santa Catarina")
    let group = false;
    for (const f of nameShape(inp.registry, d.resolved)) {
      d.feats.push(f);
      if (d === rd) d.feats.push(cat('rule', f));
      if (gender) d.feats.push(cat('hs', f));
      if (f === 'plural') group = true;
    }
    if (gender && group && d !== rd) continue;
    // "…,” he said" never names a woman: a reader would not accept it, whatever the scores
    if (gender && e && e.gender && e.gender !== gender && d !== rd) continue;
    if (gender && e && e.gender) d.feats.push('g=match');
    // "he"/"she" names a person: what else the candidate is weighs differently here
    if (gender) d.feats.push(cat('hs', d.resolved.type ?? 'untyped'), d.resolved.named ? 'hs|named' : 'hs|unnamed');
    if (e) {
      d.feats.push(NTOK[Math.max(1, Math.min(3, e.tokens.length)) - 1]);
      d.feats.push(MC[bucket(e.mentions.length, MC_EDGES)]);
    } else d.feats.push('noentity');
    if (d.nearestBefore < 0 && d.nearestAfter < 0) d.feats.push(cat('nomention', ak));
    const feats = d.feats;
    const pos = firstPosition(feats);
    for (let i = 1; i < quoteFeats.length; i++) feats.push(cat(quoteFeats[i], pos));
    out.push({ resolved: d.resolved, mention: d.mention, features: feats, rule: d === rd });
  }
  return out;
}

/** The draft of the candidate naming r's speaker, made on first sight (a top-level function: no closure per quotation). */
function draftFor(drafts: Map<string, Draft>, r: Resolved, mention: Span | null): Draft | null {
  if (!r.speaker) return null;
  const k = r.speaker;
  let d = drafts.get(k);
  if (!d) {
    d = { resolved: r, mention, feats: ['bias'], nearestBefore: -1, nearestAfter: -1 };
    drafts.set(k, d);
  } else if (!d.mention && mention) d.mention = mention;
  return d;
}

/** The candidate's main position feature, to pair with quotation features. */
function firstPosition(feats: string[]): string {
  // one pass over the features: the earliest of POSITIONS wins, "rule" before all
  let best = -1;
  let prev = false;
  for (let i = 0; i < feats.length; i++) {
    const f = feats[i];
    if (f === 'rule') return 'R';
    if (f === 'prev') { prev = true; continue; }
    const k = POSITION_RANK.get(f);
    if (k !== undefined && (best < 0 || k < best)) best = k;
  }
  if (best >= 0) return POSITIONS[best];
  return prev ? 'P' : 'O';
}

/** The gender of an English he/she attribution ("…,” she said"), else null. */
function cueGender(inp: CandidateInput): 'm' | 'f' | null {
  const ph = inp.att?.phrase;
  if (!ph || ph.kind !== 'pronoun') return null;
  const form = pronounForm(inp.ctx.tokens[ph.a].lower);
  return form === 'he' ? 'm' : form === 'she' ? 'f' : null;
}

const PK = { name: 'pk=name', pronoun: 'pk=pronoun', role: 'pk=role', descr: 'pk=descr' } as const;
const POSITIONS = [...SD.map((x) => cat('b', x)), ...SD.map((x) => cat('a', x))];
const POSITION_RANK = new Map(POSITIONS.map((f, i) => [f, i]));

function phraseKindOf(att: Attribution | null): string {
  if (!att) return 'pk=none';
  if (att.enclitic) return 'pk=enclitic';
  return att.phrase ? PK[att.phrase.kind] : 'pk=nophrase';
}

/** Features of the quotation itself (first: its attribution kind). */
function quoteFeatures(inp: CandidateInput): string[] {
  const { ctx, q, att } = inp;
  const { tokens, sentences, sentOf } = ctx;
  const opensSentence = sentences[sentOf[q.openTok]].startTok === q.openTok;
  const opensPara = q.openTok === 0 || tokens[q.openTok].nlBefore;
  const len = q.lastTok - q.firstTok + 1;
  return [
    cat('ak', att ? att.kind : inp.ruleVia),
    opensPara ? 'qs=para' : opensSentence ? 'qs=sent' : 'qs=mid',
    QL[bucket(len, QL_EDGES)],
  ];
}

function paragraphGap(prev: QuoteSpan, q: QuoteSpan): string {
  const d = q.paragraph - prev.paragraph;
  return PG[d <= 0 ? 0 : d === 1 ? 1 : 2];
}

/** Every name run outside quotations around q, as candidates with position features. */
function addMentions(inp: CandidateInput, drafts: Map<string, Draft>, ak: string): void {
  const { ctx, q } = inp;
  const { sentences, sentOf } = ctx;
  const sOpen = sentOf[q.openTok];
  const lastQ = q.closeTok >= 0 ? q.closeTok : q.lastTok;
  const sClose = sentOf[lastQ];
  const lo = Math.max(sentences[Math.max(0, sOpen - SENT_BEFORE)].startTok, q.openTok - SIDE_TOKENS);
  const hi = Math.min(sentences[Math.min(sentences.length - 1, sClose + SENT_AFTER)].endTok, lastQ + SIDE_TOKENS);
  // walk the sorted run starts outwards from the quotation instead of every token
  const starts = inp.runStarts;
  const first = firstAtOrAfter(starts, q.openTok);
  for (let k = first - 1; k >= 0 && starts[k] >= lo; k--) considerRun(inp, drafts, ak, starts[k], 'b', sOpen, sClose, lastQ);
  for (let k = firstAtOrAfter(starts, lastQ + 1); k < starts.length && starts[k] <= hi; k++) considerRun(inp, drafts, ak, starts[k], 'a', sOpen, sClose, lastQ);
}

/**
 * The name run starting at token i, on side b(efore) or a(fter) of the quotation: a candidate,
 * or more evidence for one (a top-level function: no closure per quotation).
 */
function considerRun(inp: CandidateInput, drafts: Map<string, Draft>, ak: string, i: number, side: 'b' | 'a', sOpen: number, sClose: number, lastQ: number): void {
  const { ctx, q, runs, registry, paraOf } = inp;
  const { tokens, sentOf } = ctx;
  const at = runs.get(i);
  if (!at || tokens[i].inQuote >= 0) return;
  const info = at.info;
  if (info.type === 'place') return;
  const bareRole = info.nameA > info.nameB || (info.role !== null && info.canonical === info.role);
  let e = inp.runEntity.get(i);
  if (e === undefined) {
    e = bareRole ? registry.resolveAlias(info.canonical, tokens[i].start) : registry.resolveName(info.canonical, tokens[i].start) ?? at.entity;
    inp.runEntity.set(i, e);
  }
  // a bare role nobody in the article holds ("Republican claims") is an adjective, not a source
  if (bareRole && (!e || e.type !== 'person')) return;
  const speaker = e ? e.canonical : info.canonical;
  if (!speaker) return;
  const dist = side === 'b' ? q.openTok - info.b : info.a - lastQ;
  let d = drafts.get(speaker);
  if (d) {
    const seen = side === 'b' ? d.nearestBefore : d.nearestAfter;
    if (seen >= 0 && seen <= dist) {
      const more = cat(side, 'more');
      if (!d.feats.includes(more)) d.feats.push(more);
      return;
    }
    if (!d.mention) d.mention = { start: tokens[info.a].start, end: tokens[info.b].end };
  } else {
    const r: Resolved = e
      ? { speaker, type: toSpeakerType(e.type), role: info.role ?? e.role, entity: e, named: true }
      : { speaker, type: toSpeakerType(info.type), role: info.role, entity: null, named: false };
    d = { resolved: r, mention: { start: tokens[info.a].start, end: tokens[info.b].end }, feats: ['bias'], nearestBefore: -1, nearestAfter: -1 };
    drafts.set(speaker, d);
  }
  const nearest = side === 'b' ? d.nearestBefore : d.nearestAfter;
  if (side === 'b') d.nearestBefore = dist; else d.nearestAfter = dist;
  if (nearest < 0) {
    // first (nearest) mention on this side: position features
    const sd = side === 'b' ? sOpen - sentOf[info.b] : sentOf[info.a] - sClose;
    const pd = side === 'b' ? paraOf[q.openTok] - paraOf[info.b] : paraOf[info.a] - paraOf[lastQ];
    const base = cat(side, SD[Math.max(0, Math.min(sd, 3))]);
    d.feats.push(base);
    d.feats.push(cat(base, ak));
    d.feats.push(cat(side, TD[bucket(dist, TD_EDGES)]));
    d.feats.push(cat(side, PD[Math.max(0, Math.min(pd, 2))]));
    for (const f of mentionContext(ctx, info.a, info.b, q)) d.feats.push(cat(side, f));
    if (bareRole) d.feats.push(cat(side, 'role'));
    if (info.role) d.feats.push(cat(side, 'hasrole'));
    if (side === 'b' && sentOf[info.b] === sOpen && q.openTok - info.b <= 3) d.feats.push(cat('b|adjacent', ak));
    if (side === 'a' && sentOf[info.a] === sClose && info.a - lastQ <= 3) d.feats.push(cat('a|adjacent', ak));
  }
}

/** Index of the first element >= x in an ascending array (length when none). */
function firstAtOrAfter(xs: Int32Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}


function isCue(ctx: Context, t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.inQuote >= 0) return false;
  const lex = ctx.lex;
  return speechWordsOf(lex).has(t.lower) || isEncliticCue(lex, t);
}

/** The post-cues, speech verbs and "according to" words in one set per lexicon (one lookup per word). */
const speechWordSets = new WeakMap<Context['lex'], ReadonlySet<string>>();
function speechWordsOf(lex: Context['lex']): ReadonlySet<string> {
  let set = speechWordSets.get(lex);
  if (!set) {
    set = new Set([...lex.postCues, ...lex.speechVerbs, ...lex.accordingTo]);
    speechWordSets.set(lex, set);
  }
  return set;
}

/** The words around a name mention: cue before / after it, subject of its sentence, apposition. */
function mentionContext(ctx: Context, a: number, b: number, q: QuoteSpan): string[] {
  const { tokens, sentences, sentOf, lex } = ctx;
  const out: string[] = [];
  const prev = tokens[a - 1];
  const prev2 = tokens[a - 2];
  const accordingTo = prev !== undefined && prev.text === 'to' && prev2 !== undefined && prev2.lower === 'according';
  if (isCue(ctx, prev) || accordingTo) out.push('cuePrev');
  // "…,” Sanders said, according to CNN": the annotation's source is the outlet quoted
  if (accordingTo) out.push('accTo');
  for (let k = b + 1; k <= b + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'quote' || sentOf[k] !== sentOf[b]) break;
    if (isCue(ctx, t)) { out.push(k === b + 1 ? 'cueNext1' : 'cueNext'); break; }
  }
  const sentA = sentences[sentOf[a]].startTok;
  // "When Vance suggested …, Roldan fired back: “…”": a name in the clause opening the sentence
  // is not the subject of the sentence's cue
  if (a > sentA && inOpeningClause(tokens, a, sentA)) out.push('subclause');
  else if (sentA >= a - 1) out.push('sentStart');
  const nx = tokens[b + 1];
  if (nx && nx.text === ',') out.push('commaAfter');
  if (prev && prev.text === ',') out.push('commaBefore');
  if (/['’]s$/.test(tokens[b].text)) out.push('possessive');
  if (nx && nx.kind === 'word' && isPronoun(lex, nx)) out.push('pronAfter');
  // between the mention and the quotation: another quotation's mark
  const from = b < q.openTok ? b + 1 : q.closeTok + 1;
  const to = b < q.openTok ? q.openTok - 1 : a - 1;
  for (let k = from; k <= to && k - from < 60; k++) if (tokens[k].kind === 'quote') { out.push('quoteBetween'); break; }
  if (prev && PREP_BEFORE.has(prev.lower)) out.push(cat('prep', prev.lower));
  return out;
}


function fromEntity(e: Entity): Resolved {
  return { speaker: e.canonical, type: toSpeakerType(e.type), role: e.role, entity: e, named: true };
}

/** The two people the article mentions most (full names first on ties), computed once per registry. */
const salientCache = new WeakMap<Registry, Entity[]>();
function salientPeople(registry: Registry): Entity[] {
  let out = salientCache.get(registry);
  if (!out) {
    out = registry.entities
      .filter((e) => e.type === 'person' && e.mentions.length >= 2)
      .sort((a, b) => b.mentions.length - a.mentions.length || b.tokens.length - a.tokens.length || a.id - b.id)
      .slice(0, 2);
    salientCache.set(registry, out);
  }
  return out;
}

/**
 * Shapes of a name that the rules mistake for a person: a word seen once at a sentence start
 * ("Instead", "Himself"), a place ("Carolina"), a dateline in capitals ("WASHINGTON").
 */
function nameShape(registry: Registry, r: Resolved): string[] {
  // the same few names recur at every quotation: their shape is worked out once per article
  let byName = shapeCache.get(registry);
  if (!byName) { byName = new Map(); shapeCache.set(registry, byName); }
  const key = r.speaker ?? '';
  const byEntity = byName.get(key);
  const entityKey = r.entity ?? NO_ENTITY;
  const seen = byEntity?.get(entityKey)?.get(r.named);
  if (seen) return seen;
  const out = computeNameShape(registry, r);
  let m = byEntity;
  if (!m) { m = new Map(); byName.set(key, m); }
  let n = m.get(entityKey);
  if (!n) { n = new Map(); m.set(entityKey, n); }
  n.set(r.named, out);
  return out;
}
const shapeCache = new WeakMap<Registry, Map<string, Map<Entity | typeof NO_ENTITY, Map<boolean, string[]>>>>();
const NO_ENTITY = Symbol('no entity');

/**
 * Whether s has a letter a-z: then s !== s.toUpperCase() for certain, so the all-capitals test
 * can stop before making two upper- and lower-cased copies (most names are "Maria Lindqvist").
 */
function hasAsciiLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * A plural group rather than one speaker: a description ending in a plural noun ("Trump
 * supporters", "citizens in many countries") or a one-word plural of a nation, party or creed
 * ("Latinos", "Republicans", "Chinese"), which a "he"/"she" never names.
 */
function namesGroup(name: string, named: boolean, e: Entity | null | undefined): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  if (!named) return isLowerWord(last.charAt(0)) && PLURAL_NOUN.test(last);
  return !!e && e.tokens.length === 1 && e.gender === null && GROUP_PLURAL.test(last);
}

function computeNameShape(registry: Registry, r: Resolved): string[] {
  const e = r.entity;
  const out: string[] = [];
  const name = r.speaker ?? '';
  if (e && e.tokens.length === 1 && e.mentions.length === 1) out.push('once1');
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  if (PLACE_NAMES.has(last) || registry.places.has(last)) out.push('placeish');
  if (name.length >= 3 && !hasAsciiLower(name) && name === name.toUpperCase() && name !== name.toLowerCase()) out.push('caps');
  if (!r.named && name && isLowerWord(name.charAt(0))) out.push('lowerdescr');
  // a sentence-opening participle phrase taken for a source ("Holding signs", "Speaking at")
  if (!r.named && /^\p{Lu}\p{Ll}+ing\b/u.test(name)) out.push('ingdescr');
  if (!r.named && name && cutAtFunctionWord(name)) out.push('cutdescr');
  if (namesGroup(name, r.named, e)) out.push('plural');
  return out;
}

/** A phrase starting or ending with a function word ("Texas and", "she declined to"). */
function cutAtFunctionWord(name: string): boolean {
  const sp = name.indexOf(' ');
  const first = (sp < 0 ? name : name.slice(0, sp)).toLowerCase();
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return SOURCE_EDGE_STOPS.has(first) || SOURCE_EDGE_STOPS.has(last);
}

/**
 * "according", the speech verbs and the post-cues in one set per lexicon: most words are none
 * of them, and one lookup tells (instead of three).
 */
const cueWordSets = new WeakMap<Context['lex'], ReadonlySet<string>>();
function cueWordsOf(lex: Context['lex']): ReadonlySet<string> {
  let set = cueWordSets.get(lex);
  if (!set) {
    set = new Set(['according', ...lex.speechVerbs, ...lex.postCues]);
    cueWordSets.set(lex, set);
  }
  return set;
}

/**
 * Token indices of every speech verb and "according" outside quotations, ascending: computed
 * once per text section, so each quotation visits only the cues in its window.
 */
const cueCache = new WeakMap<Token[], Int32Array>();
function cueTokens(ctx: Context): Int32Array {
  let out = cueCache.get(ctx.tokens);
  if (!out) {
    const { tokens, lex } = ctx;
    const cueWords = cueWordsOf(lex);
    const xs: number[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind !== 'word' || t.inQuote >= 0) continue;
      if (cueWords.has(t.lower)) xs.push(k);
    }
    out = Int32Array.from(xs);
    cueCache.set(ctx.tokens, out);
  }
  return out;
}

/** How many words a descriptive source may have, determiner included ("the Christie supporter"). */
const DESCR_MAX = 6;

/**
 * The descriptive source on tokens a..b (found via "subj" of the speech verb at token verb, or
 * via "acc": the object of "according to"; verb -1): a candidate, or the features it adds to one
 * (a top-level function: no closure per quotation).
 */
function addDescription(inp: CandidateInput, drafts: Map<string, Draft>, ak: string, a: number, b: number, via: string, verb: number, sOpen: number, sClose: number, lastQ: number): void {
  const { ctx, q } = inp;
  const { tokens, sentOf, lex, text } = ctx;
  const side = b < q.openTok ? 'b' : 'a';
  const words = text.slice(tokens[a].start, tokens[b].end);
  let d = drafts.get(words);
  if (!d) {
    const e = inp.registry.resolveAlias(words, tokens[a].start);
    const head = tokens[b].lower;
    const type = DOCUMENT_SOURCES.has(head) ? 'organization' : e ? toSpeakerType(e.type) : null;
    d = { resolved: { speaker: words, type, role: null, entity: e && e.type === 'person' ? e : null, named: false },
      mention: { start: tokens[a].start, end: tokens[b].end }, feats: ['bias'], nearestBefore: -1, nearestAfter: -1 };
    drafts.set(words, d);
  } else if (d.feats.includes('descr')) return;
  else if (d.resolved.type === null && DOCUMENT_SOURCES.has(tokens[b].lower)) d.resolved = { ...d.resolved, type: 'organization' };
  const sd = side === 'b' ? sOpen - sentOf[b] : sentOf[a] - sClose;
  const base = cat(side, SD[Math.max(0, Math.min(sd, 3))]);
  d.feats.push('descr', cat('descr', via), cat('descr', base), cat(cat('descr', base), ak), DL[Math.min(b - a, 2)]);
  if (DOCUMENT_SOURCES.has(tokens[b].lower)) d.feats.push('descr|doc');
  if (lex.sourceNouns.has(tokens[b].lower)) d.feats.push('descr|srcnoun');
  if (verb >= 0 && sentOf[verb] === sOpen && verb < q.openTok && q.openTok - verb <= 4) d.feats.push(cat('descr|verbAdjQuote', ak));
  if (verb >= 0 && sentOf[verb] === sClose && verb > lastQ && verb - lastQ <= 8) d.feats.push(cat('descr|verbAfterQuote', ak));
  if (side === 'b') { if (d.nearestBefore < 0) d.nearestBefore = q.openTok - b; } else if (d.nearestAfter < 0) d.nearestAfter = a - lastQ;
}

/**
 * English descriptive sources around the quotation, which no name run proposes: the subject
 * of a speech verb that opens with a determiner ("the protesters chanted", "the groups say",
 * "an early tweet quoted") and the object of "according to" ("according to a new poll").
 * The candidate is the words as written; documents and polls are sources, not people.
 */
function addDescriptions(inp: CandidateInput, drafts: Map<string, Draft>, ak: string): void {
  const { ctx, q } = inp;
  const { tokens, sentences, sentOf, lex } = ctx;
  const sOpen = sentOf[q.openTok];
  const lastQ = q.closeTok >= 0 ? q.closeTok : q.lastTok;
  const sClose = sentOf[lastQ];
  const lo = Math.max(sentences[Math.max(0, sOpen - SENT_BEFORE)].startTok, q.openTok - SIDE_TOKENS);
  const hi = Math.min(sentences[Math.min(sentences.length - 1, sClose + SENT_AFTER)].endTok, lastQ + SIDE_TOKENS);
  const cues = cueTokens(ctx);
  for (let c = firstAtOrAfter(cues, lo); c < cues.length && cues[c] <= hi; c++) {
    const k = cues[c];
    const t = tokens[k];
    if (t.lower === 'according' && tokens[k + 1] && tokens[k + 1].lower === 'to') {
      const a = k + 2;
      const d = tokens[a];
      if (!d || d.kind !== 'word' || !lex.determiners.has(d.lower) || d.inQuote >= 0) continue;
      const b = accordingToDescriptionEnd(ctx, a, hi);
      if (b > a) addDescription(inp, drafts, ak, a, b, 'acc', -1, sOpen, sClose, lastQ);
      continue;
    }
    if (!(lex.speechVerbs.has(t.lower) || lex.postCues.has(t.lower))) continue;
    let b = k - 1;
    while (b >= lo && tokens[b].kind === 'word' && lex.skipBetween.has(tokens[b].lower)) b--;
    if (b < lo || tokens[b].kind !== 'word' || tokens[b].inQuote >= 0 || !isLowerWord(tokens[b].text) || lex.pronouns.has(tokens[b].lower)) continue;
    let a = b;
    while (a - 1 >= lo && b - (a - 1) < DESCR_MAX && tokens[a - 1].kind === 'word' && tokens[a - 1].inQuote < 0 && !lex.determiners.has(tokens[a].lower)) a--;
    if (a < b && lex.determiners.has(tokens[a].lower)) addDescription(inp, drafts, ak, a, descriptionHeadEnd(lex, tokens, a, b), 'subj', k, sOpen, sClose, lastQ);
  }
  // "The Vermont senator is sticking to his message. “…,” he told supporters": the described
  // subject of a sentence before the quotation, whatever its verb, is who a "he" may mean
  for (let s = Math.max(0, sOpen - SENT_BEFORE); s <= sOpen; s++) {
    const start = sentences[s].startTok;
    if (start >= q.openTok) break;
    const a = describedSubjectStart(ctx, start);
    const b = a < 0 ? -1 : describedSubjectHead(ctx, a, q.openTok - 1);
    if (b > a) addDescription(inp, drafts, ak, a, b, 'sstart', -1, sOpen, sClose, lastQ);
  }
}

/**
 * The last word of the description "according to" opens at a (up to a phrase stop, ending in a
 * lower-case word), or -1. "from"/"by" after a document goes on when the longer phrase also ends
 * in a lower-case word: "a statement from the ministry", not "a report from the State Department's".
 */
function accordingToDescriptionEnd(ctx: Context, a: number, hi: number): number {
  const { tokens, lex } = ctx;
  let b = a;
  let best = -1;
  while (b + 1 <= hi && b + 1 - a < DESCR_MAX && tokens[b + 1].kind === 'word' && tokens[b + 1].inQuote < 0) {
    const w = tokens[b + 1].lower;
    if (lex.phraseStops.has(w)) {
      const documentOf = lex.lang === 'en' && (w === 'from' || w === 'by') && DOCUMENT_SOURCES.has(tokens[b].lower);
      if (!documentOf) break;
      if (best < 0 && b > a && isLowerWord(tokens[b].text)) best = b;
    }
    b++;
  }
  if (b > a && isLowerWord(tokens[b].text)) return b;
  return best;
}

/** The article opening the sentence at token s (after an opener such as "But"), else -1. */
function describedSubjectStart(ctx: Context, s: number): number {
  const { tokens } = ctx;
  let a = s;
  if (tokens[a] && tokens[a].kind === 'word' && SUBJECT_OPENERS.has(tokens[a].lower)) a++;
  if (tokens[a] && tokens[a].text === ',') a++;
  const t = tokens[a];
  return t && t.kind === 'word' && t.inQuote < 0 && ARTICLES.has(t.lower) ? a : -1;
}

/**
 * The head noun of the described subject opened by the article at a: the last word naming a
 * person or a source ("senator", "journalist", "email") before its verb or a function word,
 * within DESCR_MAX words and before `limit`; -1 when there is none.
 */
function describedSubjectHead(ctx: Context, a: number, limit: number): number {
  const { tokens, lex } = ctx;
  let head = -1;
  for (let k = a + 1; k <= limit && k - a < DESCR_MAX; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.inQuote >= 0 || lex.functionWords.has(t.lower) || ARTICLES.has(t.lower) || /['’]s$/.test(t.text)) break;
    if (!t.capital && (PERSON_NOUNS.has(t.lower) || isRoleWord(t.lower) || lex.sourceNouns.has(t.lower) || DOCUMENT_SOURCES.has(t.lower))) head = k;
  }
  return head;
}
