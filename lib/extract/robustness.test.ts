import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';

/** Every span the extractor returns must point into the text and carry exactly its words. */
function checkSpans(text: string, claims: ExtractedClaim[]): void {
  let prev = -1;
  for (const c of claims) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.start).toBeLessThanOrEqual(c.end);
    expect(c.text).toBe(text.slice(c.start, c.end));
    expect(c.start).toBeGreaterThanOrEqual(prev); // sorted by start
    prev = c.start;
    for (const s of [c.speakerMention, c.cue]) {
      if (!s) continue;
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.text).toBe(text.slice(s.start, s.end));
    }
    expect(c.sentence.start).toBeGreaterThanOrEqual(0);
    expect(c.sentence.end).toBeLessThanOrEqual(text.length);
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
  }
}

// Fragments rich in the things that trip extractors: every kind of quotation mark,
// apostrophes, cue words in both languages, names, titles, line breaks, astral characters.
const FRAGMENTS = [
  '“', '”', '"', "'", "''", '‘', '’', '«', '»', '„', '``', ' ', ' ', '\n', '\n\n', '.', ',', ':', '—', '―', '(', ')',
  'kata', 'ujarnya', 'katanya', 'tambahnya', 'mengatakan', 'bahwa', 'Menurut', 'said', 'says', 'told', 'according to',
  'he', 'she', 'Ia', 'Dia', 'Mr', 'Mr.', 'Presiden', 'President', 'juru bicara', 'Kremlin', 'the White House',
  'Budi Santoso', 'Kim Jong Un', 'Anna', 'Lee', 'don\'t', 'Jum\'at', 'students’', 'A.', 'U.S.', '😀', '𝒜', 'é', 'İ', 'ß',
  'word', 'kata-kata', 'yang', 'dan', 'the', 'of', '123', 'WALLACE:', '=',
];
const richText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 120 })
  .map((parts) => parts.join(''));

describe('robustness (property-based)', () => {
  it('never throws and returns consistent spans on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkSpans(text, extractClaims(text));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and returns consistent spans on text rich in quote marks and cues', () => {
    fc.assert(
      fc.property(richText, fc.constantFrom<'id' | 'en' | undefined>('id', 'en', undefined), (text, lang) => {
        checkSpans(text, extractClaims(text, lang));
      }),
      { numRuns: 600 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(richText, (text) => {
        expect(JSON.stringify(extractClaims(text))).toBe(JSON.stringify(extractClaims(text)));
      }),
      { numRuns: 200 },
    );
  });

  it('survives very long runs of one character or of quote marks', () => {
    for (const ch of ['“', '”', '"', "'", '‘', 'a', ' ', '\n', '.', '😀']) {
      const text = ch.repeat(50_000);
      checkSpans(text, extractClaims(text));
    }
    const mixed = '"a" '.repeat(20_000) + '“unclosed ' + 'word '.repeat(20_000);
    checkSpans(mixed, extractClaims(mixed));
  });

  it('handles lone surrogates and empty input', () => {
    expect(extractClaims('')).toEqual([]);
    const text = '\ud800“\udc00” kata \ud83d';
    checkSpans(text, extractClaims(text));
  });
});

describe('long articles', () => {
  // Speed is measured by `npm run bench:extract` (a benchmark, not a timed test); this checks that
  // a 5 MB article is read to its end: the last paragraphs' quotes are found like the first ones.
  it('extracts every quote of a 5 MB article, to its last paragraph', () => {
    const paragraphs = [
      '“We will not stop until the work is done,” said Maria Lindqvist, the chair of the budget committee.',
      'Menteri Keuangan, Rina Wulandari, mengatakan pemerintah akan menambah anggaran. ”Kami sudah menghitung ulang,” kata Rina.',
      'The mayor said the plan would "cut waste without cutting services" and added that fares would stay the same.',
      'Critics were not convinced, according to a statement from the transit union.',
      // narrative between the quotes, as in a real article
      'The city has run a deficit for three years. Bus ridership fell during the pandemic and has only partly recovered, while fuel and wages rose faster than fares. The committee meets again in March to vote on the final version of the budget.',
      'Sebagian besar anggaran tambahan akan dipakai untuk memperbaiki sekolah di daerah terpencil. Pemerintah daerah diminta menyiapkan data kebutuhan sebelum akhir tahun agar dana bisa segera dicairkan.',
    ].join('\n\n');
    let text = '';
    while (text.length < 5_000_000) text += paragraphs + '\n\n';
    const claims = extractClaims(text);
    expect(claims.length).toBeGreaterThan(10_000);
    const lastStart = text.lastIndexOf('We will not stop until the work is done');
    expect(claims.some((c) => c.start <= lastStart && lastStart < c.end)).toBe(true);
  });
});
