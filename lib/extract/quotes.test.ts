import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';
import { ABBREVIATIONS } from './lexicon/shared';
import { findQuotes } from './quotes';
import { tokenize } from './text';

/** The quoted contents the pairing finds, in order. */
function contents(text: string): string[] {
  const tokens = tokenize(text, ABBREVIATIONS);
  return findQuotes(text, tokens).map((q) => text.slice(q.start, q.end));
}

describe('quotation-mark pairing', () => {
  it('pairs curly, straight, guillemet and low-high marks', () => {
    expect(contents('She said “the bridge is safe” today.')).toEqual(['the bridge is safe']);
    expect(contents('He said "we will rebuild" and left.')).toEqual(['we will rebuild']);
    expect(contents('Il a dit « nous partons » hier.')).toEqual(['nous partons']);
    expect(contents('Er sagte „wir bleiben“ heute.')).toEqual(['wir bleiben']);
  });

  it('ignores the marks of attribute values in pasted markup, and still pairs quotations around it', () => {
    const text = 'The mayor wrote: <tweet pic="" author="MayorLee" timestamp="1449075600">Roads close at noon.</tweet> "Stay home," she said.';
    expect(contents(text)).toEqual(['Stay home,']);
    // a lone "<" is no tag
    expect(contents('Turnout was < 40 percent, "a disaster," he said.')).toEqual(['a disaster,']);
  });

  it('pairs the Indonesian ” used at both ends', () => {
    expect(contents('”Harga beras naik lagi,” kata Sari. ”Kami bingung,” ujarnya.')).toEqual(['Harga beras naik lagi,', 'Kami bingung,']);
  });

  it('pairs English double apostrophes', () => {
    expect(contents("''It is late,'' she said. ''We go home.''")).toEqual(['It is late,', 'We go home.']);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(contents("Don't worry, the students’ union meets on Jum'at as usual.")).toEqual([]);
    expect(contents('The farmers’ group said “prices fell” and the mayor’s office agreed.')).toEqual(['prices fell']);
  });

  it('pairs a headline in single curly marks', () => {
    expect(contents('Minister warns of ‘hard winter ahead’ for farmers')).toEqual(['hard winter ahead']);
  });

  it('reads a plural possessive inside single marks as no closing mark ("‘The Tories’ record speaks …’")', () => {
    expect(contents('‘It’s the wrong plan,’ Ms Hale said. ‘The Tories’ record speaks for itself.’')).toEqual(['It’s the wrong plan,', 'The Tories’ record speaks for itself.']);
    // two quoted phrases in one line stay two
    expect(contents('Only ‘One or Two Instances’ where Donations ‘Slipped through the Cracks.’')).toEqual(['One or Two Instances', 'Slipped through the Cracks.']);
  });

  it('keeps a nested quotation inside the outer one', () => {
    expect(contents('"I told him “never again” and meant it," she said.')).toEqual(['I told him “never again” and meant it,']);
  });

  it('ends a quotation left open at the end of its paragraph', () => {
    const text = '“This goes on and on without an end\n\nA new paragraph with no marks at all.';
    expect(contents(text)).toEqual(['This goes on and on without an end']);
  });

  it('never lets an unclosed mark swallow the rest of a long run-on article', () => {
    const filler = 'Kalimat biasa tanpa tanda kutip di sini. '.repeat(80);
    const text = `”Kutipan ini tidak pernah ditutup. ${filler}Akhir artikel.`;
    const qs = contents(text);
    expect(qs).toHaveLength(1);
    expect(qs[0].length).toBeLessThan(1500);
  });

  it('treats an opening mark inside an open quotation as a lost closing mark', () => {
    expect(contents('”Kami siap, kata Budi. ”Kami juga,” kata Ani.')).toEqual(['Kami siap, kata Budi.', 'Kami juga,']);
  });

  it('gives one entry per piece of a quotation split around its attribution', () => {
    const claims = extractClaims('"We are ready," the coach said. "The team has trained for months."', 'en');
    expect(claims.filter((c) => c.kind === 'direct').map((c) => c.text)).toEqual(['We are ready,', 'The team has trained for months.']);
  });

  it('finds several partial quotations in one sentence', () => {
    const text = 'Menteri itu menyebut kebijakan tersebut “terlalu cepat” dan “tidak adil” bagi petani.';
    const claims = extractClaims(text, 'id').filter((c) => c.kind === 'direct');
    expect(claims.map((c) => c.text)).toEqual(['terlalu cepat', 'tidak adil']);
  });
});
