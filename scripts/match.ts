// npm run --silent match -- --article ID-or-slug --source FILE [--lang id|en]
// Holds every visible claim of a stored article against a source file (.txt, .md, .html or .pdf)
// and prints one JSON line per claim: {claimId, quote, verdict, score, sourceText}. Read-only: the
// source is not added to the library (attach it in the app or with POST /api/sources for that).
import fs from 'node:fs';
import { openDatabase } from '../db/client';
import { findArticleByIdOrSlug } from '../db/queries/articles';
import { listArticleClaims } from '../db/queries/claims';
import { detectLanguage } from '../lib/extract';
import { indexSource, matchQuote } from '../lib/match/match';
import { prepareSourceFile } from '../lib/sources/input';
import { sourceLanguageSchema } from '../lib/validation-sources';
import { parseCli, printJson, runCli, UsageError } from './cli';
import { renderServerText } from '../lib/i18n/server-text';

const USAGE = 'usage: npm run --silent match -- --article ID-or-slug --source FILE [--lang id|en]';

void runCli(async () => {
  const { values } = parseCli({ article: { type: 'string' }, source: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean' } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n--lang is the language of the source; by default it is detected (Indonesian or English).\n`);
    return;
  }
  if (!values.article) throw new UsageError(`--article is required. ${USAGE}`);
  if (!values.source) throw new UsageError(`--source is required. ${USAGE}`);
  const lang = sourceLanguageSchema.safeParse(values.lang);
  if (!lang.success) throw new UsageError(renderServerText(lang.error.issues[0]!.message, 'en'));

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(values.source));
  } catch (e) {
    throw new Error(`cannot read ${values.source}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
  const prepared = await prepareSourceFile(values.source, bytes);
  if (!prepared.ok) throw new Error(`${values.source}: ${renderServerText(prepared.message, 'en')}`);

  const { db, sqlite } = openDatabase();
  try {
    const article = findArticleByIdOrSlug(db, { ref: values.article });
    if (!article) throw new Error(`no article with id or slug ${JSON.stringify(values.article)}.`);
    const language = lang.data ?? detectLanguage(prepared.text);
    if (language !== article.language) {
      throw new Error(
        `the source is in "${language}" and the article in "${article.language}": quotes are not matched across languages. Link the translated passages by hand on the article page.`,
      );
    }
    const index = indexSource(prepared.text);
    for (const claim of listArticleClaims(db, { articleId: article.id })) {
      const m = matchQuote(index, claim.quote);
      printJson({ claimId: claim.id, quote: claim.quote, verdict: m.verdict, score: m.score, sourceText: m.passages.map((p) => p.text).join(' … ') || null, diff: m.diff });
    }
  } finally {
    sqlite.close();
  }
});
