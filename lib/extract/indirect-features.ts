/**
 * Features of a drafted reported claim, for the indirect-claim model: binary, named by strings
 * ("v=said", "that", "cl=5-8"), so the weights file reads as a table of evidence.
 *
 * What they capture: the cue word and its shape, how the source was found and what kind of
 * phrase it is, the complementizer, negation and modals before the cue, the first word of the
 * content, the content's length and quotation share, and where the sentence sits.
 */
import type { Context } from './attribution';
import type { IndirectDraft } from './indirect';
import { MODALS as MODALS_, NEGATIONS as NEGATIONS_ } from './lexicon/indirect-en';
import { inOpeningClause as inOpeningClause_ } from './sentences';
import type { Token } from './text';
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const MODALS = MODALS_;
const NEGATIONS = NEGATIONS_;
const inOpeningClause = inOpeningClause_;

/**
 * NEGATIONS and MODALS in one table (word -> bits), so each of the words before a cue costs one
 * lookup, not two: this runs for every draft.
 */
const NEGATION = 1;
const MODAL = 2;
const BEFORE_CUE = new Map<string, number>();
for (const w of NEGATIONS) BEFORE_CUE.set(w, (BEFORE_CUE.get(w) ?? 0) | NEGATION);
for (const w of MODALS) BEFORE_CUE.set(w, (BEFORE_CUE.get(w) ?? 0) | MODAL);

/** Word-count buckets: the model learns a weight per length range, not per length. */
function lengthBucket(n: number): string {
  if (n <= 2) return String(n);
  if (n <= 4) return '3-4';
  if (n <= 8) return '5-8';
  if (n <= 16) return '9-16';
  if (n <= 32) return '17-32';
  return '33+';
}

/** Shape of a word: its inflection is evidence even for cue words the model never saw. */
function suffixClass(w: string): string {
  if (w.endsWith('ing')) return 'ing';
  if (w.endsWith('ly')) return 'ly';
  if (w.endsWith('ed')) return 'ed';
  if (w.endsWith('s')) return 's';
  return 'base';
}

function tokenKey(t: Token | undefined): string {
  if (!t) return 'END';
  if (t.kind === 'quote') return 'Q';
  if (t.kind !== 'word') return t.text;
  return t.lower;
}

/**
 * "a:b", interned: the rules, variants and words recur, so each pair is built once and later
 * lookups hash a string whose hash V8 has kept (a fresh concatenation is flattened and hashed
 * anew at every weight lookup). Bounded: a text full of new words cannot grow it without end.
 */
const JOINED = new Map<string, Map<string, string>>();
let joinedCount = 0;
const JOINED_MAX = 50_000;
function joined(a: string, b: string): string {
  let m = JOINED.get(a);
  if (!m) { m = new Map(); JOINED.set(a, m); }
  let s = m.get(b);
  if (s === undefined) {
    s = a + ':' + b;
    if (joinedCount >= JOINED_MAX) { JOINED.clear(); joinedCount = 0; m = new Map(); JOINED.set(a, m); }
    m.set(b, s);
    joinedCount++;
  }
  return s;
}

/**
 * Feature name prefixes ("v=", or a whole name such as "that"), by id. A feature is a prefix id
 * and a value ("said", or ""): its name is prefix + value. Scoring looks the pair up without
 * building the name, and the id picks the prefix's weight table with no lookup.
 */
export const PREFIXES = ['b', 'r=', 'rx=', 'v=', 'vs=', 'rv=', 'cue2=', 'sk=', 'sl=', 'sd=', 'that', 'vthat=', 'p1=', 'neg', 'modal', 'n1=', 'c1=', 'c1s=', 'fromStart', 'noStop', 'par1', 'sentLen=', 'sv=', 'cl=', 'q=', 'toEnd', 'after=', 'vafter=', 'sub='] as const;
type Prefix = (typeof PREFIXES)[number];
/** Prefix -> id (index in PREFIXES). */
const P = Object.fromEntries(PREFIXES.map((x, i) => [x, i])) as Record<Prefix, number>;

/** Receives features as a prefix id (index in PREFIXES) and a value. */
export interface FeatureSink {
  add(prefix: number, value: string): void;
}

/** A sink that collects the feature names (for training and tests). */
export class FeatureList implements FeatureSink {
  readonly names: string[] = [];
  add(prefix: number, value: string): void {
    this.names.push(PREFIXES[prefix] + value);
  }
}

/** All feature names of a draft: those shared by its span variants, then those of its span. */
export function indirectFeatures(ctx: Context, d: IndirectDraft, sentA: number, sentB: number): string[] {
  const list = new FeatureList();
  draftFeatures(ctx, d, sentA, sentB, list);
  spanFeatures(ctx, d, sentA, sentB, list);
  return list.names;
}

