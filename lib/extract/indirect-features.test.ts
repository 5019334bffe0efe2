import { describe, expect, it } from 'vitest';
import { findIndirect, RELAX_AUX, RELAX_CUE, RELAX_LOOSE, type IndirectDraft, type IndirectJudge } from './indirect';
import { contextFor } from './indirect-context';
import { indirectFeatures } from './indirect-features';

interface Seen { draft: IndirectDraft; text: string; features: string[] }

/** Every draft the generator proposes for an English text (all kept), with its features. */
function drafts(text: string, cues: string[] = []): Seen[] {
  const ctx = contextFor(text, 'en');
  const seen: Seen[] = [];
  const judge: IndirectJudge = {
    cues: new Set(cues),
    decide(c, variants, sentA, sentB) {
      const d = variants[0];
      seen.push({ draft: { ...d }, text: text.slice(c.tokens[d.contentA].start, c.tokens[d.contentB].end), features: indirectFeatures(c, d, sentA, sentB) });
      return { pick: 0, confidence: 1 };
    },
  };
  findIndirect(ctx, judge);
  return seen;
}

describe('indirect-claim drafts and features', () => {
  it('describes "X said that ...": cue, complementizer, source kind, content length', () => {
    const [d] = drafts('The harbor board announced that the ferry will be retired in May.');
    expect(d.text).toBe('that the ferry will be retired in May');
    expect(d.draft.rule).toBe('source');
    expect(d.draft.relax).toBe(0);
    expect(d.features).toEqual(expect.arrayContaining(['b', 'v=announced', 'vs=ed', 'that', 'vthat=announced', 'c1=that', 'cl=5-8', 'q=0', 'toEnd']));
  });

  it('names the rule with its cue word, and a cut variant with the word after its content', () => {
    const text = 'The mayor said the budget was balanced, then left for the airport.';
    const ctx = contextFor(text, 'en');
    const features: string[][] = [];
    findIndirect(ctx, {
      cues: new Set(),
      decide(c, variants, sentA, sentB) {
        for (const v of variants) features.push(indirectFeatures(c, v, sentA, sentB));
        return { pick: 0, confidence: 1 };
      },
    });
    const [whole, cut] = features;
    expect(whole).toEqual(expect.arrayContaining(['rv=source:said', 'toEnd']));
    expect(whole.filter((f) => f.startsWith('vafter='))).toEqual([]);
    expect(cut).toEqual(expect.arrayContaining(['rv=source:said', 'after=,', 'vafter=comma:then']));
  });

  it('marks negation and modals before the cue', () => {
    const [d] = drafts('The council would not say that the library will close.');
    expect(d.features).toEqual(expect.arrayContaining(['neg', 'modal', 'v=say']));
    const [plain] = drafts('The council said that the library will close.');
    expect(plain.features).not.toContain('neg');
    expect(plain.features).not.toContain('modal');
  });

  it('steps back over auxiliaries to find the source, and says so', () => {
    const [d] = drafts('Local teachers are urging the district to delay the vote.');
    expect(d.text).toBe('the district to delay the vote');
    expect(d.features).toContain('p1=are');
    expect(d.draft.relax & RELAX_AUX).toBe(RELAX_AUX);
  });

  it('opens drafts on learned cue words only when the model carries them', () => {
    const text = 'The governor unveiled a plan to rebuild the pier before winter.';
    expect(drafts(text)).toEqual([]);
    const [d] = drafts(text, ['unveiled']);
    expect(d.text).toBe('a plan to rebuild the pier before winter');
    expect(d.draft.relax & RELAX_CUE).toBe(RELAX_CUE);
  });

  it('leaves a manner adverb out of the source', () => {
    const [d] = drafts('The union quietly warned that staff shortages would worsen.');
    const ctx = contextFor('The union quietly warned that staff shortages would worsen.', 'en');
    expect(ctx.text.slice(ctx.tokens[d.draft.phrase.a].start, ctx.tokens[d.draft.phrase.b].end)).toBe('The union');
    expect(d.features).toContain('v=warned');
  });

  it('takes a loose clause opening as the source when no phrase parses', () => {
    const found = drafts('In the survey, nearly three in five overall said they would vote early.');
    const d = found.find((x) => x.text === 'they would vote early');
    expect(d).toBeDefined();
    expect((d as Seen).draft.relax & RELAX_LOOSE).toBe(RELAX_LOOSE);
  });

  it('proposes span variants cut at a comma, which the judge may pick', () => {
    const ctx = contextFor('The mayor said the budget was balanced, then left for the airport.', 'en');
    const ends: string[][] = [];
    findIndirect(ctx, {
      cues: new Set(),
      decide(c, variants) {
        ends.push(variants.map((v) => `${v.variant}:${ctx.text.slice(c.tokens[v.contentA].start, c.tokens[v.contentB].end)}`));
        return { pick: variants.length - 1, confidence: 0.9 };
      },
    });
    expect(ends[0]).toEqual(['rule:the budget was balanced, then left for the airport', 'comma:the budget was balanced']);
  });
});
