/**
 * The extraction context of a whole text (tokens, quotations, sentences), built as
 * `extractClaims` builds it for a section. For the indirect-claim trainer and tests, which
 * draft claims without running the rest of the pipeline.
 */
import type { Context } from './attribution';
import { detectLanguageFromTokens, lexiconFor } from './language';
import { ABBREVIATIONS } from './lexicon/shared';
import { findQuotes } from './quotes';
import { splitSentences } from './sentences';
import { tokenize } from './text';
import type { Language } from './types';

export function contextFor(text: string, language?: Language): Context {
  const tokens = tokenize(text, ABBREVIATIONS);
  const lex = lexiconFor(language ?? detectLanguageFromTokens(tokens));
  const { sentences, sentOf } = splitSentences(tokens);
  return { text, lex, tokens, sentences, sentOf, quotes: findQuotes(text, tokens) };
}
