import { describe, expect, it } from 'vitest';
import { countRegexWords, endsWithPluralPossessive, endsWithPossessive, isAcronym, isNameLikeWord, isUpperWord, tokenize } from './text';
import { ABBREVIATIONS } from './lexicon/shared';

// The fast character tests stand in for regexes and string copies on the hot path: they must
// answer exactly what the regexes answer, including for non-ASCII text.
const SAMPLES = [
  '', 's', "'s", '’s', "Trump's", 'Trump’s', "Jones'", 'Jones’', 'boss', "it's ", "'", 'Ma’ruf', 'KPK', 'U.S.',
  'DPR-RI', 'AT&T', 'Kpk', 'ÉTAT', 'État', 'ΑΒΓ', 'ab', 'A', 'NASA’s', '  two  words ', 'one\u00a0two\u2003three',
  'a\u200bb', 'tab\there\nnew\u2028line', '\ufeffbom word', 'x\u3000y\u205fz\u1680w', '   ', 'emoji 😀 here',
];

describe('text helpers', () => {
  it('reads a single line break before a lower-case word in mid-sentence as a wrapped line, not a paragraph', () => {
    const breaks = (t: string) => tokenize(t, ABBREVIATIONS).filter((x) => x.nlBefore).map((x) => x.text);
    expect(breaks('“We will keep fighting,\nand we will win,” she said.')).toEqual([]);
    expect(breaks('“We will keep fighting,\r\nand we will win,” she said.')).toEqual([]);
    // a blank line, a capital, or a closed sentence still opens a paragraph
    expect(breaks('We will keep fighting,\n\nand we will win.')).toEqual(['and']);
    expect(breaks('We will keep fighting,\nAnd we will win.')).toEqual(['And']);
    expect(breaks('We will keep fighting.\nand we will win.')).toEqual(['and']);
  });

  it('keeps a word whole when UTF-8 was decoded as Latin-1 ("SarukhÃ¡n", "PeÃ±a"), and « » still split', () => {
    const words = (t: string) => tokenize(t, ABBREVIATIONS).map((x) => x.text);
    expect(words('Arturo SarukhÃ¡n and PeÃ±a Nieto')).toEqual(['Arturo', 'SarukhÃ¡n', 'and', 'PeÃ±a', 'Nieto']);
    expect(words('Ã«Bonjourâ»')).not.toContain('Ã«Bonjour');
    expect(words('Ã «x»')).toEqual(['Ã', '«', 'x', '»']);
  });

  it("endsWithPossessive is /['’]s$/ and endsWithPluralPossessive is /s['’]$/", () => {
    for (const s of SAMPLES) {
      expect(endsWithPossessive(s), s).toBe(/['’]s$/.test(s));
      expect(endsWithPluralPossessive(s), s).toBe(/s['’]$/.test(s));
    }
  });

  it('countRegexWords counts the non-empty pieces of split(/\\s+/)', () => {
    for (const s of SAMPLES) {
      expect(countRegexWords(s, 0, s.length), JSON.stringify(s)).toBe(s.split(/\s+/).filter((w) => w.length > 0).length);
      expect(countRegexWords(`xx ${s} yy`, 3, 3 + s.length)).toBe(s.split(/\s+/).filter((w) => w.length > 0).length);
    }
  });

  it('isAcronym needs two capitals and no lower case, in any script', () => {
    expect(['KPK', 'U.S.', 'DPR-RI', 'AT&T', 'ÉTAT', 'ΑΒΓ', 'NASA'].filter(isAcronym)).toEqual(['KPK', 'U.S.', 'DPR-RI', 'AT&T', 'ÉTAT', 'ΑΒΓ', 'NASA']);
    expect(['Kpk', 'État', 'A', 'ab', 'A.', 'NASA’s', 'Ab1'].filter(isAcronym)).toEqual([]);
  });

  it('every quotation glyph is a quote token, other punctuation is not', () => {
    const marks = ['\u201c', '\u201d', '"', '\u00ab', '\u00bb', '\u201e', '\u201f', '\u2033', '\uff02', '\u2018', '\u2019', '\u201a', '\u201b', '\u2039', '\u203a'];
    for (const m of marks) expect(tokenize(`x ${m} y`, ABBREVIATIONS)[1], m).toMatchObject({ kind: 'quote', text: m, inQuote: -1 });
    for (const p of ['(', ',', '\u2014', '!', '\u2032']) expect(tokenize(`x ${p} y`, ABBREVIATIONS)[1].kind, p).toBe('punct');
  });

  it("a token's capital flag is isNameLikeWord of its text, in any script", () => {
    const tokens = tokenize('Él dijo: “Ödön and ÉTAT’s ßtraße” — Ɐ 9 ¿Qué? Ömer-Ali (U.S.) ΑΒΓ δ 😀 x 习近平 김정은 ・ محمد', ABBREVIATIONS);
    expect(tokens.length).toBeGreaterThan(15);
    for (const t of tokens) expect(t.capital, t.text).toBe(t.kind === 'word' && isNameLikeWord(t.text));
    expect(tokens.filter((t) => t.capital).map((t) => t.text)).toEqual(['Él', 'Ödön', 'ÉTAT’s', 'Ɐ', 'Qué', 'Ömer-Ali', 'U.S.', 'ΑΒΓ', '习近平', '김정은', 'محمد']);
  });

  it('isNameLikeWord: capitals in cased scripts, any letter in scripts without case', () => {
    expect(['Putin', 'Путин', 'Ödön', '习近平', '김정은', 'محمد', 'สมชาย', 'נתניהו', 'キシダ'].filter(isNameLikeWord)).toHaveLength(9);
    expect(['putin', 'путин', 'ödön', '9', '😀', '—', ''].filter(isNameLikeWord)).toEqual([]);
    // a cased word is name-like exactly when it is upper case
    for (const w of ['Él', 'ßtraße', 'δ', 'Ɐ', 'x']) expect(isNameLikeWord(w), w).toBe(isUpperWord(w));
  });

  it('a word token is lower-cased without its abbreviation period, other tokens keep their text', () => {
    const text = 'Mr. Lee’s AT&T deal, the U.S. and D-N.C. said: don’t. É. Nilsson-Wright ‘quoted’ x.y end. Ünal’s 2,5 etc.';
    const tokens = tokenize(text, ABBREVIATIONS);
    for (const t of tokens) {
      // the rule as first written: lower-case (and drop a final period) when any character could change
      const expected = t.kind === 'word' && /[A-Z.\u0080-\uffff]/.test(t.text) ? t.text.toLowerCase().replace(/\.$/, '') : t.text;
      expect(t.lower, t.text).toBe(expected);
    }
    expect(tokens.filter((t) => t.kind === 'word').map((t) => t.lower)).toContain('u.s');
    expect(tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['Mr.', 'Lee’s', 'AT&T', 'U.S.', 'D-N.C.', 'don’t', 'É.']));
  });
});
