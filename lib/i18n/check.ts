import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

// The message-key check behind `npm run i18n:check` (scripts/i18n-check.ts reads the files and
// prints the result). Pure: it takes the message trees and the source texts.
//
// Keys are used statically, so a scan can see every one:
// - `const t = useTranslations('ns')` / `await getTranslations('ns')` /
//   `getTranslations({ locale, namespace: 'ns' })` / `createTranslator({ …, namespace: 'ns' })`
//   bind a name to a namespace within a file; then `t('key')`, `t.rich('key')`, `t.markup('key')`,
//   `t.raw('key')` and `t.has('key')` use `ns.key`. A call with anything but a string literal as
//   its key is reported: enumerations are ICU `select` messages (`t('status', { status })`).
// - `keyed('full.key')` (server messages, lib/i18n/keyed.ts) uses `full.key`.

export type MessageTree = { [key: string]: string | MessageTree };

export type SourceFile = { path: string; text: string };

export type CheckResult = {
  /** Keys in one language's file but not the other's. */
  missing: { locale: string; key: string }[];
  /** Keys in the messages that no code uses. */
  unused: string[];
  /** Keys the code uses that are not messages (or name a group, not a message). */
  unknown: { key: string; path: string }[];
  /** Translator calls whose key is not a string literal, so the check cannot follow them. */
  dynamic: { path: string; line: number; call: string }[];
  /** Messages whose {placeholders} differ between languages. */
  placeholders: { key: string; detail: string }[];
};

/** Every message's full key ("claims.card.title"), depth first. */
export function leafKeys(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === 'string' ? [key] : leafKeys(v, key);
  });
}

function messageAt(tree: MessageTree, key: string): string | MessageTree | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node;
}

