import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random';

describe('seededRandom', () => {
  it('repeats its sequence for the same seed, differs for another, and stays in [0, 1)', () => {
    const take = (seed: number) => { const r = seededRandom(seed); return Array.from({ length: 1000 }, () => r()); };
    const a = take(7);
    expect(take(7)).toEqual(a);
    expect(take(8)).not.toEqual(a);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
    // spread over the interval, not stuck in one part of it
    expect(a.filter((x) => x < 0.5).length).toBeGreaterThan(400);
    expect(a.filter((x) => x < 0.5).length).toBeLessThan(600);
  });
});
