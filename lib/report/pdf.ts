// PDF report with pdfkit: real text (selectable, searchable), the summary on page one and
// "Page X of Y" on every page. No headless browser.
//
// Fonts: by default the built-in Helvetica, which only covers WinAnsi (Latin-1 plus a few
// typographic marks). Indonesian and English are fine; other scripts and emoji are replaced by a
// visible placeholder instead of silently printing nothing, and page one says so. Pass a TTF/OTF
// (path or Buffer) in `options.fonts` to embed it instead (pdfkit subsets it); characters are
// then passed through unchanged. Note pdfkit does not reorder right-to-left text.
//
// Next.js: keep 'pdfkit' in serverExternalPackages (it loads its font data with require at run time).

import { sourceCheckLine } from './source-check';
import PDFDocument from 'pdfkit';

import {
  KIND_LABELS,
  REPORT_STATUSES,
  STATUS_LABELS,
  actionLabel,
  chainSentence,
  claimsInReadingOrder,
  evidenceLine,
  formatTimestamp,
  generatedByLine,
  quotedText,
  isHttpUrl,
  speakerName,
  summarize,
  type ReportClaim,
  type ReportData,
  type ReportHistoryEvent,
  publishedUrl,
  signOffSentences,
} from './types';

export interface PdfOptions {
  /** Embed these fonts instead of Helvetica (e.g. Noto Sans). `bold` defaults to `regular`. */
  fonts?: { regular: string | Buffer; bold?: string | Buffer };
}

export const UNSUPPORTED_PLACEHOLDER = '[?]';

const SIZE = { title: 18, heading: 13, subheading: 11, body: 9.5, small: 8 } as const;
const MARGIN = 56;

// Characters outside WinAnsi (Windows-1252), the only ones pdfkit's built-in fonts can encode:
// printable ASCII, Latin-1 and the typographic extras of cp1252 (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
const NOT_WIN_ANSI =
  '[^\\n\\x20-\\x7e\\xa0-\\xff\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc' +
  '\\u2013\\u2014\\u2018-\\u201a\\u201c-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122]';
const HAS_NON_WIN_ANSI = new RegExp(NOT_WIN_ANSI, 'u');
/** A run of such characters, spaces between them included: a phrase in another script is one gap. */
const NON_WIN_ANSI_RUN = new RegExp(`${NOT_WIN_ANSI}+(?:[ \\t]+${NOT_WIN_ANSI}+)*`, 'gu');
const CONTROL_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * Makes user text printable with the chosen font. Control characters become spaces (a stray
 * form feed or NUL must not reach the PDF); newlines are kept. With Helvetica (`winAnsiOnly`),
 * each run of characters outside WinAnsi becomes one visible placeholder.
 */
export function cleanPdfText(text: string, winAnsiOnly: boolean): string {
  const normalized = text.normalize('NFC').replace(/\r\n|\r/g, '\n').replace(CONTROL_CHARS, ' ');
  return winAnsiOnly ? normalized.replace(NON_WIN_ANSI_RUN, UNSUPPORTED_PLACEHOLDER) : normalized;
}

/** Whether any text in the report will need the placeholder (checked up front, for page one). */
function needsPlaceholder(data: ReportData): boolean {
  return HAS_NON_WIN_ANSI.test(JSON.stringify(data).normalize('NFC'));
}

interface FontNames {
  body: string;
  bold: string;
}

/** Everything the drawing functions need: the document, its font names and the sanitiser. */
interface Ctx {
  doc: PDFKit.PDFDocument;
  font: FontNames;
  t: (text: string) => string;
}

/**
 * Built-in fonts are used by their standard names: pdfkit caches fonts by the name they are
 * selected with, except that a registered alias of an already-loaded font is re-parsed on every
 * switch (that made a 2,000-claim report take 11 s instead of well under 1 s). A supplied bold
 * face gets its own name; without one, bold text uses the regular face's name for the same reason.
 */
