// PDF report with pdfkit: real text (selectable, searchable), the summary on page one and
// "Page X of Y" on every page. No headless browser.
//
// Fonts: Noto faces from npm packages, picked per run of text by script (see pdf-fonts.ts), so
// Cyrillic, Greek, Hangul, CJK and Arabic names and quotes print as written, right-to-left text in
// right-to-left order. pdfkit embeds only the glyphs used.
//
// Next.js: keep 'pdfkit' and 'fontkit' in serverExternalPackages (pdfkit loads its data with
// require at run time).

import PDFDocument from 'pdfkit';

import { faceCovers, fontData, shapingInput, splitRuns, visualOrder, type Face, type TextRun, type Weight } from './pdf-fonts';
import {
  REPORT_STATUSES,
  claimsInReadingOrder,
  evidenceLine,
  quotedText,
  isHttpUrl,
  reportText,
  speakerWithRole,
  summarize,
  type ReportClaim,
  type ReportData,
  type ReportHistoryEvent,
  type ReportLocale,
  type ReportText,
  publishedUrl,
  REPORT_MESSAGES,
  createTranslator,
  type ReportTranslator,
} from './types';

const SIZE = { title: 18, heading: 13, subheading: 11, body: 9.5, small: 8 } as const;
const MARGIN = 56;

const CONTROL_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * Makes user text safe to print: control characters become spaces (a stray form feed or NUL
 * must not reach the PDF); newlines are kept; the text is NFC so accents are single glyphs.
 */
export function cleanPdfText(text: string): string {
  return text.normalize('NFC').replace(/\r\n|\r/g, '\n').replace(CONTROL_CHARS, ' ');
}

/** Everything the drawing functions need: the document and the font of each face and weight. */
interface Ctx {
  doc: PDFKit.PDFDocument;
  /** Selects the font for a face and weight, registering it with the document on first use. */
  useFont: (face: Face, weight: Weight) => void;
  /** Splits printable text into runs of one face, in drawing order. */
  runs: (text: string) => TextRun[];
  /** The report's labels and sentences in its language. */
  t: ReportTranslator;
  /** Its dates, numbers and vocabulary names. */
  text: ReportText;
}

/**
 * Each face and weight is registered once under its own name and then selected by that name:
 * pdfkit caches fonts by the name they are selected with (re-registering or aliasing a loaded
 * font re-parses it on every switch, which made a 2,000-claim report take 11 s).
 */
function fontSelector(doc: PDFKit.PDFDocument): Ctx['useFont'] {
  const registered = new Set<string>();
  return (face, weight) => {
    const name = `${face}-${weight}`;
    if (!registered.has(name)) {
      doc.registerFont(name, fontData(face, weight));
      registered.add(name);
    }
    doc.font(name);
  };
}

function textRuns(text: string): TextRun[] {
  return splitRuns(visualOrder(cleanPdfText(text)), faceCovers);
}

type TextOptions = PDFKit.Mixins.TextOptions;

/**
 * Writes text in the current size and colour, switching fonts between script runs with pdfkit's
 * `continued` text (one line layout across runs). `x`/`y` position the first line. Text of one
 * face is one call (the common case, and the fast one); mixed text goes line by line, because a
 * newline at a run boundary of continued text is lost and bidi reordering is per line.
 */
function write(ctx: Ctx, text: string, weight: Weight, x?: number, y?: number, options: TextOptions = {}): void {
  const runs = ctx.runs(text);
  if (runs.length <= 1) {
    ctx.useFont(runs[0]?.face ?? 'latin', weight);
    ctx.doc.text(runs[0]?.text ?? '', x, y, options);
    return;
  }
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const last = i === lines.length - 1;
    writeLine(ctx, ctx.runs(line), weight, i === 0 ? x : (x ?? ctx.doc.x), i === 0 ? y : undefined, last ? options : { ...options, continued: false });
  });
}

function writeLine(ctx: Ctx, runs: TextRun[], weight: Weight, x: number | undefined, y: number | undefined, options: TextOptions): void {
  if (runs.length === 0) runs.push({ face: 'latin', text: '' });
  runs.forEach((run, i) => {
    ctx.useFont(run.face, weight);
    const last = i === runs.length - 1;
    const { text: shaped, features } = shapingInput(run);
    const opts = { ...options, features: features ?? options.features, continued: last ? options.continued : true };
    if (i === 0) ctx.doc.text(shaped, x, y, opts);
    else ctx.doc.text(shaped, opts);
  });
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
  ctx.doc.moveDown(0.6).fontSize(size);
  write(ctx, text, 'bold', MARGIN);
  ctx.doc.moveDown(0.3).fontSize(SIZE.body);
}

