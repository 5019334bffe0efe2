// `npm run i18n:check` (also part of `npm run lint`): fails when a message key is in one
// language's file but not the other's, when no code uses a key, when code uses a key that does
// not exist, when a key is not written statically, or when a message's {placeholders} differ
// between languages. The rules are in lib/i18n/check.ts.
import fs from 'node:fs';
import path from 'node:path';
import { checkMessages, formatReport, isClean, type MessageTree, type SourceFile } from '../lib/i18n/check';

const ROOT = process.cwd();
const SOURCE_DIRS = ['app', 'components', 'lib', 'server', 'i18n', 'db', 'scripts'];
const ROOT_FILES = ['proxy.ts'];
const MESSAGES_DIR = path.join(ROOT, 'messages');

function sourceFiles(dir: string): SourceFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(p);
    // Tests may name keys to assert on them; only product code counts as use.
    if (!/\.(ts|tsx)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return [{ path: path.relative(ROOT, p), text: fs.readFileSync(p, 'utf8') }];
  });
}

function readMessages(): Record<string, MessageTree> {
  return Object.fromEntries(
    fs
      .readdirSync(MESSAGES_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [path.basename(f, '.json'), JSON.parse(fs.readFileSync(path.join(MESSAGES_DIR, f), 'utf8')) as MessageTree]),
  );
}

const messages = readMessages();
const files = [
  ...SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d))),
  ...ROOT_FILES.filter((f) => fs.existsSync(path.join(ROOT, f))).map((f) => ({ path: f, text: fs.readFileSync(path.join(ROOT, f), 'utf8') })),
];
const result = checkMessages(messages, files);
if (isClean(result)) {
  console.log(`i18n: ${Object.keys(messages).join(', ')} have the same keys, every key is used, every used key exists (${files.length} source files).`);
} else {
  console.error(formatReport(result));
  process.exit(1);
}
