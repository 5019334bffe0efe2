import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

// The bundled article and its expected quotes ship with the product (fixtures/); reading them
// here is test-only I/O, the extractor itself stays pure.
const text = readFileSync(new URL('./fixtures/bundled-article.id.txt', import.meta.url), 'utf8');
const expected = JSON.parse(readFileSync(new URL('./fixtures/bundled-article.expected.json', import.meta.url), 'utf8')) as {
  quotes: Array<{ start: number; end: number; quote: string; speaker: string }>;
  indirect: Array<{ speaker: string; text: string }>;
};

describe('bundled article (Indonesian)', () => {
  const claims = extractClaims(text);
  const direct = claims.filter((c) => c.kind === 'direct');

  it('is detected as Indonesian and gives every direct quote with exact offsets', () => {
    expect(direct.map((c) => [c.start, c.end])).toEqual(expected.quotes.map((q) => [q.start, q.end]));
    for (const q of expected.quotes) expect(text.slice(q.start, q.end)).toBe(q.quote);
  });

  it('names the right speaker for each of the 13 quotes', () => {
    expect(direct.map((c) => c.speaker)).toEqual(expected.quotes.map((q) => q.speaker));
  });

  it('lists no extra direct quotes', () => {
    expect(direct).toHaveLength(13);
  });

  it('finds the four reported claims with their speakers', () => {
    const indirect = claims.filter((c) => c.kind === 'indirect');
    for (const exp of expected.indirect) {
      const at = text.indexOf(exp.text);
      expect(at).toBeGreaterThanOrEqual(0);
      const hit = indirect.find((c) => c.start < at + exp.text.length && c.end > at);
      expect(hit, exp.text).toBeDefined();
      expect(hit?.speaker).toBe(exp.speaker);
    }
  });

  it('resolves roles, pronouns and the -nya cue as a reader would', () => {
    const byText = (s: string) => direct.find((c) => c.text.startsWith(s));
    expect(byText('mendukung dengan tegas')?.speakerMention?.text).toBe('Presiden Rusia');
    expect(byText('yang tidak dikendalikan')?.speakerMention?.text).toBe('Ia');
    expect(byText('Kami tidak khawatir')?.speakerRole).toBe('juru bicara Dewan Keamanan Nasional');
    expect(byText('Kami tidak khawatir')?.cue?.text).toBe('kata');
    expect(byText('Dia sedang memperkuat')?.speakerMention?.text).toBe('tambahnya');
    expect(byText('memperkuat hubungan dengan')?.speakerRole).toMatch(/^kepala program Jepang dan Korea/);
    expect(byText('persahabatan')?.speakerType).toBe('organization');
    expect(byText('keberhasilan')?.speakerType).toBe('person');
  });

  it('keeps every span consistent with the text', () => {
    for (const c of claims) {
      expect(c.text).toBe(text.slice(c.start, c.end));
      if (c.speakerMention) expect(c.speakerMention.text).toBe(text.slice(c.speakerMention.start, c.speakerMention.end));
      if (c.cue) expect(c.cue.text).toBe(text.slice(c.cue.start, c.cue.end));
      expect(c.sentence.start).toBeLessThanOrEqual(c.start);
      expect(c.sentence.end).toBeGreaterThanOrEqual(c.end);
    }
  });
});
