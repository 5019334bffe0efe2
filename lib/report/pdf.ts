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
  isHttpUrl,
  speakerName,
  summarize,
  type ReportClaim,
  type ReportData,
  type ReportHistoryEvent,
} from './types';

export interface PdfOptions {
  /** Embed these fonts instead of Helvetica (e.g. Noto Sans). `bold` defaults to `regular`. */
  fonts?: { regular: string | Buffer; bold?: string | Buffer };
}

export const UNSUPPORTED_PLACEHOLDER = '[?]';

const FONT = { body: 'report-body', bold: 'report-bold' } as const;
const SIZE = { title: 18, heading: 13, subheading: 11, body: 9.5, small: 8 } as const;
const MARGIN = 56;

// Code points WinAnsi (Windows-1252) has beyond Latin-1: the ones pdfkit's AFM fonts can encode.
const WIN_ANSI_EXTRAS = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a,
  0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

function isWinAnsi(codePoint: number): boolean {
  return (
    (codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff) || WIN_ANSI_EXTRAS.has(codePoint)
  );
}

/**
 * Makes user text printable with the chosen font. Control characters become spaces (a stray
 * form feed or NUL must not reach the PDF); newlines are kept. With Helvetica (`winAnsiOnly`),
 * each run of characters outside WinAnsi becomes one visible placeholder.
 */
export function cleanPdfText(text: string, winAnsiOnly: boolean): string {
  const normalized = text
    .normalize('NFC')
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ');
  if (!winAnsiOnly) return normalized;
  let out = '';
  let inRun = false;
  for (const ch of normalized) {
    if (ch === '\n' || isWinAnsi(ch.codePointAt(0)!)) {
      out += ch;
      inRun = false;
    } else if (!inRun) {
      out += UNSUPPORTED_PLACEHOLDER;
      inRun = true;
    }
  }
  // A phrase in another script is one gap, not one placeholder per word.
  return out.replace(PLACEHOLDER_RUN, UNSUPPORTED_PLACEHOLDER);
}

const PLACEHOLDER_RUN = /\[\?\](?:[ \t]+\[\?\])+/g;

/** Whether any text in the report will need the placeholder (checked up front, for page one). */
function needsPlaceholder(data: ReportData): boolean {
  for (const ch of JSON.stringify(data)) {
    if (!isWinAnsi(ch.codePointAt(0)!)) return true;
  }
  return false;
}

/** Everything the drawing functions need: the document and the sanitiser. */
interface Ctx {
  doc: PDFKit.PDFDocument;
  t: (text: string) => string;
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
  ctx.doc.moveDown(0.6).font(FONT.bold).fontSize(size).text(ctx.t(text), MARGIN).moveDown(0.3);
  ctx.doc.font(FONT.body).fontSize(SIZE.body);
}

function labelled(ctx: Ctx, label: string, value: string | null | undefined): void {
  const shown = value === null || value === undefined || value === '' ? '—' : ctx.t(value);
  ctx.doc.font(FONT.bold).fontSize(SIZE.body).text(`${label}: `, MARGIN, undefined, { continued: true });
  ctx.doc.font(FONT.body).text(shown);
}

/** One row of a simple fixed-column table; cells are clipped with an ellipsis, never wrapped. */
function tableRow(ctx: Ctx, cells: string[], widths: number[], bold = false): void {
  const { doc } = ctx;
  ensureSpace(doc, SIZE.body * 2);
  const y = doc.y;
  doc.font(bold ? FONT.bold : FONT.body).fontSize(SIZE.body);
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
  doc.font(FONT.bold).fontSize(SIZE.title).text(ctx.t(`Review report: ${article.title}`), MARGIN);
  doc.moveDown(0.5);
  labelled(ctx, 'Outlet', article.outlet);
  if (isHttpUrl(article.url)) {
    doc.font(FONT.bold).text('URL: ', MARGIN, undefined, { continued: true });
    doc.font(FONT.body).fillColor('#1a4f9c').text(ctx.t(article.url), { link: article.url.trim(), underline: true });
    doc.fillColor('black');
  } else {
    labelled(ctx, 'URL', article.url);
  }
  labelled(ctx, 'Language', article.language);
  labelled(ctx, 'Published', article.publishedAt ? formatTimestamp(article.publishedAt) : null);
  labelled(ctx, 'Generated', `${formatTimestamp(data.generatedAt)} by ${data.generatedBy.name} (${data.generatedBy.email})`);
  labelled(ctx, 'Organisation', data.organization.name);
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
  ctx.doc.font(chain.intact ? FONT.body : FONT.bold).fillColor(chain.intact ? 'black' : '#b00020');
  ctx.doc.text(chainSentence(chain), MARGIN);
  ctx.doc.font(FONT.body).fillColor('black');
}