function setUpFonts(doc: PDFKit.PDFDocument, fonts: PdfOptions['fonts']): FontNames {
  if (!fonts) return { body: 'Helvetica', bold: 'Helvetica-Bold' };
  doc.registerFont('report-body', fonts.regular);
  if (!fonts.bold) return { body: 'report-body', bold: 'report-body' };
  doc.registerFont('report-bold', fonts.bold);
  return { body: 'report-body', bold: 'report-bold' };
}

function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Start a new page unless `height` points still fit, so headings are not orphaned at the bottom. */
function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function heading(ctx: Ctx, text: string, size: number = SIZE.heading): void {
  ensureSpace(ctx.doc, size * 4);
  ctx.doc.moveDown(0.6).font(ctx.font.bold).fontSize(size).text(ctx.t(text), MARGIN).moveDown(0.3);
  ctx.doc.font(ctx.font.body).fontSize(SIZE.body);
}

function labelled(ctx: Ctx, label: string, value: string | null | undefined): void {
  const shown = value === null || value === undefined || value === '' ? '—' : ctx.t(value);
  ctx.doc.font(ctx.font.bold).fontSize(SIZE.body).text(`${label}: `, MARGIN, undefined, { continued: true });
  ctx.doc.font(ctx.font.body).text(shown);
}

/** One row of a simple fixed-column table; cells are clipped with an ellipsis, never wrapped. */
function tableRow(ctx: Ctx, cells: string[], widths: number[], bold = false): void {
  const { doc } = ctx;
  ensureSpace(doc, SIZE.body * 2);
  const y = doc.y;
  doc.font(bold ? ctx.font.bold : ctx.font.body).fontSize(SIZE.body);
  let x = MARGIN;
  cells.forEach((cell, i) => {
    const align = i === 0 ? 'left' : 'right';
    doc.text(ctx.t(cell), x, y, { width: widths[i] - 6, height: SIZE.body * 1.3, ellipsis: true, lineBreak: false, align });
    x += widths[i];
  });
  doc.x = MARGIN;
  doc.y = y + SIZE.body * 1.5;
}

function headerSection(ctx: Ctx, data: ReportData): void {
  const { doc } = ctx;
  const { article } = data;
  doc.font(ctx.font.bold).fontSize(SIZE.title).text(ctx.t(`Review report: ${article.title}`), MARGIN);
  doc.moveDown(0.5);
  labelled(ctx, 'Outlet', article.outlet);
  if (isHttpUrl(article.url)) {
    doc.font(ctx.font.bold).text('URL: ', MARGIN, undefined, { continued: true });
    doc.font(ctx.font.body).fillColor('#1a4f9c').text(ctx.t(article.url), { link: article.url.trim(), underline: true });
    doc.fillColor('black');
  } else {
    labelled(ctx, 'URL', article.url);
  }
  labelled(ctx, 'Language', article.language);
  labelled(ctx, 'Published', article.publishedAt ? formatTimestamp(article.publishedAt) : null);
  labelled(ctx, 'Generated', `${formatTimestamp(data.generatedAt)} by ${generatedByLine(data.generatedBy)}`);
  labelled(ctx, 'Organisation', data.organization.name);
  labelled(ctx, 'Sign-off', signOffSentences(data.signOff).join(' '));
  labelled(ctx, 'Public page', publishedUrl(data) ?? 'not published');
}

