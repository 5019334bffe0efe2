/**
 * A listwise log-linear ranker (conditional logit): each candidate's score is the sum of the
 * weights of its features; the probability of a candidate is the softmax of the scores over
 * the quotation's candidates. That softmax is the speaker confidence shown on the card.
 *
 * Training (trainRanker) minimises the negative log-likelihood of the correct candidates plus
 * an L2 penalty by full-batch gradient descent with AdaGrad steps: no randomness, a fixed
 * iteration order, so the same examples always give the same weights, bit for bit.
 */

import { bitForest, bitScore as bitScore_, flatScore as flatScore_, flattenForest, languageFeature, parseForest, type BitForest, type FlatForest, type Forest } from './boost';
import { softmax as softmax_ } from './softmax';
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const bitScore = bitScore_;
const flatScore = flatScore_;
const softmax = softmax_;

export { softmax };

export interface RankerModel {
  /** what the weights are for, and the feature set version they were trained with */
  kind: 'speaker-ranker';
  version: number;
  /**
   * the ranker overrides the rules' pick only when its best candidate is at least this much
   * more probable than the rules' pick (chosen by cross-validation on the training corpus)
   */
  margin: number;
  /**
   * decision groups ("en:after": language and how the rules attributed the quote) where the
   * ranker beat the rules in cross-validation; elsewhere (and in groups never seen) the rules stand
   */
  rankGroups: string[];
  weights: Record<string, number>;
  /** boosted trees added to the linear score (boost.ts); absent when cross-validation found they do not help */
  forest?: Forest;
  /**
   * Confidence calibration, fitted on cross-validated predictions of the training corpus:
   * the ranker's scores are divided by `temperature` before the softmax that gives the shown
   * confidence, and where the rules stand a quotation's confidence is how often the rules were
   * right in its decision group (`groupAccuracy`).
   */
  temperature?: number;
  groupAccuracy?: Record<string, number>;
}

/** One training example: the candidates' features and which candidates are correct. */
export interface RankExample {
  /** language of the quotation: its features also get language-specific weights */
  lang: string;
  candidates: string[][];
  correct: boolean[];
}

export interface TrainOptions {
  /** L2 penalty per weight, relative to the number of examples */
  l2: number;
  iterations: number;
  learningRate: number;
}

export const DEFAULT_TRAIN: TrainOptions = { l2: 1e-4, iterations: 300, learningRate: 0.5 };

/** Check a weights file's shape (it ships in the repository; a bad edit must fail loudly). */
export function parseModel(json: unknown): RankerModel {
  const m = json as Partial<RankerModel> | null;
  if (!m || m.kind !== 'speaker-ranker' || typeof m.version !== 'number' || typeof m.margin !== 'number' || !Array.isArray(m.rankGroups) ||
    typeof m.weights !== 'object' || m.weights === null) {
    throw new Error('speaker model: not a speaker-ranker weights file');
  }
  for (const [k, v] of Object.entries(m.weights)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`speaker model: weight ${k} is not a number`);
  }
  if (m.forest !== undefined) parseForest(m.forest);
  if (m.temperature !== undefined && !(typeof m.temperature === 'number' && m.temperature > 0)) throw new Error('speaker model: temperature must be a positive number');
  for (const [k, v] of Object.entries(m.groupAccuracy ?? {})) {
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new Error(`speaker model: group accuracy ${k} is not a probability`);
  }
  return m as RankerModel;
}

/**
 * Each feature has a shared weight ("b|sd=0") and a weight for one language ("en:b|sd=0"):
 * the trainer sees both (languageFeatures); at run time the two are looked up separately,
 * which saves building the prefixed strings for every candidate.
 */
export function languageFeatures(lang: string, features: readonly string[]): string[] {
  const out = features.slice();
  for (const f of features) out.push(`${lang}:${f}`);
  return out;
}

/** Per language: shared and language weights summed into one table (one lookup per feature). */
const tables = new WeakMap<RankerModel, Map<string, Map<string, number>>>();

function tableFor(model: RankerModel, lang: string): Map<string, number> {
  let byLang = tables.get(model);
  if (!byLang) { byLang = new Map(); tables.set(model, byLang); }
  let t = byLang.get(lang);
  if (!t) {
    t = new Map();
    const prefix = `${lang}:`;
    for (const [k, v] of Object.entries(model.weights)) if (!/^[a-z]{2}:/.test(k)) t.set(k, v);
    for (const [k, v] of Object.entries(model.weights)) {
      if (k.startsWith(prefix)) { const f = k.slice(prefix.length); t.set(f, (t.get(f) ?? 0) + v); }
    }
    byLang.set(lang, t);
  }
  return t;
}

/** Score of one candidate: the sum of its features' shared and language weights. */
export function scoreFeatures(model: RankerModel, lang: string, features: readonly string[]): number {
  const t = tableFor(model, lang);
  let s = 0;
  for (const f of features) {
    const x = t.get(f);
    if (x !== undefined) s += x;
  }
  return s;
}

