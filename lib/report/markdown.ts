// Markdown report: readable as plain text, safe when rendered. All user text goes through
// escapeMarkdown, so a note such as `<script>` or `[x](javascript:…)` renders as literal text.
// Only http(s) evidence URLs become links.

import {
  REPORT_MESSAGES,
  REPORT_STATUSES,
  claimsInReadingOrder,
  createTranslator,
  quotedText,
  isHttpUrl,
  publishedUrl,
  reportText,
  speakerWithRole,
  summarize,
  type ReportClaim,
  type ReportData,
  type ReportHistoryEvent,
  type ReportLocale,
  type ReportText,
  type ReportTranslator,
} from './types';

/**
 * Escape user text for Markdown and HTML.
 * - `<` `>` become entities: no raw HTML (and no `<javascript:…>` autolink) can form.
 * - Inline markup (`\ * _ ` [ ] | ~ &`) is backslash-escaped: no emphasis, link, code span, table
 *   cell break or entity can form. `(` `)` and `!` are harmless once `[`/`]` are escaped.
 * - Block markers at the start of a line (`#`, `>`, `+`, `-`, `=`, `1.`) are escaped, because a
 *   multi-line note is continued inside a list item, where they would start a heading or a list.
 * - Lines with right-to-left text are wrapped in a Unicode isolate (see isolateBidi).
 * `lineBreak` joins the lines of multi-line text: a hard break inside list items, `<br>` in tables.
 */
export function escapeMarkdown(text: string, lineBreak = ' '): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(/[\\`*_[\]|~&]/g, (c) => `\\${c}`)
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/^(\s*)([#+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .map(isolateBidi)
    .join(lineBreak);
}

// Right-to-left letters and explicit direction controls (U+200E/F, U+202A–E, U+2066–9).
const BIDI_SIGNIFICANT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Wrap a line in a first-strong isolate (FSI … PDI) when it holds RTL text or direction controls:
 * Arabic or Hebrew then cannot reorder the labels and punctuation around it, and a hostile
 * U+202E (right-to-left override) cannot flip the rest of the report ("Trojan Source" spoofing):
 * an isolate ends every embedding and override opened inside it.
 */
function isolateBidi(line: string): string {
  return BIDI_SIGNIFICANT.test(line) ? `\u2068${line}\u2069` : line;
}

/** Inside a list item: a CommonMark hard break plus indentation keeps the text in the item. */
const LIST_BREAK = '\\\n  ';
const TABLE_BREAK = '<br>';

/** A link destination that cannot end early: spaces and parentheses percent-encoded. */
function linkDestination(url: string): string {
  return new URL(url.trim()).href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
}

function markdownLink(title: string, url: string): string {
  const label = escapeMarkdown(title.trim() || url);
  return `[${label}](${linkDestination(url)})`;
}

function field(label: string, value: string | null | undefined): string {
  const shown = value === null || value === undefined || value === '' ? '—' : escapeMarkdown(value, LIST_BREAK);
  return `- **${label}:** ${shown}`;
}

function tableRow(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function headerSection(data: ReportData, t: ReportTranslator, text: ReportText): string[] {
  const { article } = data;
  const url = isHttpUrl(article.url) ? `<${linkDestination(article.url)}>` : article.url ? escapeMarkdown(article.url) : '—';
  const page = publishedUrl(data);
  return [
    `# ${escapeMarkdown(t('title', { title: article.title }))}`,
    '',
    field(t('field.outlet'), article.outlet),
    `- **${t('field.url')}:** ${url}`,
    field(t('field.language'), text.languageName(article.language)),
    field(t('field.published'), article.publishedAt ? text.timestamp(article.publishedAt) : null),
    field(t('field.generated'), text.generatedLine(data)),
    field(t('field.organisation'), data.organization.name),
    field(t('field.signOff'), text.signOffSentences(data.signOff).join(' ')),
    `- **${t('field.publicPage')}:** ${page ? `<${linkDestination(page)}>` : t('notPublished')}`,
    '',
  ];
}