function labelled(ctx: Ctx, label: string, value: string | null | undefined): void {
  const shown = value === null || value === undefined || value === '' ? '—' : value;
  ctx.doc.fontSize(SIZE.body);
  write(ctx, `${label}: `, 'bold', MARGIN, undefined, { continued: true });
  write(ctx, shown, 'regular');
}

/** One row of a simple fixed-column table; cells are clipped with an ellipsis, never wrapped. */
function tableRow(ctx: Ctx, cells: string[], widths: number[], bold = false, size: number = SIZE.body): void {
  const { doc } = ctx;
  ensureSpace(doc, SIZE.body * 2);
  const y = doc.y;
  doc.fontSize(size);
  let x = MARGIN;
  cells.forEach((cell, i) => {
    const align = i === 0 ? 'left' : 'right';
    write(ctx, cell, bold ? 'bold' : 'regular', x, y, { width: widths[i] - 6, height: SIZE.body * 1.5, ellipsis: true, lineBreak: false, align });
    x += widths[i];
  });
  doc.x = MARGIN;
  doc.y = y + SIZE.body * 1.6;
  doc.fontSize(SIZE.body);
}

function headerSection(ctx: Ctx, data: ReportData): void {
  const { doc, t, text } = ctx;
  const { article } = data;
  doc.fontSize(SIZE.title);
  write(ctx, t('title', { title: article.title }), 'bold', MARGIN);
  doc.moveDown(0.5).fontSize(SIZE.body);
  labelled(ctx, t('field.outlet'), article.outlet);
  if (isHttpUrl(article.url)) {
    write(ctx, `${t('field.url')}: `, 'bold', MARGIN, undefined, { continued: true });
    doc.fillColor('#1a4f9c');
    write(ctx, article.url, 'regular', undefined, undefined, { link: article.url.trim(), underline: true });
    doc.fillColor('black');
  } else {
    labelled(ctx, t('field.url'), article.url);
  }
  labelled(ctx, t('field.language'), text.languageName(article.language));
  labelled(ctx, t('field.published'), article.publishedAt ? text.timestamp(article.publishedAt) : null);
  labelled(ctx, t('field.generated'), text.generatedLine(data));
  labelled(ctx, t('field.organisation'), data.organization.name);
  labelled(ctx, t('field.signOff'), text.signOffSentences(data.signOff).join(' '));
  labelled(ctx, t('field.publicPage'), publishedUrl(data) ?? t('notPublished'));
}

function summarySection(ctx: Ctx, data: ReportData): void {
  const { t, text } = ctx;
  const n = (value: number) => text.number(value);
  const summary = summarize(data, text.unknownSpeaker);
  const width = contentWidth(ctx.doc);
  heading(ctx, t('summary'));
  write(ctx, t('claimsInTotal', { count: summary.total }), 'regular', MARGIN);
  ctx.doc.moveDown(0.3);
  tableRow(ctx, [t('field.status'), t('claimsColumn')], [160, 60], true);
  for (const status of REPORT_STATUSES) tableRow(ctx, [text.status(status), n(summary.byStatus[status])], [160, 60]);
  tableRow(ctx, [t('total'), n(summary.total)], [160, 60], true);

  heading(ctx, t('bySpeaker'), SIZE.subheading);
  const numberWidth = 70;
  const widths = [width - numberWidth * 5, ...Array<number>(5).fill(numberWidth)];
  // Status names as column heads in the small size: "Belum ditinjau" is wider than its numbers' column.
  tableRow(ctx, [t('field.speaker'), t('total'), ...REPORT_STATUSES.map((s) => text.status(s))], widths, true, SIZE.small);
  for (const row of summary.bySpeaker) {
    tableRow(ctx, [row.speaker, n(row.total), ...REPORT_STATUSES.map((s) => n(row.byStatus[s]))], widths);
  }
  heading(ctx, t('chainCheck'), SIZE.subheading);
  chainResult(ctx, data.chain);
}

/** A broken chain must not be missed: bold and red. */
function chainResult(ctx: Ctx, chain: ReportData['chain']): void {
  ctx.doc.fillColor(chain.intact ? 'black' : '#b00020');
  write(ctx, ctx.text.chainSentence(chain), chain.intact ? 'regular' : 'bold', MARGIN);
  ctx.doc.fillColor('black');
}

function evidenceItems(ctx: Ctx, claim: ReportClaim): void {
  const { doc, t } = ctx;
  const label = t('field.evidence');
  if (claim.evidence.length === 0) {
    write(ctx, `${label}: ${t('evidenceNone')}`, 'regular', MARGIN);
    return;
  }
  write(ctx, `${label}:`, 'regular', MARGIN);
  for (const item of claim.evidence) {
    const line = `• ${evidenceLine(item)}`;
    if (isHttpUrl(item.url)) {
      doc.fillColor('#1a4f9c');
      write(ctx, line, 'regular', MARGIN + 12, undefined, { link: item.url.trim(), underline: true });
      doc.fillColor('black');
    } else {
      write(ctx, `${line} (${t('notLinked')})`, 'regular', MARGIN + 12);
    }
  }
}

