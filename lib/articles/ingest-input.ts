// What an editor hands us (pasted text or an uploaded file) turned into article text, with the
// limits every entry point applies. Pure (no I/O, no database), shared by the "New article" action
// and the `ingest` command so both refuse the same inputs with the same messages.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import { keyed } from '../i18n/keyed';
import { characterProblem } from '../text-rule';

/** 1 MB of UTF-8: far above any news article, small enough to extract in well under a second. */
export const MAX_TEXT_BYTES = 1_000_000;
/** Uploads are checked before decoding; HTML carries markup around the text, so it gets more room. */
export const MAX_UPLOAD_BYTES = 3_000_000;

export type InputFormat = 'text' | 'markdown' | 'html' | 'json';

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

/** What the upload form takes: everything but the command line's corpus .json. */
export const UPLOAD_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION).filter((e) => FORMAT_BY_EXTENSION[e] !== 'json');

export type Prepared = { ok: true; text: string; title: string | null; language: string | null };
export type Refused = { ok: false; message: string };
export type PrepareResult = Prepared | Refused;

export const MESSAGES = {
  empty: 'The article text is empty. Paste the text or choose a file.',
  tooLarge: 'The article text is larger than 1 MB. Import the article body only.',
  binary: 'This file is not text: it contains binary data (NUL bytes).',
  undecodable: 'This file is not valid UTF-8 text. Save it as UTF-8 and try again.',
  unsupported: 'Unsupported file type. Choose a .txt, .md or .html file.',
  noArticleInHtml: 'No article text was found in this HTML page.',
  badJson: 'This .json file is not valid JSON.',
  jsonWithoutText: 'This .json file has no "text" field with the article text.',
} as const;

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase();
}

/** The format a file name says it holds; null when it is not one we read. JSON only when allowed
 * (the command line reads the corpus format; the upload form does not offer it). */
export function formatOfFile(fileName: string, { allowJson = false } = {}): InputFormat | null {
  const format = FORMAT_BY_EXTENSION[extensionOf(fileName)] ?? null;
  return format === 'json' && !allowJson ? null : format;
}

/** Strict UTF-8: a stray Latin-1 or binary file is refused rather than imported as mojibake. */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | Refused {
  if (bytes.includes(0)) return { ok: false, message: MESSAGES.binary };
  try {
    // fatal: invalid sequences throw; the BOM, if any, is dropped by the decoder.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: MESSAGES.undecodable };
  }
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** The limits on the article text itself, whatever it came from. */
export function checkText(text: string): Refused | null {
  if (text.trim() === '') return { ok: false, message: MESSAGES.empty };
  if (text.includes('\u0000')) return { ok: false, message: MESSAGES.binary };
  // The same character rule as every other stored text (lib/validation.ts), multi-line.
  const character = characterProblem(text, { label: keyed('server.fields.articleText'), multiline: true });
  if (character) return { ok: false, message: character };
  // Cheap bound first: a UTF-16 string never has more code units than its UTF-8 bytes.
  if (text.length > MAX_TEXT_BYTES || utf8Length(text) > MAX_TEXT_BYTES) return { ok: false, message: MESSAGES.tooLarge };
  return null;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL',
]);

type DomNode = {
  nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode>;
  parentNode?: DomNode | null; getAttribute?: (name: string) => string | null;
};

/** "3. " before the third item of an ordered list (from its start attribute on): the number is
 * part of what the reader sees, and a line such as "2016. That year …" in Markdown is one. */
function listMarker(item: DomNode): string {
  const list = item.parentNode;
  if (!list || list.nodeName.toUpperCase() !== 'OL') return '';
  const start = Number.parseInt(list.getAttribute?.('start') ?? '1', 10);
  const items = Array.from(list.childNodes).filter((n) => n.nodeType === 1 && n.nodeName.toUpperCase() === 'LI');
  return `${(Number.isFinite(start) ? start : 1) + items.indexOf(item)}. `;
}

/** Text of a DOM subtree with block elements as paragraphs (blank lines) and <br> as line breaks:
 * readability's own textContent runs paragraphs together, which would merge sentences. */