function summarySection(ctx: Ctx, data: ReportData): void {
  const summary = summarize(data);
  const width = contentWidth(ctx.doc);
  heading(ctx, 'Summary');
  ctx.doc.text(`${summary.total} claims in total.`, MARGIN).moveDown(0.3);
  tableRow(ctx, ['Status', 'Claims'], [160, 60], true);
  for (const status of REPORT_STATUSES) tableRow(ctx, [STATUS_LABELS[status], String(summary.byStatus[status])], [160, 60]);
  tableRow(ctx, ['Total', String(summary.total)], [160, 60], true);

  heading(ctx, 'By speaker', SIZE.subheading);
  const numberWidth = 70;
  const widths = [width - numberWidth * 5, ...Array<number>(5).fill(numberWidth)];
  tableRow(ctx, ['Speaker', 'Total', ...REPORT_STATUSES.map((s) => STATUS_LABELS[s])], widths, true);
  for (const row of summary.bySpeaker) {
    tableRow(ctx, [row.speaker, String(row.total), ...REPORT_STATUSES.map((s) => String(row.byStatus[s]))], widths);
  }
  heading(ctx, 'History chain check', SIZE.subheading);
  chainResult(ctx, data.chain);
}

/** A broken chain must not be missed: bold and red. */
function chainResult(ctx: Ctx, chain: ReportData['chain']): void {
  ctx.doc.font(chain.intact ? ctx.font.body : ctx.font.bold).fillColor(chain.intact ? 'black' : '#b00020');
  ctx.doc.text(chainSentence(chain), MARGIN);
  ctx.doc.font(ctx.font.body).fillColor('black');
}

function evidenceItems(ctx: Ctx, claim: ReportClaim): void {
  const { doc } = ctx;
  if (claim.evidence.length === 0) {
    doc.text('Evidence: none', MARGIN);
    return;
  }
  doc.text('Evidence:', MARGIN);
  for (const item of claim.evidence) {
    const line = ctx.t(`• ${evidenceLine(item)}`);
    if (isHttpUrl(item.url)) {
      doc.fillColor('#1a4f9c').text(line, MARGIN + 12, undefined, { link: item.url.trim(), underline: true });
      doc.fillColor('black');
    } else {
      doc.text(`${line} (not linked: not an http(s) URL)`, MARGIN + 12);
    }
  }
}

/**
 * A claim is a bold heading plus ONE text call for its plain fields: pdfkit's cost is per text
 * call and per character, and a bold label per field (a second call each) made a 2,000-claim
 * report a third slower. Evidence follows separately because its lines carry links.
 */
function claimSection(ctx: Ctx, claim: ReportClaim): void {
  const role = claim.speaker.role?.trim();
  const reviewed = claim.lastReviewer
    ? `${claim.lastReviewer}${claim.lastReviewedAt ? ` at ${formatTimestamp(claim.lastReviewedAt)}` : ''}`
    : '—';
  const fields: [string, string | null][] = [
    ['Speaker', role ? `${speakerName(claim)} (${role})` : speakerName(claim)],
    ['Kind', KIND_LABELS[claim.kind]],
    ['Quote', quotedText(claim)],
    ['Sentence', claim.sentence],
    ['Status', STATUS_LABELS[claim.status]],
    ['Note', claim.note],
    ['Last reviewed', reviewed],
  ];
  if (claim.sourceCheck) fields.push(['Source check', sourceCheckLine(claim.sourceCheck)]);
  heading(ctx, `${claim.position}. ${STATUS_LABELS[claim.status]}: claim #${claim.id}`, SIZE.subheading);
  ctx.doc.text(ctx.t(fields.map(([label, value]) => `${label}: ${value || '—'}`).join('\n')), MARGIN);
  evidenceItems(ctx, claim);
}

function historyLine(event: ReportHistoryEvent): string {
  const parts = [formatTimestamp(event.at), event.actor, actionLabel(event.action)];
  if (event.fromStatus || event.toStatus) {
    parts.push(`${event.fromStatus ? STATUS_LABELS[event.fromStatus] : '—'} to ${event.toStatus ? STATUS_LABELS[event.toStatus] : '—'}`);
  }
  if (event.note) parts.push(`note: ${event.note}`);
  if (event.detail) parts.push(event.detail);
  // One line per event: a multi-line note must not look like a second event.
  return parts.join(' · ').replace(/\s*\n\s*/g, ' ');
}

