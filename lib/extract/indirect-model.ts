/**
 * The learned part of indirect-claim extraction: a logistic-regression model over sparse binary
 * features (`indirect-features.ts`), shipped as `model/indirect.json` and fitted by
 * `scripts/train/indirect.ts` on the training corpus only.
 *
 * Pure: the weights arrive as data; nothing here reads files.
 */

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
  /** the log-odds contribution of some features (scoring shared features once) */
  partial(features: readonly string[]): number;
}

export function loadIndirectModel(file: IndirectModelFile): IndirectModel {
  if (file.version !== 1) throw new Error(`indirect model: unknown version ${String(file.version)}`);
  const weights = new Map(Object.entries(file.weights));
  return { threshold: file.threshold, cues: new Set(file.cues), score: (features) => scoreFeatures(weights, features), partial: (features) => sumWeights(weights, features) };
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Probability that a candidate is a reported claim, from its feature names (unknown ones weigh 0). */
export function scoreFeatures(weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  return sigmoid(sumWeights(weights, features));
}

export function sumWeights(weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += weights.get(features[i]) ?? 0;
  return z;
}

/** n significant digits, so a weights file written twice from the same fit is byte-identical. */
export function roundSignificant(x: number, digits = 6): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  return Number(x.toPrecision(digits));
}