function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toUpperCase();
    if (tag === 'BR') return void parts.push('\n');
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push('\n\n');
    if (tag === 'LI') parts.push(listMarker(node));
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A Markdown file as the text an editor reads: heading marks, emphasis and link syntax rendered
 * away (by marked), paragraphs kept as blank lines; its first heading is the title. */
export function markdownToArticle(markdown: string): { text: string; title: string | null } {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const heading = document.querySelector('h1, h2');
  return { text: blockText(document.body as unknown as DomNode), title: heading?.textContent?.trim() || null };
}

/** The article inside an HTML page (navigation, ads and footers dropped by Mozilla Readability),
 * as plain text with paragraph breaks kept as blank lines, and the page's title. */
export function htmlToArticle(html: string): { text: string; title: string | null } {
  const { document } = parseHTML(html);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  // Readability mutates the document it is given; it is ours alone here.
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (!parsed?.content) return { text: '', title: pageTitle };
  const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  return { text: blockText(content.body as unknown as DomNode), title: parsed.title?.trim() || pageTitle };
}

function fromJson(raw: string): PrepareResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, message: MESSAGES.badJson };
  }
  const record = (value && typeof value === 'object' ? value : {}) as { text?: unknown; title?: unknown; language?: unknown };
  if (typeof record.text !== 'string') return { ok: false, message: MESSAGES.jsonWithoutText };
  return finish(
    record.text,
    typeof record.title === 'string' ? record.title : null,
    typeof record.language === 'string' ? record.language : null,
  );
}

function finish(text: string, title: string | null, language: string | null = null): PrepareResult {
  const refused = checkText(text);
  if (refused) return refused;
  return { ok: true, text, title: title?.trim() || null, language };
}

/** Article text from raw content in a known format. */
export function prepareContent(raw: string, format: InputFormat): PrepareResult {
  const rawRefused = checkText(raw);
  // Markup may make a page larger than its text: only HTML gets the larger upload bound.
  if (rawRefused && !(format === 'html' && rawRefused.message === MESSAGES.tooLarge && utf8Length(raw) <= MAX_UPLOAD_BYTES)) {
    return rawRefused;
  }
  if (format === 'json') return fromJson(raw);
  if (format === 'html') {
    const { text, title } = htmlToArticle(raw);
    if (text.trim() === '') return { ok: false, message: MESSAGES.noArticleInHtml };
    return finish(text, title);
  }
  if (format === 'markdown') {
    const { text, title } = markdownToArticle(raw);
    if (text.trim() === '') return { ok: false, message: MESSAGES.empty };
    return finish(text, title);
  }
  return finish(raw, null);
}

/** An uploaded or command-line file: type check, size bound, strict decoding, then its text. */
export function prepareFile(fileName: string, bytes: Uint8Array, { allowJson = false } = {}): PrepareResult {
  const format = formatOfFile(fileName, { allowJson });
  if (!format) return { ok: false, message: allowJson ? `${MESSAGES.unsupported.slice(0, -1)} or a corpus .json file.` : MESSAGES.unsupported };
  if (bytes.byteLength === 0) return { ok: false, message: MESSAGES.empty };
  if (bytes.byteLength > (format === 'html' ? MAX_UPLOAD_BYTES : MAX_TEXT_BYTES)) return { ok: false, message: MESSAGES.tooLarge };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  return prepareContent(decoded.text, format);
}

/** The title an editor would give the article when none was typed: the first line, shortened. */
export function titleFromText(text: string): string {
  const firstLine = text.trim().split('\n', 1)[0]!.trim().replace(/^#+\s*/, '');
  return firstLine.length <= 120 ? firstLine : `${firstLine.slice(0, 117).trimEnd()}…`;
}

/** What the import and update forms send: an uploaded file when one was chosen, else pasted text.
 * `field` names the form field a refusal belongs to. */
export async function prepareFormInput(input: { text: string; file: File | null }): Promise<{ field: 'file' | 'text'; result: PrepareResult }> {
  if (input.file) return { field: 'file', result: prepareFile(input.file.name, new Uint8Array(await input.file.arrayBuffer())) };
  return { field: 'text', result: prepareContent(input.text, 'text') };
}