const BINDING =
  /\b(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:'([^']*)'|"([^"]*)"|\{[^}]*?namespace:\s*['"]([^'"]*)['"][^}]*\}|\{[^}]*\}|)\s*\)/g;
const CREATE_TRANSLATOR = /\b(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=\s*createTranslator\(\s*\{([^}]*)\}\s*\)/g;
const KEYED = /\bkeyed\(\s*(?:'([^']+)'|"([^"]+)")/g;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Namespaces bound to translator names in one file. */
function bindings(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(BINDING)) out.set(m[1]!, m[2] ?? m[3] ?? m[4] ?? '');
  for (const m of text.matchAll(CREATE_TRANSLATOR)) {
    const ns = /namespace:\s*['"]([^'"]*)['"]/.exec(m[2]!);
    out.set(m[1]!, ns ? ns[1]! : '');
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Keys used in one file, and the calls it cannot follow. */
export function keysUsedIn(source: SourceFile): { used: string[]; dynamic: CheckResult['dynamic'] } {
  const file = { path: source.path, text: stripComments(source.text) };
  const used: string[] = [];
  const dynamic: CheckResult['dynamic'] = [];
  for (const [name, ns] of bindings(file.text)) {
    const call = new RegExp(`(?<![\\w$.])${escapeRegExp(name)}(?:\\.(?:rich|markup|raw|has))?\\(\\s*(?:'([^']*)'|"([^"]*)"|([^)\\s,]*))`, 'g');
    for (const m of file.text.matchAll(call)) {
      const literal = m[1] ?? m[2];
      if (literal !== undefined) used.push(ns ? `${ns}.${literal}` : literal);
      else dynamic.push({ path: file.path, line: lineOf(file.text, m.index!), call: m[0] });
    }
  }
  for (const m of file.text.matchAll(KEYED)) used.push(m[1] ?? m[2]!);
  return { used, dynamic };
}

function collectArguments(elements: MessageFormatElement[], names: Set<string>): void {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    names.add(el.type === TYPE.tag ? `<${el.value}>` : el.value);
    if (el.type === TYPE.tag) collectArguments(el.children, names);
    if (el.type === TYPE.select || el.type === TYPE.plural) {
      for (const option of Object.values(el.options)) collectArguments(option.value, names);
    }
  }
}

/**
 * The names of a message's arguments, read with the ICU MessageFormat parser: `{count, plural, …}`
 * and `{name}` give count and name, a rich-text tag `<link>…</link>` gives `<link>`. A message
 * that does not parse is reported as such.
 */
export function placeholderNames(message: string): string[] {
  const names = new Set<string>();
  collectArguments(parse(message), names);
  return [...names].sort();
}

function placeholderList(message: string): string {
  try {
    return placeholderNames(message).join(', ');
  } catch (error) {
    return `unparsable ICU message (${error instanceof Error ? error.message : String(error)})`;
  }
}

/**
 * Source text with comments blanked out (lengths and line breaks kept), so a key named in a
 * comment is neither "used" nor "unknown". Strings and template literals (with their `${…}`
 * expressions, which are code) are followed, so `https://` in a string is not a comment.
 */
export function stripComments(text: string): string {
  const out = text.split('');
  // Stack of what we are inside: 'code' (with brace depth) or a template literal.
  const stack: { kind: 'code' | 'template'; depth: number }[] = [{ kind: 'code', depth: 0 }];
  let i = 0;
  const blank = (from: number, to: number) => {
    for (let j = from; j < to; j++) if (out[j] !== '\n') out[j] = ' ';
  };
  while (i < text.length) {
    const top = stack[stack.length - 1]!;
    const c = text[i]!;
    if (top.kind === 'template') {
      if (c === '\\') {
        i += 2;
      } else if (c === '`') {
        stack.pop();
        i++;
      } else if (c === '$' && text[i + 1] === '{') {
        stack.push({ kind: 'code', depth: 0 });
        i += 2;
      } else {
        i++;
      }
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === "'" || c === '"') {
      i++;
      while (i < text.length && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '`') {
      stack.push({ kind: 'template', depth: 0 });
      i++;
    } else if (c === '{') {
      top.depth++;
      i++;
    } else if (c === '}') {
      if (top.depth === 0 && stack.length > 1) stack.pop();
      else top.depth--;
      i++;
    } else i++;
  }
  return out.join('');
}

export function checkMessages(messages: Record<string, MessageTree>, files: SourceFile[]): CheckResult {
  const locales = Object.keys(messages);
  const keysBy = new Map(locales.map((l) => [l, new Set(leafKeys(messages[l]!))]));
  const allKeys = new Set([...keysBy.values()].flatMap((s) => [...s]));

  const missing: CheckResult['missing'] = [];
  for (const locale of locales) {
    for (const key of allKeys) if (!keysBy.get(locale)!.has(key)) missing.push({ locale, key });
  }

  const usedKeys = new Set<string>();
  const unknown: CheckResult['unknown'] = [];
  const dynamic: CheckResult['dynamic'] = [];
  for (const file of files) {
    const found = keysUsedIn(file);
    dynamic.push(...found.dynamic);
    for (const key of found.used) {
      usedKeys.add(key);
      const known = locales.every((l) => typeof messageAt(messages[l]!, key) === 'string');
      if (!known) unknown.push({ key, path: file.path });
    }
  }

  const unused = [...allKeys].filter((k) => !usedKeys.has(k)).sort();

  const placeholders: CheckResult['placeholders'] = [];
  const [first, ...others] = locales;
  for (const key of first ? keysBy.get(first)! : []) {
    const a = placeholderList(messageAt(messages[first!]!, key) as string);
    for (const other of others) {
      const msg = messageAt(messages[other]!, key);
      if (typeof msg !== 'string') continue;
      const b = placeholderList(msg);
      if (a !== b) placeholders.push({ key, detail: `${first}: {${a}} but ${other}: {${b}}` });
    }
  }

  return { missing, unused, unknown, dynamic, placeholders };
}

export function isClean(r: CheckResult): boolean {
  return !r.missing.length && !r.unused.length && !r.unknown.length && !r.dynamic.length && !r.placeholders.length;
}

/** A report a person can act on, one problem a line. */
export function formatReport(r: CheckResult): string {
  return [
    ...r.missing.map((m) => `missing in messages/${m.locale}.json: ${m.key}`),
    ...r.unknown.map((u) => `unknown key ${u.key} (used in ${u.path})`),
    ...r.unused.map((k) => `unused key ${k} (no code uses it: remove it from every language, or use it)`),
    ...r.dynamic.map((d) => `${d.path}:${d.line}: key is not a string literal (${d.call}): use a static key, or an ICU select`),
    ...r.placeholders.map((p) => `placeholders differ in ${p.key}: ${p.detail}`),
  ].join('\n');
}
