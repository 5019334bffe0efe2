/** Softmax over candidate scores (numerically stable): the ranker's probabilities. */
export function softmax(scores: readonly number[]): number[] {
  const n = scores.length;
  if (n === 0) return [];
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (scores[i] > max) max = scores[i];
  // one array: the exponentials, then divided in place by their sum (summed in the same order)
  const out: number[] = [];
  let z = 0;
  for (let i = 0; i < n; i++) out.push(Math.exp(scores[i] - max));
  for (let i = 0; i < n; i++) z += out[i];
  for (let i = 0; i < n; i++) out[i] = out[i] / z;
  return out;
}