/**
 * The model compiled for one language: one lookup per feature gives its summed linear weight
 * and its index among the forest's features (-1: the trees never ask about it).
 */
interface Compiled {
  index: Map<string, number>;
  weight: Float64Array;
  treeFeature: Int32Array;
  flat: FlatForest | null;
  /** the same forest scored by the features present (boost.ts), null when a tree has over 32 leaves */
  bits: BitForest | null;
  /** the forest's index of the language feature ("lang=en"), -1 when unused */
  langFeature: number;
  /** scratch: which forest features the current candidate has, and which were set */
  has: Uint8Array;
  touched: Int32Array;
  /** scores of the shared "nobody" feature lists (see nobodyFeatures), each computed once */
  nobodyScores: Map<readonly string[], number>;
}

const compiledModels = new WeakMap<RankerModel, Map<string, Compiled>>();

function compiled(model: RankerModel, lang: string): Compiled {
  let byLang = compiledModels.get(model);
  if (!byLang) { byLang = new Map(); compiledModels.set(model, byLang); }
  let c = byLang.get(lang);
  if (!c) {
    const linear = tableFor(model, lang);
    const forest = model.forest ?? null;
    const forestIndex = new Map((forest?.features ?? []).map((f, i) => [f, i]));
    const names = [...new Set([...linear.keys(), ...forestIndex.keys()])];
    const index = new Map(names.map((f, i) => [f, i]));
    const weight = Float64Array.from(names, (f) => linear.get(f) ?? 0);
    const treeFeature = Int32Array.from(names, (f) => forestIndex.get(f) ?? -1);
    const n = forest ? forest.features.length : 0;
    c = {
      index, weight, treeFeature, flat: forest ? flattenForest(forest) : null, bits: forest ? bitForest(forest) : null,
      langFeature: forestIndex.get(languageFeature(lang)) ?? -1,
      has: new Uint8Array(n), touched: new Int32Array(n), nobodyScores: new Map(),
    };
    byLang.set(lang, c);
  }
  return c;
}

/** Linear score plus forest score of one candidate, with one table lookup per feature. */
function scoreCandidate(c: Compiled, features: readonly string[]): number {
  const { index, weight, treeFeature, has, touched } = c;
  let s = 0;
  let n = 0;
  for (let i = 0; i < features.length; i++) {
    const id = index.get(features[i]);
    if (id === undefined) continue;
    s += weight[id];
    const t = treeFeature[id];
    if (t >= 0 && has[t] === 0) { has[t] = 1; touched[n++] = t; }
  }
  if (c.flat) {
    const l = c.langFeature;
    if (l >= 0 && has[l] === 0) { has[l] = 1; touched[n++] = l; }
    s += c.bits ? bitScore(c.bits, touched, n) : flatScore(c.flat, has);
  }
  for (let k = 0; k < n; k++) has[touched[k]] = 0;
  return s;
}

/**
 * A candidate's score. The "nobody" alternative's feature list is one shared array per group and
 * candidate count (nobodyFeatures), so its score (a full pass over the forest's trees) is the
 * same every time: it is computed once per compiled model and then looked up.
 */
function candidateScore(c: Compiled, features: readonly string[]): number {
  if (!nobodyLists.has(features)) return scoreCandidate(c, features);
  let s = c.nobodyScores.get(features);
  if (s === undefined) {
    s = scoreCandidate(c, features);
    c.nobodyScores.set(features, s);
  }
  return s;
}

/** Index of the best candidate (first on ties) and the probabilities of all. */
export function rank(model: RankerModel, lang: string, candidates: readonly (readonly string[])[]): { best: number; probs: number[] } {
  const c = compiled(model, lang);
  const scores = new Array<number>(candidates.length);
  for (let i = 0; i < candidates.length; i++) scores[i] = candidateScore(c, candidates[i]);
  const probs = softmax(scores);
  let best = -1;
  for (let i = 0; i < probs.length; i++) if (best < 0 || probs[i] > probs[best]) best = i;
  return { best, probs };
}

/**
 * Features of the "nobody here" alternative ranked with every quotation's candidates. Without it
 * the softmax says 100 % whenever there is one candidate, however poor ("Prices" for a quotation
 * after "Prices rose in May."); with it, mass goes to "none of these" where, in training, the
 * gold speaker was among no candidate. It is never output: it only lowers the confidence.
 */
export function nobodyFeatures(group: string, candidates: number): string[] {
  const n = Math.min(candidates, 4);
  let byCount = nobodyCache.get(group);
  if (!byCount) { byCount = []; nobodyCache.set(group, byCount); }
  let f = byCount[n];
  if (!f) {
    f = ['nobody', `nobody|${group}`, `nobody|n=${n}`];
    byCount[n] = f;
    nobodyLists.add(f);
  }
  return f;
}
/**
 * A handful of groups × candidate counts: each feature list is built once. Keyed by the group
 * (an interned string), then by the count: no "group|n" key string is built and hashed per quotation.
 */
