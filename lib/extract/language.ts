import { enLexicon as enLexicon_ } from './lexicon/en';
import { idLexicon as idLexicon_ } from './lexicon/id';
import type { Lexicon } from './lexicon/types';
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const enLexicon = enLexicon_;
const idLexicon = idLexicon_;

export type Language = 'id' | 'en';

/** Enough text to decide; reading further only costs time on multi-megabyte inputs. */
const SAMPLE_CHARS = 20000;

/**
 * Decide between Indonesian and English by counting very frequent function words of each
 * language in the first part of the text. The two lists barely overlap ("di", "yang", "dan"
 * against "the", "of", "and"), so a plain majority is reliable on anything longer than a line.
 * Ties (no evidence at all) fall back to English.
 */
export function detectLanguage(text: string): Language {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let id = 0;
  let en = 0;
  const re = /[A-Za-z]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sample)) !== null) {
    const w = m[0].toLowerCase();
    if (idLexicon.functionWords.has(w)) id++;
    if (enLexicon.functionWords.has(w)) en++;
  }
  return id > en ? 'id' : 'en';
}

/** Function words of both languages in one table (1: Indonesian, 2: English): one lookup per word. */
const FUNCTION_WORD_LANGS = new Map<string, number>();
for (const w of idLexicon.functionWords) FUNCTION_WORD_LANGS.set(w, 1);
for (const w of enLexicon.functionWords) FUNCTION_WORD_LANGS.set(w, (FUNCTION_WORD_LANGS.get(w) ?? 0) | 2);

/** The same decision from tokens already produced (no second pass over the text). */
export function detectLanguageFromTokens(tokens: ReadonlyArray<{ lower: string; kind: string }>): Language {
  let id = 0;
  let en = 0;
  const n = Math.min(tokens.length, 1500);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const langs = FUNCTION_WORD_LANGS.get(t.lower);
    if (langs === undefined) continue;
    if ((langs & 1) !== 0) id++;
    else en++;
    if (id - en >= 40 || en - id >= 40) break; // clear enough
  }
  return id > en ? 'id' : 'en';
}

export function lexiconFor(lang: Language): Lexicon {
  return lang === 'id' ? idLexicon : enLexicon;
}
