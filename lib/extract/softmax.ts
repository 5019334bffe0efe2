/** Softmax over candidate scores (numerically stable): the ranker's probabilities. */
export function softmax(scores: readonly number[]): number[] {
  if (scores.length === 0) return [];
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  const e = scores.map((s) => Math.exp(s - max));
  let z = 0;
  for (const x of e) z += x;
  return e.map((x) => x / z);
}