/** Features that do not depend on where the content ends (shared by a draft's span variants). */
export function draftFeatures(ctx: Context, d: IndirectDraft, sentA: number, sentB: number, f: FeatureSink): void {
  cueFeatures(d.rule, d.relax, cueWord(ctx.tokens[d.verb]), f);
  contextFeatures(ctx, d, sentA, sentB, f);
}

/** The reporting word as the features name it: a word's lower case, else the token's text. */
export function cueWord(verb: Token): string {
  return verb.kind === 'word' ? verb.lower : verb.text;
}

/**
 * The first features of every draft: the bias, the rule, the relaxations and the cue word `vw`.
 * They depend on these three values only, so the model can score them once per combination
 * (see IndirectModel.cueScore); they must stay the first features added.
 */
export function cueFeatures(rule: string, relax: number, vw: string, f: FeatureSink): void {
  f.add(P['b'], '');
  f.add(P['r='], rule);
  f.add(P['rx='], String(relax));
  f.add(P['v='], vw);
  f.add(P['vs='], suffixClass(vw));
  f.add(P['rv='], joined(rule, vw));
}

/** The draft features after cueFeatures: the cue's surroundings, the source, the content's start, the sentence. */
export function contextFeatures(ctx: Context, d: IndirectDraft, sentA: number, sentB: number, f: FeatureSink): void {
  const { tokens } = ctx;
  const vw = cueWord(tokens[d.verb]);
  if (d.cueB > d.cueA) f.add(P['cue2='], tokens[d.cueB].lower);
  f.add(P['sk='], d.phrase.kind);
  f.add(P['sl='], lengthBucket(d.phrase.b - d.phrase.a + 1));
  if (d.phrase.kind === 'descr') f.add(P['sd='], tokenKey(tokens[d.phrase.b]));
  if (d.afterThat) { f.add(P['that'], ''); f.add(P['vthat='], vw); }

  // what stands right before the cue: auxiliaries, negation, modals
  const p1 = tokens[d.verb - 1];
  if (d.verb > sentA && p1) {
    f.add(P['p1='], tokenKey(p1));
    for (let k = d.verb - 1; k >= sentA && k >= d.verb - 3; k--) {
      const bits = BEFORE_CUE.get(tokens[k].lower);
      if (bits === undefined) continue;
      if ((bits & NEGATION) !== 0) f.add(P['neg'], '');
      if ((bits & MODAL) !== 0) f.add(P['modal'], '');
    }
  } else f.add(P['p1='], 'START');
  f.add(P['n1='], tokenKey(tokens[d.verb + 1]));

  // the content's first word, and its shape ("opened …" after an adverb is no reported content)
  const c1 = tokens[d.contentA];
  f.add(P['c1='], tokenKey(c1));
  if (c1.kind === 'word') f.add(P['c1s='], suffixClass(c1.lower));
  if (d.contentA <= sentA + 1) f.add(P['fromStart'], '');

  // the sentence: a headline line (no end punctuation), the first of its paragraph
  const last = tokens[sentB];
  if (last.kind === 'word') f.add(P['noStop'], '');
  if (sentA === 0 || tokens[sentA].nlBefore) f.add(P['par1'], '');
  f.add(P['sentLen='], lengthBucket(sentB - sentA + 1));
}

/** Features of the content span: its length, quoted share and where it ends. */
export function spanFeatures(ctx: Context, d: IndirectDraft, sentA: number, sentB: number, f: FeatureSink): void {
  const { tokens } = ctx;
  f.add(P['sv='], d.variant);
  let words = 0;
  let quoted = 0;
  let all = 0;
  for (let k = d.contentA; k <= d.contentB && all < 200; k++, all++) {
    if (tokens[k].kind === 'word') words++;
    if (tokens[k].inQuote >= 0 || tokens[k].kind === 'quote') quoted++;
  }
  f.add(P['cl='], lengthBucket(words));
  const share = all ? quoted / all : 0;
  f.add(P['q='], share === 0 ? '0' : share < 0.3 ? 'low' : share < 0.7 ? 'mid' : 'high');
  if (d.contentB >= sentB - 1) f.add(P['toEnd'], '');
  else {
    f.add(P['after='], tokenKey(tokens[d.contentB + 1]));
    f.add(P['vafter='], joined(d.variant, tokenKey(tokens[d.contentB + 2])));
  }
  if (inOpeningClause(tokens, d.verb, sentA)) f.add(P['sub='], d.variant);
}

