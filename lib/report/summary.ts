// All-articles summary (the dashboard's overview), as CSV and Markdown. Uses the same CSV and
// Markdown escaping as the per-article reports.

import { toCsv } from './csv';
import { escapeMarkdown } from './markdown';
import type { ArticleSummaryRow } from './types';

export const SUMMARY_CSV_HEADER = [
  'Article ID',
  'Slug',
  'Title',
  'Outlet',
  'Language',
  'Total',
  'Unreviewed',
  'Verified',
  'Disputed',
  'Needs source',
  'Completion %',
];

/** Whole percent, clamped: a completion of 0.996 must not read as 100 % done. */
export function completionPercent(completion: number): number {
  if (!Number.isFinite(completion)) return 0;
  const clamped = Math.min(1, Math.max(0, completion));
  return clamped < 1 ? Math.min(99, Math.floor(clamped * 100)) : 100;
}

function counts(row: ArticleSummaryRow): number[] {
  return [row.total, row.unreviewed, row.verified, row.disputed, row.needsSource];
}

export function summaryCsv(rows: ArticleSummaryRow[]): string {
  return toCsv(
    SUMMARY_CSV_HEADER,
    rows.map((row) => [row.id, row.slug, row.title, row.outlet ?? '', row.language, ...counts(row), completionPercent(row.completion)]),
  );
}

export function summaryMarkdown(rows: ArticleSummaryRow[]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const totals = rows.reduce(
    (acc, row) => acc.map((value, i) => value + counts(row)[i]),
    [0, 0, 0, 0, 0],
  );
  const lines = [
    '# Review summary: all articles',
    '',
    `${rows.length} articles, ${totals[0]} claims.`,
    '',
    line(['Article', 'Outlet', 'Language', 'Total', 'Unreviewed', 'Verified', 'Disputed', 'Needs source', 'Completion']),
    line(['---', '---', '---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...rows.map((row) =>
      line([
        escapeMarkdown(row.title),
        row.outlet ? escapeMarkdown(row.outlet) : '—',
        escapeMarkdown(row.language),
        ...counts(row),
        `${completionPercent(row.completion)} %`,
      ]),
    ),
    line(['**All articles**', '', '', ...totals.map((n) => `**${n}**`), '']),
    '',
  ];
  return lines.join('\n');
}
