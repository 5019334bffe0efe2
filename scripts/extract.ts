/**
 * Extract quoted and reported claims from articles.
 *
 *   npm run --silent extract -- [--lang id|en] FILE...
 *
 * FILE is a .txt article or a .json file with a "text" field (the corpus format). Prints one
 * JSON object per file per line: {"file", "language", "claims"}.
 */
import { readFileSync } from 'node:fs';
import { detectLanguage, extractClaims, type Language } from '../lib/extract';

const USAGE = `usage: npm run --silent extract -- [--lang id|en] FILE...
  FILE  a .txt article, or a .json file with a "text" field
  --lang id|en  skip language detection
Prints one JSON line per file: {"file": ..., "language": ..., "claims": [...]}.`;

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

export function readArticle(file: string): string {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    fail(`cannot read ${file}${code ? ` (${code})` : ''}`);
  }
  if (file.toLowerCase().endsWith('.json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      fail(`${file} is not valid JSON`);
    }
    const t = (parsed as { text?: unknown } | null)?.text;
    if (typeof t !== 'string') fail(`${file} has no "text" string field`);
    return t;
  }
  return raw;
}

function main(argv: string[]): void {
  let lang: Language | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE + '\n');
      return;
    }
    if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a === '--lang' ? argv[++i] : a.slice('--lang='.length);
      if (v !== 'id' && v !== 'en') fail(`--lang must be "id" or "en" (got ${v === undefined ? 'nothing' : JSON.stringify(v)})\n${USAGE}`);
      lang = v;
      continue;
    }
    if (a === '--') continue;
    if (a.startsWith('-') && a !== '-') fail(`unknown option ${a}\n${USAGE}`);
    files.push(a);
  }
  if (files.length === 0) fail(`no input file\n${USAGE}`);
  for (const file of files) {
    const text = readArticle(file);
    const language = lang ?? detectLanguage(text);
    const claims = extractClaims(text, language);
    process.stdout.write(JSON.stringify({ file, language, claims }) + '\n');
  }
}

main(process.argv.slice(2));
