import { describe, expect, it } from 'vitest';
import { bestOf, calibrated, choose, languageFeatures, nobodyFeatures, parseModel, rank, roundWeight, ruleConfidence, softmax, trainRanker, type RankExample } from './ranker';

/** A separable toy problem: the candidate with feature "near" is always the speaker. */
function toyExamples(): RankExample[] {
  const out: RankExample[] = [];
  for (let i = 0; i < 40; i++) {
    const lang = i % 2 === 0 ? 'en' : 'id';
    const right = i % 3;
    const candidates = [0, 1, 2].map((c) => (c === right ? ['bias', 'near'] : ['bias', i % 4 === 0 ? 'far' : 'prev']));
    out.push({ lang, candidates, correct: [0, 1, 2].map((c) => c === right) });
  }
  return out;
}

describe('speaker ranker', () => {
  it('learns a separable problem: the right candidate ranks first with high probability', () => {
    const model = trainRanker(toyExamples(), { l2: 1e-4, iterations: 200, learningRate: 0.5 });
    for (const ex of toyExamples()) {
      const { best, probs } = rank(model, ex.lang, ex.candidates);
      expect(ex.correct[best]).toBe(true);
      expect(probs[best]).toBeGreaterThan(0.9);
    }
    expect(model.weights.near).toBeGreaterThan(0);
  });

  it('is deterministic: the same examples give the same weights, byte for byte', () => {
    const a = JSON.stringify(trainRanker(toyExamples()));
    const b = JSON.stringify(trainRanker(toyExamples()));
    expect(a).toBe(b);
  });

  it('skips examples without a correct candidate instead of learning from them', () => {
    const none: RankExample = { lang: 'en', candidates: [['bias', 'x'], ['bias', 'y']], correct: [false, false] };
    const model = trainRanker([none]);
    expect(model.weights).toEqual({});
  });

  it('gives every feature a shared and a per-language weight', () => {
    expect(languageFeatures('id', ['a', 'b'])).toEqual(['a', 'b', 'id:a', 'id:b']);
    const model = parseModel({ kind: 'speaker-ranker', version: 1, margin: 0, rankGroups: [], weights: { a: 1, 'id:a': 2, 'en:a': -1 } });
    expect(rank(model, 'id', [['a'], []]).probs[0]).toBeCloseTo(softmax([3, 0])[0]);
    expect(rank(model, 'en', [['a'], []]).probs[0]).toBeCloseTo(softmax([0, 0])[0]);
  });

  it('keeps the rules pick unless the ranker is more sure by the margin', () => {
    const model = parseModel({ kind: 'speaker-ranker', version: 1, margin: 0.2, rankGroups: [], weights: {} });
    expect(choose(model, [0.5, 0.4, 0.1], 0, 1)).toBe(1);
    expect(choose(model, [0.7, 0.2, 0.1], 0, 1)).toBe(0);
    expect(choose(model, [0.7, 0.2, 0.1], 0, -1)).toBe(0);
  });

  it('rounds weights to six significant digits and refuses a malformed weights file', () => {
    expect(roundWeight(0.123456789)).toBe(0.123457);
    expect(roundWeight(Number.NaN)).toBe(0);
    expect(() => parseModel({ kind: 'speaker-ranker', version: 1, weights: {} })).toThrow(/speaker-ranker/);
    expect(() => parseModel({ kind: 'speaker-ranker', version: 1, margin: 0, rankGroups: [], weights: { a: 'x' } })).toThrow(/weight a/);
  });

  it('softmax sums to one and survives large scores', () => {
    const p = softmax([1000, 999, -5]);
    expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1);
    expect(p[0]).toBeGreaterThan(p[1]);
  });

  it('softmax gives exactly exp(s - max) / their sum, summed in candidate order (the shipped model was fitted with it)', () => {
    for (const scores of [[0.1, 0.2, 0.3], [-3.7, 12.25, 0, 4.5e-3, 7], [5], [-1e9, 1e9]]) {
      const max = Math.max(...scores);
      const e = scores.map((s) => Math.exp(s - max));
      let z = 0;
      for (const x of e) z += x;
      expect(softmax(scores)).toEqual(e.map((x) => x / z));
    }
  });

  it('lowers a lone candidate\'s probability when, in training, such a candidate was often wrong', () => {
    // one candidate per quotation, right only half the time: "nobody" takes the other half
    const examples: RankExample[] = [];
    for (let i = 0; i < 40; i++) {
      const right = i % 2 === 0;
      examples.push({ lang: 'en', candidates: [['bias', 'lone'], nobodyFeatures('en|none', 1)], correct: [right, !right] });
    }
    const model = trainRanker(examples);
    const { probs } = rank(model, 'en', [['bias', 'lone'], nobodyFeatures('en|none', 1)]);
    expect(probs[0]).toBeGreaterThan(0.4);
    expect(probs[0]).toBeLessThan(0.6);
    // the output is always a real candidate, never "nobody"
    expect(bestOf([0.2, 0.8], 1)).toBe(0);
    expect(bestOf([], 0)).toBe(-1);
  });

  it('calibrates with a temperature and gives the rules their group accuracy', () => {
    expect(calibrated({ temperature: 1 }, [0.9, 0.1], 0)).toBeCloseTo(0.9);
    // a temperature above one softens an over-confident ranker
    expect(calibrated({ temperature: 2 }, [0.9, 0.1], 0)).toBeCloseTo(0.75);
    expect(ruleConfidence({ groupAccuracy: { 'en|after|pk=name': 0.96 } }, 'en|after|pk=name')).toBe(0.96);
    expect(ruleConfidence({ groupAccuracy: {} }, 'id|enclitic|pk=enclitic')).toBeNull();
    expect(() => parseModel({ kind: 'speaker-ranker', version: 1, margin: 0, rankGroups: [], weights: {}, temperature: 0 })).toThrow(/temperature/);
  });

  it('calibrates to the very number the softmax of the tempered log-probabilities gives (confidence shown unchanged)', () => {
    const lists = [[0.7, 0.2, 0.1], [1, 0], [0.25, 0.25, 0.25, 0.25], [1e-320, 0.5, 0.5], [0.123456789, 0.876543211]];
    for (const probs of lists) {
      for (const temperature of [0.37, 1.6, 3]) {
        const reference = softmax(probs.map((p) => Math.log(Math.max(p, 1e-300)) / temperature));
        probs.forEach((_, i) => expect(calibrated({ temperature }, probs, i)).toBe(reference[i]));
      }
    }
  });
});
