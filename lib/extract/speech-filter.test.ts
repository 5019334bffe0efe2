import { describe, expect, it } from 'vitest';
import { extractClaims } from '.';
import { loadSpeechModel, type SpeechModel } from './speech-model';

// Our own sentences (no corpus text).

function speechFeaturesOf(text: string, lang: 'en' | 'id'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  extractClaims(text, lang, { model: null, speech: null, onSpeech: (q, f) => out.set(text.slice(q.start, q.end), f) });
  return out;
}

function directTexts(text: string, lang: 'en' | 'id', speech?: SpeechModel | null): string[] {
  return extractClaims(text, lang, { speech }).filter((c) => c.kind === 'direct').map((c) => c.text);
}

describe('speech features', () => {
  it('describe a quoted term by its length, its closing and the words around its marks', () => {
    const text = 'Mara Velt, who beat the party’s “insider” candidate in May, spoke on Sunday.\n\n“We will rebuild the harbour first,” Velt said.';
    const f = speechFeaturesOf(text, 'en');
    const term = f.get('insider') as string[];
    expect(term).toEqual(expect.arrayContaining(['w=1', 'end=word', 'prev=party’s', 'next=candidate', 'att=none']));
    expect(term).not.toContain('opens-para');
    const speech = f.get('We will rebuild the harbour first,') as string[];
    expect(speech).toEqual(expect.arrayContaining(['w=5-7', 'end=,', 'att=after', 'via=cue', 'opens-para', 'opens-sentence']));
  });

  it('count the quotations sharing a sentence (a list of quoted terms)', () => {
    const text = 'Critics compared his “carrots” to her “sticks” and his “fences.”';
    const f = speechFeaturesOf(text, 'en');
    expect(f.get('carrots')).toContain('quotes-in-sentence=3');
  });
});

describe('speech filter', () => {
  const text = 'Ana Lim, who beat the party’s “insider” candidate, spoke on Sunday.\n\n“We will rebuild the harbour first,” Lim said.';

  it('drops the quotations its model scores below the threshold, and only those', () => {
    // an invented model: one-word quotations are not speech
    const model = loadSpeechModel({ kind: 'speech-filter', version: 1, languages: { en: { threshold: 0.5, weights: { b: 3, 'w=1': -6 } } } });
    expect(model.probability('en', ['b', 'w=1'])).toBeCloseTo(1 / (1 + Math.exp(3)), 6);
    expect(directTexts(text, 'en', model)).toEqual(['We will rebuild the harbour first,']);
    expect(directTexts(text, 'en', null)).toEqual(['insider', 'We will rebuild the harbour first,']);
  });

  it('leaves a language without a model to the hand filters', () => {
    const model = loadSpeechModel({ kind: 'speech-filter', version: 1, languages: { en: { threshold: 1, weights: { b: -9 } } } });
    expect(model.sum('id')).toBeNull();
    expect(model.probability('id', ['b'])).toBe(1);
    const id = '”Jembatan itu selesai bulan Mei,” kata Wali Kota Rudi Hartanto.';
    expect(directTexts(id, 'id', model)).toEqual(directTexts(id, 'id', null));
  });

  it('scores by table lookups (the extractor) exactly as by feature names (the trainer)', () => {
    // only the features that pair a word next to the marks with the length or the closing
    // character tell the term from the speech here: the lookups must find them
    const weights = { b: 1, 'prev|w=1=party’s': -1.5, 'next|end=word=candidate': -1 };
    const model = loadSpeechModel({ kind: 'speech-filter', version: 1, languages: { en: { threshold: 0.5, weights } } });
    const names = speechFeaturesOf(text, 'en');
    const byName = (ns: string[]) => ns.reduce((z, n) => z + ((weights as Record<string, number>)[n] ?? 0), 0);
    expect(byName(names.get('insider') as string[])).toBeCloseTo(-1.5, 12);
    expect(model.probability('en', names.get('insider') as string[])).toBeCloseTo(1 / (1 + Math.exp(1.5)), 12);
    expect(directTexts(text, 'en', model)).toEqual(['We will rebuild the harbour first,']);
  });

  it('rejects a malformed weights file', () => {
    expect(() => loadSpeechModel({ kind: 'speaker-ranker', version: 1, languages: {} })).toThrow(/speech-filter/);
    expect(() => loadSpeechModel({ kind: 'speech-filter', version: 2, languages: {} })).toThrow(/version/);
    expect(() => loadSpeechModel({ kind: 'speech-filter', version: 1, languages: { en: { threshold: 2, weights: {} } } })).toThrow(/threshold/);
    expect(() => loadSpeechModel({ kind: 'speech-filter', version: 1, languages: { en: { threshold: 0.5, weights: { b: 'x' } } } })).toThrow(/weight b/);
    expect(() => loadSpeechModel({ kind: 'speech-filter', version: 1, languages: { en: { threshold: 0.5, weights: { 'zz=1': 1 } } } })).toThrow(/no known feature prefix/);
  });

  it('as shipped, keeps a fragment in single marks where the article quotes in single marks (British style)', () => {
    const article = 'Opposition leader Tom Brightwell called the scheme ‘a reckless gamble’. ‘It is the wrong plan at the wrong time,’ Mr Brightwell said.\n\n‘Families will pay the price,’ he added.';
    expect(directTexts(article, 'en')).toEqual(['a reckless gamble', 'It is the wrong plan at the wrong time,', 'Families will pay the price,']);
    expect(speechFeaturesOf(article, 'en').get('a reckless gamble')).not.toContain('single');
    // in an article quoting in double marks, the single marks are still told apart
    const mixed = speechFeaturesOf('Tom Brightwell called the scheme ‘a reckless gamble’. “It is the wrong plan,” Mr Brightwell said. “Families will pay,” he added.', 'en');
    expect(mixed.get('a reckless gamble')).toContain('single');
  });

  it('as shipped, drops a one-word term nobody is said to have said and keeps the speech around it', () => {
    const article = 'Ana Lim, who beat the party’s “insider” candidate in May, spoke on Sunday.\n\n“We will rebuild the harbour first, and we will do it on budget,” Lim told reporters on Monday.\n\n“Nobody will lose their home,” she said.';
    const kept = directTexts(article, 'en');
    expect(directTexts(article, 'en', null)).toContain('insider');
    expect(kept).not.toContain('insider');
    expect(kept).toEqual(['We will rebuild the harbour first, and we will do it on budget,', 'Nobody will lose their home,']);
  });
});
