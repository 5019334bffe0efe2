import { describe, expect, it } from 'vitest';
import { featureIndex, trainLogistic, type Example } from './indirect-learn';
import { loadIndirectModel, roundSignificant, scoreFeatures } from './indirect-model';

/** A toy task: "cue=said" marks a claim, "cue=spoke" does not; "noise" says nothing. */
function toyExamples(): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < 200; i++) {
    const claim = i % 3 !== 0;
    out.push({ features: ['b', claim ? 'cue=said' : 'cue=spoke', i % 2 ? 'noise' : 'other'], label: claim ? 1 : 0 });
  }
  return out;
}

describe('indirect-claim learner', () => {
  it('gives byte-identical weights when trained twice on the same examples', () => {
    const a = JSON.stringify(trainLogistic(toyExamples()));
    const b = JSON.stringify(trainLogistic(toyExamples()));
    expect(a).toBe(b);
  });

  it('learns which feature marks a claim', () => {
    const w = trainLogistic(toyExamples());
    expect(w['cue=said']).toBeGreaterThan(1);
    expect(w['cue=spoke']).toBeLessThan(-1);
    const weights = new Map(Object.entries(w));
    expect(scoreFeatures(weights, ['b', 'cue=said'])).toBeGreaterThan(0.8);
    expect(scoreFeatures(weights, ['b', 'cue=spoke'])).toBeLessThan(0.2);
  });

  it('writes weights in sorted key order, rounded to 6 significant digits', () => {
    const w = trainLogistic(toyExamples());
    expect(Object.keys(w)).toEqual([...Object.keys(w)].sort());
    for (const v of Object.values(w)) expect(v).toBe(roundSignificant(v));
    expect(roundSignificant(0.123456789)).toBe(0.123457);
  });

  it('drops features seen in fewer examples than minCount', () => {
    const examples: Example[] = [...toyExamples(), { features: ['b', 'rare'], label: 1 }];
    expect(featureIndex(examples, 2).has('rare')).toBe(false);
    expect(trainLogistic(examples)).not.toHaveProperty('rare');
  });

  it('refuses a weights file of an unknown version', () => {
    expect(() => loadIndirectModel({ version: 2 as 1, threshold: 0.5, cues: [], weights: {} })).toThrow(/version/);
  });
});
