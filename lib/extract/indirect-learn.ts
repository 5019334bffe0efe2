/**
 * Fitting the indirect-claim model: L2-regularised logistic regression trained by averaged
 * stochastic gradient descent over the examples in the order given (no shuffling, no random
 * numbers), so the same examples always give the same weights.
 */
import { roundSignificant, sigmoid } from './indirect-model';

export interface Example {
  features: readonly string[];
  label: 0 | 1;
}

export interface LearnOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** features seen in fewer examples are dropped (they would only memorise articles) */
  minCount?: number;
}

/** Feature name -> index for features seen in at least minCount examples, in first-seen order. */
export function featureIndex(examples: readonly Example[], minCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= minCount || f === 'b') index.set(f, index.size);
  return index;
}

/**
 * Returns weights rounded to 6 significant digits, keyed by feature name in sorted order
 * (zero weights left out).
 */
export function trainLogistic(examples: readonly Example[], options: LearnOptions = {}): Record<string, number> {
  const { epochs = 12, learningRate = 0.2, l2 = 1e-6, minCount = 3 } = options;
  const index = featureIndex(examples, minCount);
  const rows = examples.map((ex) => Uint32Array.from(dedupe(ex.features.filter((f) => index.has(f)).map((f) => index.get(f) as number))));
  const w = new Float64Array(index.size);
  // averaged weights without a pass over all weights per step: u collects step-weighted
  // updates, and the average is w - u / steps (the averaged-perceptron trick)
  const u = new Float64Array(index.size);
  let steps = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const lr = learningRate / (1 + epoch);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      let z = 0;
      for (let k = 0; k < row.length; k++) z += w[row[k]];
      const g = examples[i].label - sigmoid(z);
      for (let k = 0; k < row.length; k++) {
        const j = row[k];
        const d = lr * (g - l2 * w[j]);
        w[j] += d;
        u[j] += steps * d;
      }
      steps++;
    }
  }
  const names = [...index.keys()].sort();
  const out: Record<string, number> = {};
  for (const name of names) {
    const j = index.get(name) as number;
    const v = roundSignificant(w[j] - u[j] / steps);
    if (v !== 0) out[name] = v;
  }
  return out;
}

function dedupe(xs: number[]): number[] {
  return [...new Set(xs)];
}