const nobodyCache = new Map<string, string[][]>();
/** The lists nobodyFeatures hands out (never changed by anyone: their scores are remembered). */
const nobodyLists = new WeakSet<readonly string[]>();

/** The most probable of the first n candidates (the real ones; the "nobody" alternative comes last). */
export function bestOf(probs: readonly number[], n: number): number {
  let best = n > 0 ? 0 : -1;
  for (let c = 1; c < n; c++) if (probs[c] > probs[best]) best = c;
  return best;
}

/**
 * The shown confidence of candidate `i`: its probability with the scores divided by the model's
 * temperature (softmax(log p / T) is softmax(score / T): the normaliser cancels).
 */
export function calibrated(model: Pick<RankerModel, 'temperature'>, probs: readonly number[], i: number): number {
  const t = model.temperature ?? 1;
  if (t === 1) return probs[i];
  // softmax(probs.map(log / t))[i], step for step (same numbers), without its three arrays
  let max = -Infinity;
  for (let j = 0; j < probs.length; j++) {
    const x = Math.log(Math.max(probs[j], 1e-300)) / t;
    if (x > max) max = x;
  }
  let z = 0;
  for (let j = 0; j < probs.length; j++) z += Math.exp(Math.log(Math.max(probs[j], 1e-300)) / t - max);
  return Math.exp(Math.log(Math.max(probs[i], 1e-300)) / t - max) / z;
}

/** How sure a speaker chosen by the rules alone is: their cross-validated accuracy in its group. */
export function ruleConfidence(model: Pick<RankerModel, 'groupAccuracy'> | null, group: string): number | null {
  return model?.groupAccuracy?.[group] ?? null;
}

/**
 * The candidate to output: the ranker's best unless the rules' own pick (index `rule`, -1 if
 * none) is within the model's margin of it.
 */
export function choose(model: RankerModel, probs: readonly number[], best: number, rule: number): number {
  if (rule < 0 || best === rule) return best;
  return probs[best] - probs[rule] >= model.margin ? best : rule;
}

/** Round to 6 significant digits so a weights file is the same bytes on every run. */
export function roundWeight(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  return Number(x.toPrecision(6));
}

/**
 * Fit weights on examples (those without any correct candidate are skipped: they teach
 * nothing about ranking). Features are indexed in first-seen order; the result lists them
 * sorted, rounded, and without near-zero weights.
 */
export function trainRanker(examples: readonly RankExample[], opts: TrainOptions = DEFAULT_TRAIN, version = 1): RankerModel {
  const index = new Map<string, number>();
  const names: string[] = [];
  const data: Array<{ feats: Int32Array[]; correct: boolean[] }> = [];
  for (const ex of examples) {
    if (ex.candidates.length < 2 || !ex.correct.some(Boolean)) continue;
    const feats = ex.candidates.map((c0) => {
      const c = languageFeatures(ex.lang, c0);
      const ids = new Int32Array(c.length);
      c.forEach((f, k) => {
        let id = index.get(f);
        if (id === undefined) { id = names.length; index.set(f, id); names.push(f); }
        ids[k] = id;
      });
      return ids;
    });
    data.push({ feats, correct: ex.correct.slice() });
  }
  const n = names.length;
  const w = new Float64Array(n);
  const g2 = new Float64Array(n);
  const grad = new Float64Array(n);
  const m = Math.max(1, data.length);
  for (let it = 0; it < opts.iterations; it++) {
    grad.fill(0);
    for (const ex of data) {
      const scores = ex.feats.map((ids) => { let s = 0; for (const id of ids) s += w[id]; return s; });
      const p = softmax(scores);
      let zPos = 0;
      for (let c = 0; c < p.length; c++) if (ex.correct[c]) zPos += p[c];
      // d(-log sum_pos p)/d score_c = p_c - (correct ? p_c / zPos : 0)
      for (let c = 0; c < p.length; c++) {
        const d = p[c] - (ex.correct[c] ? p[c] / zPos : 0);
        if (d === 0) continue;
        for (const id of ex.feats[c]) grad[id] += d;
      }
    }
    for (let j = 0; j < n; j++) {
      const g = grad[j] / m + opts.l2 * w[j];
      g2[j] += g * g;
      if (g2[j] > 0) w[j] -= (opts.learningRate * g) / Math.sqrt(g2[j]);
    }
  }
  const order = names.map((_, j) => j).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  const weights: Record<string, number> = {};
  for (const j of order) {
    const x = roundWeight(w[j]);
    if (Math.abs(x) >= 1e-4) weights[names[j]] = x;
  }
  return { kind: 'speaker-ranker', version, margin: 0, rankGroups: [], weights };
}
