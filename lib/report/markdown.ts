// Markdown report: readable as plain text, safe when rendered. All user text goes through
// escapeMarkdown, so a note such as `<script>` or `[x](javascript:…)` renders as literal text.
// Only http(s) evidence URLs become links.

import { sourceCheckLine } from './source-check';
import {
  REPORT_STATUSES,
  chainSentence,
  claimsInReadingOrder,
  generatedLine,
  lastReviewedLine,
  quotedText,
  isHttpUrl,
  publishedUrl,
  reportText,
  signOffSentences,
  speakerWithRole,
  summarize,
  type ReportClaim,
  type ReportData,
  type ReportHistoryEvent,
  type ReportLocale,
  type ReportText,
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

function headerSection(data: ReportData, text: ReportText): string[] {
  const { article } = data;
  const url = isHttpUrl(article.url) ? `<${linkDestination(article.url)}>` : article.url ? escapeMarkdown(article.url) : '—';
  const page = publishedUrl(data);
  return [
    `# ${escapeMarkdown(text.t('title', { title: article.title }))}`,
    '',
    field(text.t('field.outlet'), article.outlet),
    `- **${text.t('field.url')}:** ${url}`,
    field(text.t('field.language'), text.languageName(article.language)),
    field(text.t('field.published'), article.publishedAt ? text.timestamp(article.publishedAt) : null),
    field(text.t('field.generated'), generatedLine(data, text)),
    field(text.t('field.organisation'), data.organization.name),
    field(text.t('field.signOff'), signOffSentences(data.signOff, text).join(' ')),
    `- **${text.t('field.publicPage')}:** ${page ? `<${linkDestination(page)}>` : text.t('notPublished')}`,
    '',
  ];
}

function summarySection(data: ReportData, text: ReportText): string[] {
  const summary = summarize(data, text.unknownSpeaker);
  const n = text.number;
  const statusNames = REPORT_STATUSES.map((s) => text.status(s));
  const lines = [`## ${text.t('summary')}`, '', text.t('claimsInTotal', { count: summary.total }), ''];
  lines.push(tableRow([text.t('field.status'), text.t('claimsColumn')]), tableRow(['---', '---:']));
  for (const status of REPORT_STATUSES) lines.push(tableRow([text.status(status), n(summary.byStatus[status])]));
  lines.push(tableRow([`**${text.t('total')}**`, `**${n(summary.total)}**`]), '');

  lines.push(`### ${text.t('bySpeaker')}`, '');
  lines.push(tableRow([text.t('field.speaker'), text.t('total'), ...statusNames]));
  lines.push(tableRow(['---', '---:', ...REPORT_STATUSES.map(() => '---:')]));
  for (const row of summary.bySpeaker) {
    lines.push(tableRow([escapeMarkdown(row.speaker), n(row.total), ...REPORT_STATUSES.map((s) => n(row.byStatus[s]))]));
  }
  lines.push('');
  return lines;
}

function evidenceLines(claim: ReportClaim, text: ReportText): string[] {
  const label = text.t('field.evidence');
  if (claim.evidence.length === 0) return [`- **${label}:** ${text.t('evidenceNone')}`];
  const items = claim.evidence.map((item) =>
    isHttpUrl(item.url)
      ? `  - ${markdownLink(item.title, item.url)}`
      : `  - ${escapeMarkdown(item.title || text.t('untitled'))} — ${escapeMarkdown(item.url)} (${text.t('notLinked')})`,
  );
  return [`- **${label}:**`, ...items];
}

/** The source check, with the source as a link (only http(s) sources are linked). */
function sourceCheckLines(claim: ReportClaim, text: ReportText): string[] {
  const sc = claim.sourceCheck;
  if (!sc) return [];
  const line = escapeMarkdown(sourceCheckLine(sc, text, { withUrl: false })!, LIST_BREAK);
  const link = sc.source && isHttpUrl(sc.source.url) ? ` — ${markdownLink(sc.source.title, sc.source.url)}` : '';
  return [`- **${text.t('field.sourceCheck')}:** ${line}${link}`];
}

function claimSection(claim: ReportClaim, text: ReportText): string[] {
  return [
    `### ${text.t('claimHeading', { position: claim.position, status: text.status(claim.status), id: claim.id })}`,
    '',
    field(text.t('field.speaker'), speakerWithRole(claim, text)),
    field(text.t('field.kind'), text.kind(claim.kind)),
    field(text.t('field.quote'), quotedText(claim)),
    field(text.t('field.sentence'), claim.sentence),
    field(text.t('field.status'), text.status(claim.status)),
    field(text.t('field.note'), claim.note),
    ...evidenceLines(claim, text),
    ...sourceCheckLines(claim, text),
    field(text.t('field.lastReviewed'), lastReviewedLine(claim, text)),
    '',
  ];
}

function historyRow(event: ReportHistoryEvent, text: ReportText): string {
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

function appendixSection(data: ReportData, claims: ReportClaim[], text: ReportText): string[] {
  const lines = [`## ${text.t('appendix')}`, '', `**${text.t('chainCheck')}:** ${chainSentence(data.chain, text)}`, ''];
  const h = (key: 'when' | 'who' | 'action' | 'from' | 'to' | 'note' | 'detail') => text.t(`history.${key}`);
  for (const claim of claims) {
    lines.push(`### ${text.t('claimHistory', { position: claim.position, id: claim.id })}`, '');
    if (claim.history.length === 0) {
      lines.push(text.t('noEvents'), '');
      continue;
    }
    lines.push(tableRow([h('when'), h('who'), h('action'), h('from'), h('to'), h('note'), h('detail')]));
    lines.push(tableRow(['---', '---', '---', '---', '---', '---', '---']));
    for (const event of claim.history) lines.push(historyRow(event, text));
    lines.push('');
  }
  return lines;
}

/** The review report as Markdown, its headings and labels in `locale`. */
export function renderMarkdown(data: ReportData, locale: ReportLocale): string {
  const text = reportText(locale);
  const claims = claimsInReadingOrder(data);
  const lines = [
    ...headerSection(data, text),
    ...summarySection(data, text),
    `## ${text.t('claims')}`,
    '',
    ...(claims.length === 0 ? [text.t('noClaims'), ''] : claims.flatMap((claim) => claimSection(claim, text))),
    ...appendixSection(data, claims, text),
  ];
  return lines.join('\n');
}