function evidenceItems(ctx: Ctx, claim: ReportClaim): void {
  const { doc } = ctx;
  if (claim.evidence.length === 0) {
    labelled(ctx, 'Evidence', 'none');
    return;
  }
  doc.font(FONT.bold).text('Evidence:', MARGIN);
  doc.font(FONT.body);
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

function claimSection(ctx: Ctx, claim: ReportClaim): void {
  const role = claim.speaker.role?.trim();
  const reviewed = claim.lastReviewer
    ? `${claim.lastReviewer}${claim.lastReviewedAt ? ` at ${formatTimestamp(claim.lastReviewedAt)}` : ''}`
    : null;
  heading(ctx, `${claim.position}. ${STATUS_LABELS[claim.status]}: claim #${claim.id}`, SIZE.subheading);
  labelled(ctx, 'Speaker', role ? `${speakerName(claim)} (${role})` : speakerName(claim));
  labelled(ctx, 'Kind', KIND_LABELS[claim.kind]);
  labelled(ctx, 'Quote', `“${claim.text}”`);
  labelled(ctx, 'Sentence', claim.sentence);
  labelled(ctx, 'Status', STATUS_LABELS[claim.status]);
  labelled(ctx, 'Note', claim.note);
  evidenceItems(ctx, claim);
  labelled(ctx, 'Last reviewed', reviewed);
}

function historyLine(event: ReportHistoryEvent): string {
  const parts = [formatTimestamp(event.at), event.actor, actionLabel(event.action)];
  if (event.fromStatus || event.toStatus) {
    parts.push(`${event.fromStatus ? STATUS_LABELS[event.fromStatus] : '—'} to ${event.toStatus ? STATUS_LABELS[event.toStatus] : '—'}`);
  }
  if (event.note) parts.push(`note: ${event.note}`);
  if (event.detail) parts.push(event.detail);
  return parts.join(' · ');
}

function appendixSection(ctx: Ctx, data: ReportData, claims: ReportClaim[]): void {
  ctx.doc.addPage();
  ctx.doc.font(FONT.bold).fontSize(SIZE.heading).text('Appendix: history', MARGIN).moveDown(0.3);
  chainResult(ctx, data.chain);
  for (const claim of claims) {
    heading(ctx, `Claim ${claim.position} (#${claim.id})`, SIZE.body + 0.5);
    if (claim.history.length === 0) ctx.doc.text('No recorded events.', MARGIN);
    for (const event of claim.history) ctx.doc.text(ctx.t(historyLine(event)), MARGIN + 12);
  }
}

function fontNote(ctx: Ctx): void {
  ctx.doc.moveDown(0.5).font(FONT.body).fontSize(SIZE.small).fillColor('#555555');
  ctx.doc.text(
    `Characters this PDF's font cannot show (other scripts, emoji) appear as ${UNSUPPORTED_PLACEHOLDER}. ` +
      'The Markdown, CSV and JSON exports keep the original text.',
    MARGIN,
  );
  ctx.doc.fillColor('black').fontSize(SIZE.body);
}

/** Page numbers go in last, when the page count is known: pdfkit keeps pages buffered until then. */
function pageNumbers(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit start a new page: lift the margin meanwhile.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT.body).fontSize(SIZE.small).fillColor('#555555');
    doc.text(`Page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - SIZE.small, {
      width: contentWidth(doc),
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
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

  doc.registerFont(FONT.body, options.fonts?.regular ?? 'Helvetica');
  doc.registerFont(FONT.bold, options.fonts?.bold ?? options.fonts?.regular ?? 'Helvetica-Bold');
  const winAnsiOnly = !options.fonts;
  const ctx: Ctx = { doc, t: (text) => cleanPdfText(text, winAnsiOnly) };

  // Page one: what a chief editor reads first.
  headerSection(ctx, data);
  if (winAnsiOnly && needsPlaceholder(data)) fontNote(ctx);
  summarySection(ctx, data);
  const claims = claimsInReadingOrder(data);
  heading(ctx, 'Claims');
  if (claims.length === 0) doc.text('No claims.', MARGIN);
  for (const claim of claims) claimSection(ctx, claim);
  appendixSection(ctx, data, claims);

  pageNumbers(doc);
  doc.end();
  return done;
}
