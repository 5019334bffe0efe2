/**
 * The learned part of indirect-claim extraction: a logistic-regression model over sparse binary
 * features (`indirect-features.ts`), shipped as `model/indirect.json` and fitted by
 * `scripts/train/indirect.ts` on the training corpus only.
 *
 * Pure: the weights arrive as data; nothing here reads files.
 */
import { cueFeatures, PREFIXES } from './indirect-features';

export interface IndirectModelFile {
  /** format version of the file */
  version: 1;
  /** keep a candidate when its probability reaches this (chosen on dev) */
  threshold: number;
  /** extra reporting/stance words learned from the corpus cues (lower case) */
  cues: string[];
  /** feature name -> weight; "b" is the bias */
  weights: Record<string, number>;
}

export interface IndirectModel {
  threshold: number;
  cues: ReadonlySet<string>;
  /** probability that a draft with these features is a reported claim */
  score(features: readonly string[]): number;
  /** a sink that sums the log-odds weights of the features given to it (see FeatureSink) */
  accumulator(): WeightSum;
  /**
   * The summed weights of a draft's cueFeatures (rule, relaxations, cue word), from zero:
   * exactly the accumulator's sum after them, remembered per combination.
   */
  cueScore(rule: string, relax: number, word: string): number;
}

/**
 * Sums weights of (prefix, value) features. Weights are kept per prefix, in the order of
 * PREFIXES, so a lookup indexes the prefix's table and hashes only the value string (usually a
 * token's own, already hashed) instead of a fresh concatenation.
 */
export class WeightSum {
  z = 0;
  constructor(private readonly tables: ReadonlyArray<ReadonlyMap<string, number> | undefined>) {}
  add(prefix: number, value: string): void {
    const t = this.tables[prefix];
    if (t === undefined) return;
    const w = t.get(value);
    if (w !== undefined) this.z += w;
  }
}

/** "v=said" -> ["v=", "said"]; a name without "=" is all prefix ("that" -> ["that", ""]). */
function splitName(name: string): [string, string] {
  const eq = name.indexOf('=');
  return eq < 0 ? [name, ''] : [name.slice(0, eq + 1), name.slice(eq + 1)];
}

export function loadIndirectModel(file: IndirectModelFile): IndirectModel {
  if (file.version !== 1) throw new Error(`indirect model: unknown version ${String(file.version)}`);
  const weights = new Map(Object.entries(file.weights));
  const tables = new Map<string, Map<string, number>>();
  for (const [name, w] of weights) {
    const [prefix, value] = splitName(name);
    let t = tables.get(prefix);
    if (!t) tables.set(prefix, (t = new Map()));
    t.set(value, w);
  }
  const byId = PREFIXES.map((prefix) => tables.get(prefix));
  const cueScores = new CueScores(byId);
  return {
    threshold: file.threshold,
    cues: new Set(file.cues),
    score: (features) => scoreFeatures(weights, features),
    accumulator: () => new WeightSum(byId),
    cueScore: (rule, relax, word) => cueScores.get(rule, relax, word),
  };
}

/**
 * Remembers the cue features' sum per (relaxations, rule, cue word): drafts repeat few cue words,
 * and the sum costs six weight lookups and two strings built. Bounded like the interned names:
 * a text full of new words cannot grow it without end.
 */
class CueScores {
  /** by relax bits, then rule, then cue word */
  private readonly byRelax: Map<string, Map<string, number>>[] = [];
  private count = 0;
  constructor(private readonly tables: ReadonlyArray<ReadonlyMap<string, number> | undefined>) {}
  get(rule: string, relax: number, word: string): number {
    const byRule = this.byRelax[relax] ?? (this.byRelax[relax] = new Map());
    let byWord = byRule.get(rule);
    if (!byWord) byRule.set(rule, (byWord = new Map()));
    let z = byWord.get(word);
    if (z === undefined) {
      const sum = new WeightSum(this.tables);
      cueFeatures(rule, relax, word, sum);
      z = sum.z;
      if (this.count >= CUE_SCORES_MAX) this.clear();
      else { byWord.set(word, z); this.count++; }
    }
    return z;
  }
  private clear(): void {
    this.byRelax.length = 0;
    this.count = 0;
  }
}
const CUE_SCORES_MAX = 50_000;

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Probability that a candidate is a reported claim, from its feature names (unknown ones weigh 0). */
export function scoreFeatures(weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += weights.get(features[i]) ?? 0;
  return sigmoid(z);
}

/** n significant digits, so a weights file written twice from the same fit is byte-identical. */
export function roundSignificant(x: number, digits = 6): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  return Number(x.toPrecision(digits));
}
