/**
 * mulberry32: a small seeded generator of numbers in [0, 1). The same seed gives the same
 * sequence on every run and machine, so what is drawn from it (the speaker trees' samples, the
 * benchmarks' synthetic texts) is reproducible byte for byte.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
