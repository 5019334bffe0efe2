// Stores an article and its claims, like the "New article" page:
//   npm run --silent ingest -- FILE [--title T] [--lang id|en] [--url U]
// FILE is .txt, .md, .html or a corpus .json ({"text", "language"?, "title"?}). Prints one JSON line
// {"id", "slug", "claims", "duplicate"}. A text we already have is reported as a duplicate (nothing
// stored); a new text for a URL we already have becomes a new version of that article.
import fs from 'node:fs';
import { openDatabase } from '../db/client';
import { prepareFile, titleFromText } from '../lib/articles/ingest-input';
import { importOrUpdate } from '../lib/articles/update';
import { articleTitleSchema, articleUrlSchema } from '../lib/validation-articles';
import type { Language } from '../lib/vocab';
import { parseCli, printJson, runCli, UsageError } from './cli';
import { renderServerText } from '../lib/i18n/server-text';

const USAGE = 'usage: npm run --silent ingest -- FILE [--title T] [--lang id|en] [--url U]';

function readBytes(file: string): Uint8Array {
  try {
    if (!fs.statSync(file).isFile()) throw new UsageError(`${file} is not a file`);
    return fs.readFileSync(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function languageOf(value: string | null | undefined, source: string): Language | null {
  if (value === undefined || value === null || value === '') return null;
  if (value !== 'id' && value !== 'en') throw new UsageError(`${source} must be "id" or "en" (got ${JSON.stringify(value)})`);
  return value;
}

void runCli(() => {
  const { values, positionals } = parseCli({
    title: { type: 'string' },
    lang: { type: 'string' },
    url: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  if (positionals.length !== 1) throw new UsageError(`give exactly one FILE\n${USAGE}`);
  const file = positionals[0]!;
  const url = articleUrlSchema.safeParse(values.url);
  if (!url.success) throw new UsageError(`--url: ${renderServerText(url.error.issues[0]!.message, 'en')}`);
  const language = languageOf(values.lang, '--lang');
  const givenTitle = articleTitleSchema.safeParse(values.title);
  if (!givenTitle.success) throw new UsageError(`--title: ${renderServerText(givenTitle.error.issues[0]!.message, 'en')}`);

  const prepared = prepareFile(file, readBytes(file), { allowJson: true });
  if (!prepared.ok) throw new UsageError(`${file}: ${renderServerText(prepared.message, 'en')}`);
  const title = givenTitle.data || prepared.title || titleFromText(prepared.text);

  const { db, sqlite } = openDatabase();
  try {
    const outcome = importOrUpdate(db, {
      body: prepared.text,
      title,
      url: url.data,
      language: language ?? languageOf(prepared.language, `"language" in ${file}`),
      actor: { id: null, name: 'ingest command' },
    });
    printJson({ id: outcome.article.id, slug: outcome.article.slug, claims: outcome.claims, duplicate: outcome.kind === 'duplicate' });
  } finally {
    sqlite.close();
  }
});
