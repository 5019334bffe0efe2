// Markdown report: readable as plain text, safe when rendered. All user text goes through
// escapeMarkdown, so a note such as `<script>` or `[x](javascript:…)` renders as literal text.
// Only http(s) evidence URLs become links.

import { sourceCheckLine } from './source-check';
import {
  KIND_LABELS,
  REPORT_STATUSES,
  STATUS_LABELS,
  actionLabel,
  chainSentence,
  claimsInReadingOrder,
  formatTimestamp,
  generatedByLine,
  quotedText,
  isHttpUrl,
  publishedUrl,
  signOffSentences,
  speakerName,
  summarize,
  type ReportClaim,
  type ReportData,
  type ReportHistoryEvent,
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

function headerSection(data: ReportData): string[] {
  const { article } = data;
  const url = isHttpUrl(article.url) ? `<${linkDestination(article.url)}>` : article.url ? escapeMarkdown(article.url) : '—';
  return [
    `# Review report: ${escapeMarkdown(article.title)}`,
    '',
    field('Outlet', article.outlet),
    `- **URL:** ${url}`,
    field('Language', article.language),
    field('Published', article.publishedAt ? formatTimestamp(article.publishedAt) : null),
    field('Generated', `${formatTimestamp(data.generatedAt)} by ${generatedByLine(data.generatedBy)}`),
    field('Organisation', data.organization.name),
    field('Sign-off', signOffSentences(data.signOff).join(' ')),
    `- **Public page:** ${publishedUrl(data) ? `<${linkDestination(publishedUrl(data)!)}>` : 'not published'}`,
    '',
  ];
}

function summarySection(data: ReportData): string[] {
  const summary = summarize(data);
  const lines = ['## Summary', '', `${summary.total} claims in total.`, ''];
  lines.push(tableRow(['Status', 'Claims']), tableRow(['---', '---:']));
  for (const status of REPORT_STATUSES) lines.push(tableRow([STATUS_LABELS[status], summary.byStatus[status]]));
  lines.push(tableRow(['**Total**', `**${summary.total}**`]), '');

  lines.push('### By speaker', '');
  lines.push(tableRow(['Speaker', 'Total', ...REPORT_STATUSES.map((s) => STATUS_LABELS[s])]));
  lines.push(tableRow(['---', '---:', ...REPORT_STATUSES.map(() => '---:')]));
  for (const row of summary.bySpeaker) {
    lines.push(tableRow([escapeMarkdown(row.speaker), row.total, ...REPORT_STATUSES.map((s) => row.byStatus[s])]));
  }
  lines.push('');
  return lines;
}

function evidenceLines(claim: ReportClaim): string[] {
  if (claim.evidence.length === 0) return ['- **Evidence:** none'];
  const items = claim.evidence.map((item) =>
    isHttpUrl(item.url)
      ? `  - ${markdownLink(item.title, item.url)}`
      : `  - ${escapeMarkdown(item.title || '(untitled)')} — ${escapeMarkdown(item.url)} (not linked: not an http(s) URL)`,
  );
  return ['- **Evidence:**', ...items];
}

/** The source check, with the source as a link (only http(s) sources are linked). */
function sourceCheckLines(claim: ReportClaim): string[] {
  const sc = claim.sourceCheck;
  if (!sc) return [];
  const text = escapeMarkdown(sourceCheckLine(sc, { withUrl: false })!, LIST_BREAK);
  const link = sc.source && isHttpUrl(sc.source.url) ? ` — ${markdownLink(sc.source.title, sc.source.url)}` : '';
  return [`- **Source check:** ${text}${link}`];
}

function speakerText(claim: ReportClaim): string {
  const role = claim.speaker.role?.trim();
  return role ? `${speakerName(claim)} (${role})` : speakerName(claim);
}

function claimSection(claim: ReportClaim): string[] {
  const reviewed = claim.lastReviewer
    ? `${claim.lastReviewer}${claim.lastReviewedAt ? ` at ${formatTimestamp(claim.lastReviewedAt)}` : ''}`
    : null;
  return [
    `### ${claim.position}. ${STATUS_LABELS[claim.status]}: claim #${claim.id}`,
    '',
    field('Speaker', speakerText(claim)),
    field('Kind', KIND_LABELS[claim.kind]),
    field('Quote', quotedText(claim)),
    field('Sentence', claim.sentence),
    field('Status', STATUS_LABELS[claim.status]),
    field('Note', claim.note),
    ...evidenceLines(claim),
    ...sourceCheckLines(claim),
    field('Last reviewed', reviewed),
    '',
  ];
}

function historyRow(event: ReportHistoryEvent): string {
  const status = (s: ReportHistoryEvent['fromStatus']) => (s ? STATUS_LABELS[s] : '');
  const cell = (s: string | null) => (s ? escapeMarkdown(s, TABLE_BREAK) : '');
  return tableRow([
    formatTimestamp(event.at),
    cell(event.actor),
    cell(actionLabel(event.action)),
    status(event.fromStatus),
    status(event.toStatus),
    cell(event.note),
    cell(event.detail),
  ]);
}

function appendixSection(data: ReportData, claims: ReportClaim[]): string[] {
  const lines = ['## Appendix: history', '', `**History chain check:** ${chainSentence(data.chain)}`, ''];
  for (const claim of claims) {
    lines.push(`### Claim ${claim.position} (#${claim.id})`, '');
    if (claim.history.length === 0) {
      lines.push('No recorded events.', '');
      continue;
    }
    lines.push(tableRow(['When', 'Who', 'Action', 'From', 'To', 'Note', 'Detail']));
    lines.push(tableRow(['---', '---', '---', '---', '---', '---', '---']));
    for (const event of claim.history) lines.push(historyRow(event));
    lines.push('');
  }
  return lines;
}

export function renderMarkdown(data: ReportData): string {
  const claims = claimsInReadingOrder(data);
  const lines = [
    ...headerSection(data),
    ...summarySection(data),
    '## Claims',
    '',
    ...(claims.length === 0 ? ['No claims.', ''] : claims.flatMap(claimSection)),
    ...appendixSection(data, claims),
  ];
  return lines.join('\n');
}
