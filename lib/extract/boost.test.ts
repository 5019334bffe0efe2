import { describe, expect, it } from 'vitest';
import { bitForest, bitScore, flatScore, flattenForest, forestScore, languageFeature, parseForest, trainForest, type BoostExample, type TreeNode } from './boost';
import { parseModel, rank, scoreFeatures, trainRanker, type RankExample } from './ranker';

/**
 * A problem a sum of weights cannot solve: the speaker is the candidate named in the previous
 * sentence when the quotation ends with "he said", and the one in the same sentence otherwise.
 * Each candidate carries one position feature and every candidate carries the cue feature.
 */
function interactionExamples(): RankExample[] {
  const out: RankExample[] = [];
  for (let i = 0; i < 60; i++) {
    const pronoun = i % 2 === 0;
    const cue = pronoun ? 'cue=pronoun' : 'cue=name';
    const candidates = [['prevSentence', cue], ['sameSentence', cue], ['far', cue]];
    out.push({ lang: 'en', candidates, correct: [pronoun, !pronoun, false] });
  }
  return out;
}

function asBoost(examples: RankExample[], base: (c: string[]) => number = () => 0): BoostExample[] {
  return examples.map((ex) => ({ candidates: ex.candidates, correct: ex.correct, base: ex.candidates.map(base) }));
}

function top1(examples: RankExample[], score: (c: string[]) => number): number {
  let ok = 0;
  for (const ex of examples) {
    const s = ex.candidates.map(score);
    const best = s.indexOf(Math.max(...s));
    if (ex.correct[best]) ok++;
  }
  return ok / examples.length;
}

describe('boosted trees', () => {
  it('learn the combination of two features that the linear ranker cannot', () => {
    const examples = interactionExamples();
    const linear = trainRanker(examples);
    expect(top1(examples, (c) => scoreFeatures(linear, 'en', c))).toBeLessThan(0.6);
    const forest = trainForest(asBoost(examples));
    expect(top1(examples, (c) => forestScore(forest, c, 'en'))).toBe(1);
  });

  it('are deterministic: the same examples give the same forest, byte for byte', () => {
    const a = JSON.stringify(trainForest(asBoost(interactionExamples())));
    const b = JSON.stringify(trainForest(asBoost(interactionExamples())));
    expect(a).toBe(b);
  });

  it('fitted each on a seeded random share of the quotations, still learn the combination and still repeat byte for byte', () => {
    const opts = { trees: 200, depth: 3, learningRate: 0.2, lambda: 1, minChildWeight: 3, subsample: 0.5 };
    const examples = interactionExamples();
    const forest = trainForest(asBoost(examples), opts);
    expect(top1(examples, (c) => forestScore(forest, c, 'en'))).toBe(1);
    expect(JSON.stringify(trainForest(asBoost(interactionExamples()), opts))).toBe(JSON.stringify(forest));
    // every tree saw a different half: the forest is not the one fitted on all of them
    expect(JSON.stringify(forest)).not.toBe(JSON.stringify(trainForest(asBoost(examples), { ...opts, subsample: 1 })));
  });

  it('ask about the language through its own feature', () => {
    const forest = parseForest({ features: [languageFeature('id')], trees: [[0, 2, -1]] });
    expect(forestScore(forest, ['x'], 'id')).toBe(2);
    expect(forestScore(forest, ['x'], 'en')).toBe(-1);
  });

  it('add their score to the linear ranker in a shipped model', () => {
    const model = parseModel({
      kind: 'speaker-ranker', version: 1, margin: 0, rankGroups: [], weights: { near: 1 },
      forest: { features: ['pronoun'], trees: [[0, -3, 0]] },
    });
    // "near" wins alone, but the trees learned that "near" with "pronoun" is a poor pick
    expect(rank(model, 'en', [['near'], []]).best).toBe(0);
    expect(rank(model, 'en', [['near', 'pronoun'], []]).best).toBe(1);
  });

  it('refuse a malformed forest in a weights file', () => {
    expect(() => parseForest({ features: ['a'], trees: [[1, 0, 0]] })).toThrow(/malformed/);
    expect(() => parseForest({ features: ['a'], trees: [[0, 'x', 0]] })).toThrow(/not a number|malformed/);
    expect(() => parseForest({ trees: [] })).toThrow(/features/);
    expect(() => parseModel({ kind: 'speaker-ranker', version: 1, margin: 0, rankGroups: [], weights: {}, forest: { features: [], trees: [[0, 1, 1]] } })).toThrow(/malformed/);
  });

  it('score the same to the last bit by the features present as by walking the trees, whatever their shape', () => {
    // a small deterministic generator: trees of depth 0 to 4 with leaves at every level
    let seed = 7;
    const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    const features = ['a', 'b', 'c', 'd', 'e', 'f'];
    const grow = (depth: number): TreeNode => depth === 0 || next() < 0.25
      ? Number(((next() - 0.5) * 3).toPrecision(5))
      : [Math.floor(next() * features.length), grow(depth - 1), grow(depth - 1)];
    for (const maxDepth of [0, 1, 3, 4]) {
      const forest = parseForest({ features, trees: Array.from({ length: 40 }, () => grow(maxDepth)) });
      const flat = flattenForest(forest);
      const bits = bitForest(forest);
      expect(bits).not.toBeNull();
      for (let mask = 0; mask < 1 << features.length; mask++) {
        const has = Uint8Array.from(features, (_, i) => (mask >> i) & 1);
        const present = Int32Array.from(features.keys()).filter((i) => has[i] === 1);
        expect(bitScore(bits!, present, present.length)).toBe(flatScore(flat, has));
      }
    }
  });

  it('keep trees of more than 32 leaves on the walk (one 32-bit mask per tree)', () => {
    const full = (d: number): TreeNode => (d === 0 ? 1 : [0, full(d - 1), full(d - 1)]);
    expect(bitForest(parseForest({ features: ['a'], trees: [full(5)] }))).not.toBeNull();
    expect(bitForest(parseForest({ features: ['a'], trees: [full(6)] }))).toBeNull();
  });

  it('leave out quotations with no correct candidate', () => {
    const forest = trainForest([{ candidates: [['a'], ['b']], correct: [false, false], base: [0, 0] }]);
    expect(forest.trees).toEqual([]);
  });
});