function summarySection(data: ReportData, t: ReportTranslator, text: ReportText): string[] {
  const summary = summarize(data, text.unknownSpeaker);
  const n = text.number;
  const statusNames = REPORT_STATUSES.map((s) => text.status(s));
  const lines = [`## ${t('summary')}`, '', t('claimsInTotal', { count: summary.total }), ''];
  lines.push(tableRow([t('field.status'), t('claimsColumn')]), tableRow(['---', '---:']));
  for (const status of REPORT_STATUSES) lines.push(tableRow([text.status(status), n(summary.byStatus[status])]));
  lines.push(tableRow([`**${t('total')}**`, `**${n(summary.total)}**`]), '');

  lines.push(`### ${t('bySpeaker')}`, '');
  lines.push(tableRow([t('field.speaker'), t('total'), ...statusNames]));
  lines.push(tableRow(['---', '---:', ...REPORT_STATUSES.map(() => '---:')]));
  for (const row of summary.bySpeaker) {
    lines.push(tableRow([escapeMarkdown(row.speaker), n(row.total), ...REPORT_STATUSES.map((s) => n(row.byStatus[s]))]));
  }
  lines.push('');
  return lines;
}

function evidenceLines(claim: ReportClaim, t: ReportTranslator): string[] {
  const label = t('field.evidence');
  if (claim.evidence.length === 0) return [`- **${label}:** ${t('evidenceNone')}`];
  const items = claim.evidence.map((item) =>
    isHttpUrl(item.url)
      ? `  - ${markdownLink(item.title, item.url)}`
      : `  - ${escapeMarkdown(item.title || t('untitled'))} — ${escapeMarkdown(item.url)} (${t('notLinked')})`,
  );
  return [`- **${label}:**`, ...items];
}

/** The source check, with the source as a link (only http(s) sources are linked). */
function sourceCheckLines(claim: ReportClaim, t: ReportTranslator, text: ReportText): string[] {
  const sc = claim.sourceCheck;
  if (!sc) return [];
  const line = escapeMarkdown(text.sourceCheckLine(sc, { withUrl: false })!, LIST_BREAK);
  const link = sc.source && isHttpUrl(sc.source.url) ? ` — ${markdownLink(sc.source.title, sc.source.url)}` : '';
  return [`- **${t('field.sourceCheck')}:** ${line}${link}`];
}

function claimSection(claim: ReportClaim, t: ReportTranslator, text: ReportText): string[] {
  return [
    `### ${t('claimHeading', { position: claim.position, status: text.status(claim.status), id: claim.id })}`,
    '',
    field(t('field.speaker'), speakerWithRole(claim, text)),
    field(t('field.kind'), text.kind(claim.kind)),
    field(t('field.quote'), quotedText(claim)),
    field(t('field.sentence'), claim.sentence),
    field(t('field.status'), text.status(claim.status)),
    field(t('field.note'), claim.note),
    ...evidenceLines(claim, t),
    ...sourceCheckLines(claim, t, text),
    field(t('field.lastReviewed'), text.lastReviewedLine(claim)),
    '',
  ];
}

function historyRow(event: ReportHistoryEvent, t: ReportTranslator, text: ReportText): string {
  const status = (s: ReportHistoryEvent['fromStatus']) => (s ? text.status(s) : '');
  const cell = (s: string | null) => (s ? escapeMarkdown(s, TABLE_BREAK) : '');
  return tableRow([
    text.timestamp(event.at),
    cell(event.actor),
    cell(text.action(event.action)),
    status(event.fromStatus),
    status(event.toStatus),
    cell(event.note),
    cell(event.detail),
  ]);
}

function appendixSection(data: ReportData, claims: ReportClaim[], t: ReportTranslator, text: ReportText): string[] {
  const lines = [`## ${t('appendix')}`, '', `**${t('chainCheck')}:** ${text.chainSentence(data.chain)}`, ''];
  for (const claim of claims) {
    lines.push(`### ${t('claimHistory', { position: claim.position, id: claim.id })}`, '');
    if (claim.history.length === 0) {
      lines.push(t('noEvents'), '');
      continue;
    }
    lines.push(
      tableRow([t('history.when'), t('history.who'), t('history.action'), t('history.from'), t('history.to'), t('history.note'), t('history.detail')]),
    );
    lines.push(tableRow(['---', '---', '---', '---', '---', '---', '---']));
    for (const event of claim.history) lines.push(historyRow(event, t, text));
    lines.push('');
  }
  return lines;
}

/** The review report as Markdown, its headings and labels in `locale`. */
export function renderMarkdown(data: ReportData, locale: ReportLocale): string {
  const t = createTranslator({ locale, messages: REPORT_MESSAGES[locale], namespace: 'report' });
  const text = reportText(locale);
  const claims = claimsInReadingOrder(data);
  const lines = [
    ...headerSection(data, t, text),
    ...summarySection(data, t, text),
    `## ${t('claims')}`,
    '',
    ...(claims.length === 0 ? [t('noClaims'), ''] : claims.flatMap((claim) => claimSection(claim, t, text))),
    ...appendixSection(data, claims, t, text),
  ];
  return lines.join('\n');
}