/**
 * A claim is a bold heading plus ONE text call for its plain fields: pdfkit's cost is per text
 * call and per character, and a bold label per field (a second call each) made a 2,000-claim
 * report a third slower. Evidence follows separately because its lines carry links.
 */
function claimSection(ctx: Ctx, claim: ReportClaim): void {
  const { t, text } = ctx;
  const fields: [string, string | null][] = [
    [t('field.speaker'), speakerWithRole(claim, text)],
    [t('field.kind'), text.kind(claim.kind)],
    [t('field.quote'), quotedText(claim)],
    [t('field.sentence'), claim.sentence],
    [t('field.status'), text.status(claim.status)],
    [t('field.note'), claim.note],
    [t('field.lastReviewed'), text.lastReviewedLine(claim)],
  ];
  if (claim.sourceCheck) fields.push([t('field.sourceCheck'), text.sourceCheckLine(claim.sourceCheck)]);
  heading(ctx, t('claimHeading', { position: claim.position, status: text.status(claim.status), id: claim.id }), SIZE.subheading);
  write(ctx, fields.map(([label, value]) => `${label}: ${value || '—'}`).join('\n'), 'regular', MARGIN);
  evidenceItems(ctx, claim);
}

function historyLine(event: ReportHistoryEvent, t: ReportTranslator, text: ReportText): string {
  const parts = [text.timestamp(event.at), event.actor, text.action(event.action)];
  if (event.fromStatus || event.toStatus) {
    const from = event.fromStatus ? text.status(event.fromStatus) : '—';
    const to = event.toStatus ? text.status(event.toStatus) : '—';
    parts.push(t('history.statusChange', { from, to }));
  }
  if (event.note) parts.push(t('history.noteInline', { note: event.note }));
  if (event.detail) parts.push(event.detail);
  // One line per event: a multi-line note must not look like a second event.
  return parts.join(' · ').replace(/\s*\n\s*/g, ' ');
}

function appendixSection(ctx: Ctx, data: ReportData, claims: ReportClaim[]): void {
  const { t, text } = ctx;
  ctx.doc.addPage();
  ctx.doc.fontSize(SIZE.heading);
  write(ctx, t('appendix'), 'bold', MARGIN);
  ctx.doc.moveDown(0.3).fontSize(SIZE.body);
  chainResult(ctx, data.chain);
  for (const claim of claims) {
    heading(ctx, t('claimHistory', { position: claim.position, id: claim.id }), SIZE.body + 0.5);
    const lines = claim.history.length === 0 ? t('noEvents') : claim.history.map((e) => historyLine(e, t, text)).join('\n');
    write(ctx, lines, 'regular', MARGIN + 12);
  }
}

/** Page numbers go in last, when the page count is known: pdfkit keeps pages buffered until then. */
function pageNumbers(ctx: Ctx): void {
  const { doc, t } = ctx;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit start a new page: lift the margin meanwhile.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fontSize(SIZE.small).fillColor('#555555');
    write(ctx, t('pageOf', { page: ctx.text.number(i + 1), pages: ctx.text.number(range.count) }), 'regular', MARGIN, doc.page.height - MARGIN / 2 - SIZE.small, {
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

/** The review report as a PDF, its headings and labels in `locale`. */
export async function renderPdf(data: ReportData, locale: ReportLocale): Promise<Buffer> {
  const t = createTranslator({ locale, messages: REPORT_MESSAGES[locale], namespace: 'report' });
  const text = reportText(locale);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    // A fixed creation date (the report's) keeps the output reproducible for the same data.
    info: {
      Title: t('title', { title: data.article.title }),
      Author: data.organization.name,
      Creator: 'Quote desk',
      CreationDate: new Date(Date.parse(data.generatedAt) || 0),
    },
    // The language of the labels; quotes in the article's language are most of the text, but a
    // reader's voice follows the document language, and the headings are what it announces.
    lang: locale,
  });
  const done = collect(doc);
  cacheWordWidths(doc);
  const ctx: Ctx = { doc, useFont: fontSelector(doc), runs: textRuns, t, text };
  doc.fontSize(SIZE.body);

  // Page one: what a chief editor reads first.
  headerSection(ctx, data);
  summarySection(ctx, data);
  const claims = claimsInReadingOrder(data);
  heading(ctx, t('claims'));
  if (claims.length === 0) write(ctx, t('noClaims'), 'regular', MARGIN);
  for (const claim of claims) claimSection(ctx, claim);
  appendixSection(ctx, data, claims);

  pageNumbers(ctx);
  doc.end();
  return done;
}