function appendixSection(ctx: Ctx, data: ReportData, claims: ReportClaim[]): void {
  ctx.doc.addPage();
  ctx.doc.font(ctx.font.bold).fontSize(SIZE.heading).text('Appendix: history', MARGIN).moveDown(0.3);
  chainResult(ctx, data.chain);
  for (const claim of claims) {
    heading(ctx, `Claim ${claim.position} (#${claim.id})`, SIZE.body + 0.5);
    const lines = claim.history.length === 0 ? 'No recorded events.' : claim.history.map(historyLine).join('\n');
    ctx.doc.text(ctx.t(lines), MARGIN + 12);
  }
}

function fontNote(ctx: Ctx): void {
  ctx.doc.moveDown(0.5).font(ctx.font.body).fontSize(SIZE.small).fillColor('#555555');
  ctx.doc.text(
    `Characters this PDF's font cannot show (other scripts, emoji) appear as ${UNSUPPORTED_PLACEHOLDER}. ` +
      'The Markdown, CSV and JSON exports keep the original text.',
    MARGIN,
  );
  ctx.doc.fillColor('black').fontSize(SIZE.body);
}

/** Page numbers go in last, when the page count is known: pdfkit keeps pages buffered until then. */
function pageNumbers(ctx: Ctx): void {
  const { doc } = ctx;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit start a new page: lift the margin meanwhile.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(ctx.font.body).fontSize(SIZE.small).fillColor('#555555');
    doc.text(`Page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - SIZE.small, {
      width: contentWidth(doc),
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

/** The pdfkit internals cacheWordWidths reads; checked at run time, never assumed. */
interface FontState {
  _font?: { id?: string };
  _fontSize?: number;
}

/**
 * pdfkit measures every word while wrapping, re-deriving glyphs and kerning pairs each time, and
 * its own cache lasts one text call. Words repeat all through a report, so widths are remembered
 * per font and size for the whole document (about 30 % of a 2,000-claim render). Only the plain
 * case is cached (no character spacing, scaling or OpenType features, which change the width);
 * if a pdfkit upgrade renames the internals read here, measuring simply stays uncached.
 */
function cacheWordWidths(doc: PDFKit.PDFDocument): void {
  const measure = doc.widthOfString.bind(doc);
  const state = doc as unknown as FontState;
  const cache = new Map<string, number>();
  doc.widthOfString = (text: string, options?: PDFKit.Mixins.TextOptions & { horizontalScaling?: number }) => {
    const fontId = state._font?.id;
    const plain =
      !options?.characterSpacing && !options?.features && (options?.horizontalScaling ?? 100) === 100;
    if (!plain || typeof fontId !== 'string' || typeof state._fontSize !== 'number') return measure(text, options);
    const key = `${fontId}\u0000${state._fontSize}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = measure(text, options);
      cache.set(key, width);
    }
    return width;
  };
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export async function renderPdf(data: ReportData, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    // A fixed creation date (the report's) keeps the output reproducible for the same data.
    info: {
      Title: `Review report: ${data.article.title}`,
      Author: data.organization.name,
      Creator: 'Quote desk',
      CreationDate: new Date(Date.parse(data.generatedAt) || 0),
    },
    lang: data.article.language,
  });
  const done = collect(doc);
  cacheWordWidths(doc);

  const winAnsiOnly = !options.fonts;
  const ctx: Ctx = { doc, font: setUpFonts(doc, options.fonts), t: (text) => cleanPdfText(text, winAnsiOnly) };

  // Page one: what a chief editor reads first.
  headerSection(ctx, data);
  if (winAnsiOnly && needsPlaceholder(data)) fontNote(ctx);
  summarySection(ctx, data);
  const claims = claimsInReadingOrder(data);
  heading(ctx, 'Claims');
  if (claims.length === 0) doc.text('No claims.', MARGIN);
  for (const claim of claims) claimSection(ctx, claim);
  appendixSection(ctx, data, claims);

  pageNumbers(ctx);
  doc.end();
  return done;
}
